import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 631 onwards. Every value is invented, except the published docs values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 631 to 638: database tools, chat-ops, schedulers, CRMs, telephony and release signing', () => {
  it('blocks a password in an XML-escaped JDBC URL and a Redis password on a command line', () => {
    const xml = '<property name="url" value="jdbc:mysql://db.shop.io:3306/shop?user=root&amp;password=73Rt15NupTZ4Ng"/>\n';
    expect(blockingIds('src/main/resources/beans.xml', xml)).toEqual(['jdbc-url-password']);
    expect(blockingIds('start.bat', 'docker run -d redis:7 redis-server --appendonly yes --requirepass 3bV1qAYdMtdkjDkU\n')).toEqual(['redis-requirepass']);
    expect(blockingIds('start.bat', 'docker run -d -e REDIS_HOSTS=local:cache:6379:0:2GLhKGyrloMb5M rediscommander/redis-commander\n')).toEqual(['redis-requirepass']);
    expect(blockingIds('docker-compose.yml', '    command: redis-server --requirepass ${REDIS_PASSWORD}\n')).toEqual([]);
  });

  it("blocks Kamailio's database passwords set in kamctlrc, not the stock ones", () => {
    const sed = `sed -i 's/# DBRWPW="kamailiorw"/DBRWPW="HXn4vIUnScB3"/g' /etc/kamailio/kamctlrc\n`;
    expect(blockingIds('install_kamailio.sh', sed)).toEqual(['kamailio-kamctlrc-password']);
    expect(blockingIds('etc/kamailio/kamctlrc', '# DBRWPW="kamailiorw"\n# DBROPW="kamailioro"\n')).toEqual([]);
  });

  it('blocks SignalWire and Webex tokens by their shapes', () => {
    const signalwire = 'SIGNALWIRE_PROJECT_ID=fb5059a5-32c7-428a-b033-f826af61e3a1\nSIGNALWIRE_API_TOKEN=PT5c62bfb512e291f83dc70bfbc065bb90136a729fc00a548d\n';
    expect(blockingIds('DEPLOY.md', signalwire)).toEqual(['signalwire-api-token']);
    const webex = 'api = WebexTeamsAPI(access_token="ZGNiMmNkMmItOGU5Mi00NTBjLWIwNjEtMzcxOTFkZjRhYjUxN2M2OGUwMWQ3YzBk_PF84_32d22989-eb9e-4437-a4ea-a91d96f3cdd5")\n';
    expect(blockingIds('app.py', webex)).toEqual(['webex-access-token']);
  });

  it("leaves a docs Slack token whose secret part is all digits alone", () => {
    expect(blockingIds('docs/index.rst', "               'token': 'xoxb-58302719467105-836152094718352609147'},\n")).toEqual([]);
  });

  it('blocks the password of a Tauri updater key or an electron-builder certificate, also a word, not a CI secret', () => {
    expect(blockingIds('release.bat', 'set TAURI_SIGNING_PRIVATE_KEY_PASSWORD=ixxvzmbz\nnpm run tauri build\n')).toEqual(['release-signing-key-password']);
    expect(blockingIds('build.ps1', '$env:TAURI_SIGNING_PRIVATE_KEY_PASSWORD = "dzythwbp"\n')).toEqual(['release-signing-key-password']);
    expect(blockingIds('release.sh', 'export CSC_LINK=./certs/app.p12\nexport CSC_KEY_PASSWORD=231276\n')).toEqual(['release-signing-key-password']);
    const workflow = '        env:\n          TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${{ secrets.TAURI_KEY_PASSWORD }}\n';
    expect(blockingIds('.github/workflows/release.yml', workflow)).toEqual([]);
  });

  it("blocks an Apple app-specific password under a notarization script's own name", () => {
    expect(blockingIds('scripts/store-app-password.sh', 'kch_app_pwd_ntrz="qoqj-foes-jmii-xilj"\n')).toEqual(['apple-app-specific-password']);
  });

  it('blocks the password of a connection added with the Airflow CLI', () => {
    const add = 'airflow connections add ftp_shop --conn-type ftp --conn-host 203.0.113.40 --conn-login shop --conn-password 0ezE6Qvo5Q\n';
    expect(blockingIds('airflow/init.sh', add)).toEqual(['cli-login-password']);
  });

  it('blocks Rundeck tokens in its auth header, also in a README, and AWX tokens for the CLI', () => {
    expect(blockingIds('README.md', "curl -H 'X-Rundeck-Auth-Token: 7auJ1FdZo1xsYufZbNU2JWjqQ6cVHWYk' https://rundeck.shop.io/api/41/job/42/run\n")).toEqual(['rundeck-api-token']);
    expect(blockingIds('deploy.sh', 'export TOWER_OAUTH_TOKEN=uUyiKBxllJPmn1Al9V1v6pkkfTb6Vj\nawx job_templates launch 12\n')).toEqual(['awx-oauth-token']);
    expect(blockingIds('deploy.sh', 'curl -H "X-Rundeck-Auth-Token: $RD_TOKEN" https://rundeck.shop.io/api/41/system/info\n')).toEqual([]);
  });

  it("blocks the keys EspoCRM, SuiteCRM and Mautic write at install, not a SuiteCRM template's id", () => {
    const espo = "<?php\nreturn [\n  'hashSecretKey' => '5abb6c0359ed7e842bc179df72646ef1',\n];\n";
    expect(blockingIds('data/config-internal.php', espo)).toEqual(['crm-install-secret']);
    expect(blockingIds('config.php', "$sugar_config = array (\n  'unique_key' => 'feaf71c7d98611ee98fbf3a6e101dc6f',\n);\n")).toEqual(['crm-install-secret']);
    const mautic = "$container->setParameter('mautic.secret_key', '1eb115db738d6fb11c663fc022c81e098117c9c9eac41d675bcc06dbbe668d5b');\n";
    expect(blockingIds('overrides/app/config/config_override.php', mautic)).toEqual(['crm-install-secret']);
    expect(blockingIds('config.php', "    'generatepasswordtmpl' => '4d0c61a2-0b8e-4f7d-9a35-c2e8f1b6d790',\n")).toEqual([]);
  });

  it('blocks a 32-digit hex key whose digits happen to repeat, as one random key in five does', () => {
    expect(blockingIds('data/config-internal.php', "  'cryptKey' => '8adeab854022027b8da2d45a22b08fe2',\n")).toEqual(['encryption-key-assignment']);
  });
});

describe('samples 639 to 646: SIEM and scanners, mail servers, GraphQL back ends and login bots', () => {
  it('blocks Tenable key pairs, Splunk HEC tokens and Graylog secrets, not their documented defaults', () => {
    const tenable = 'headers = {"X-ApiKeys": "accessKey=b036d5c2c88ca4d76136f178c7e0f52384b4f629a7c9a8034cdc71845b53b683;secretKey=8ce2f8a0032190fbb1b66707c10187252f991a1dd413e26a29682c734b2d06e7"}\n';
    expect(blockingIds('tenable_export.py', tenable)).toEqual(['tenable-api-secret-key']);
    const hec = "curl https://splunk.shop.io:8088/services/collector/event -H 'Authorization: Splunk fb5059a5-32c7-428a-b033-f826af61e3a1' -d @event.json\n";
    expect(blockingIds('server_stats.sh', hec)).toEqual(['splunk-hec-token']);
    const graylog = 'sed -i "s/password_secret =/password_secret = 9b3aef010cc55762cb3965f8710c0ab80fc26220a026605101a8891528956b5d/g" /etc/graylog/server/server.conf\n';
    expect(blockingIds('install_graylog.sh', graylog)).toEqual(['graylog-password-secret']);
    expect(blockingIds('create_env.sh', 'GRAYLOG_PASSWORD_SECRET=someveryverylongpasswordpepper\n')).toEqual([]);
  });

  it("blocks Roundcube's des_key, not its shipped default, and leaves sasl_passwd templates alone", () => {
    expect(blockingIds('config/config.inc.php', "$config['des_key'] = ':,e|3?Ht~g)4XxU$0{&_}-70';\n")).toEqual(['roundcube-des-key']);
    expect(blockingIds('config/config.inc.php', "$config['des_key'] = 'rcmail-!24ByteDESkey*Str';\n")).toEqual([]);
    expect(blockingIds('setup_mail.py', '        f.write(f"[smtp.gmail.com]:587 {admin_email}:{app_password}\\n")\n')).toEqual([]);
    expect(blockingIds('README.md', 'Isi 1 baris: `[smtp.gmail.com]:587  emailkamu@gmail.com:appPassword16digit`.\n')).toEqual([]);
    expect(blockingIds('docs/DEPLOY.md', 'SECRET_KEY=automatically-generated-secret-key-123456\n')).toEqual([]);
  });

  it("blocks StepZen keys, not Apollo's docs keys, a yup default or a Hasura key-set URL", () => {
    const stepzen = 'headers: { Authorization: `Apikey shopteam::stepzen.net+1000::be4197460dfbce8df6d5c40ecd057479118146f2db092ce154bbdd7e25d84596` },\n';
    expect(blockingIds('src/apollo-client.js', stepzen)).toEqual(['stepzen-api-key']);
    expect(blockingIds('docs/schema-registry.md', 'ENGINE_API_KEY=service:foobar:d1rzyrmanmrZXxTTQLxghX\n')).toEqual([]);
    expect(blockingIds('src/env.js', "  HASURA_GRAPHQL_ADMIN_SECRET: yup.string().default('secret'),\n")).toEqual([]);
    const jwk = `HASURA_GRAPHQL_JWT_SECRET: '{"type":"RS512", "jwk_url": "https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com"}'\n`;
    expect(blockingIds('lib/hasura-stack.ts', jwk)).toEqual([]);
  });

  it('blocks a password that opens with @ when capitals, lower case and digits follow', () => {
    expect(blockingIds('profile_scraper.py', 'linkedin_password = "@Gb2a5waKQHR0"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app.ts', "const password = '@nestjs/config';\n")).toEqual([]);
  });

  it("blocks a secret CloudFormation parameter's literal default, not an empty one or a secret's ARN", () => {
    const cfn = 'Parameters:\n  sallypassword:\n    Description: IAM User Sally\'s Password\n    Default: "vlv7V8eVmMzqcD"\n    Type: String\n';
    expect(blockingIds('iam/sally.yaml', cfn)).toEqual(['cloudformation-parameter-default-secret']);
    expect(blockingIds('template.yaml', "Parameters:\n  GitHubToken:\n    Type: String\n    Default: ''\n")).toEqual([]);
  });
});

describe('samples 647 to 654: Perl, mobile apps, browser extensions, R, web servers, JVM configs and legacy desktop apps', () => {
  it("blocks Perl's DBI, Net::FTP, Net::SMTP and LWP logins written as literals, not anonymous FTP or variables", () => {
    expect(blockingIds('cgi-bin/alignment.cgi', "my $dbh = DBI->connect('dbi:mysql:database=genes;host=db.lab.io', 'webuser', 'UUVgV7CIpIAR') or die;\n")).toEqual(['perl-login-call-password']);
    expect(blockingIds('getjob.pl', "$ftp->login('jobs', 'X7STEB5LfwFm') or die;\n")).toEqual(['perl-login-call-password']);
    expect(blockingIds('sendmail.pl', "$smtp->auth('LOGIN', 'alerts@shop.io', 'qMvx2wIrhy0F');\n")).toEqual(['perl-login-call-password']);
    expect(blockingIds('get_logs.pl', "$req->authorization_basic('ops', 'DENXQmots4QW');\n")).toEqual(['perl-login-call-password']);
    expect(blockingIds('getjob.pl', "$ftp->login('anonymous', 'guest@');\n$smtp->auth($user, $pass);\n")).toEqual([]);
  });

  it("blocks CDO's SMTP password and an Access database's password, not a how-to's Password1", () => {
    const cdo = 'objConfig.Fields.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "2R7GgFA4uFci"\n';
    expect(blockingIds('mail.vbs', cdo)).toEqual(['cdo-smtp-sendpassword']);
    expect(blockingIds('SendEmail.vbs', cdo.replace('2R7GgFA4uFci', 'Password1'))).toEqual([]);
    const jet = 'Friend cnnstr As String = "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" & dbFile & ";Jet OLEDB:Database Password=PzgMUdV1zokd;"\n';
    expect(blockingIds('frmUploadHistory.vb', jet)).toEqual(['access-database-password']);
    const pubxml = '<Value>Data Source=tcp:dbserver.database.windows.net,1433;Initial Catalog=shop;User Id=appUser@dbserver;Password=password</Value>\n';
    expect(blockingIds('Properties/PublishProfiles/Profile.pubxml', pubxml)).toEqual([]);
  });

  it('blocks a Cosmos DB account key given to cqlsh', () => {
    const cqlsh = 'python cqlsh.py shopdb.cassandra.cosmos.azure.com 10350 -u shopdb -p jXCw5DsuJX0u+W6YFPlhTBGaJI/pCoIZGrYvhfNGaFaUi58hhK1TAoqQJvem1wXJ18XuJgjE9dL0MWpAopWLmw== --ssl\n';
    expect(blockingIds('scripts/cosmos.sh', cqlsh)).toEqual(['database-cli-password']);
  });

  it("leaves Play's docs secret and a Sinch application key alone, and blocks the Sinch secret beside it", () => {
    expect(blockingIds('conf/application.conf', 'play.http.secret.key="QCY?tAnfk?aZ?iwrNwnxIlR6CTf:G3gf:90Latabg@5241AB`R5W:1uDFN];Ik@n"\n')).toEqual([]);
    const sinch = '    public static final String SINCH_APP_KEY = "035442ef-a022-48aa-855a-90b21e647b66";\n    public static final String SINCH_APP_SECRET = "1Yrb6ghNGDK8NzjuryhZ9w==";\n';
    expect(blockingIds('app/src/main/java/shop/ApiKeys.java', sinch)).toEqual(['generic-secret-assignment']);
  });

  it("blocks a Mojolicious secret given to the old singular `app->secret`", () => {
    expect(blockingIds('httpd-mojo.pl', "app->secret('LRVDHYfM0nMDYpCUZEVE5b')->start('daemon');\n")).toEqual(['mojolicious-secrets-literal']);
  });
});

describe('samples 655 to 662: HashiCorp agents, AI agent frameworks, European payments and test automation', () => {
  it('blocks a Vault token given to `vault login`, unseal keys in JSON init output and Consul tokens in the environment', () => {
    expect(blockingIds('scripts/vault-setup.sh', 'vault login s.363hibbGEJ2FVySYEd0PSZoU\n')).toEqual(['vault-token-legacy']);
    const init = '{\n  "unseal_keys_b64": [\n    "aG09rit+0l68O8f445DztTx4ukjtgIpafPEAipcqR10="\n  ],\n  "unseal_threshold": 1\n}\n';
    expect(blockingIds('vault/init.json', init)).toEqual(['vault-unseal-key']);
    expect(blockingIds('scripts/setup.sh', 'export CONSUL_HTTP_TOKEN=f408ea42-c0cd-480d-8c56-482004b9252c\n')).toEqual(['consul-nomad-token-env']);
    expect(blockingIds('setup/vault/example-config.hcl', '  vault_token = "s.363hibbGEJ2FVySYEd0XXXXX"\n')).toEqual([]);
  });

  it('blocks a Consul token under `default` in an ACL tokens block, not a variable default elsewhere', () => {
    const acl = 'acl {\n  enabled = true\n  tokens {\n    default = "f408ea42-c0cd-480d-8c56-482004b9252c"\n  }\n}\n';
    expect(blockingIds('consul/consul.hcl', acl)).toEqual(['consul-acl-token']);
    expect(blockingIds('packer/image.pkr.hcl', 'variable "subscription_id" {\n  default = "f408ea42-c0cd-480d-8c56-482004b9252c"\n}\n')).toEqual([]);
  });

  it('blocks a value piped to `wrangler secret put` from a development-named deploy script', () => {
    expect(blockingIds('scripts/deploy-secrets-development.sh', 'echo "8c25dd77ab967e64b3667ecdbb4358d3c49f60f50d66cf76bc72475975e1f06e" | npx wrangler secret put AUTH_JWT_SECRET --env development\n')).toEqual(['secret-piped-to-platform-cli']);
  });

  it('blocks older LangSmith keys, SiliconFlow keys beside their base URL and Mollie access tokens', () => {
    expect(blockingIds('main.py', 'os.environ["LANGCHAIN_API_KEY"] = "ls__24e04f8219b74a673c49430bc6cf2502"\n')).toEqual(['langsmith-api-key']);
    const silicon = 'os.environ["LLM"] = "sk-rruvmomcxgvrrbcfkiqamsfpnsrvrioombqdsgskllliypxo"\nllm = ChatOpenAI(base_url="https://api.siliconflow.cn/v1")\n';
    expect(blockingIds('agent.py', silicon)).toEqual(['siliconflow-api-key']);
    expect(blockingIds('config/mollie.php', "return ['mollie' => ['access_token' => 'access_3oZD7TnZ67BAAu0g5kjtvJELdn7yqn']];\n")).toEqual(['mollie-access-token']);
  });

  it("leaves Mollie's docs key, Adyen client keys and SumUp public keys alone", () => {
    expect(blockingIds('docs/methods.rst', 'curl https://api.mollie.com/v2/methods -H "Authorization: Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"\n')).toEqual([]);
    expect(blockingIds('docs/adyen-guide.md', '**Client Key:** test_7QZKXN2MDVH4BFRGJ5TC8LWYPEA3S6U9\n')).toEqual([]);
    expect(blockingIds('VERIFY_CREDENTIALS.md', 'PUBLIC_API_KEY=sup_pk_8WCqKAAmYnee3c8WCqKAAmYnee3c\n')).toEqual([]);
  });

  it('blocks Robot Framework secrets, k6 cloud tokens and a recovery phrase under SECRET_WORDS', () => {
    expect(blockingIds('resources/common.resource', '*** Variables ***\n${BIGIP_PASSWORD}    8WCqKAAmYnee3c\n')).toEqual(['robot-framework-variable-secret']);
    expect(blockingIds('scripts/cloud.ps1', 'k6 login cloud --token e10d99eba1affed75be2698d84760b933099fb1dd2a3d25f17ea011f81cf2225\n')).toEqual(['k6-cloud-token']);
    const words = '{\n  "SECRET_WORDS": "ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor"\n}\n';
    expect(blockingIds('cypress.env.json', words)).toEqual(['wallet-mnemonic']);
  });
});

describe('samples 663 to 665: Flutter apps, self-hosted productivity apps and Chinese cloud SDKs', () => {
  it("leaves the keys Plane ships as defaults alone", () => {
    expect(blockingIds('docker-compose.yml', '      SECRET_KEY: ${SECRET_KEY:-60gp0byfz2dvffa45cxl20p1scy9xbpf6d8c5y0geejgkyp1b5}\n')).toEqual([]);
    expect(blockingIds('setup.sh', 'LIVE_SERVER_SECRET_KEY="${LIVE_SERVER_SECRET_KEY:-htbqvBJAgpm9bzvf3r4urJer0ENReatceh}"\n')).toEqual([]);
  });

  it('blocks a Huawei Cloud access key id beside an OBS client, not alone', () => {
    const obs = 'from obs import ObsClient\nak = "9E1ZT474ST2VB0188KZ4"\n';
    expect(blockingIds('backend/app/client.py', obs)).toEqual(['huawei-cloud-access-key']);
    expect(blockingIds('backend/app/client.py', 'ak = "9E1ZT474ST2VB0188KZ4"\n')).toEqual([]);
  });
});
