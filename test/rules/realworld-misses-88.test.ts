import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1501 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('banking and broker guides', () => {
  it('names a Monzo client secret wherever it is pasted, and leaves a stand-in alone', () => {
    expect(blockingIds('docs/VERCEL_OAUTH_SETUP.md', 'vercel env add MONZO_CLIENT_SECRET\n# Paste: mnzconf.YyQxbbR7rCprw40P3rNup7RhtF4zCwbE6d/WX8i+sWbrq2NcrnkXKRB3Ud7TPXuSN2Q08fM3C0SegPE5KkgN\n')).toEqual(['monzo-client-secret']);
    expect(blockingIds('.env', 'MONZO_CLIENT_SECRET=mnzconf.your-client-secret\n')).toEqual([]);
  });

  it("names a JWT whose JSON was written with a space after its braces (a client assertion's `eyAg…`)", () => {
    expect(blockingIds('controllers/revolut.js', `    client_assertion:\n      "eyAgImFsZyI6ICJSUzI1NiIsICAidHlwIjogIkpXVCJ9.eyAgImlzcyI6ICJ0UjdrcTJXbSIsICAic3ViIjogInRSN2txMldtIiwgICJhdWQiOiAiaHR0cHM6Ly9yZXZvbHV0LmNvbSIsICAiZXhwIjogMTg2MTkyMDAwMH0.uNyVxM_P01AcQqcxm5ZMAP5q9EAuMuQgoNvjCR0GMAXX1aNFrjYgisOgAO1542pCp1NELWMKPnwV6BONkVBxZc",\n`)).toEqual(['json-web-token']);
  });

  it('reads a bold label with a hyphenated word before Password, and a note in brackets after the value', () => {
    expect(blockingIds('OANDA_SETUP.md', '- **Read-only Password:** BW65x3kUFo (for view-only access)\n')).toEqual(['docs-bold-label-secret']);
    expect(blockingIds('OANDA_SETUP.md', '- **Password:** set-in-the-dashboard (for web login)\n')).toEqual([]);
  });
});

describe('trading bots', () => {
  it("reports an Alpaca paper key's secret set beside its PK key id as paper trading (medium), and not the id", () => {
    const script = "import alpaca_trade_api as tradeapi\nAPI_KEY = 'PKFQ289ASU8N97N0IAVY'\nAPI_SECRET = 'WuKnhkV36SmGc8IjnVINQZEC1CMIyKZjkAlw1kL6'\nBASE_URL = 'https://paper-api.alpaca.markets'\n";
    expect(scan('apisetup.py', script)).toEqual([{ ruleId: 'alpaca-paper-api-secret', blocking: false }]);
  });
});

describe('bots and no-code guides', () => {
  it('names a Mastodon token given to Mastodon.py, and leaves one read from the environment alone', () => {
    expect(blockingIds('bot.py', "mastodon = Mastodon(\n    access_token='seTzCc38rXfr9MKlK4yIafPvzXx8ZXFeMUOZUV4YZQY',\n    api_base_url='https://botsin.space'\n)\n")).toEqual(['mastodon-access-token']);
    expect(blockingIds('bot.py', "mastodon = Mastodon(access_token=os.environ['MASTODON_ACCESS_TOKEN'], api_base_url='https://botsin.space')\n")).toEqual([]);
  });

  it("names a Todoist token after a guide's bold provider label", () => {
    expect(blockingIds('docs/MAKE_GUIDE.md', '### Your tokens\n- **Todoist**: `c7d390e998b0f6a0ba9fa90abeb568129e1c4439`\n')).toEqual(['todoist-api-token']);
  });
});

describe('deploy manifests and student back ends', () => {
  it('reads a JSON environment list written one field per line (an ECS task definition)', () => {
    const task = '"environment": [\n  {\n    "name": "JWT_SECRET",\n    "value": "u6VtwnM5MhpLQXha1aUlrXAdBqzxHfqAXcunkttF3uux"\n  }\n]\n';
    expect(blockingIds('deploy/task-definition.json', task)).toEqual(['json-name-value-secret']);
    expect(blockingIds('deploy/task-definition.json', '{\n  "name": "JWT_SECRET",\n  "value": "${JWT_SECRET}"\n}\n')).toEqual([]);
  });

  it("blocks a managed database's password that counts the digits, and not an Atlas host without its cluster id", () => {
    expect(blockingIds('backend/config.env.js', 'MONGODB_URI = mongodb+srv://darsh_01:kiran9876543210@cluster0.zq7fowy.mongodb.net/chat\n')).toEqual(['database-url-password']);
    expect(blockingIds('tests/test_config.py', '{"Value": "mongodb+srv://devuser:devpass@dev.mongodb.net"},\n')).toEqual([]);
    expect(blockingIds('app.py', 'MONGO = "mongodb+srv://devuser:UxSwaeDM8f48@dev.mongodb.net"\n')).toEqual([]);
  });

  it("leaves DEBUG = True alone in a config whose database host is this machine, not in a production class", () => {
    expect(blockingIds('app/config.py', "import os\n\nDEBUG = True\n\nDB_USERNAME = 'root'\nDB_HOST = '127.0.0.1'\nDB_PORT = '3306'\n")).toEqual([]);
    expect(blockingIds('app/config.py', "class ProductionConfig(Config):\n    DEBUG = True\n    DB_HOST = '127.0.0.1'\n")).toEqual(['django-debug-true']);
  });

  it("reads Django's empty 'HOST' as the database on this machine", () => {
    const settings = (host: string): string => `DATABASES = {\n    'default': {\n        'NAME': 'test',\n        'USER': 'jeffrey',\n        'PASSWORD': 'ubuntu',\n        'HOST': ${host}\n    }\n}\n`;
    expect(blockingIds('mysite/settings.py', settings("''"))).toEqual([]);
    expect(blockingIds('mysite/settings.py', settings("'db.shop-prod.net'"))).toEqual(['django-database-password']);
  });

  it("leaves a generic value alone that opens like a Google key at another key's length", () => {
    expect(blockingIds('src/store_index.py', 'GENAI_API_KEY="AIzaSye7aXY1YAbSSUJXO6EMNOCyNSEbto33ywxIkdnMKe6Q"\n')).toEqual([]);
    expect(blockingIds('src/store_index.py', 'GENAI_API_KEY="AIzaSy2QCip97VKPrtajkrpvGUIPEbiPTB8JMXl"\n')).toEqual(['google-api-key']);
  });
});

describe('billing, SMS, push and newsletters', () => {
  it('names Polar webhook secrets and Creem keys', () => {
    expect(blockingIds('src/lib/polar.ts', 'POLAR_WEBHOOK_SECRET=polar_whs_ECnyEVEICL7hA9hzbX5nKdS9fffn9jxW7tBiBRcHPSm\n')).toEqual(['polar-webhook-secret']);
    expect(blockingIds('scripts/creem.sh', 'CREEM_API_KEY=creem_test_zQzM0WZkyFrNFKmTIYH2Ok\n')).toEqual(['creem-api-key']);
  });

  it("names a Tencent Cloud SMS AppKey beside its 1400 AppID", () => {
    expect(blockingIds('config.py', '# SDK AppID\nappid = 1400378659\n# SDK AppKey\nappkey = "094999bcdb251e7802385f18daee6850"\n')).toEqual(['tencent-sms-app-key']);
  });

  it('blocks a OneSignal key a guide under docs/ pastes', () => {
    expect(blockingIds('backend/docs/PUSH_NOTIFICATIONS.md', '## OneSignal\n```\nApp ID: bb337783-7787-4f2f-8c9f-0dd994f2ccf5\nAPI Key: os_v2_app_pfqlgp7ypeunemvgibi5sihd4vr07wlsi5vv8b2r8ivprjm5376z82aevx1nshd495rnboz7jbc383s0lclodyo9elyiufeps345uowxr9ygnb5no\n```\n')).toEqual(['onesignal-rest-api-key']);
  });

  it('names a Ghost Admin API key under a comment that says so, with Ghost named only far below', () => {
    const script = `#!/bin/sh\n# Admin API key goes here\nKEY="2220d287adc2feade045a769:af4ced3dcdf27e35421992e849662c5b8595862e5239184c27a1ba13b9e1973f"\n${'# ...\n'.repeat(300)}curl https://blog.shop.io/ghost/api/admin/posts/\n`;
    expect(blockingIds('test.sh', script)).toEqual(['ghost-admin-api-key']);
  });
});

describe('mail, storage and Java back ends', () => {
  it("names Mailjet keys given to PHP's client and Mailgun's legacy keys of letters and digits", () => {
    expect(blockingIds('contact.php', "$mj = new \\Mailjet\\Client('48420c37bfe1e93ab00aca437fdb66b8','c1585aeb556d12d5c479a372b5d1fd63',true,['version' => 'v3.1']);\n")).toEqual(['mailjet-secret-key']);
    expect(blockingIds('forgot.php', "curl_setopt($ch, CURLOPT_USERPWD, 'api:key-qc4lgk9rces0ai5enangaki2s9ol2owb');\n")).toEqual(['mailgun-api-key']);
  });

  it('leaves an AWS KMS ciphertext alone, which Terraform decrypts at apply time', () => {
    expect(blockingIds('infra/locals.tf', 'secrets = {\n  rails_master_key = "AQICAHhazZca7wBlHnDUL4CKRYBARko6lxX5l0lWFXgxF5JSLrA6GIBbd/u4zVv6kfXrHOz2kGFAvhvT0KFks9XL5CU67Egkt+RU/8LtkS1jbaEunDmydQP53hEvilKdy6WEjDsZzEQlIC5NsPMlOb4LThX8TzH1iF4QXSSrNCupXftpAPS1HNtYtm+P/GodDwt1Kiy0M+kH057tdIK7sB9FWwKbvCPn4/DIvkX3aa2kQsqkylP9aw8="\n}\n')).toEqual([]);
  });

  it('blocks a compose password for a managed database in a service whose profile is local', () => {
    const compose = 'services:\n  api:\n    environment:\n      SPRING_PROFILES_ACTIVE: local\n      SPRING_DATASOURCE_URL: jdbc:postgresql://db.gbzwqsyoihqtpcionaze.supabase.co:5432/postgres\n      SPRING_DATASOURCE_USERNAME: postgres\n      SPRING_DATASOURCE_PASSWORD: mkpxWWW5OmHincla\n';
    expect(blockingIds('docker-compose.yml', compose)).toEqual(['compose-literal-secret-env']);
  });

  it('reads a JDBC password when DriverManager and getConnection sit on two lines', () => {
    const java = 'c = DriverManager\n   .getConnection("jdbc:postgresql://db.yfxjoqxaxhaqikyecrro.supabase.co:5432/postgres",\n   "postgres", "mH6xFS72gZulDg");\n';
    expect(blockingIds('src/Database.java', java)).toEqual(['positional-db-password']);
  });

  it('reads a key on the line after its name when a comment follows it', () => {
    expect(blockingIds('hardhat.config.js', 'const PRIVATE_KEY_POOL =\n  "7e890f1685d75911d4d153c3ff4266eb67f784159bb4e8bd7ff931de308a5437"; // Testnet address\n')).toEqual(['generic-secret-next-line']);
  });
});

describe('Kubernetes and compose secret files', () => {
  it('names a bare random value in a secrets/ file named for a password, and not a stand-in or another folder', () => {
    expect(blockingIds('app/secrets/authelia/jwt_secret', 'mzXoLnH0Zjg8ZvbQH8km3KQVUczB5hKUSA3l4O5os8F1YhV67x5OZrbSI7o83SOK')).toEqual(['secret-file-value']);
    expect(blockingIds('secrets/db_password.txt', 'postgres\n')).toEqual([]);
    expect(blockingIds('scripts/setup.sh', 'mkdir -p secrets\ncat > secrets/db_password.txt <<EOF\nYwEequ72IGySFZjL2t2Yvguy\nEOF\n')).toEqual(['secret-file-value']);
    expect(blockingIds('docs/db_password.txt', 'mzXoLnH0Zjg8ZvbQH8km3KQVUczB5hKUSA3l4O5os8F1YhV67x5OZrbSI7o83SOK\n')).toEqual([]);
  });
});

describe('vendored SDK code and redacted guides', () => {
  it("leaves alone a namespace, a quoted type annotation and a link's text after its tag", () => {
    expect(blockingIds('oauth2client/clientsecrets.py', "    _SECRET_NAMESPACE = 'oauth2client:secrets#ns'\n")).toEqual([]);
    expect(blockingIds('config/app.yml', 'JWT:\n  secret: "development#product"\n  exp: "50m"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('bq/bq_utils.py', "    credentials: 'google_oauth2.Credentials',\n")).toEqual([]);
    expect(blockingIds('bq/credential_loader.py', "    oauth2_creds: 'oauth2client_4_0.client.OAuth2Credentials',\n")).toEqual([]);
    expect(blockingIds('setuptools/package_index.py', "    ...     '?tokena=A&amp;tokenb=B\">package_name-0.1.2.tar.gz')\n")).toEqual([]);
  });

  it('reads a value whose end a person replaced with x as masked', () => {
    expect(blockingIds('wordpress/wordmove.md', '  database:\n    password: "NZ8Kq2xxxx"\n    host: "mysql.shop.de"\n')).toEqual([]);
    expect(blockingIds('Movefile', '  database:\n    password: "NZ8Kq2xTw7"\n    host: "mysql.shop.de"\n')).toEqual(['generic-secret-assignment']);
  });
});
