import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveHex } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 607 onwards. Every value is invented, except the published docs values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

const ROBLOX_BANNER = '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_';

describe('samples 607 to 610: directories, app servers, game back ends and Indian payments', () => {
  it('reports a setting matched from the blank before it on its own line', () => {
    const findings = detectChunk({ path: 'sssd.conf', text: '[domain/corp]\nldap_uri = ldaps://ldap.corp.shop\nldap_tls_reqcert = never\n' }, pack);
    expect(findings.filter((f) => f.ruleId === 'ldap-tls-certificate-check-off').map((f) => f.line)).toEqual([3]);
  });

  it("blocks an LDAP password given to PHP's ldap_bind and to ldap3's Connection as literals", () => {
    expect(blockingIds('login.php', '$bind = ldap_bind($ldapconn, "cn=reader,ou=svc,dc=corp,dc=shop", "gvCMnGaZwGD8");\n')).toEqual(['php-db-connect-password']);
    expect(blockingIds('main/ldap.py', "conn = Connection(server, 'cn=admin,dc=corp,dc=shop', 'iqJGLZd7UHsB6W', auto_bind=True)\n")).toEqual(['login-call-password']);
    expect(blockingIds('main/ldap.py', 'conn = Connection(server, user, password, auto_bind=True)\n')).toEqual([]);
  });

  it("reads PHP's $ldappass as a password name", () => {
    const php = '<?php\n$ldaprdn = "cn=read,dc=corp,dc=shop";\n$ldappass = "d01nBavFha0H";\n$ldapconn = ldap_connect("ldap.corp.shop");\n';
    expect(blockingIds('auth.php', php)).toEqual(['generic-secret-assignment']);
  });

  it('blocks a Roblox session cookie by its banner, not code that looks for the banner', () => {
    const cookie = deriveHex('roblox-cookie', 600).toUpperCase();
    expect(blockingIds('index.js', `const robloxCookie = '${ROBLOX_BANNER}${cookie}';\n`)).toEqual(['roblox-security-cookie']);
    expect(blockingIds('presence.py', `headers = {'Cookie': '.ROBLOSECURITY=${ROBLOX_BANNER}${cookie.slice(0, 250)}'}\n`)).toEqual(['roblox-security-cookie']);
    expect(blockingIds('bot.py', `if '${ROBLOX_BANNER}' in cookie:\n    valid = True\n`)).toEqual([]);
  });

  it("blocks a GameAnalytics secret key given to the SDK, not the sandbox pair of GameAnalytics' docs", () => {
    expect(blockingIds('MainActivity.java', '        GameAnalytics.initializeWithGameKey("1171f11dcab1f9e0462357b33b7cb6a6", "187f3fb3aa26f09eadf72a090338c720fae97e02");\n')).toEqual(['gameanalytics-secret-key']);
    const sandbox = 'local config = { gameKey = "5c6bcb5402204249437fb5a7a80a4959", secretKey = "16813a12f718bc5c620f56944e1abc3ea13ccbac" }\n';
    expect(blockingIds('AnalyticsServer.lua', sandbox)).toEqual([]);
  });

  it("blocks Cashfree's live secret key under any name, not its sandbox key", () => {
    const php = "define('SECRECTKEY', MODE === 'production' ? 'cfsk_ma_prod_6bad3e626403ce10188198e64edeae61_3b14e218' : getenv('CF_SECRET'));\n";
    expect(blockingIds('checkout/keys.php', php)).toEqual(['cashfree-secret-key']);
    expect(blockingIds('lib/cashfree.ts', "const secret = process.env.CF_SECRET || 'cfsk_ma_test_e0ae5ab41d432883fffb6b776434ba0f_3836a2d2';\n")).toEqual([]);
  });

  it("blocks a Paytm merchant key given straight to PaytmChecksum's generateSignature", () => {
    expect(blockingIds('payment/checkout.php', "$checksum = PaytmChecksum::generateSignature($paytmParams, 'LXp%5hzsWArjlR@c');\n")).toEqual(['paytm-merchant-key']);
    expect(blockingIds('payment/checkout.php', '$checksum = PaytmChecksum::generateSignature($paytmParams, PAYTM_MERCHANT_KEY);\n')).toEqual([]);
  });

  it("blocks a gateway's salt key after a bold label in a production setup guide, a mark after it", () => {
    expect(blockingIds('PHONEPE_PRODUCTION_SETUP.md', '## PhonePe\n\n- **Salt Key**: `a5d9ec88-d557-481b-a903-faf585989b01` ✅\n')).toEqual(['docs-bold-label-secret']);
  });
});

describe('samples 611 to 614: enterprise SaaS, CI servers and Rails', () => {
  it('blocks a Salesforce security token and an SAP XSUAA client secret, also in a pasted service key', () => {
    expect(blockingIds('sync.py', "sf = Salesforce(username='ops@shop.io', password=os.environ['SF_PASSWORD'], security_token='V6fpkTZYR9ICDtNcXiNm5GcC')\n")).toEqual(['salesforce-security-token']);
    const key = '```json\n{\n  "clientid": "sb-shop-aicore!b1234|aicore!b540",\n  "clientsecret": "6d514dd2-7055-4e6f-9bc7-669c76f25cd1$vvItVPL7VNw15s6v7Z253pJEsMGN3ti30rv3KmAoHBc="\n}\n```\n';
    expect(blockingIds('README.md', key)).toEqual(['sap-xsuaa-client-secret']);
  });

  it("leaves TeamCity's credentialsJSON references and Drone's docs example secret", () => {
    const kts = 'params {\n    password("env.DEPLOY_TOKEN", "credentialsJSON:5997ce65-815f-47d8-93a7-9553244169d8")\n    param("env.API_KEY", "credentialsJSON:a5d9ec88-d557-481b-a903-faf585989b01")\n}\n';
    expect(blockingIds('.teamcity/settings.kts', kts)).toEqual([]);
    expect(blockingIds('start-drone.sh', 'docker run -d --env=DRONE_RPC_SECRET=bea26a2221fd8090ea38720fc445eca6 drone/drone:2\n')).toEqual([]);
  });

  it("blocks a Gitea OAuth2 client secret and a Jenkins token given to jenkins-cli's -auth", () => {
    expect(blockingIds('README.md', '```\nWOODPECKER_GITEA_SECRET=gto_6krontcwceusuymtbmhq5fuscu3yjo5hdbyai6vnuyrc2iv2khlv\n```\n')).toEqual(['gitea-oauth-client-secret']);
    expect(blockingIds('Jenkinsfile', "sh 'java -jar jenkins-cli.jar -s http://203.0.113.7:8080/ -auth admin:11e091daa105e8cc8fd4b56dec6aa513f7 build deploy'\n")).toEqual(['jenkins-api-token']);
  });

  it("blocks Devise's pepper when set, not the generator's commented-out line", () => {
    const pepper = '4408adfff5ea2428018e0a3ef7e8b8bb2a911a153e24f8558e11ba82bce08f696ac07a03382bf4e7eab3ff3bcbcafb949184473fff8ba2ebcddd89c885f0235d';
    expect(blockingIds('config/initializers/devise.rb', `Devise.setup do |config|\n  config.pepper = '${pepper}'\nend\n`)).toEqual(['devise-pepper-literal']);
    expect(blockingIds('config/initializers/devise.rb', `Devise.setup do |config|\n  # config.pepper = '${pepper}'\nend\n`)).toEqual([]);
  });
});
