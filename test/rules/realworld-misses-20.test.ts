import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 97 to 108 (infrastructure as code, notebooks, monitoring configs,
// automation scripts, desktop apps, game servers, everyday commits, auth set-ups, Go/Rust services, API client
// files). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const medium = (ruleId: string) => [{ ruleId, blocking: false }];

describe('sample 97: infrastructure as code', () => {
  it("reads a Terraform environment named test as a deployment, not a test file", () => {
    const provider = 'provider "proxmox" {\n  pm_api_token_secret = "bdcb4f2e-8c1a-4d7b-9e3f-6a5c2d1b0e97"\n}\n';
    expect(blockingIds('environments/test/main.tf', provider)).toEqual(['proxmox-api-token-secret']);
    const tfvars = 'db_password = "Xk9mQ2vLp7Tz4Wn8"\n';
    expect(blockingIds('environments/test/terraform.tfvars', tfvars)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('test/fixtures/terraform.tfvars', tfvars)).toEqual([]);
  });

  it('reports providers, SSH and Ansible that skip certificate or host key checks', () => {
    expect(scan('main.tf', 'provider "proxmox" {\n  pm_tls_insecure = true\n}\n')).toEqual(medium('terraform-provider-tls-insecure'));
    expect(scan('ansible.cfg', '[defaults]\nhost_key_checking = False\n')).toEqual(medium('ssh-strict-host-key-checking-off'));
    expect(scan('group_vars/all.yml', "ansible_ssh_common_args: '-o StrictHostKeyChecking=no'\n")).toEqual(medium('ssh-strict-host-key-checking-off'));
    expect(scan('scripts/deploy.sh', 'ssh -o StrictHostKeyChecking=accept-new deploy@203.0.113.10 true\n')).toEqual([]);
  });
});

describe('sample 98: notebooks', () => {
  it('finds an Alpha Vantage key in notebook JSON and a Kaggle key printed as a Python dict', () => {
    expect(blockingIds('stock_signals.ipynb', '    "alpha_vantage_key = \\"X5QLM2ZT8RK4WV9B\\"\\n",\n')).toEqual(['alphavantage-api-key']);
    expect(blockingIds('README.md', "#{'key': '7e4d58f60a2c9b7d13e48f56b3f1c9a2', 'username': 'shopdata'}\n")).toEqual(['kaggle-api-key']);
    expect(blockingIds('download.py', "os.environ['KAGGLE_KEY'] = 'KGAT_7e4d58f60a2c9b7d13e48f56b3f1c9a2'\n")).toEqual(['kaggle-api-key']);
  });
});

describe('sample 99: monitoring configs', () => {
  it("drops Slack's sample webhook of doubled characters and a sample key whose digits count up", () => {
    const hook = "  - api_url: 'https://hooks.slack.com/services/AA11BB22CC3/3DD44EE55FF/AA11bb22Cc33dd44EE55'\n";
    expect(blockingIds('alertmanager/alertmanager.yml', hook)).toEqual([]);
    expect(blockingIds('config/datadog.spc', '# api_key = "1a2345bc6d78e9d98fa7bcd6e5ef56a7"\n')).toEqual([]);
  });

  it("finds a Fluent Bit output's HTTP_Passwd, written without = or :", () => {
    expect(blockingIds('fluent-bit.conf', '[OUTPUT]\n    Name es\n    HTTP_User elastic\n    HTTP_Passwd ul8xQ2mZ7rT4vB9n\n')).toEqual(['fluent-bit-http-passwd']);
    expect(blockingIds('fluent-bit.conf', '[OUTPUT]\n    HTTP_Passwd ${ES_PASSWORD}\n')).toEqual([]);
  });

  it('reports a Sentry DSN with 16-digit ids (low) and a Fluent Bit output with tls.verify Off', () => {
    const dsn = 'sentry_sdk.init(dsn="https://6f6d1c2e8a4b4f0d9e3a7c5b1d2f4e6a@o4504333296205824.ingest.sentry.io/4504333307215872")\n';
    expect(scan('app/sentry.py', dsn)).toEqual(medium('sentry-dsn'));
    expect(scan('fluent-bit.conf', '[OUTPUT]\n    Name es\n    tls On\n    tls.verify Off\n')).toEqual(medium('fluent-bit-tls-verify-off'));
  });
});

describe('sample 100: automation scripts', () => {
  it('finds a 16-letter app password under a plain name in a script that logs in to Gmail or QQ Mail', () => {
    const gmail = 'app_password = "wqzhrnvbkmtpxldj"\nserver = smtplib.SMTP("smtp.gmail.com", 587)\nserver.login(sender, app_password)\n';
    expect(blockingIds('recruiter/app.py', gmail)).toEqual(['mail-app-password-script']);
    expect(blockingIds('gpu_monitor.py', "smtp_server = 'smtp.qq.com'\npassword = 'xqvmztrklpwnhdbj'\n")).toEqual(['mail-app-password-script']);
    // Away from mail it is no mail app password (a random password all the same: the generic rule's).
    expect(blockingIds('app/users.py', 'password = "wqzhrnvbkmtpxldj"\nuser = User(email=email, password=password)\n')).toEqual(['generic-secret-assignment']);
  });

  it('reads PASSWORD in leetspeak as a stock password, and reports lftp uploads that skip certificate checks', () => {
    expect(blockingIds('SaveEncryptedPassword.ps1', "$password = 'P@$$W3RD'\n")).toEqual([]);
    expect(blockingIds('SaveEncryptedPassword.ps1', "$password = 'Xk9$Lm2@Tq7v'\n")).toEqual(['generic-secret-assignment']);
    expect(scan('deploy.sh', 'lftp -c "set ssl:verify-certificate no; open ftp.example.com; mirror -R dist /www"\n')).toEqual(medium('lftp-ssl-verify-off'));
  });
});

describe('samples 101 and 102: desktop apps and game servers', () => {
  it('finds an Apple app-specific password and reports an Electron app that accepts any certificate', () => {
    expect(blockingIds('release.sh', 'export APPLE_APP_SPECIFIC_PASSWORD="icmq-wzvt-pkrb-hdnl"\n')).toEqual(['apple-app-specific-password']);
    const handler = "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(true);\n});\n";
    expect(blockingIds('main.js', handler)).toEqual(['electron-certificate-error-accept-all']);
    const indented = handler.replace(/^/gm, '  ').trimEnd();
    expect(scan('main.js', `if (!app.isPackaged) {\n${indented}\n}\n`)).toEqual([{ ruleId: 'electron-certificate-error-accept-all', blocking: false }]);
  });

  it('reads #define secrets, game-server convars and Cfx.re license keys', () => {
    expect(blockingIds('gamemodes/main.pwn', '#define MYSQL_PASSWORD "OXop7Tq2vLm9Rz4W"\n')).toEqual(['c-define-secret']);
    expect(blockingIds('server.cfg', 'rcon_password "HX4aT9qLm2Vz7Rw3Kp8Nc5Yb1"\n')).toEqual(['game-server-cfg-secret']);
    expect(blockingIds('server.cfg', 'rcon_password "changeme"\n')).toEqual([]);
    expect(blockingIds('start.bat', 'FXServer.exe +set sv_licenseKey "cfxk_Zq7Lm2Xv9Tk4Rw8Pn3Bc_H6yQ2v"\n')).toEqual(['cfx-license-key']);
  });

  it('does not read the next setting or a sed replacement as a password', () => {
    expect(blockingIds('minecraft-backup.sh', 'rcon_password=          backup=/mnt/backup/minecraft\n')).toEqual([]);
    expect(blockingIds('start.sh', 'sed -i "s/rcon.password=/rcon.password=$passwd/g" /srv/mc/server.properties\n')).toEqual([]);
  });
});

describe('samples 103 and 104: everyday commits and auth set-ups', () => {
  it('does not block DEBUG = True in a Django settings module that leaves ALLOWED_HOSTS at its default', () => {
    const settings = "INSTALLED_APPS = ['rest_framework', 'api']\nDEBUG = True\n";
    expect(blockingIds('backend/settings.py', settings)).toEqual([]);
    expect(blockingIds('backend/settings.py', `${settings}ALLOWED_HOSTS = ['api.example.com']\n`)).toEqual(['django-debug-true']);
    expect(blockingIds('shop/settings/production.py', `from .base import *\n${settings}`)).toEqual(['django-debug-true']);
  });

  it("keeps a doc's random secret blocking beside a live provider key, and only there", () => {
    const jwt = 'JWT_SECRET=7c32f1e9a4b8d05c6e2f7a9b3d1c8e4f0a6b2d9c5e1f7a3b8d4c0e6f2a9b5c1d\n';
    const neon = 'DATABASE_URL=postgresql://neondb_owner:npg_Xk9fQ2mZ7rT4@ep-cool-sky-a5b1c2d3.us-east-2.aws.neon.tech/neondb\n';
    expect(blockingIds('docs/VERCEL_ENV_SETUP.md', '```\n' + neon + jwt + '```\n')).toEqual(['database-url-password', 'generic-secret-assignment']);
    expect(blockingIds('docs/SETUP.md', '```\n' + jwt + '```\n')).toEqual([]);
  });

  it("finds passport-jwt's secretOrKey set by assignment, and drops keyboard-mash values", () => {
    expect(blockingIds('src/middleware/passport.js', "opts.secretOrKey = 'secret';\n")).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('README.md', '```ini\n[default]\naws_secret_access_key = U7uyQ2vP7LdsadsgsagsapQgawIx9Lm\n```\n')).toEqual([]);
  });
});

describe('samples 105 to 108: NestJS, Go and Rust services, API client files', () => {
  it("finds a secret behind NestJS's ConfigService.get, not a placeholder there", () => {
    expect(blockingIds('src/auth/jwt.strategy.ts', "      secretOrKey: this.configService.get<string>('JWT_SECRET') || 'k8JqTz2vLm9Rw4Xp',\n")).toEqual(['js-env-fallback-secret']);
    expect(blockingIds('src/auth/jwt.strategy.ts', "      secretOrKey: config.get<string>('JWT_SECRET') || 'super-secret-key-change-this',\n")).toEqual([]);
  });

  it("reports a Rust client that accepts any certificate, and not coder/websocket's origin switch as TLS", () => {
    expect(scan('src/client.rs', 'let c = reqwest::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .build()?;\n')).toEqual(medium('rust-accept-invalid-certs'));
    expect(scan('internal/ws/client.go', 'c, err := websocket.Accept(w, r, &websocket.AcceptOptions{\n\tInsecureSkipVerify: true,\n})\n')).toEqual([]);
  });

  it("finds keys in SQL seed data and dumps, each row's once, but not hashed tokens or empty settings", () => {
    const dump = "INSERT INTO `api_keys` (`id`, `api_key`, `status`) VALUES\n(1, 'c6e4a9d27f1b3e8c5d0a6f2b9e7c4d18', 'active'),\n(2, 'a1f8c3e6b9d2047e5c8a1f3b6d9e2c47', 'active');\n";
    // The first row's by the SQL rule, the second's by the engine's reading of every row (sql-rows.ts).
    expect(blockingIds('database/traffic_fines.sql', dump)).toEqual(['sql-seeded-secret', 'generic-secret-assignment']);
    expect(blockingIds('database/app.sql', "INSERT INTO `settings` (`id`, `key`, `value`) VALUES\n(7, 'smtp_password', 'Kv7rT2mXq9Lp4Wz8', NULL),\n")).toEqual(['sql-seeded-secret']);
    expect(blockingIds('database/app.sql', "INSERT INTO `settings` (`id`, `key`, `value`) VALUES\n(7, 'smtp_password', '', NULL),\n")).toEqual([]);
  });

  it("reads jwt.io's sample claims with its issue time, and NewPassword123! as an example password", () => {
    const claims = Buffer.from(JSON.stringify({ sub: '1234567890', iat: 1516239022, exp: 9999999999, iss: 'kairos-gateway' })).toString('base64url');
    const token = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${claims}.Qm7vR2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3`;
    expect(blockingIds('postman/gateway.postman_collection.json', `{"key": "Authorization", "value": "Bearer ${token}"}\n`)).toEqual([]);
    expect(blockingIds('scripts/gen_bruno.py', '    "new_password": "NewPassword123!",\n')).toEqual([]);
  });
});
