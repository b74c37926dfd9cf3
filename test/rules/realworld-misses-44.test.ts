import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 255 to 262: Django, FastAPI and Next.js apps, AI editor configs, webhook receivers, Dockerfiles, Ionic
// apps, sysadmin scripts. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const testKey = 'sk_test_51Nq8ZxKc2mLw9rTq4VbYp7Hd3Fj6Gs1Xa0Ue8Rk5Tz2Wn4Lm7Qp9Vc3Bd6Hf1Jk8Mn2Pq5Rs7Tu0Vw3Xy6Za9Bc4De7Fg';

describe('samples 255, 257, 259 and 261: Stripe test-mode keys', () => {
  it('blocks a test-mode secret key in app code and env files, not in docs or tests', () => {
    expect(blockingIds('pages/api/checkout.js', `const stripe = require('stripe')('${testKey}');\n`)).toEqual(['stripe-test-key']);
    expect(blockingIds('src/environments/environment.ts', `export const environment = {\n  stripeSecretKey:\n    '${testKey}',\n};\n`)).toEqual(['stripe-test-key']);
    expect(scan('README.md', `Set STRIPE_SECRET_KEY=${testKey} and run it.\n`)).toEqual([{ ruleId: 'stripe-test-key', blocking: false }]);
    expect(scan('tests/test_checkout.py', `stripe.api_key = '${testKey}'\n`)).toEqual([{ ruleId: 'stripe-test-key', blocking: false }]);
  });

  it("leaves Stripe's published docs keys and publishable test keys alone", () => {
    expect(blockingIds('app.py', 'stripe.api_key = "sk_test_BQokikJOvBiI2HlWgH4olfQ2"\n')).toEqual([]);
    expect(blockingIds('app.py', 'STRIPE_PUBLISHABLE_KEY = "pk_test_51Nq8ZxKc2mLw9rTq4VbYp7Hd3Fj6Gs1Xa0Ue8Rk5Tz2Wn4"\n')).toEqual([]);
  });
});

describe('samples 258 and 261: MCP configs, Ionic apps', () => {
  it('finds Neon and Supabase tokens by their prefixes alone', () => {
    const neon = '{"args": ["-y", "@neondatabase/mcp-server-neon", "start", "napi_k3v9q2xw7m1pz8rt5ny0ad4hc6fj2lsbq7m2kx9wz4rt8bn1vy5cd3hs6fp0la2e"]}\n';
    expect(blockingIds('.cursor/mcp.json', neon)).toEqual(['neon-api-key']);
    expect(blockingIds('.roo/mcp.json', '{"env": {"SUPABASE_ACCESS_TOKEN": "sbp_v0_4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c9f0e1d2c"}}\n')).toEqual(['supabase-access-token']);
  });

  it("finds OneSignal keys under an app's own names: os_v2_ by prefix, a legacy key as restKey", () => {
    const current = "  oneSignalRestApi: 'os_v2_app_5of3imqair32xptosxulv36f5frhmzf3mtzpyproztcpca6xc37rtg7rcq2sd3pbbrn6zi227giyre7uq6iigp3ojtthk473ypdcntm'\n";
    expect(blockingIds('src/environments/environment.ts', current)).toEqual(['onesignal-rest-api-key']);
    const legacy = "  onesignal: {\n    appId: '3f2a9c10-5b7d-4e21-9a0c-7d4e2b1f8a63',\n    restKey: 'MmVjZDI0NmItMjE1Yi00YzBkLWE5NzAtNmMxZmNjMzA4ZDBk'\n  },\n";
    expect(blockingIds('src/environments/environment.prod.ts', legacy)).toEqual(['onesignal-legacy-rest-api-key']);
  });
});

describe('samples 254 and 259: push subscriptions, Shopify apps', () => {
  it("lowers a push subscription's auth and drops shopify_app's api_key (the app's public client id)", () => {
    const sub = "const sub = {\n  keys: {\n    p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u',\n    auth: 'Xq3vK8pLm2Rt9sWb-yZ1cA'\n  }\n};\n";
    expect(scan('push.js', sub)).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
    const shopify = 'ShopifyApp.configure do |config|\n  config.api_key = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"\n  config.secret = "7e1d4a8c9f0e1d2c4c7d2e9a1b8f3e6d"\nend\n';
    expect(blockingIds('config/initializers/shopify_app.rb', shopify)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/initializers/shopify_app.rb', shopify.replace(/ {2}config\.secret.*\n/, ''))).toEqual([]);
  });
});

describe('sample 262: sysadmin scripts', () => {
  it('finds passwords on smbclient, LDAP and net use command lines, and under PASS_WORD', () => {
    expect(blockingIds('backup.sh', "smbclient //nas/backup -U backup%Hq8vT3mWz7Lp -c 'put db.sql'\n")).toEqual(['smb-ldap-cli-password']);
    expect(blockingIds('backup.sh', "smbclient '//nas/folder' -U \"CORP\\backupuser\" -c 'put db.sql'\n")).toEqual([]);
    expect(blockingIds('users.sh', 'ldapsearch -x -D "cn=admin,dc=corp" -w Tn4Lq8Zw2Hx7 -b "dc=corp"\n')).toEqual(['smb-ldap-cli-password']);
    expect(blockingIds('map.bat', 'net use Z: \\\\fileserver\\share Kq7vT2xWm9Lp /user:CORP\\svc_backup\n')).toEqual(['net-use-password']);
    expect(blockingIds('deploy.sh', 'PASS_WORD="Tob@Ka@lu2017!F%Q%M(z"\n')).toEqual(['generic-secret-assignment']);
  });

  it('reads a password whose letters hold almost no vowel as a password, not an identifier (samples 249, 259)', () => {
    expect(blockingIds('k8s/mysql.sh', 'kubectl create secret generic mysql-user-pass --from-literal=password=KPWmrta295\n')).toEqual(['paas-cli-secret-set']);
    expect(blockingIds('transfer_callback.php', "define('WALLET_SECRET_KEY','qkzmw3pavr7d');\n")).not.toEqual([]);
    expect(scan('x.sh', 'export DB_PASSWORD=pictures7\n')).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
    expect(blockingIds('client.py', "    'access_token': 'sdlfkj452',\n")).toEqual([]); // a mash along the home row
    expect(blockingIds('README.md', '[![codecov](https://codecov.io/gh/o/r/branch/main/graph/badge.svg?token=yenl5fzxxr)](https://codecov.io/gh/o/r)\n')).toEqual([]);
  });

  it('reads a password piped into ConvertTo-SecureString once, and reports skipped certificate checks', () => {
    expect(blockingIds('join-domain.ps1', '$password = "Hq8v!T3mWz#7" | ConvertTo-SecureString -AsPlainText -Force\n')).toEqual(['powershell-securestring-literal']);
    expect(scan('connect.ps1', 'Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false\n')).toEqual([{ ruleId: 'powershell-certificate-check-skipped', blocking: false }]);
    expect(scan('deploy.ps1', 'Invoke-RestMethod -Uri $url -SkipCertificateCheck\n')).toEqual([{ ruleId: 'powershell-certificate-check-skipped', blocking: false }]);
  });
});

describe('samples 263 to 268: Rails and Node apps, AI providers', () => {
  it('names DeepSeek keys by the API host beside them and Together keys by their client call', () => {
    const deepseek = 'client = OpenAI(\n    api_key="sk-4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c",\n    base_url="https://api.deepseek.com",\n)\n';
    expect(blockingIds('summarize.py', deepseek)).toEqual(['deepseek-api-key']);
    expect(blockingIds('run.py', 'client = Together(api_key="4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c9f0e1d2c4c7d2e9a1b8f3e6d0a5c9b2f")\n')).toEqual(['together-api-key']);
  });

  it("finds secrets given to require('express-session')(…) and to jwt.sign after a call", () => {
    expect(blockingIds('app.js', "app.use(require('express-session')({\n  secret: 'Kq7vT2xWm9LpZ4Rt',\n}));\n")).toEqual(['express-session-literal-secret']);
    expect(blockingIds('auth.js', "const token = jwt.sign(JSON.stringify(user), 'Zq8Tn2Vx5Lm7Rc4Kp1Wd9Hs6');\n")).toEqual(['jwt-hardcoded-secret-node']);
  });

  it("finds CCAvenue working keys and PayU salts, not a bcrypt salt; leaves PhonePe's public test salt alone (sample 267)", () => {
    expect(blockingIds('ccavRequestHandler.jsp', 'String workingKey = "4C7D2E9A1B8F3E6D0A5C9B2F7E1D4A8C";\n')).toEqual(['payment-gateway-signing-secret']);
    expect(blockingIds('payu/checkout.php', "$action = 'https://secure.payu.in/_payment';\n$SALT = \"q7Wz2Lp9Xk\";\n")).toEqual(['payment-gateway-signing-secret']);
    expect(blockingIds('auth/hash.js', "const salt = 'Kq7vT2xWm9Lp';\n")).toEqual([]);
    expect(blockingIds('config/config.js', "  MERCHANT_KEY: process.env.MERCHANT_KEY||'099eb0cd-02cf-4e2a-8aca-3e6c6aff0399',\n")).toEqual([]);
  });
});
