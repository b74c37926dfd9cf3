import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1309 onwards, and misses left open by earlier samples. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('passwords in C# properties and Oracle calls', () => {
  it('reads a C# auto-property initializer and a getter body as an assignment', () => {
    expect(blockingIds('Services/MailSettings.cs', 'public static string SmtpPassword { get; } = "Rk8vT2qWm9xLp4";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('Services/MailSettings.cs', 'public string Password { get; private set; } = "Zt5pQw8rXy2uNN";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('Services/Api.cs', 'public string ApiKey { get { return "Qm7tXv2LpR9wZk4cHn8bYd3s"; } }\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('Services/MailSettings.cs', 'public string Password { get; set; } = string.Empty;\n')).toEqual([]);
  });

  it("lowers a classroom Oracle login on this machine's thin URL, and keeps it on a server", () => {
    const call = (host: string, user: string, password: string): string =>
      `Connection con = DriverManager.getConnection("jdbc:oracle:thin:@${host}:1521:xe", "${user}", "${password}");\n`;
    expect(blockingIds('src/Db.java', call('localhost', 'ulhas', 'welcome'))).toEqual([]);
    expect(blockingIds('src/Db.java', call('localhost', 'system', 'root@123'))).toEqual([]);
    expect(blockingIds('src/Db.java', call('localhost', 'shop', 'Vq7mLx2Tz9Rk'))).toEqual(['positional-db-password']);
    expect(blockingIds('src/Db.java', call('db.shop.io', 'ulhas', 'welcome'))).toEqual(['positional-db-password']);
  });
});

describe('wallets and RPC endpoints', () => {
  it('blocks a private key a wallet call takes from a constant or a template literal, not a key never used', () => {
    const hex = 'd7a64fc46cfb934efc10890f674d7c8baf76412998f4091b75b1e41cd42e77b2';
    expect(blockingIds('transfer.js', `const pri1 = '${hex}';\nconst wallet = new ethers.Wallet(pri1, provider);\n`)).toEqual(['ethereum-private-key-literal']);
    expect(blockingIds('hardhat.config.js', `sepolia: {\n  accounts: [\n    \`0x\${"${hex}"}\`,\n  ],\n},\n`)).toEqual(['ethereum-private-key-literal']);
    expect(blockingIds('hash.js', `const digest = '${hex}';\nconst wallet = new ethers.Wallet(key, provider);\n`)).toEqual([]);
  });

  it("reads truffle-hdwallet-provider's mnemonic under any import name, and a GetBlock endpoint's token", () => {
    const words = 'ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor';
    expect(blockingIds('deploy.js', `const provider = new HDwallet(\n  '${words}',\n  url\n);\n`)).toEqual(['wallet-mnemonic']);
    expect(blockingIds('networks.ts', "bsc: 'https://go.getblock.io/bd08f987a9c033e39a2bc23c82a1662c',\n")).toEqual(['rpc-endpoint-token']);
  });

  it('leaves a 256-bit token id in decimal alone', () => {
    expect(blockingIds('scripts/match.js', `const YES_TOKEN = '${'2528173645'.repeat(7)}91';\n`)).toEqual([]);
  });
});

describe('scholarly, fediverse and i18n keys', () => {
  it('names Elsevier, Zotero and CORE keys', () => {
    expect(blockingIds('scopus.py', "headers = {'X-ELS-APIKey': 'f4d029d75ef5ed91ce0337d685c5e896'}\n")).toEqual(['elsevier-api-key']);
    expect(blockingIds('zotero_api.py', "zot = zotero.Zotero(1051264, 'group', 'SXz39CzVVzMIHRiTyBo0D2it')\n")).toEqual(['zotero-api-key']);
    const core = 'const key = "sJGCoX0S2KcdCrvlQBgx4FE86oqQFV5r";\nget(`https://core.ac.uk/api-v2/search/${q}?apiKey=${ key }`);\n';
    expect(blockingIds('src/RequestApi.js', core)).toEqual(['core-api-key']);
    expect(blockingIds('src/RequestApi.js', core.replace('"sJGCoX0S2KcdCrvlQBgx4FE86oqQFV5r"', 'process.env.CORE_KEY'))).toEqual([]);
  });

  it('names a Misskey token and a NOAA CDO token, not an identifier of letters', () => {
    expect(blockingIds('bot.py', 'instance = Misskey("misskey.io", i="P0EUpZAUapIhGE2CsJGCoX0S2Kcd7rvl")\n')).toEqual(['misskey-access-token']);
    expect(blockingIds('noaa.py', "headers = {'token': 'hLERQmfWgdtDGdznqVhERwajKyssMPWa'}  # ncei.noaa.gov\n")).toEqual(['noaa-cdo-token']);
    expect(blockingIds('noaa.js', 'const token = readStationObservationsByDateKey; // NOAA CDO\n')).toEqual([]);
  });

  it('names Crowdin, POEditor, Tradier and Cloudflare OAuth tokens', () => {
    expect(blockingIds('crowdin.yml', '"api_token": "4ddae41abccff926a0f563d23641ba3c93214b712dd8ac6d64f5f4bedd0200132fcb5150c63429c2"\n')).toEqual(['crowdin-personal-access-token']);
    expect(blockingIds('pull.sh', 'curl https://api.poeditor.com/v2/projects/export -d api_token="1aae4a01144f1e03e8a6bbb9bbf60a7d"\n')).toEqual(['poeditor-api-token']);
    expect(blockingIds('config.py', 'TRADIER_ACCESS_TOKEN = "KUMwCZDZlv09Z4NWsCHQISf8v17p"\n')).toEqual(['tradier-access-token']);
    const cfoat = 'cfoat_TGYIdlSuiyWOazBVkUm8Xa4fSjgqpKDf5e3zuJLGjtQ.0HQ_ZgFE4XqZyxeMCPp-2wQzh7VdkGUaNp1E2tu_PRk';
    expect(blockingIds('deploy.ps1', `$env:CLOUDFLARE_API_TOKEN = "${cfoat}"\n`)).toEqual(['cloudflare-oauth-token']);
  });
});

describe('templates and stand-ins', () => {
  it("reads a Helm chart's own value and node-config's variable map as names", () => {
    expect(scan('templates/secrets.yaml', '  {{- $secretRef := .Values.oidc_client.secret }}\n')).toEqual([]);
    expect(scan('config/custom-environment-variables.js', "module.exports = { jwt: { secretKey: 'JwtConfig_SecretKey' } };\n")).toEqual([]);
  });

  it('drops a login whose password and host share a stand-in word, and a word typed twice', () => {
    expect(blockingIds('README.md', 'DATASOURCE=exists-user:exists-password@tcp(exists-dbhost:3306)/exists-dbname\n')).toEqual([]);
    expect(blockingIds('main.go', 'dsn := "shop:Kq7vT2xWm9Lp@tcp(db.shop.io:3306)/shop"\n')).toEqual(['mysql-go-dsn-password']);
    expect(blockingIds('settings.py', "SECRET_KEY = 'biglonghashBIGLONGHASH'\n")).toEqual([]);
  });

  it("leaves Terraform's secret_key to the AWS and generic rules", () => {
    const tf = 'provider "aws" {\n  access_key = "AKIAQ7MW2KR9TLP4VZ3N"\n  secret_key = "Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp"\n}\n';
    expect(blockingIds('main.tf', tf)).not.toContain('framework-signing-key-literal');
    expect(blockingIds('main.tf', tf)).toContain('generic-secret-assignment');
  });
});

describe('samples 1321 to 1332', () => {
  it("blocks a secret copied from a provider's credentials page into a code block under its label", () => {
    const page = 'Client Secret[ ]\n\n```\n144b7e0c9d2f4a6813b5c7e9f0a2d4b6\n```\n';
    expect(blockingIds('notes/slack-app.md', page)).toEqual(['docs-label-code-block-secret']);
    expect(blockingIds('notes/slack-app.md', page.replace('144b7e0c9d2f4a6813b5c7e9f0a2d4b6', 'your-client-secret-here'))).toEqual([]);
  });

  it('blocks WordPress plugin licences under a bare *_LICENSE name, and a mail password holding `*`, `}` and `£`', () => {
    expect(blockingIds('config/application.php', "define('WPMDB_LICENCE', '3f9c2a7e-5b1d-4f8a-9c0e-3b7d9a2f5c8e');\n")).toEqual(['php-define-secret']);
    expect(blockingIds('wp-config.php', "define( 'SMTP_PASSWORD', 'Kq7vT2xW*p}@Lm|£R)z' );\n")).toEqual(['php-define-mail-password']);
  });

  it("drops a bcrypt hash's stand-in, and reads a CodeIgniter key holding symbols", () => {
    expect(scan('terraform/outputs.tf', '  value = "{\\"AUTH_PASSWORD_HASH\\": \\"$2b$12$your-bcrypt-hash\\"}"\n')).toEqual([]);
    expect(scan('terraform/outputs.tf', '           "AUTH_PASSWORD_HASH": "$2b$12$your-bcrypt-hash",\n')).toEqual([]);
    expect(blockingIds('application/config/config.php', "$config['encryption_key'] = 'q7T!m*2@Xw$9#Lp^4zR(Kc8[Vn3~Hb5%';\n")).toEqual(['encryption-key-assignment']);
  });

  it("reports a Supabase secret key once, and Gitea's LFS JWT secret (blocking in app.ini, not in a guide)", () => {
    expect(scan('scripts/start-dev.sh', 'export VITE_SUPABASE_SECRET_KEY=sb_secret_Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3g\n').map((f) => f.ruleId)).toEqual(['supabase-secret-key']);
    const ini = '[server]\nLFS_START_SERVER = true\nLFS_JWT_SECRET   = RMZGPdJuOgQKUpZuRJV5KwnxJIDESEKFKJBLfcr_8dg\n';
    expect(blockingIds('gitea/conf/app.ini', ini)).toEqual(['gitea-jwt-secret']);
    expect(scan('docs/gitea.md', ini)).toEqual([{ ruleId: 'gitea-jwt-secret', blocking: false }]);
  });
});

describe('samples 1333 to 1340', () => {
  it('names Confluent Cloud API secrets by their cflt prefix or as a Kafka client SASL password', () => {
    expect(blockingIds('producer.py', "conf = {'sasl.password': 'cfltcGcAvOI3sX28qEfTV9TnMXwiurZRrzKLR/KsElTKzgoCHwC6nuLnrhbBeCLa'}\n")).toEqual(['confluent-cloud-api-secret']);
    const jaas = "props.put(\"sasl.jaas.config\", \"org.apache.kafka.common.security.plain.PlainLoginModule required username='QA63KEUZ6UWEDIDP' password='R+udQ+yDepZzgrBRXb0XwGwUCbHo5WiXYn5pGZ/hVoS0wSmj4sYZ2gKwxwDYwoy/';\");\n";
    expect(blockingIds('src/main/java/App.java', jaas)).toEqual(['confluent-cloud-api-secret']);
    expect(blockingIds('client.properties', "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='admin' password='admin-secret';\n")).toEqual([]);
  });

  it("reads Hadoop's S3A secret in a SparkSession's config call, not its credentials provider class", () => {
    expect(blockingIds('read_s3.py', '    .config("spark.hadoop.fs.s3a.secret.key", "4m3HCqjDMqDkSx9fdV65OX3TjNDWYXiMy7i1WMn7") \\\n')).toEqual(['hadoop-s3a-secret-key']);
    expect(scan('dags/spark.py', '    "spark.hadoop.fs.s3a.aws.credentials.provider": "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",\n')).toEqual([]);
  });

  it("reads an Apps Script property's literal fallback, and leaves a URL whose login sprintf fills in", () => {
    const gas = "  API_KEY:\n    (properties.getProperty('API_KEY') || '').trim() ||\n    '1195c3e8a7f2d94b06e1a5c8f3b7d2e9a4c6f0b8d1e3a5c7f9b2d4e6a8c0e2f4',\n";
    expect(blockingIds('Code.gs', gas)).toEqual(['js-env-fallback-secret']);
    expect(scan('R/db.R', 'url <- sprintf("mongodb://%s:%s@cluster0-shard-00-00.ab1cd.mongodb.net:27017/test", user, pw)\n')).toEqual([]);
  });

  it('drops a key phrase or a format string as an encryption key', () => {
    expect(scan('main.py', 'INTERNAL_BACKEND_AES_KEY = "super_secret_crypto_key_123!"\n')).toEqual([]);
    expect(scan('config.py', '    os.environ["LITELLM_MASTER_KEY"] = "sk-{SESSION_KEY}"\n')).toEqual([]);
  });
});

describe('samples 1341 to 1348', () => {
  it("reads Sidekiq's bundle config line and a Font Awesome package token, not hexspeak stand-ins", () => {
    expect(blockingIds('Dockerfile', 'RUN bundle config gems.contribsys.com 0f48c2a7:9d3b61e5 && bundle install\n')).toEqual(['sidekiq-enterprise-credentials']);
    expect(scan('rules/sidekiq.go', 'tps = append(tps, "BUNDLE_ENTERPRISE__CONTRIBSYS__COM=cafebabe:deadbeef")\n')).toEqual([]);
    expect(blockingIds('.npmrc', '//npm.fontawesome.com/:_authToken=6E2A3D1B-9C4F-4B7E-A5D8-1F0C3E7B9A24\n')).toEqual(['fontawesome-npm-token']);
  });
});

describe('samples 1349 to 1356', () => {
  it("lowers a honeypot's lure credentials, and names OpenRouteService keys by their shared organisation", () => {
    const lure = '# --- AWS credentials (lure) ---\n"aws_access_key_id = AKIAQ7MW2KR9TLP4VZ3N\\n"\n"aws_secret_access_key = Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp\\n"\n';
    expect(blockingIds('honeypot/filesystem.py', lure)).toEqual([]);
    expect(blockingIds('honeypot/filesystem.py', lure.replace(' (lure)', ''))).not.toEqual([]);
    expect(blockingIds('src/routing.ts', 'const url = `https://api.openrouteservice.org/v2/directions?api_key=5b3ce3597851110001cf6248b4e76e6894df404528eef617bb13f214`;\n')).toEqual(['openrouteservice-api-key']);
  });

  it("names cloud-testing keys under BrowserStack's AUTOMATE_KEY and Sauce Labs' `key` with an env fallback", () => {
    const java = '  public static final String AUTOMATE_KEY = "Qd8zLm2xTv9Rk4wHpB7n";\n  String url = "https://" + USER + ":" + AUTOMATE_KEY + "@hub-cloud.browserstack.com/wd/hub";\n';
    expect(blockingIds('src/test/java/Grid.java', java)).toEqual(['browserstack-access-key']);
    const sauce = "    'key': process.env.SAUCE_ACCESS_KEY || '609b3e2c-8d41-4f7a-b5e9-2c0d7a61f3b8',\n    host: 'ondemand.eu-central-1.saucelabs.com',\n";
    expect(blockingIds('test/codecept.conf.js', sauce)).toEqual(['saucelabs-access-key']);
  });
});

describe('samples 1357 to 1364', () => {
  it("reads a Pipedrive token given to the client, and asterisks as a browser variable's stand-in", () => {
    expect(blockingIds('index.js', "var pipedrive = new Pipedrive.Client('d7520c4e9a3b81f6e2d5c0a9b7f4e1d3c6a8b2f5', { strictMode: true });\n")).toEqual(['pipedrive-api-token']);
    expect(blockingIds('src/views/Login.vue', '  console.error(`Create .env with:\n  VUE_APP_CLIENT_SECRET=*****\n  VUE_APP_LOGIN_PASSWORD=*****\n  VUE_APP_LOGIN_USERNAME=****`)\n')).toEqual([]);
  });
});

describe('samples 1361 and 1363', () => {
  it("reads a proxy password holding `@` whole, and names Kimi Code and longer SiliconFlow keys", () => {
    expect(scan('scraper.js', 'const proxy = "http://test4971:Kq7vT2xW@321Lp@pr.oxylabs.io:7777";\n').map((f) => f.ruleId)).toEqual(['url-embedded-credentials']);
    expect(blockingIds('agent.py', 'api_key="sk-kimi-zmYdkM7nFyxmTXbcFu4sOcUssp8Cz3JW1VpCE6u2o2oEw7fVDDNizHZaZ1pFt8a8"\n')).toEqual(['kimi-code-api-key']);
    expect(blockingIds('nodes.py', 'OpenAI(base_url="https://api.siliconflow.cn/v1", api_key="sk-oqihnrqzibldzwjqsmrekfvhqumxhmlhaqhxdvhcvhjfveimoti")\n')).toEqual(['siliconflow-api-key']);
  });
});

describe('samples 1365 to 1372', () => {
  it("leaves 100ms's access key, a typed Flutterwave key and Perl POD's examples below the gate; names an mc alias secret", () => {
    expect(blockingIds('src/lib/hms-config.ts', "export const HMS_APP_ACCESS_KEY = '68c6e2a0b7d9f1c3e5a4b2d8';\n")).toEqual([]);
    expect(blockingIds('test/fixtures/samples.ts', '  "flutterwave-encryption-key": `FLWSECK_TEST-abcdef012345`,\n')).toEqual([]);
    expect(blockingIds('lib/Business/OnlinePayment/Ogone.pod', "  my $tx = new Business::OnlinePayment('Ogone', pspid => 'fred', password => 'Kq7vT2xWm9Lp');\n")).toEqual([]);
    expect(blockingIds('scripts/backup.sh', 'mc alias set backup https://10.20.0.14:9000 gXFJq7vT2xWm9LpQ KbODq7vT2xWm9LpQz4RnB8cYe1JfH6sD\n')).toEqual(['minio-mc-alias-secret']);
  });
});

describe('samples 1373 to 1380', () => {
  it('names dreamlo private codes, Instagram sessions given to instagrapi and 3Commas keys', () => {
    expect(blockingIds('game_client.py', 'lb_url = "http://dreamlo.com/lb/mDSL-i3pgqBSnjHEEJyssrev4eAy_dz78cOp3xz6BO0z"\n')).toEqual(['dreamlo-private-code']);
    expect(blockingIds('main.py', 'cl.login_by_sessionid("70183645291%3AKq7vT2xWm9LpQz%3A12%3AAYdQm7tXv2LpR9wZk4cHn8bYd3sVq7mLx2Tz9Rk4wHpB")\n')).toEqual(['social-session-cookie']);
    expect(blockingIds('copy_bots.py', "from py3cw.request import Py3CW\np3cw = Py3CW(key='ff5fe32f13094c966ddaa155c1c8fd62ef0e3c0af6162d055100899c7bb30da9')\n")).toEqual(['threecommas-api-key']);
  });

  it("names HighLevel tokens; reads TeamCity's secure-value tokens and parameters as references; reports Jenkins ciphertext below the gate", () => {
    expect(blockingIds('scripts/create_workflows.py', 'GHL_KEY = "pit-659bfe48-19dd-4635-adbb-c274f0d508e7"\n')).toEqual(['highlevel-private-integration-token']);
    expect(scan('.teamcity/settings.kts', '    password = "credentialsJSON:3f9c2a7e-5b1d-4f8a-9c0e-3b7d9a2f5c8e"\n    password = "%github.bot-teamcity.token%"\n')).toEqual([]);
    expect(scan('jenkins/credentials.xml', '<password>{AQAAABAAAAAQXIPxvFuPxoyOl3lvlFtFnsjO1VGxgcC2UzTlZnme=}</password>\n')).toEqual([{ ruleId: 'jenkins-encrypted-secret', blocking: false }]);
  });

  it("reads a relative path as where a secret is kept, and a server module's env read as the server's", () => {
    expect(blockingIds('AGENTS.md', '- Credentials: automation/.traefik-credentials\n')).toEqual([]);
    expect(blockingIds('authenticate.js', "exports.facebookPassport = passport.use(new FacebookStrategy({ clientSecret: process.env.REACT_APP_FACEBOOK_SECRET_KEY }));\n")).toEqual([]);
  });
});
