import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 351 to 358: document APIs, link tools, travel, delivery, IoT clouds, crypto payments and learning
// platforms. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 353 and 357: keys under a bare *_KEY name or in a URL key= parameter', () => {
  it('blocks a generated value under *_KEY, in code and in an env file', () => {
    expect(blockingIds('bot/config.py', "CUTTLY_KEY = 'c81f3a0e9b7d45e2a6c0f1d8e3b9a7c5d2e4f'\n")).toEqual(['key-named-constant']);
    expect(blockingIds('.env', 'WEATHER_KEY=Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1\n')).toEqual(['dotenv-file', 'key-named-constant']);
  });

  it('leaves public, fingerprint and data keys alone, and reports a name other rules read once', () => {
    expect(scan('src/config.ts', 'export const RECAPTCHA_SITE_KEY = "6LcQm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1Lr5Kq";\n')).toEqual([]);
    expect(scan('Dockerfile', 'ENV GPG_KEY 0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D\n')).toEqual([]);
    expect(scan('src/store.ts', "const CACHE_KEY = 'user-profile-settings-v2';\n")).toEqual([]);
    expect(blockingIds('api_config.py', 'AMADEUS_API_KEY = "Hq8vT2mXk4Lt9RzWp6Yb3Nc7"\n')).toEqual(['generic-secret-assignment']);
  });

  it('blocks a key in a request URL, not a template or a word', () => {
    expect(blockingIds('lib.js', 'get(`https://cutt.ly/api/api.php?key=9e1b7c40f4a34c85b6e0a1d3c8f27b54a1b&short=${url}`)\n')).toEqual(['url-key-parameter']);
    expect(scan('lib.js', 'get(`https://cutt.ly/api/api.php?key=${CUTTLY_KEY}&short=${url}`)\n')).toEqual([]);
    expect(scan('lib.js', "const u = 'https://cdn.shop.io/img?key=product-hero-image-large&w=800';\n")).toEqual([]);
  });

  it('judges a 64-character key in hex of both cases on that alphabet (CoinPayments)', () => {
    expect(blockingIds('.env', 'COINPAYMENTS_PRIVATE_KEY=7aF3c9E1b2D4a6F8c0E2b4D6a8F0c2E4b6D8a0F2c4E6b8D0a2F4c6E8b0D2a4F6\n')).toEqual(['dotenv-file', 'generic-secret-assignment']);
  });
});

describe('samples 352, 355, 357 and 358: provider keys with no rule before', () => {
  it('blocks PDF.co, ConvertAPI, Onfleet and NOWPayments keys', () => {
    expect(blockingIds('fill_pdf.py', "# pdf.co\nAPI_KEY = 'ops.team@shop.io_Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1Lr5Kq8vTm2Xw9Zp4Hv2PcR8mTq5L'\n")).toEqual(['pdfco-api-key']);
    expect(blockingIds('protect.php', "ConvertApi::setApiCredentials('secret_Kq7vT2xWm9LpR4sN');\n")).toEqual(['convertapi-secret']);
    expect(blockingIds('onfleetLogic.js', 'const onfleet = new Onfleet("9e2d7b10f4a34c85b6e0a1d3c8f27b54");\n')).toEqual(['onfleet-api-key']);
    expect(blockingIds('VERCEL_ENV_FIX.md', 'NOWPAYMENTS_API_KEY=K7Q2VT9-XW4LM8R-P3NB6YC-1HJ5DZ0\n')).toEqual(['nowpayments-api-key']);
  });

  it('blocks Schoology secrets, LTI shared secrets and an rcanvas token passed as arguments', () => {
    expect(blockingIds('bot.py', "sc = schoolopy.Schoology(schoolopy.Auth('9e2d7b10f4a34c85b6e0a1d3c8f27b5405c81f3a0e', 'c41f7e0a92db4e35a8f1b6c0d3e7925a'))\n")).toEqual(['schoology-consumer-secret']);
    expect(blockingIds('app/controllers/lti_controller.rb', '    @tp = IMS::LTI::ToolProvider.new("elon_key", "Word2013Kq", params)\n')).toEqual(['lti-shared-secret']);
    expect(blockingIds('gradebook.R', 'set_canvas_token("Hq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yUKq7vT2xWm9LpR4sNb8HdZ3cWq")\n')).toEqual(['canvas-lms-access-token']);
  });

  it("leaves Lalamove's public pk_prod_ key and a doc comment's Example: line unblocked", () => {
    expect(scan('lalamove-quotation.js', "const apiKey = 'pk_prod_5e0c19b7d3a4f8e2619c0ab4d7e3f215';\n")).toEqual([]);
    expect(scan('bp_options.php', " * Example: $bpOptions['apiKey'] = 'K38Q7HHWT4PM9R2';\n")).not.toContainEqual(expect.objectContaining({ blocking: true }));
  });
});

describe("samples 300 to 358: a project's working notes keep a secret's confidence", () => {
  const block = 'UBER_DIRECT_CLIENT_ID=Kq7vT2xWm9LpR4sN\nUBER_DIRECT_CLIENT_SECRET=Hq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yUK\n';

  it('blocks a generated secret in UBER_DIRECT_STATUS.md, not in README.md or CHANGELOG-like names', () => {
    expect(blockingIds('UBER_DIRECT_STATUS.md', block)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('README.md', block)).toEqual([]);
    expect(blockingIds('MIGRATION_GUIDE.md', block)).toEqual([]);
  });

  it('still drops the placeholders such notes hold', () => {
    expect(scan('D1_SETUP.md', 'ENCRYPTION_KEY = "votre-cle-32-caracteres"\n')).toEqual([]);
    expect(scan('DOORDASH_SETUP.md', 'DOORDASH_SIGNING_SECRET="base64encodedstring=="\n')).toEqual([]);
    expect(scan('TAP_SETUP_QUICK.md', 'TAP_SECRET_KEY=sk_test_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6\n')).toEqual([]);
    expect(scan('SESSION_SUMMARY.md', 'ENCRYPTION_KEY="ashley-ai-encryption-key-2025-production-32bytes"\n')).toEqual([]);
  });
});

describe('samples 359 to 366', () => {
  it("blocks a Django key holding `%s` by chance, not a format string's `%s`", () => {
    expect(blockingIds('config/settings/base.py', "SECRET_KEY = 'k2#pq9w!7rz)x_vb+4m%sht8e^a@n6u-j1y(c3ls&0df*o5g!e8q'\n")).toEqual(['framework-signing-key-literal']);
    expect(scan('app.py', "DATABASE_URL = 'postgres://app:%s@db.internal/app' % password\n")).toEqual([]);
  });

  it("leaves Parse's public keys, the tutorials' TOTP seed and a typed-over UUID alone; blocks a Parse master key", () => {
    expect(scan('src/App.js', "const PARSE_JAVASCRIPT_KEY = 'Xq81fT0pLm3KzV7bRwYc9NaE2hUdJ5gSoQ4iCt6B';\n")).toEqual([]);
    expect(scan('twofa_login.py', 'secret = os.getenv("TOTP_SECRET", "JBSWY3DPEHPK3PXP")\n').filter((f) => f.blocking)).toEqual([]);
    expect(scan('notificacao.php', '$token = "a7c1e905-d24b-4a9e-c3f7-xxxxx"; // token real\n')).toEqual([]);
    expect(blockingIds('index.js', "const config = { masterKey: 'Kq7.vT2$xWm9,LpR4sNb8' };\n")).toEqual(['encryption-key-assignment']);
  });

  it('reads a camel-case spec or test file name as a test', () => {
    expect(scan('2faSpec.js', "const token = jwt.sign({ id: 1 }, 'wrong-secret-Kq7vT2xWm9');\n").filter((f) => f.blocking)).toEqual([]);
  });

  it("blocks ESPN's espn_s2 cookie, a gofmt-aligned Go key and a Terraform-aligned APP_KEY", () => {
    const cookie = 'AEbXNd51zcdqto3pR0Z0yvBsYvGi7tjT21gYf1QLourCXZTwzmFVEH3LXy7po1f0ncXpSPzihdMhgaMMkc2RQoxx0EsuN95X44k2kxsdRZfLN7eFVoGKjwcw9JuoMqNbAa1sVuQcoU78w2hPlmD3GwWd86fOa2ZRfV00hOkMUtEK4Pt1i4Rjoc4572OaOzLpbP15kWeunxCNd6%2Bq%3D';
    expect(blockingIds('main.py', `cookies = {"espn_s2": "${cookie}", "SWID": swid}\n`)).toEqual(['espn-s2-cookie']);
    expect(blockingIds('middleware.go', 'var (\n\tSecretKey                  = []byte("Kq7vT2xWm9LpR4sNb8HdZ3")\n)\n')).toEqual(['jwt-hardcoded-secret-go']);
    expect(blockingIds('terraform.tfvars', 'app_key      = "base64:Zq8Wm3RtKq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7="\n')).toEqual(['laravel-app-key']);
  });

  it("reads `mongodb_password: 'PASSWORD'` beside `mongodb_username: 'USERNAME'` as an unfilled template", () => {
    const config = "module.exports = {\n  env: {\n    mongodb_username: 'USERNAME',\n    mongodb_password: 'PASSWORD',\n  },\n};\n";
    expect(scan('next.config.js', config)).toEqual([{ ruleId: 'nextjs-config-env-secret', blocking: false }]);
  });
});

describe('samples 361 and 364: provider keys pasted into guides', () => {
  it('blocks a Paystack live key in a README and a Z-API token in a request URL', () => {
    expect(blockingIds('README.md', 'PAYSTACK_SECRET_KEY=sk_live_c41f7e0a92db4e35a8f1b6c0d3e7925a9e2d7b10\n')).toEqual(['paystack-secret-key']);
    expect(blockingIds('zapi.js', "const url = 'https://api.z-api.io/instances/7C1E0A92DB4E45A8B1F6C0D3E7925A41/token/C4B1E7F0A92DB4E35A8F1B6C/send-text';\n")).toEqual(['z-api-instance-token']);
  });
});

describe('samples 365 and 366: secrets as an Objective-C argument and as the literal a token is checked against', () => {
  it('blocks both, not a placeholder or an env lookup compared with', () => {
    expect(blockingIds('ViewController.m', '[[YahooAPI alloc] initWithConsumerKey:@"dj0yJmk9Kq7vT2xWm9Lp" andConsumerSecret:@"c41f7e0a92db4e35a8f1b6c0d3e7925a9e2d7b10"];\n')).toEqual(['objc-secret-argument']);
    expect(blockingIds('AuthKey.php', "if($token != 'Qm7rTz2KxWp9LvN4sB8cHd3Fj6Gy1Mq5Zt0Re7Uw2Io4Pb9Nm6Tg3Vr8Ce1Wx5Yb'){\n")).toEqual(['secret-compared-to-literal']);
    expect(scan('server.js', "  if (apiKey === 'YOUR_API_KEY_HERE') throw new Error('set API_KEY');\n")).toEqual([]);
  });
});

describe("sample 363: a test fixture's PKCS#8 key whose algorithm is not a key algorithm", () => {
  const pkcs8 = (der: Buffer): string => `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END PRIVATE KEY-----\n`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });

  it('blocks an RSA key and reads one whose rsaEncryption OID became pbeWithMD2AndDES-CBC as made up', () => {
    expect(blockingIds('src/keys.py', `KEY = """${pkcs8(der)}"""\n`)).toEqual(['private-key']);
    const broken = Buffer.from(der);
    const oid = broken.indexOf(Buffer.from('2a864886f70d010101', 'hex'));
    broken[oid + 7] = 0x05; // 1.2.840.113549.1.5.1
    expect(scan('src/keys.py', `KEY = """${pkcs8(broken)}"""\n`).filter((f) => f.blocking)).toEqual([]);
  });
});
