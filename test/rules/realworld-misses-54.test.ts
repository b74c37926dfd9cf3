import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 407 to 414: Express and FastAPI apps in production, RAG stacks, workflow automation, mobile back ends,
// Laravel on shared hosting, CI and Kubernetes manifests, Terraform for small clouds. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

const secretManifest = (lines: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n${lines}`;

describe('samples 407, 408 and 412: deploy guides, FastAPI and Laravel settings', () => {
  it("blocks a Gmail app password given under an env guide's own label", () => {
    expect(blockingIds('RENDER_ENV_VARS.md', '```\nNAME_OF_VARIABLE: EMAIL_PASS\nvalue: qwpt zmkd hyrb nlce\n```\n')).toEqual(['docs-env-split-secret']);
  });

  it('blocks FastAPI CORS with every origin and credentials when a comment between them holds parentheses', () => {
    const main = 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],  # Narrow to your site domain(s) before launch\n    allow_credentials=True,\n)\n';
    expect(blockingIds('app/main.py', main)).toEqual(['cors-wildcard-credentials']);
  });

  it('blocks a live signing key left as a REPLACE_ME placeholder, not a made-up key with a counted-up run', () => {
    expect(blockingIds('app/core/config.py', 'class Settings:\n    SECRET_KEY = "MY_JWT_SIGNING_KEY_REPLACE_ME"\n')).toEqual(['weak-secret-key']);
    expect(blockingIds('app/.env.production', 'ADMIN_API_KEY="secure-admin-key-123456"\n').filter((id) => id !== 'dotenv-file')).toEqual([]);
  });

  it('blocks a script that writes a production .env with debug on, not a local one', () => {
    const script = (env: string): string => `#!/bin/sh\ncat > .env <<'ENVEOF'\nAPP_NAME=Shop\nAPP_ENV=${env}\nAPP_DEBUG=true\nENVEOF\n`;
    expect(blockingIds('start.sh', script('production'))).toEqual(['script-writes-debug-env']);
    expect(blockingIds('start.sh', script('local'))).toEqual([]);
  });

  it('blocks a Gmail app password in a PHP array', () => {
    expect(blockingIds('config/mail.php', "return [\n    'GMAIL_APP_PASSWORD' => 'qwptzmkdhyrbnlce',\n];\n")).toEqual(['gmail-app-password']);
  });
});

describe('samples 409 and 414: vector stores and Scaleway', () => {
  it('blocks Upstash Vector tokens and Qdrant JWT keys, also in a README', () => {
    const payload = Buffer.from(JSON.stringify({ access: 'm' })).toString('base64url');
    const qdrant = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${payload}.Qz8fLmNpRt3WvYx7Ka2rTq9wLm4bXe7HpV1sNc6jKd0`;
    expect(blockingIds('README.md', `\`\`\`env\nQDRANT_API_KEY=${qdrant}\n\`\`\`\n`)).toEqual(['qdrant-api-key-jwt']);
    const token = `ABcF${Buffer.from('0brave-otter-41873-us1admin').toString('base64')}Tm1Ga01qRTBOR0V0T1dWbE9TMDBNek5rTFdKbE1qY3RPV1F6WmpjeQ`;
    expect(blockingIds('DEPLOYMENT.md', `\`\`\`bash\nUPSTASH_VECTOR_REST_TOKEN="${token}"\n\`\`\`\n`)).toEqual(['upstash-vector-rest-token']);
  });

  it('reports a Scaleway secret key with a run of four in it, and one in a file naming only a region', () => {
    const provider = 'provider "scaleway" {\n  access_key = "SCW7KQ2M9XW4T8HB6RN3"\n  secret_key = "0a7c4e91-5d2b-4f86-b3e0-7c9a1d4e0000"\n}\n';
    expect(blockingIds('main.tf', provider)).toEqual(['scaleway-secret-key']);
    expect(blockingIds('upload.ts', 'const REGION = "fr-par";\nconst ACCESS_KEY = "SCW7KQ2M9XW4T8HB6RN3";\nconst SECRET_KEY = "0a7c4e91-5d2b-4f86-b3e0-7c9a1d4e3f8b";\n')).toEqual(['scaleway-secret-key']);
  });
});

describe('sample 413: Kubernetes Secrets', () => {
  it('judges a URL by its password and skips a SQLite path', () => {
    expect(blockingIds('k8s/secrets.yaml', secretManifest('  DATABASE_URL: "postgres://demo:PASSWORD@10.20.30.4/DATABASE_NAME"\n  SQLITE_URL: "file:/app/data/dev.db"\n'))).toEqual([]);
    expect(blockingIds('k8s/secrets.yaml', secretManifest('  API_URL: "https://svc:Kq7vT2xWm9LpR4sN@api.internal/v1"\n'))).toContain('kubernetes-secret-literal');
  });
});

describe('samples 410, 416, 421 and 422: notes, guides and guarded keys', () => {
  it("keeps a README's database password beside a Render database's host, and a note named CONTEXTE.md", () => {
    const properties = 'spring.datasource.url=jdbc:postgresql://dpg-d4rgvhu3jp1c7390h6og-a.frankfurt-postgres.render.com:5432/shop\nspring.datasource.username=shop_user\nspring.datasource.password=Xk7vQ2mLp9RtZ4wNc8HbJ3sYd6GfA1eU\n';
    expect(blockingIds('README.md', `\`\`\`properties\n${properties}\`\`\`\n`)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('README.md', '```properties\nspring.datasource.url=jdbc:postgresql://localhost:5432/shop\nspring.datasource.password=Xk7vQ2mLp9RtZ4wNc8HbJ3sYd6GfA1eU\n```\n')).toEqual([]);
    expect(blockingIds('README.md', '```\nREDIS_DB_HOST=redis-12345.c123.eu-central-1-1.ec1.cloud.redislabs.com\nREDIS_DB_PASSWORD=Xk7vQ2mLp9RtZ4wNc8HbJ3sYd6GfA1eU\n```\n')).toEqual([]);
    expect(blockingIds('CONTEXTE.md', '```env\nREDIS_PASSWORD=Rq8vT3mWz7Lp4RwX\n```\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('README.md', '```env\nREDIS_PASSWORD=Rq8vT3mWz7Lp4RwX\n```\n')).toEqual([]);
  });

  it("lowers a Rails key set under `unless Rails.env.production?`, and reads a Vercel project id as no secret", () => {
    const key = createHash('sha512').update('sample 422').digest('hex');
    const guarded = `unless Rails.env.production?\n  Shop::Application.config.secret_key_base = "${key}"\nelse\n  Shop::Application.config.secret_key_base = ENV["SECRET_KEY_BASE"]\nend\n`;
    expect(blockingIds('config/initializers/secret_token.rb', guarded)).toEqual([]);
    expect(blockingIds('config/initializers/secret_token.rb', `Shop::Application.config.secret_key_base = "${key}"\n`)).toEqual(['rails-secret-key-base']);
    expect(blockingIds('config/server.js', 'module.exports = ({ env }) => ({ projectId: env("prj_W7kTqR2mZx9LbN4cVy8HsPd3Ja6E") });\n')).toEqual([]);
  });
});

describe('samples 415, 417 and 418: bots, Supabase functions and shop payments', () => {
  it("blocks a Discord token whose first part is a bot's id, and lowers one typed by hand", () => {
    const id = Buffer.from('934817265503918274').toString('base64url');
    expect(blockingIds('bot.py', `bot.run("${id}.igbad6.NltJQ2qfrTNsjxy_C3C46A1OBUe")\n`)).toEqual(['discord-bot-token']);
    expect(blockingIds('bot.py', 'bot.run("OTk4MzAyNDU2OTA3Mzk5MDY5Ok.igbad6.NltJQ2qfrTNsjxy_C3C46A1OBUe")\n')).toEqual([]);
  });

  it("does not block Hardhat's published test account key or a Stripe key holding a count of ten digits", () => {
    expect(blockingIds('IMPLEMENTATION_STATUS.md', 'firebase functions:config:set eth.admin_private_key="0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"\n')).toEqual([]);
    expect(blockingIds('supabase/functions/create-order/index.ts', "const stripeKey = Deno.env.get('STRIPE_SECRET_KEY') ?? 'sk_test_51234567890abcdefghijklmnopqrstuvwxyzABCDEF';\n")).toEqual([]);
  });

  it("blocks a PayPal secret given to the PHP SDK's OAuthTokenCredential or to paypalrestsdk.configure", () => {
    const id = 'AYaxXMvrNEMv6xKkp1Xy_Vkt1BAQyXka1RpqKPon2-wYaLH2pg6y3jl-YUc2I_l9bIx6CGzecqFDV0U5';
    const secret = 'EqHoTCGVjUyqS7lGvEy9Lv0NFmZrTA03EpYr4XwQQEg0Y8UDYjtyrM8WaAsJpIfXx8eWbQsZe8XfhjDo';
    expect(blockingIds('class/PaypalConfig.php', `$api = new ApiContext(new OAuthTokenCredential('${id}', '${secret}'));\n`)).toEqual(['paypal-client-secret']);
    expect(blockingIds('shop/views.py', `paypalrestsdk.configure({\n  "mode": "live",\n  "client_id": "${id}",\n  "client_secret": "${secret}" })\n`)).toEqual(['paypal-client-secret']);
  });
});

describe('samples 415 and 426: bots and captcha solvers', () => {
  it("blocks a Telegram API hash given as an env read's default or an app.json value, not the Bot API docs' token", () => {
    expect(blockingIds('config.py', 'API_HASH = getenv("API_HASH", "7d3f9a0c4b1e8f2a6c5d9e0b3a7f1c84")\n')).toEqual(['telegram-api-hash']);
    expect(blockingIds('app.json', '{"env": {"API_HASH": {\n  "description": "From my.telegram.org",\n  "value": "7d3f9a0c4b1e8f2a6c5d9e0b3a7f1c84"\n}}}\n')).toEqual(['telegram-api-hash']);
    expect(blockingIds('components/Setup.tsx', 'const BOT_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";\n')).toEqual([]);
  });

  it("blocks a key given to 2Captcha's client or under a 2Captcha name", () => {
    expect(blockingIds('solver.py', "from twocaptcha import TwoCaptcha\nsolver = TwoCaptcha('9c2e71d0ab4f83e65d1c07fa92b3e8d4')\n")).toEqual(['captcha-solver-api-key']);
    expect(blockingIds('deploy/app.env', 'TWOCAPTCHA_API_KEY=9c2e71d0ab4f83e65d1c07fa92b3e8d4\n')).toEqual(['captcha-solver-api-key']);
  });
});

describe('sample 421: Spring Boot guides and tests', () => {
  it('reports the Spring JWT tutorial key as well known, and lowers it in a test', () => {
    const key = '404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970';
    expect(blockingIds('src/main/java/shop/config/JwtService.java', `  private static final String SECRET_KEY = "${key}";\n`)).toEqual(['weak-secret-key']);
    expect(blockingIds('src/test/java/shop/JwtUtilsTest.java', `    private final String secret = "${key}";\n`)).toEqual([]);
  });

  it('lowers a password shown under an example label, in a URL template, or as s%40cret in a test', () => {
    const host = 'spring.datasource.url=jdbc:postgresql://dpg-d45tvcm3jp1c73dp9im0-a.oregon-postgres.render.com:5432/shop\n';
    expect(blockingIds('RENDER_SETUP.md', `\`\`\`properties\n${host}spring.datasource.password=[TU_CLAVE_AQUI]\n\`\`\`\n\n**Ejemplo:**\n\`\`\`properties\nspring.datasource.password=xyz789def012\n\`\`\`\n`)).toEqual([]);
    expect(blockingIds('README.md', 'MONGODB_URI = mongodb://mongo:Xq7rTzWmPkLvBn@containers-us-west-1.railway.app:1234/<database>?authSource=admin\n')).toEqual([]);
    // A provider-format key under the same label is most often the real one, shown as what not to commit.
    expect(blockingIds('AGENTS.md', '**Example:**\n```json\n// BEFORE (NEVER COMMIT):\n"key": "AIzaSyD4kX9vQ2mLp7RtZ4wNc8HbJ3sYd6GfA1e"\n```\n')).toEqual(['google-api-key']);
    expect(blockingIds('src/test/java/UrlParserTest.java', '    parse("postgres://svc_user:s%40cret@dpg-abc.oregon-postgres.render.com:5432/svc_db");\n')).toEqual([]);
  });
});
