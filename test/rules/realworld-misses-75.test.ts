import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 763 onwards. Every value is invented, except the published values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 763 to 770: SOC tools, network monitoring, log shipping, BI, schedulers, seedboxes, booking, LMS', () => {
  it('keeps generated passwords whose symbols look like code: `=`, `++`, `*` and `.` inside random letters', () => {
    expect(blockingIds('fluent-bit.conf', '[OUTPUT]\n    Name  es\n    HTTP_Passwd  56iJk=iZT4-jIonpp2RE5\n')).toEqual(['fluent-bit-http-passwd']);
    expect(blockingIds('misp_to_thehive.py', 'THEHIVE_KEY = "h2nsNaaOm++3X3kuEDdi0fIHBWdv53pO"\n')).toEqual(['key-named-constant']);
    expect(blockingIds('src/_api_calls.py', "password = 'iM1ST6MH5h3B9B9CtW9*22.ZYIydJE1fx1u'\n")).toEqual(['generic-secret-assignment']);
    // Wazuh's published docker default, and code around a `*`, stay silent.
    expect(blockingIds('alert_monitor.py', 'client = Wazuh(username="wazuh-wui", password="MyS3cr37P450r.*-")\n')).toEqual([]);
    expect(blockingIds('app.py', 'password = "rows*cols.total"\n')).toEqual([]);
  });

  it('reads TheHive and Cortex keys given to their clients, and a Deluge password given by position', () => {
    expect(blockingIds('TheHive/alert.py', "api = TheHiveApi('http://10.0.0.5:9000', 'RLl7IkXUjzzd0LTiwnFVDuA8mjLY')\n")).toEqual(['thehive-cortex-api-key']);
    const cortex = "from cortex4py.api import Api\napi = Api('http://10.0.0.5:9001', 'h2nsNaaOm++3X3kuEDdi0fIHBWdv53pO')\n";
    expect(blockingIds('cortex_worker.py', cortex)).toEqual(['thehive-cortex-api-key']);
    const deluge = "client = DelugeRPCClient('127.0.0.1', 58846, 'localclient', 'ba12d08b402593560519f8e5dae4a754')\n";
    expect(blockingIds('deluge_torrents.py', deluge)).toEqual(['deluge-rpc-password']);
    expect(blockingIds('deluge_status.py', "client = DelugeRPCClient('127.0.0.1', 58846, 'admin', 'deluge')\n")).toEqual([]);
  });

  it('reads PRTG passhashes, Centreon CLAPI logins, snmpd and LibreNMS communities and net-snmp v3 users', () => {
    expect(blockingIds('src/prtgService.ts', 'const url = `https://prtg.shop.io/api/table.json?username=noc&passhash=2916493071`;\n')).toEqual(['prtg-passhash']);
    expect(blockingIds('Import.sh', 'centreon -u admin -p Rk4wHpVd3N -o HOST -a show\n')).toEqual(['centreon-clapi-password']);
    expect(blockingIds('etc/snmp/snmpd.conf', 'rocommunity Nq7vTz2Lx 10.0.0.0/24\n')).toEqual(['snmp-agent-community']);
    expect(blockingIds('config.php', "$config['snmp']['community'] = array(\"public\", \"Nq7vTz2Lx\");\n")).toEqual(['snmp-agent-community']);
    expect(blockingIds('init.sh', 'net-snmp-create-v3-user -ro -A Hq8vT3mWz7 -X Lp4xQ2mZ7v -a SHA -x AES nm\n')).toEqual(['net-snmp-cli-credential']);
    expect(blockingIds('etc/snmp/snmpd.conf', 'rocommunity public localhost\n')).toEqual([]);
  });

  it("reads a Tutor config.yml's generated passwords, also pasted into a guide, but not in another compose file", () => {
    const guide = '```yaml\nMYSQL_ROOT_PASSWORD: hUGDkpE7\nOPENEDX_MYSQL_PASSWORD: wKqPzRtY\nOPENEDX_SECRET_KEY: y5dgQGx31BMOnLeijnkgyHD5\n```\n';
    expect(blockingIds('docs/ARCHITECTURE.md', guide)).toEqual(['tutor-config-secret', 'tutor-config-secret', 'tutor-config-secret']);
    expect(blockingIds('docker-compose.yml', 'MYSQL_ROOT_PASSWORD: hUGDkpE7\n')).toEqual([]);
  });

  it("reads an Airflow Fernet key and Semaphore's encryption key in a guide, not Airflow docs' published key", () => {
    expect(blockingIds('README.md', 'AIRFLOW__CORE__FERNET_KEY=RLl7IkXUjzzd0LTiwnFVDuA8mjLYsIbxnZIurCcGTtE=\n')).toEqual(['airflow-fernet-key']);
    expect(blockingIds('docker-compose.yaml', '    AIRFLOW__CORE__FERNET_KEY: "81HqDtbqAywKSOumSha3BhWNOdQ26slT6K0YaZeZyPs="\n')).toEqual([]);
    expect(blockingIds('docs/SERVICES.md', '  - SEMAPHORE_ACCESS_KEY_ENCRYPTION=I6Jk2oGekGG8BI9/B17vfSf0YbD7I8AFpdXixyqlL5k=\n')).toEqual(['semaphore-access-key-encryption']);
  });

  it('reads a Prefect Secret block value, an ltijs key and a database URL whose host Terraform fills in', () => {
    const prefect = 'from prefect.blocks.system import Secret\nSecret(value="Vq8dT2xLm9Rk4wHp").save("prod-rds-mysql-password")\n';
    expect(blockingIds('blocks/create_secret.py', prefect)).toEqual(['prefect-secret-block-value']);
    expect(blockingIds('index.js', "lti.setup('RLl7IkXUjzzd0LTiwnFVDuA8mjLYsIbxnZIurCcG', { url: process.env.DB })\n")).toEqual(['ltijs-encryption-key']);
    const tf = 'echo "AIRFLOW_CONN_REDSHIFT=postgres://sde_user:Vq8dT2xLm9Rk4@${aws_redshift_cluster.sde.endpoint}/dev" > env\n';
    expect(blockingIds('main.tf', tf)).toEqual(['database-url-password']);
  });

  it('reads a key with two base64 parts between slashes and a salt holding `{{`, not a Jinja template', () => {
    expect(blockingIds('deploy/calcom.env', 'CALENDSO_ENCRYPTION_KEY=Kq7vPz/LxoTRmWbNcQ/hYe42ZtUd\n')).toEqual(['encryption-key-assignment']);
    expect(blockingIds('moodle/config.php', "$CFG->passwordsaltmain = '4q)F&8#2{{kR3tw!)yZ&`.bJx7';\n")).toEqual(['moodle-password-salt']);
    expect(blockingIds('moodle/config.php', "$CFG->passwordsaltmain = '{{ moodle_salt }}';\n")).toEqual([]);
  });

  it('stays silent on stand-ins: stock passwords, digests of test words, example SNMP users and Checkmk docs', () => {
    expect(blockingIds('import_movies.py', "qb.login('admin', 'adminadmin')\n")).toEqual([]);
    expect(blockingIds('nzbget.conf', 'ControlPassword=tegbzn6789\n')).toEqual([]);
    expect(blockingIds('setup/ilias.ini.php', '[setup]\npass = "098f6bcd4621d373cade4e832627b4f6"\n')).toEqual([]);
    expect(blockingIds('main.tf', '  authentication_password = "AuthPassword@123"\n  privacy_password = "PrivacyPassword@123"\n')).toEqual([]);
    expect(blockingIds('group_vars/all.yml', 'checkmk_var_automation_secret: "mysecret"\n')).toEqual([]);
    expect(blockingIds('config.php', "$CFG->passwordsaltmain = 'yourpasswordsalt';\n")).toEqual([]);
  });
});
