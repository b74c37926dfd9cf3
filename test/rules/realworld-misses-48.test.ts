import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/index.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Deploy guides from samples 279, 291 and 293, and samples 295 to 302. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const ruleIds = (path: string, text: string): string[] => scan(path, text).map((f) => f.ruleId);

describe('deploy guides listing the values to paste into a platform', () => {
  const hex = 'f98493654c2c7e6831edfa06e82143436aebe4faa1899c2c72e5570d23f65352';

  it('blocks a value under its name in a guide named for the platform, not in an ordinary README', () => {
    const guide = `### JWT_SECRET\n\n- **Value**: \`${hex}\`\n`;
    expect(blockingIds('docs/RAILWAY_ENV_VARIABLES.md', guide)).toEqual(['docs-env-split-secret']);
    expect(blockingIds('SECRETS.md', guide)).toEqual(['docs-env-split-secret']);
    expect(blockingIds('README.md', guide)).toEqual([]);
  });

  it('reads a `Variable Name:` / `Value:` pair and a value alone in a code block under a heading', () => {
    expect(blockingIds('RAILWAY_VARIABLES_GUIDE.md', `\`\`\`\nVariable Name: SECRET_KEY\nValue: ${hex}\n\`\`\`\n`)).toEqual(['docs-env-split-secret']);
    expect(blockingIds('RAILWAY_VARIABLES.md', '### Variable 1: SECRET_KEY\n```\nKq7v2LmXz9Rk4wHpVd3Nc8Fj6Gs1Ke0YuQ8mLz4Tn7\n```\n')).toEqual(['docs-env-split-secret']);
  });

  it('reads a value after a bold label, blocking in a platform guide and low in an ordinary README', () => {
    expect(blockingIds('RENDER_ENV_VARS.md', '- **API Key:** `Kq7vT2xWm9LpQz4RnB8cYe1J`\n')).toEqual(['docs-bold-label-secret']);
    expect(scan('README.md', '- **API Key:** `Kq7vT2xWm9LpQz4RnB8cYe1J`\n')).toEqual([{ ruleId: 'docs-bold-label-secret', blocking: false }]);
    expect(scan('RENDER_ENV_VARS.md', '- **Publishable Key:** `pk_live_Kq7vT2xWm9LpQz4RnB8cYe1J`\n')).toEqual([]);
  });

  it('does not read a list of names, a command or a dashboard link as a value', () => {
    expect(blockingIds('RAILWAY_VARIABLES.md', '- JWT_SECRET\n- STRIPE_SECRET_KEY_PRODUCTION\n')).toEqual([]);
    expect(blockingIds('RAILWAY_VARIABLES.md', '### JWT_SECRET\n```\nopenssl rand -hex 32\n```\n')).toEqual([]);
    expect(blockingIds('RAILWAY_VARIABLES.md', '### STRIPE_SECRET_KEY\n- **Value**: https://dashboard.stripe.com/apikeys\n')).toEqual([]);
  });

  it('keeps a platform guide’s `NAME=value` lines at full confidence, and still drops placeholders there', () => {
    expect(blockingIds('RENDER_ENV_VARS.md', `JWT_SECRET=${hex}\n`)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('RENDER_ENV_VARS.md', 'JWT_SECRET=your-super-secret-jwt-key-change-me\n')).toEqual([]);
    expect(blockingIds('docs/rendering.md', `JWT_SECRET=${hex}\n`)).toEqual([]);
  });
});

describe('sample 301: a deploy guide’s block of values to paste into the platform', () => {
  const block = (intro: string): string =>
    `${intro}\n\n\`\`\`\nNEXTAUTH_SECRET=Qm8vTz2LkPa0rXw5NdYhEe7uJcB1sGf9oKiZ3lVnRtU=\nHELLOSIGN_TEST_MODE=false\n\`\`\`\n`;

  it('blocks a value in a block introduced as a platform’s environment variables, not in a local .env block', () => {
    expect(blockingIds('QUICK_DEPLOYMENT.md', block('3. **Add Environment Variables** (Settings → Environment Variables):'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('QUICK_DEPLOYMENT.md', block('Set these config vars on Heroku:'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('QUICK_DEPLOYMENT.md', block('Create a `.env` file in the project root with:'))).toEqual([]);
  });

  it('reads only the block after the introduction', () => {
    const deploy = 'Add these Environment Variables in the Vercel dashboard:\n\n```\nNEXTAUTH_URL=https://shop.vercel.app\n```\n';
    const local = 'Then for local work:\n\n```\nSESSION_SECRET=Vd3Nc8Fj6Gs1Ke0YuQ8mLw4Tn7RkJ2pX5vWc9Zb3Nd6\n```\n';
    expect(blockingIds('QUICK_DEPLOYMENT.md', `${deploy}\n${local}`)).toEqual([]);
  });
});

describe('samples 295, 296, 298 to 301: provider formats', () => {
  it('finds BrowserStack, LambdaTest and Chromatic keys, also in test-runner configs', () => {
    expect(blockingIds('conf/wdio.conf.js', "exports.config = {\n  user: 'shop_qa',\n  key: 'Xw4PmLq9TzRk2VbN7cHd',\n  services: ['browserstack'],\n};\n")).toEqual(['browserstack-access-key']);
    expect(blockingIds('playwright.config.js', 'BROWSERSTACK_ACCESS_KEY=pZ8rD5wKbqLm2xTfjNvc\n')).toEqual(['browserstack-access-key']);
    expect(blockingIds('conf/lt.conf.js', "  key: process.env.LT_ACCESS_KEY || 'Qw8Ex4PzMr6Nb9Lc2Tk7Vh3Jd5Fs1Ga0Yu8Ri4Eo6Wp2Tn7Kb3',\n")).toEqual(['lambdatest-access-key']);
    expect(blockingIds('run-chromatic.ps1', '$env:CHROMATIC_PROJECT_TOKEN="chpt_7e2c9a41b8d03f5"\n')).toEqual(['chromatic-project-token']);
    expect(blockingIds('conf/wdio.conf.js', "exports.config = {\n  user: 'shop_qa',\n  key: 'Xw4PmLq9TzRk2VbN7cHd',\n};\n")).toEqual([]);
  });

  it('finds a Sauce Labs key as an environment fallback in a test, and Codecov upload tokens (not blocking) on the command line and in the action', () => {
    expect(blockingIds('test/smoke.coffee', "sauceKey = process.env.SAUCE_ACCESS_KEY || '7b2e4c91-0d3f-4a86-b5c2-e19f7a3d60b8'\n")).toEqual(['saucelabs-access-key']);
    expect(ruleIds('ci/after_success.sh', 'codecov --token=4e1c7a92-3b8d-4f06-a5e2-9c7d1b3f8a60 || echo failed\n')).toEqual(['codecov-upload-token']);
    const action = '      - uses: codecov/codecov-action@v4\n        with:\n          token: 4e1c7a92-3b8d-4f06-a5e2-9c7d1b3f8a60\n';
    expect(ruleIds('.github/workflows/run_unit_tests.yml', action)).toEqual(['codecov-upload-token']);
  });

  it('reports Turso tokens as Turso, not as a Cloudflare tunnel token inside the JWT', () => {
    const turso = 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhIjoicnciLCJpYXQiOjE3MTc2MDAwMDAsImlkIjoiNGE5ZTJjN2IifQ.Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gAVd3Nc8Fj6Gs1Ke0YuQ8mLw4Tn7RkJ2pX5vWc9Zb3Nd6Hf1Gj8Kl0MnA';
    expect(blockingIds('src/db.ts', `export const db = createClient({ url, authToken: process.env.X, TURSO_AUTH_TOKEN: '${turso}' });\n`)).toEqual(['turso-auth-token']);
  });

  it('finds Fauna, Xata, Infisical, Bitwarden and Exoscale secrets', () => {
    expect(blockingIds('README.md', 'FAUNA_SECRET=fnAEq81KdYBQTZbXPuDmgWCtYA7dH2z-pvwsK_R4\n')).toEqual(['fauna-secret']);
    expect(blockingIds('deploy/vars.sh', 'XATA_API_KEY=xau_Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gA5\n')).toEqual(['xata-api-key']);
    const infisical = 'st.6d1f0c2a-9b4e-4f7a-8c3d-2e5b7a9c1f04.4a9e2c7b1d8f3e6a0c5b9d2f7e1a4c8b.9f2e7c4a1b8d3e6c0a5f2b9d4e7a1c8f';
    expect(blockingIds('deploy-prod.sh', `infisical export --token=${infisical} -e=prod > .env\n`)).toEqual(['infisical-service-token']);
    const bws = '0.7c2e9a4f-1b8d-43e6-a0a5-f2b9d4e7a1c8.Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3:Vd3Nc8Fj6Gs1Ke0YuQ8mLw==';
    expect(blockingIds('.zshrc', `export BWS_ACCESS_TOKEN=${bws}\n`)).toEqual(['bitwarden-sm-access-token']);
    const exo = 'exoscale_api_key    = "EXO7c1e0b9d44f2a83e5b6c0d17"\nexoscale_secret_key = "Qm8vTz2LkPa0rXw5NdYhEe7uJcB1sGf9oKiZ3lVnRtU"\n';
    expect(blockingIds('main.tf', exo)).toEqual(['exoscale-api-secret']);
  });

  it('finds acme.sh DNS credentials and a Xero webhook key, not a Scaleway access key id or a DocuSign integration key', () => {
    expect(blockingIds('issue-cert.sh', 'export CF_Key="a9c2e7b41f0d3e8c6b5a7d2f9e1c4b8a0d3f6"\n')).toEqual(['acme-sh-dns-credential']);
    expect(blockingIds('apps/xero_api/config.py', "XERO_WEBHOOK_KEY = 'sFywh7hh68massCs+DRW0mCSSViFqgE8EfbDbOmxN/wbPUo6bT7t5/0UHeuv/q/LNepEZqHTTjuSyyo4T5VL0l9vu5OVetG=='\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('tf.sh', 'export SCW_ACCESS_KEY=SCWK7M2QXP94HDRZ1BTA\n')).toEqual([]);
    expect(blockingIds('src/config/docusign.js', "  integrationKey: process.env.DOCUSIGN_INTEGRATION_KEY || '7c2e9a4f-1b8d-43e6-a0a5-f2b9d4e7a1c8',\n")).toEqual([]);
  });

  it('finds Todoist tokens and the old Asana token shape', () => {
    expect(blockingIds('todoist.py', 'api = TodoistAPI("9c2e7b41f0d3e8c6b5a7d2f9e1c4b8a0d3f67c2e")\n')).toEqual(['todoist-api-token']);
    expect(blockingIds('main.py', "personal_access_token = '0/7c2e9a4f1b8d43e6a0a5f2b9d4e7a1c8'\n")).toEqual(['asana-personal-access-token']);
  });

  it("finds InvoicePlane's encryption key", () => {
    expect(blockingIds('ipconfig.php', 'ENCRYPTION_KEY=base64:Qm7vR2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3=\n')).toEqual(['laravel-app-key']);
  });
});

describe('sample 298: values no one would use', () => {
  it('does not block a run of repeated characters in order, or a private key cut short in a fixture', () => {
    expect(blockingIds('credentials.ini', 'dns_digitalocean_token = 0000111122223333444455556666777788889999aaaabbbbccccddddeeeeffff\n')).toEqual([]);
    const cut = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7xQ9pLmZ2AAAB==\n-----END PRIVATE KEY-----\n';
    expect(blockingIds('tests/conftest.py', `def sample_key():\n    return """${cut}"""\n`)).toEqual([]);
  });
});

describe('samples 303 to 310: PaaS apps, Windows answer files, encoded values', () => {
  it('keeps every saved WinSCP password of a site at full confidence, though they share the obfuscated user and host', () => {
    const session = (name: string, hex: string): string => `[Sessions\\${name}]\nHostName=ftp.shop-hosting.net\nUserName=deploy@shop.net\nPassword=${hex}\n\n`;
    const text = session('one', 'A35C4E5D1B2F68727B6E2E7A63381B0C6E7F3D2A1C0B5E6D7F3A9C0E1B2D8F4C6A') + session('two', 'A35C4E5D1B2F68727B6E2E7A63381B0C9F2A7C4D8E1B6A3F5C0D9E2B7A4C1F8E3D');
    expect(blockingIds('WinSCP.ini', text)).toEqual(['winscp-saved-password', 'winscp-saved-password']);
  });

  it('reads a Gmail app password under EMAIL_APP_PASSWORD', () => {
    expect(blockingIds('api/config.js', "const EMAIL_APP_PASSWORD = 'phxk qzmv trlw bnse';\n")).toEqual(['gmail-app-password']);
  });

  it("decodes a Windows answer file's encoded password and finds a domain join's, but not an empty or guessable one", () => {
    const admin = (value: string): string => `<AdministratorPassword>\n  <Value>${value}</Value>\n  <PlainText>false</PlainText>\n</AdministratorPassword>\n`;
    expect(blockingIds('unattend.xml', admin('SwBxADgAdgBUAHoAMgBtAFgAawA0AEwAIQBBAGQAbQBpAG4AaQBzAHQAcgBhAHQAbwByAFAAYQBzAHMAdwBvAHIAZAA='))).toEqual(['unattend-encoded-password']);
    expect(blockingIds('unattend.xml', admin('UABhAHMAcwB3AG8AcgBkAA=='))).toEqual([]);
    expect(blockingIds('unattend.xml', admin('UABhAHMAcwB3AG8AcgBkADEAQQBkAG0AaQBuAGkAcwB0AHIAYQB0AG8AcgBQAGEAcwBzAHcAbwByAGQA'))).toEqual([]);
    const join = '<Credentials>\n  <Domain>CORP</Domain>\n  <Username>join.ad</Username>\n  <Password>Vw7kq2Lm9Rt4!</Password>\n</Credentials>\n';
    expect(blockingIds('unattend.xml', join)).toEqual(['unattend-encoded-password']);
    expect(scan('unattend.xml', '<settings pass="oobeSystem">\n')).toEqual([]);
  });

  it('does not block a sentence in base64, a counting filler or a German example', () => {
    expect(blockingIds('instance/config.py', "STRIPE_API_KEY = 'VGhpcyBpcyBub3QgYSByZWFsIGtleQ=='\n")).toEqual([]);
    expect(blockingIds('app/core/config.py', 'class Settings(BaseSettings):\n    secret_key: str = "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6"\n')).toEqual([]);
    expect(blockingIds('config/AppSecurityProperties.java', '  private String jwtSecret = "bG9jYWwtZGV2ZWxvcG1lbnQtc2VjcmV0LWtleS1jaGFuZ2UtcGxlYXNlIQ==";\n')).toEqual([]);
    expect(blockingIds('CredentialsBeispiel1.ps1', '$pw = "Kq8vTz2mXk4L!" | ConvertTo-SecureString -AsPlainText -Force\n')).toEqual([]);
  });
});

describe('sample 309: a service account key file in base64 in a deploy guide', () => {
  // The key is generated here, at test time: none is committed.
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('finds it once, wherever the private key falls in the base64 alignment', () => {
    for (const project of ['shop-prod-2231', 'shop-prod-22310', 'shop-prod-223100']) {
      const file = { type: 'service_account', project_id: project, private_key_id: '7c2e9a4f1b8d43e6a0a5f2b9d4e7a1c87c2e9a4f', private_key: pem };
      const encoded = Buffer.from(JSON.stringify(file, null, 2)).toString('base64');
      expect(blockingIds('RAILWAY_DEPLOYMENT_CHECKLIST.md', `GOOGLE_SA_KEY_JSON_BASE64="${encoded}"\n`)).toEqual(['gcp-service-account-key']);
    }
  });
});

describe('samples 311 to 318: Go services, PHP frameworks, identity exports, home servers, OAuth set-ups', () => {
  it("reads Docker's default bridge as this machine, as localhost is", () => {
    expect(blockingIds('Makefile', 'migrate -database postgres://greenlight:4821@172.17.0.2/greenlight?sslmode=disable up\n')).not.toContain('database-url-password');
    expect(blockingIds('Makefile', 'migrate -database postgres://greenlight:Kq7vT2xWm9Lp@172.31.4.20/greenlight up\n')).toContain('database-url-password');
  });

  it('reports a password hash low, and a private key made of one repeated word not at all', () => {
    expect(scan('vaultwarden.nix', "ADMIN_TOKEN='$argon2id$v=19$m=65540,t=3,p=4$Kq7vT2xWm9LpQz4RnB8cYe$Vd3Nc8Fj6Gs1Ke0YuQ8mLw4Tn7RkJ2pX5vWc9Zb3Nd6'\n")).toEqual([
      { ruleId: 'generic-secret-assignment', blocking: false },
    ]);
    const filler = `-----BEGIN PRIVATE KEY-----\n${'s3cr3t'.repeat(12)}\n${'s3cr3t'.repeat(12)}\n-----END PRIVATE KEY-----`;
    expect(ruleIds('docs/providers/apple.rst', `    "key": """${filler}"""\n`)).toEqual([]);
  });

  it('finds CodeIgniter encryption keys and a LARAVEL_KEY, not a versioned API name', () => {
    expect(blockingIds('.env', 'encryption.key = hex2bin:9c2e7b41f0d3e8c6b5a7d2f9e1c4b8a0d3f67c2e9a4f1b8d43e6a0a5f2b9d4e7\n')).toContain('codeigniter-encryption-key');
    expect(blockingIds('app/Config/Encryption.php', "    public $key = hex2bin('7c2e9a4f1b8d43e6a0a5f2b9d4e7a1c8');\n")).toEqual(['codeigniter-encryption-key']);
    expect(blockingIds('deploy/vars.sh', 'LARAVEL_KEY=base64:Qm7vR2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3=\n')).toEqual(['laravel-app-key']);
    expect(blockingIds('auth0/tenant.yaml', '    identity_api: "microsoft-identity-platform-v2.0"\n')).toEqual([]);
  });

  it('finds a Keycloak client open to any redirect URI, and Nextcloud trusting any host (medium)', () => {
    expect(blockingIds('keycloak/realm-export.json', '{\n  "clientId": "shop-web",\n  "redirectUris" : [ "*" ]\n}\n')).toEqual(['keycloak-wildcard-redirect-uri']);
    expect(ruleIds('config/config.php', "  'trusted_domains' =>\n  array (\n    0 => 'localhost',\n    1 => '*',\n  ),\n")).toEqual(['nextcloud-trusted-domains-wildcard']);
  });

  it('finds a Python secret that a formatter wrapped in parentheses (sample 303)', () => {
    const wrapped = 'class Settings(BaseSettings):\n    SECRET_KEY: str = (\n        "9c2e7b41f0d3e8c6b5a7d2f9e1c4b8a0d3f67c2e9a4f1b8d43e6a0a5f2b9d4e7"\n    )\n';
    expect(blockingIds('app/core/config.py', wrapped)).toEqual(['generic-secret-parenthesized']);
    expect(blockingIds('app/core/config.py', wrapped.replace(/"9c2e[0-9a-f]+"/, '"change-me-in-production"'))).toEqual([]);
  });

  it('keeps a stock digit password in a Go DSN for a database on a public IP, not for one on this machine (sample 313)', () => {
    expect(blockingIds('config/config.go', 'const DSN = "root:123456@tcp(47.101.23.45:3306)/shop?parseTime=True"\n')).toEqual(['mysql-go-dsn-password']);
    expect(blockingIds('config/config.go', 'const DSN = "root:123456@tcp(127.0.0.1:3306)/shop"\n')).toEqual([]);
  });

  it("keeps a Symfony Mailer DSN's Gmail login in a development .env, not a local mail catcher's (sample 312)", () => {
    expect(blockingIds('.env', 'APP_ENV=dev\nMAILER_DSN=gmail://orders@shop-team.com:Kq7vT2xWm9Lp@default\n')).toContain('mail-url-password');
    expect(blockingIds('.env', 'APP_ENV=dev\nMAILER_DSN=smtp://user:Kq7vT2xWm9Lp@localhost:1025\n')).toEqual([]);
  });

  it("reports oauthlib's insecure transport set in app code at medium, and low in a development block (sample 318)", () => {
    expect(scan('app.py', "import os\nos.environ['OAUTHLIB_INSECURE_TRANSPORT'] = '1'\n")).toEqual([{ ruleId: 'oauthlib-insecure-transport', blocking: false }]);
    const found = detectChunk({ path: 'app.py', text: "if app.debug:\n    os.environ['OAUTHLIB_INSECURE_TRANSPORT'] = '1'\n" }, pack);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['oauthlib-insecure-transport', 'low']]);
  });

  it('finds a Discord bot token given to serenity', () => {
    const token = 'NzMwOTE4MjY0NTM3MTAyODQ2.Gq7vT2.Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3g';
    expect(blockingIds('src/main.rs', `    let mut client = Client::builder("${token}", intents)\n`)).toEqual(['discord-bot-token']);
  });
});
