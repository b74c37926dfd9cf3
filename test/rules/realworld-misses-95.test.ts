import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1784 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('round seven: PHP and .NET CMSes, Java portals, chat integrations, forums, CI pipelines and hybrid apps', () => {
  it("blocks a mail password a PHP constant names with PWD", () => {
    expect(blockingIds('libraries/config.php', "@define('_MAIL_PWD', 'Tq7mXv2Lp9');\n")).toEqual(['php-define-secret']);
  });

  it("does not block a local Docker sa login's stock password nor a docs connection string to MyServerName", () => {
    const local = '  <add name="core" connectionString="user id=sa;password=Qwerty123;Data Source=sql2017;Database=Sitecore_Core" />\n';
    expect(blockingIds('README.md', local)).toEqual([]);
    const docs = '<add name="umbracoDbDSN" connectionString="Server=MyServerName;Database=MyDatabase;User Id=Username;Password=Kq7v#T2xWm9Lp;" />\n';
    expect(blockingIds('docs/v8/Unattended-Installs.md', docs)).toEqual([]);
  });

  it("does not take Alfresco's MD4 hash of the admin password for a password", () => {
    const props = '# admin\nalfresco_user_store.adminpassword=209c6174da490caeb422f3fa5a7ae634\n';
    expect(blockingIds('alfresco-global.properties', props)).toEqual([]);
  });

  it("does not block mmuser's mmpassword, a phpass hash, nor a TYPO3 variable's name given as a value", () => {
    const dsn = '  "DataSource": "postgres://mmuser:mmpassword@db-primary.internal:5432/mattermost?sslmode=require",\n';
    expect(blockingIds('docs/read-replicas.md', dsn)).toEqual([]);
    const typo3 = "        'installToolPassword' => '$P$Cj7Q3mXv2Lp9Wk4Tn8Rb3Hc6Yd1Fs0a',\n";
    expect(blockingIds('web/typo3conf/LocalConfiguration.php', typo3)).toEqual([]);
    expect(blockingIds('deployer/set.php', "set('db_password', 'TYPO3__DB__Connections__Default__password');\n")).toEqual([]);
  });
});

describe('round eight: BI embedding, CRMs, file sync, log shippers and self-hosted backends', () => {
  it('blocks a newer Dropbox sl.u. token longer than 1,400 characters', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const body = Array.from({ length: 1450 }, (_, i) => alphabet[(i * 37 + (i >> 3) * 11) % 64]).join('');
    expect(blockingIds('api/upload.py', `dbx = dropbox.Dropbox("sl.u.${body}")\n`)).toEqual(['dropbox-access-token']);
  });

  it("does not block a database password that is its admin user's stem (butler_admin, butler)", () => {
    const pillar = 'airflow:\n  sql_alchemy_conn: postgresql://butler_admin:butler@postgresql.service.consul:5432/airflow\n';
    expect(blockingIds('salt/pillar/airflow/init.sls', pillar)).toEqual([]);
  });

  it('does not block a key made up as lower case, upper case and digits in turn', () => {
    const made = Array.from({ length: 18 }, (_, i) => 'xmqwvtsjfhcazuypbn'.charAt(i) + 'BKNPYRLGDEWTVMLQXC'.charAt(i) + String((i * 7 + 9) % 10)).join('');
    expect(blockingIds('infrastructure/GLITCHTIP_SETUP.md', `\`\`\`env\nSECRET_KEY=${made}\n\`\`\`\n`)).toEqual([]);
  });
});

describe('samples 1800 onwards: game servers, billing, enterprise chat, CRMs, brokers and cloud SDKs', () => {
  it("blocks a Feishu app secret beside its cli_ app id, a Lazada seller token and a Volcengine secret key", () => {
    const feishu = "        self.app_id = app_id or 'cli_ihfki3hibciaums2'\n        self.app_secret = app_secret or 'cvwg5HBGTX0OCH7l7EfHUGNJfcAmXCTT'\n";
    expect(blockingIds('larkbase.py', feishu)).toEqual(['feishu-app-secret']);
    const lazada = '        LazopResponse response = client.execute(request,"500006906ISETrH3Wjs4BSpC2IH5rtu3nFbgqRh93vzVkQKkPcTroiFFgWP4");\n';
    expect(blockingIds('src/main/java/shop/LazadaServiceImpl.java', lazada)).toEqual(['lazada-access-token']);
    const volc = 'ark = Ark(ak=AK, sk="TnpnMk1UWTVZVFF6WlRCaU5EUmhNemsxTVRVek1URTFNRFkxWVdSaFlXTQ==")  # volcengine\n';
    expect(blockingIds('process_docs.py', volc)).toEqual(['volcengine-secret-key']);
  });

  it('does not block a Volcengine-shaped secret that does not decode to hex digits', () => {
    const typed = 'ark = Ark(ak=AK, sk="TB2eUK2NXCc9VGcP80lRVs6DqIIPjWlTCdl6NYvsF2MhgiIl9bWqQJA8XL==")  # volcengine\n';
    expect(blockingIds('process_docs.py', typed)).toEqual([]);
  });

  it('blocks a proxy login in Squid cache_peer and in curl -x, and a commented-out FiveM licence key', () => {
    expect(blockingIds('squid/squid.conf', 'cache_peer 203.0.113.7 parent 8081 0 no-query default login=ops:5BYIC4XMVfl8\n')).toEqual(['squid-cache-peer-login']);
    expect(blockingIds('scripts/check.sh', "curl -x 'ops:yhD3Tou3AcR3@203.0.113.7:8081' https://api.shop.io -i\n")).toEqual(['curl-proxy-password']);
    const cfg = 'set sv_licenseKey "$LICENSE"\n#set sv_licenseKey cbd7e53041b7fa48a473300864eb524e\n';
    expect(blockingIds('server.cfg', cfg)).toEqual(['game-server-cfg-secret']);
  });

  it("blocks a Dynamics 365 connection string's password, not the Dataverse docs' passcode", () => {
    const cs = 'var cs = "AuthType=Office365;Username=ops@contoso.onmicrosoft.com;Password=Ye6bpisehByPhY;Url=https://ops.crm4.dynamics.com";\n';
    expect(blockingIds('Program.cs', cs)).toEqual(['connection-string-password']);
    const docs = '`connectionString="AuthType=Office365; Username=jsmith@contoso.onmicrosoft.com;Password=passcode;Url=https://contoso.crm.dynamics.com"`\n';
    expect(blockingIds('docs/authenticate-ws-trust.md', docs)).toEqual([]);
  });

  it("blocks a Recurly key, not the value under an SDK's @example tag", () => {
    expect(blockingIds('config/config.php', "\tputEnv('RECURLY_API_KEY=cbd7e53041b7fa48a473300864eb524e');\n")).toEqual(['recurly-api-key']);
    const sdk = "    # @example\n    #   API_KEY = '9ac53b57ecf145792da6717b67f2a29a'\n    #   client = Client.new(api_key: API_KEY)\n";
    expect(blockingIds('lib/billing/client.rb', sdk)).toEqual([]);
  });

  it("blocks a sentinel's auth-pass, not a guide's stock Redis passwords", () => {
    expect(blockingIds('sentinel.conf', 'sentinel auth-pass mymaster RrQ7TkB9EwXb6IiB\n')).toEqual(['redis-requirepass']);
    expect(blockingIds('docs/redis/install.md', 'requirepass masterpassword\n')).toEqual([]);
    expect(blockingIds('docs/redis/docker.md', 'redis-cli -h 10.0.4.12 -a 123456 ping\n')).toEqual([]);
  });

  it("blocks a percent-encoded function key and a Bearer token joined to its scheme, not a ColdFusion #expression#", () => {
    const url = "  // final url = 'https://checkfn.azurewebsites.net/api/HttpTrigger1?code=DZMq21%2Btk8ntMbn1V9OI7R7T8a%2F9Z2fhg3a9SG%2FBVlYNyUohV0xKyg%3D%3D';\n";
    expect(blockingIds('lib/main.dart', url)).toEqual(['azure-function-key']);
    const header = "        Authorization: 'Bearer ' + '9ac53b57ecf145792da6717b67f2a29a6b55edc34988bf98df71e685df7c83bb',\n";
    expect(blockingIds('src/api.js', header)).toEqual(['http-authorization-header']);
    expect(blockingIds('config/app.cfm', '\t\tpassword: "encrypted:#this.env.DB_PASSWORD#",\n')).toEqual([]);
  });
});

describe('samples 1816 onwards: directory services, Db2, logistics, accounting, marketing, SAP, BI and game backends', () => {
  it("does not read a comment's `# bindpw field` as a password, a Ruby #{…} pair as a Basic login, nor NAME=NAME", () => {
    expect(blockingIds('ldap-client-setup.sh', '\t\t# bindpw field\n\t\tif [ "X$LDAP_BIND_PASSWD" != "X" ]; then\n')).toEqual([]);
    expect(blockingIds('lib/myob/client.rb', '  Base64.encode64("#{company_file[:username]}:#{company_file[:password]}")\n')).toEqual([]);
    expect(blockingIds('scripts/launch.sh', 'gantry run --env-secret R2_ENDPOINT_URL=R2_ENDPOINT_URL -- python train.py\n')).toEqual([]);
  });

  it("blocks an IBM COS key by its own name, a Zoho client secret, a Pardot user key and a LootLocker server key", () => {
    const cos = 'COS_API_KEY_ID = "pdwg0459voxstcbj8ya38cdzh0776h-chz7qxwu93uli"\ncos = ibm_boto3.client("s3", ibm_api_key_id=COS_API_KEY_ID)\n';
    expect(blockingIds('app.py', cos)).toEqual(['ibm-cloud-api-key']);
    expect(blockingIds('ZOHO_ENV_SETUP.md', 'ZOHO_CLIENT_SECRET=91f068ab2a902e471ea7a87b4eab96d7b8af3a974e\n')).toEqual(['zoho-client-secret']);
    const pardot = "    p = PardotAPI(email='ops@shop.io', password=PASSWORD, user_key='d32735542926e75e59abfed64949b946')\n";
    expect(blockingIds('lambda/pardot_tags.py', pardot)).toEqual(['pardot-user-key']);
    const server = '        private readonly string _serverAPIKey = "dev_fff616f689ff7bdc38dddb016b788a6d"; // lootlocker\n';
    expect(blockingIds('Services/LeaderboardService.cs', server)).toEqual(['lootlocker-server-key']);
  });

  it("blocks a PHP array's Authorization token, not a password under a guide's numbered Example label", () => {
    const guzzle = "    'headers' => [\n        'Authorization' => 'Token 1d07c79cba5a643eeecb8ff946c4898cde7c72db',\n    ],\n";
    expect(blockingIds('app/Http/Controllers/CheckoutController.php', guzzle)).toEqual(['http-authorization-header']);
    const guide = '4. **Example:**\n   ```env\n   SHIPROCKET_EMAIL=ops@yourdomain.com\n   SHIPROCKET_PASSWORD=7nHf7VszhPCoktOo\n   ```\n';
    expect(blockingIds('docs/SHIPROCKET_SETUP_GUIDE.md', guide)).toEqual([]);
  });

  it("does not block a password on PCF Dev's local Cloud Foundry or on a compose service named for PostGIS", () => {
    const pcf = '  "uri": "mysql://YlukSlUdSdsjA6jz:0qwVuBEHydHw5K@mysql-broker.local.pcfdev.io:3306/cf_24ab1a85?reconnect=true",\n';
    expect(blockingIds('slides/cf-hello.md', pcf)).toEqual([]);
    const compose = '    sqlalchemy_uri: postgresql://near:0qwVuBEHydHw5K@postgres-postgis:5432/near_shops\n';
    expect(blockingIds('superset/superset-init.sh', compose)).toEqual([]);
  });
});
