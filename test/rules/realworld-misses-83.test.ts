import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1204 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('keys of machine-learning and data tools', () => {
  it('reads a W&B key pasted after a stray dollar sign, and no variable of that name', () => {
    expect(blockingIds('train.py', '# %env WANDB_API_KEY=$e41b7c9a2d5f8e3b6c1a4d7f0e9b2c5a8d3f6e1b\n')).toEqual(['wandb-api-key']);
    expect(blockingIds('train.sh', 'export WANDB_API_KEY=$WANDB_KEY\n')).toEqual([]);
  });

  it("reads a ClearML secret given to Task.set_credentials, not the access key's name", () => {
    const call = 'Task.set_credentials(\n    api_host="https://api.clear.ml",\n    key="QX7MW2KR9TLP4VZ8HN3C",\n    secret="Vq8mTz3Lw7Rk2Xp9Nc4Hb6Fj1Gs5Kd0Ye8Ua3Wq7Zt2Lm6Px9Rb",\n)\n';
    expect(blockingIds('engine/benchmarking.py', call)).toEqual(['clearml-secret-key']);
    expect(blockingIds('engine/benchmarking.py', 'Task.set_credentials(key=os.environ["K"], secret=os.environ["S"])\n')).toEqual([]);
  });

  it("reads each of rtweet's four OAuth values once, as Twitter's", () => {
    const bot = 'token <- rtweet::create_token(\n  app = "wx",\n  consumer_key = "kKnq7Wd2LpXz9Rv4Tb8Mc3Hy6",\n  consumer_secret = "OEN3kQ7vLm2Xp9Rz4Tw8Bc6Hy1Jd5Fg0Ks3Nv7Qa2We9Rt4Yu8",\n  access_token = "2209384756-KUmWq8Lz3Xp7Rv2Tb9Nc4Hy6Jd1Fg5Ks0Vw",\n  access_secret = "fUKZ3mQ7vLp2Xz9Rw4Tb8Nc6Hy1Jd5Fg0Ks3Vq7Wa2Er9"\n)\n';
    expect(scan('bot.R', bot).map((f) => f.ruleId)).toEqual(Array(4).fill('twitter-rtweet-credentials'));
    expect(blockingIds('bot.R', bot)).toHaveLength(4);
    expect(blockingIds('bot.R', 'token <- create_token(app = "wx", consumer_key = Sys.getenv("KEY"), consumer_secret = Sys.getenv("SECRET"))\n')).toEqual([]);
  });

  it("leaves a vault secret's name in a settings class alone", () => {
    const settings = 'class Settings(BaseSettings):\n    kaggle_secret_name: str = "kaggle-api-key"\n';
    expect(scan('app/config.py', settings).map((f) => f.ruleId)).toEqual([]);
  });
});

describe('keys of GraphQL services and session secrets', () => {
  it('reads a StepZen key of an IBM-hosted account, whose domain is local.io', () => {
    const login = 'stepzen login us-east-a.ibm.stepzen.net -a shopteam -k shopteam::local.io+1000::9c4e2b7a1f8d3c6e0b5a9f2d7c1e4b8a3f6d0c9e2b5a8f1d4c7e0b3a6f9d2c5e\n';
    expect(blockingIds('README.md', login)).toEqual(['stepzen-api-key']);
    expect(blockingIds('README.md', 'stepzen login -a shopteam -k shopteam::local.io+1000::<your admin key>\n')).toEqual([]);
  });

  it("reads a session secret's fallback when the name puts SECRET first", () => {
    const config = "  secrets: {\n    session: process.env.SECRET_SESSION || 'e41b7c9a-2d5f-4e3b-8c1a-4d7f0e9b2c5a'\n  },\n";
    expect(blockingIds('server/config/environment/index.js', config)).toEqual(['js-env-fallback-secret']);
    expect(blockingIds('server/config/environment/index.js', '    session: process.env.SECRET_SESSION\n')).toEqual([]);
  });
});

describe('documents: working records and illustrations', () => {
  it("reads an AI assistant's saved chat as a working record", () => {
    const chat = '```env\nDIRECTUS_STATIC_TOKEN=Hq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1F_s2Q\n```\n';
    expect(blockingIds('.specstory/history/2025-03-02_18-04-deploy-directus.md', chat)).toEqual(['notes-file-labelled-secret']);
    expect(blockingIds('docs/deploy-directus.md', chat)).toEqual([]);
  });

  it('reports values without blocking under a sentence saying they only show what the real ones look like', () => {
    const guide = "## Example\n\nHere's what it might look like (YOUR values will be different):\n\n```\nNODE_ENV=production\nJWT_SECRET=9b3e7d1f5a8c2e6b0d4f9a1c7e3b5d8f2a6c0e4b9d1f7a3c5e8b2d6f0a4c9e1b\n```\n";
    const pasted = "## Values\n\n```\nNODE_ENV=production\nJWT_SECRET=9b3e7d1f5a8c2e6b0d4f9a1c7e3b5d8f2a6c0e4b9d1f7a3c5e8b2d6f0a4c9e1b\n```\n";
    expect(scan('GET_ENV_VALUES.md', guide)).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
    expect(blockingIds('GET_ENV_VALUES.md', pasted)).toEqual(['generic-secret-assignment']);
  });
});

describe('passwords in connection strings and PHP configs', () => {
  it("reads an ODBC password the braces quote, not the Azure template's stand-in", () => {
    const odbc = 'conn = "Driver={ODBC Driver 18 for SQL Server};Server=tcp:shop.database.windows.net,1433;Uid=app;Pwd={Kv7rT2mX#q9L};"\n';
    expect(blockingIds('src/db.js', odbc)).toEqual(['connection-string-password']);
    expect(blockingIds('src/db.js', odbc.replace('Kv7rT2mX#q9L', 'your_password_here'))).toEqual([]);
    expect(scan('Program.cs', 'var cs = $"Server={host};User Id={pgUser};Password={pgPassword};Database={pgDb};";\n')).toEqual([]);
  });

  it("reports the connection strings docs copy without blocking: connectionstrings.com's Aron1, MFC's afx", () => {
    const vb = '        \'"Provider=sqloledb;Data Source=Aron1;Initial Catalog=pubs;User Id=sa;Password=Lq7vTz;"\n';
    expect(scan('Module1.vb', vb)).toEqual([{ ruleId: 'connection-string-password', blocking: false }]);
    expect(blockingIds('Module1.vb', vb.replace('Aron1', 'sql01.shop.lan'))).toEqual(['connection-string-password']);
    expect(blockingIds('RRecordset.cpp', '    return "ODBC;DSN=afx;UID=sa;PWD=Fred;";\n')).toEqual([]);
  });

  it('reads a password that opens with exclamation marks, not a negated name', () => {
    const moodle = "<?php\n$CFG->dbhost    = 'aulas.cx1abc2def3g.us-east-1.rds.amazonaws.com';\n$CFG->dbpass    = '!!4tr7ka2eq3d**';\n";
    expect(blockingIds('config.php', moodle)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config.php', "$CFG->dbpass    = '!!value';\n")).toEqual([]);
  });

  it("drops the salt CakePHP 2 shipped to every app and a URL login typed over with x's", () => {
    expect(blockingIds('config/app_local.php', "        'salt' => env('SECURITY_SALT', 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi'),\n")).toEqual([]);
    expect(blockingIds('docs/deploy.rst', '    heroku config:set CELERY_BROKER_URL=amqp://xx:xxM@buck.rmq.cloudamqp.com/xx --app shop\n')).toEqual([]);
  });

  it('drops a token prefix followed by a sentence of capitalised placeholder words', () => {
    const sql = "INSERT INTO params (name, value) VALUES ('token', 'ya29.DUMMY_BEARER_TOKEN_FOR_LOCAL_DEV_ENVIRONMENT_XYZ');\n";
    expect(scan('db/params.sql', sql)).toEqual([]);
  });

  it("lowers a generic value under another scanner's examples: key", () => {
    const rule = 'rules:\n  - name: Shop API Key\n    pattern: shop[a-z0-9]{32}\n    examples:\n      - shop_token = q7v2x9m4k8r3t6w1z5p0n7c2h4j8l1s6\n';
    expect(blockingIds('data/rules/shop.yml', rule)).toEqual([]);
    expect(scan('data/rules/shop.yml', rule).map((f) => f.ruleId)).toEqual(['generic-secret-assignment']);
  });
});

describe('debug mode', () => {
  it("leaves FLASK_DEBUG alone in a script that starts Flask's development server on this machine", () => {
    const local = 'export FLASK_APP=hello\nexport FLASK_DEBUG=1\nflask run\n';
    expect(blockingIds('run.sh', local)).toEqual([]);
    expect(blockingIds('run.sh', local.replace('flask run', 'flask run --host=0.0.0.0'))).toEqual(['flask-debug-env']);
  });

  it("reports a platform command that turns a deployed app's debug on", () => {
    expect(blockingIds('heroku_setup.sh', 'heroku config:set DEBUG=True --app shop-prod\n')).toEqual(['paas-cli-debug-enabled']);
    expect(blockingIds('heroku_setup.sh', 'heroku config:set DEBUG=False --app shop-prod\n')).toEqual([]);
  });
});

describe('keys made to ship in apps, and published ones', () => {
  it("reports a Backendless 3 app's secret key, a client key passed to initApp, without blocking", () => {
    const activity = 'public class Splash {\n    public static final String SECRET_KEY = "3C18A0CF-6E21-079D-FFD9-00ECD64FBA00";\n    void onCreate() {\n        Backendless.initApp(this, APP_ID, SECRET_KEY, "v1");\n    }\n}\n';
    expect(scan('app/src/main/java/com/app/Splash.java', activity)).toEqual([{ ruleId: 'framework-signing-key-literal', blocking: false }]);
    expect(blockingIds('app/src/main/java/com/app/Splash.java', activity.replace('Backendless.initApp', 'Server.start'))).toEqual(['framework-signing-key-literal']);
  });

  it('reads a RevenueCat Test Store key as public in code that calls Purchases.configure', () => {
    expect(blockingIds('StoreConfig.swift', 'Purchases.configure(withAPIKey: "test_Kq7vT2xWm9LpQz4RnB8cHd3Fj6")\n')).toEqual([]);
  });

  it("reads a Django key as decouple's unnamed default", () => {
    const settings = "SECRET_KEY = config('SECRET_KEY', 'x8#n2q!v@5m*r9w(t3z&k7c%b1h)j6p-y4f0d_g+e^s2l=u3a')\n";
    expect(blockingIds('shop/settings.py', settings)).toEqual(['django-secret-key-default']);
  });
});

describe('cluster tokens', () => {
  it("reads a Rancher token by its name and Rancher's alphabet, not a test's stand-in", () => {
    const kubeconfig = 'users:\n- name: prod\n  user:\n    token: kubeconfig-user-q4lm4.c-8xk2p:2bg9hz7xwl8kq4cd5tsvr6nmfjp2zg8b9hkx4wqlt7vd5crn6mfs2j\n';
    expect(blockingIds('.kube/config', kubeconfig)).toEqual(['rancher-api-token']);
    expect(blockingIds('src/common/__tests__/cluster-store.test.ts', "    token: 'kubeconfig-user-q4lm4:xxxyyyy',\n")).toEqual([]);
  });
});

describe('browser testing clouds', () => {
  it('reads a BrowserStack key with no digit under its capability name', () => {
    expect(blockingIds('src/main/java/Sample.java', '    caps.setCapability("browserstack.key", "rMjpQwXzKvLtNbHsDcFg");\n')).toEqual(['browserstack-access-key']);
  });

  it("reads a LambdaTest key as a hub URL's password, also in test code", () => {
    const url = '    URL hub = new URL("https://shopqa:Qw8Ex4PzMr6Nb9Lc2Tk7Vh3Jd5Fs1Ga0Yu8Ri4Eo6Wp2Tn7Kb3@mobile-hub.lambdatest.com/wd/hub");\n';
    expect(blockingIds('src/test/java/shop/AppTest.java', url)).toEqual(['lambdatest-access-key']);
  });
});

describe('business and document APIs', () => {
  it("reads an Authorize.Net transaction key given to PHP's define()", () => {
    expect(blockingIds('app/Config/authorize.php', 'define("AUTHORIZENET_TRANSACTION_KEY", "3Pq9Vb2mZt4WcK1x");\n')).toEqual(['authorize-net-transaction-key']);
    expect(blockingIds('app/Config/authorize.php', 'define("AUTHORIZENET_TRANSACTION_KEY", getenv("ANET_KEY"));\n')).toEqual([]);
  });

  it("reads an Api2Pdf key given to its client, not a bare UUID", () => {
    expect(blockingIds('app.py', "from api2pdf import Api2Pdf\napi = Api2Pdf('7d1c9e4a-2b6f-4a8e-9c3d-0f5b7e2a1d86')\n")).toEqual(['api2pdf-api-key']);
    expect(blockingIds('app.py', "from api2pdf import Api2Pdf\njob_id = '7d1c9e4a-2b6f-4a8e-9c3d-0f5b7e2a1d86'\n")).toEqual([]);
  });

  it("reads NetSuite's token-based credentials in a NetSuite client, not an OAuth 2.0 client id", () => {
    const client = 'TOKEN_ID = "0e7b3c9a2d6f1e8b4a5c0d9f3e2b7a1c6d8f4e0b9a3c5d2e7f1b8a4c6e0d3f9b"\nURL = "https://1234567.restlets.api.netsuite.com/app/site/hosting/restlet.nl"\n';
    expect(blockingIds('connect.py', client)).toEqual(['netsuite-tba-credential']);
    expect(blockingIds('connect.py', client.replace('TOKEN_ID', 'NETSUITE_CLIENT_ID'))).toEqual([]);
  });
});

describe('file transfer logins', () => {
  it('reads a password ending in ## given to an SFTP client, not a Jenkins secret marker', () => {
    expect(blockingIds('deploy.js', "await sftp.connect({ host: '203.0.113.7', username: 'root', password: 'Imago321123##' });\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config.xml', '<smtpAuthPassword>##SECRET:mail.pass##</smtpAuthPassword>\n')).toEqual([]);
  });

  it("drops URL logins that ask for the reader's own or were typed over with x's, not a real host's", () => {
    expect(scan('services/mail.py', '        return f"ftp://yourusername:yourusername@45.33.12.7/reports/{name}"\n')).toEqual([]);
    expect(scan('docs/deploy.rst', '    heroku config:set REDIS_URL=redis://xx:xx@xx.compute-1.amazonaws.com:6379\n')).toEqual([]);
    expect(blockingIds('services/mail.py', '        return f"ftp://shopftp:shopftp@45.33.12.7/reports/{name}"\n')).toEqual(['url-embedded-credentials']);
  });

  it("leaves a FileZilla format described in a comment alone", () => {
    expect(scan('scanner/loot_patterns.py', '    # FileZilla keeps <Pass encoding="base64">b64</Pass> in sitemanager.xml\n')).toEqual([]);
    expect(blockingIds('sitemanager.xml', '<Pass encoding="base64">L0B1Ow1qvbF4Ck6jlNx1Y0qA</Pass>\n')).toEqual(['filezilla-saved-password']);
  });

  it("drops a value that says what goes there: SECURE_16_CHAR_HEX_IV", () => {
    expect(scan('docs/SECURITY_CHECKLIST.md', 'CREDS_IV=SECURE_16_CHAR_HEX_IV\n')).toEqual([]);
  });
});

describe('scripts and guides of small teams', () => {
  it('reads a schtasks /RP password, not the prompt or a variable', () => {
    expect(blockingIds('setup-tasks.bat', 'schtasks /Create /TN export /TR export.bat /SC DAILY /RU CORP\\svc_export /RP Kq7vT2xWm9\n')).toEqual(['schtasks-password']);
    expect(blockingIds('setup-tasks.bat', 'schtasks /Create /TN export /TR export.bat /SC DAILY /RU CORP\\svc_export /RP *\n')).toEqual([]);
  });

  it('reads a Plane API token under any name', () => {
    expect(blockingIds('search/sync.py', 'PLANE_PUBLIC_API_KEY = "plane_api_7d1c9e4a2b6f4a8e9c3d0f5b7e2a1d86"\n')).toEqual(['plane-api-token']);
  });

  it('reads a Gmail app password under an upper-case name with a space left in the quotes', () => {
    const reader = "EMAIL = 'reports.fake@gmail.com'\nPASSWORD = 'wqzh rnvb kmtp xldj '\nwith MailBox('imap.gmail.com').login(EMAIL, PASSWORD) as box:\n    pass\n";
    expect(blockingIds('mail_reader.py', reader)).toEqual(['mail-app-password-script']);
  });

  it("reads a password holding a '(' as a password, and a call as a call", () => {
    expect(blockingIds('docker/postgres.conf', 'POSTGRES_PASSWORD=1mWLq8Tz2_I(si@Kx7vRp3Nc9Hd4Ya6Lb8Wq2Ez5Tu\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('deploy.ps1', 'NEXTAUTH_SECRET="shop-secret-$(Get-Random -Minimum 100000 -Maximum 999999)"\n')).toEqual([]);
    expect(blockingIds('otp.py', '    password=password+random.choice(chars)\n')).toEqual([]);
  });

  it("drops a guide's my-super-secret stand-in and lowers a local Postgres login in a call", () => {
    expect(scan('SETUP_GUIDE.md', 'WEBHOOK_SECRET=my-super-secret-webhook-key-123\n')).toEqual([]);
    const call = '    sql2o = new Sql2o("jdbc:postgresql://localhost:5432/shop", "postgres", "hello");\n';
    expect(scan('src/main/java/DB.java', call)).toEqual([{ ruleId: 'positional-db-password', blocking: false }]);
  });
});

describe('keys a browser build ships, and values filled in at run time', () => {
  it("reads an Algolia key under a browser prefix as the search key, unless it is named admin", () => {
    expect(blockingIds('scripts/deploy.js', "REACT_APP_ALGOLIA_API_KEY='0c2ad412b9f21288f44555e728f1ddb5'\n")).toEqual([]);
    expect(blockingIds('scripts/deploy.js', "VITE_ALGOLIA_ADMIN_KEY='0c2ad412b9f21288f44555e728f1ddb5'\n")).toEqual(['algolia-admin-api-key', 'client-exposed-secret-env']);
  });

  it("lowers a Maps key in an Angular environment file", () => {
    const env = "const GOOGLE_MAPS_API_KEY = 'AIzaSyB4x9Kq2mXr9LpT4vWz3Nc7Hd1Fj6Gs0Ab';\nexport const environment = { production: true, googleMapsApiKey: GOOGLE_MAPS_API_KEY };\n";
    expect(blockingIds('src/environments/environment.prod.ts', env)).toEqual([]);
  });

  it('drops a Perl hash element interpolated as a password', () => {
    expect(scan('Kernel/Installer.pm', `    $DBH->do("CREATE USER otobo WITH PASSWORD '$DB{OTOBODBPassword}'");\n`)).toEqual([]);
  });
});
