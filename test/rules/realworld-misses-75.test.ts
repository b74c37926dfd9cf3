import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
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
    const metabase = 'let MB_SITE_URL = "your_metabase_site_url";\nlet MB_EMBEDDING_SECRET_KEY = "Your secret key";\n';
    expect(blockingIds('server.js', metabase)).toEqual([]);
    // A connected app's secret id is the `kid` of the tokens it signs; Vault's AppRole secret id is a credential.
    expect(blockingIds('deploy.ps1', '$env:TABLEAU_CONNECTED_APP_SECRET_ID="ebe8c360-52b1-40a9-beb7-d04137cfb594"\n')).toEqual([]);
    expect(blockingIds('deploy.sh', 'export VAULT_SECRET_ID="ebe8c360-52b1-40a9-beb7-d04137cfb594"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 771 to 778: NVRs, mesh VPNs, PHP shops, analytics, ETL, spreadsheet databases, LLM serving', () => {
  it("reads a camera's digest-auth login, a Nebula host key and an OWA install's salts", () => {
    expect(blockingIds('intercom_key.py', "auth = HTTPDigestAuth('admin', 'Hq8vT3mWz7')\n")).toEqual(['http-basic-auth-literal']);
    const nebula = "sudo tee /etc/nebula/rx.key << 'EOF'\n-----BEGIN NEBULA X25519 PRIVATE KEY-----\nBZC3c05HPCtXmb2tJzqYFEFDA5V5vT2eyaJEICPxIwQ=\n-----END NEBULA X25519 PRIVATE KEY-----\nEOF\n";
    expect(blockingIds('install-certs.sh', nebula)).toEqual(['nebula-private-key']);
    expect(blockingIds('owa-config.php', "define('OWA_AUTH_SALT', 'RLl7IkXUjzzd0LTiwnFVDuA8mjLYsIbx');\n")).toEqual(['wordpress-auth-salts']);
  });

  it('reads PrestaShop webservice keys, and CS-Cart keys in its production config.local.php', () => {
    expect(blockingIds('ws/orders.php', "define('PS_WS_AUTH_KEY', 'MIHSVYWYGEZF12RUQ78ZZMXT3UZEOX8R');\n")).toEqual(['prestashop-webservice-key']);
    expect(blockingIds('config.local.php', "$config['crypt_key'] = 'R5uCuFV7zc';\n")).toEqual(['cscart-config-key']);
  });

  it('reads Workato hooks, Talend passwords under the shared key and Salesforce refresh tokens', () => {
    const hook = 'WORKATO = "https://webhooks.workato.com/webhooks/rest/ebe8c360-52b1-40a9-beb7-d04137cfb594/new-employee"\n';
    expect(blockingIds('lambda_function.py', hook)).toEqual(['workato-webhook-url']);
    const talend = 'String pw = PasswordEncryptUtil.decryptPassword("enc:routine.encryption.key.v1:qBsrv8K155oCLwAcAGcZfUILB6lpAVNEZ3eTPew7tSDC/hJs");\n';
    expect(blockingIds('src/main/java/job/Load.java', talend)).toEqual(['talend-encrypted-password']);
    const refresh = 'SF_REFRESH_TOKEN=5Aep861GwnYL.WodtOVdcfMlYSNWbRMcaNnz9HjgcW3cS2BOCv.AW1ssuogk3slydH2s6msF9A8IwNPTfR5u9.n\n';
    expect(blockingIds('deploy/app.env', refresh)).toEqual(['salesforce-refresh-token']);
  });

  it('reads Teable, NocoDB, LM Studio and Anyscale tokens, also under client-exposed names and in guides', () => {
    const teable = 'VITE_TEABLE_TOKEN=teable_accQIDkIqlqUMxTiruOpjZG_QqD0ZTnZxhckD1Lokx25d4XDFuNbxW3w3HJ7LwhG\n';
    expect(blockingIds('QUICKSTART.md', teable)).toEqual(['teable-access-token']);
    expect(blockingIds('DEPLOY.md', 'NOCODB_TOKEN=9PJggVmjJyH6__FKUG-2sCEZ-8TIeIjCYsfWRVY5\n')).toEqual(['nocodb-api-token']);
    expect(blockingIds('dashboard.py', 'LM_KEY = "sk-lm-RQDM2b7B:zYsFB25jZ7OkiDklFVEC"\n')).toEqual(['lm-studio-api-token']);
    expect(blockingIds('server.py', 'openai_api_key = "esecret_viiez3dkrfgqww6sw8dbbkajy5"\n')).toEqual(['anyscale-api-key']);
  });

  it("stays silent on public keys: Countly's app key and a Shopware sales channel's access key", () => {
    expect(blockingIds('app/Constants.java', '    public static final String COUNTLY_APP_KEY = "4c0be1e29dd5d3793ae86187a160c6ae056353db";\n')).toEqual([]);
    expect(blockingIds('scripts/fetch-navigation.php', "$accessKey = 'SWSCQ2ZUMLVQQKHVDWJ1ZGXHBA';\n")).toEqual([]);
  });
});

describe('samples 779 to 786: ML platforms, extensions, CMSes, e-signatures, home hubs, trading bots, flags, Power Platform', () => {
  it('reads Modal token secrets in guides, openHAB tokens, Split server keys and Azure Functions keys', () => {
    const modal = 'modal token set --token-id ak-cXqUM6XWNDe84htNe0x5rX --token-secret as-MYrHzZvlgk2D1HbgzOMoFh\n';
    expect(blockingIds('docs/ARCHITECTURE.md', modal)).toEqual(['modal-token-secret']);
    const oh = 'token = "oh.dashboard.tP9POEyc7WpV3Lv9XcIY8Ohq4lSM7U9K7VrNg6xxCtjBayCHY1FvnO5OCgC8OERVFW7vlTLOtp6u5oi7yLx94V:"\n';
    expect(blockingIds('update_max_temp.py', oh)).toEqual(['openhab-api-token']);
    expect(blockingIds('Split.java', 'SplitClient c = SplitFactoryBuilder.build("dv2mibaubs397dvftjm0ll34p85s5z9yg3zv", config).client();\n')).toEqual(['split-server-sdk-key']);
    const fn = "  upload: 'https://shopfn.azurewebsites.net/api/Upload?code=MaLtoNDn5DpFJH8IqoOxtn1k5UsaYzYC9JZrbBIjsHlRAzFuzM_uw==&f=',\n";
    expect(blockingIds('src/environments/environment.ts', fn)).toEqual(['azure-function-key']);
  });

  it("reads newer Alpaca paper keys (a 26-character id, a 44-character secret) across a line break, at medium", () => {
    const alpaca = "api = tradeapi.REST('PKR5TFVJQD329LSTPPOXRNFOYN',\n    'RHg/86D45ExqOYwZ/Exfc+5eWpt65fB6zJBqv0RxYdWO', base_url)\n";
    const [finding] = detectChunk({ path: 'bars.py', text: alpaca }, pack);
    expect([finding?.ruleId, finding?.severity, finding?.confidence]).toEqual(['alpaca-paper-api-secret', 'medium', 'high']);
  });

  it("stays silent on stand-ins: a key run into `your-api-key`, a docs service account, an item's name, Statsig client keys", () => {
    expect(blockingIds('config.js', 'const CREDENTIALS = "AIzaSyyour-api-keyXXkXuXXXp9"\n')).toEqual([]);
    const sa = '{\n  "type": "service_account",\n  "private_key_id": "b4c1e8f07a2d9c3e5f6a7b8c9d0e1f2a3b4c5d6e",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIyourkey\\n-----END PRIVATE KEY-----\\n"\n}\n';
    expect(blockingIds('docs/vertexai_pre.md', sa)).toEqual([]);
    expect(blockingIds('lib/flags.ts', 'EXPERIMENTATION_CONFIG_ITEM_KEY="statsig-Kq7vT2xWm9LpQz4RnB8c"\n')).toEqual([]);
    const statsig = 'const key = process.env.NEXT_PUBLIC_STATSIG_CLIENT_KEY || "client-HTh8Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk0Mo";\n';
    expect(blockingIds('app/my-statsig.tsx', statsig)).toEqual([]);
    expect(blockingIds('docs/Auto-Discovery.md', "$config['snmp']['community'][] = \"my_custom_community\";\n")).toEqual([]);
  });
});
