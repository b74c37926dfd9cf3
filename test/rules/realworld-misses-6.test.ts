import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes left open by samples 8, 22 and 25 of real-world files and fixed later, and those of samples 26 to 29.
// Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('false positives', () => {
  it('reads a str.format slot as a URL password template, not a password', () => {
    const url = (slot: string): string => `conn = psycopg2.connect("postgresql://postgres:${slot}@db.qkzvxmtrwplnhd.supabase.co:5432/postgres".format(pw))\n`;
    for (const slot of ['{}', '{0}']) expect(scan('src/pipeline.py', url(slot)), slot).toEqual([]);
  });

  it('takes *.template.py and *.sample.py for examples, and settings named after a CI service for development', () => {
    expect(classifyContext('config/environment.template.py')).toBe('example');
    expect(classifyContext('app/local_settings.sample.py')).toBe('example');
    expect(classifyContext('config/settings/travis.py')).toBe('dev');
    expect(classifyContext('config/settings/production.py')).toBe('code');
  });

  it("does not report the storage emulator's published key", () => {
    const emulator = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    expect(scan('Worker.cs', `var conn = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${emulator};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";\n`)).toEqual([]);
  });

  it("takes test runners' configuration files for tests, and reports a key matched by two JWT rules once", () => {
    expect(classifyContext('frontend/playwright.config.ts')).toBe('test');
    expect(classifyContext('jest.config.js')).toBe('test');
    expect(classifyContext('src/setupTests.ts')).toBe('test');
    const config = 'export default defineConfig({\n  webServer: { env: { JWT_SECRET: "e2e-Kq8vLm2xP9wZr4Tn6Yb3" } },\n});\n';
    expect(scan('frontend/playwright.config.ts', config)).toEqual([{ ruleId: 'js-config-signing-secret', blocking: false }]);
  });

  it("does not block a committed .env that declares a development environment when nothing in it blocks there (Symfony's .env)", () => {
    const symfony = '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=35ff8a2c91d4e7b6a0c3f5e8d1b9a7c2\n###< symfony/framework-bundle ###\n';
    expect(blockingIds('.env', symfony)).toEqual([]);
    expect(blockingIds('.env', `${symfony}OPENAI_API_KEY=sk-proj-${'Qm3vT8xKp2LfR7sNb4Hd'.repeat(4)}T3BlbkFJ${'Zc9Fw6YjE1gU5aVnC0oI'.repeat(4)}\n`)).toContain('dotenv-file');
  });

  it('reads a .env.production as production although it leaves APP_ENV at local', () => {
    // A host by name: a public address (85.187.128.39) is a database on the internet, whose password blocks anywhere.
    const env = 'APP_ENV=local\nDB_HOST=db.shopline.net\nDB_PASSWORD=Hq8vLm2xP9wZe3Tk\n';
    expect(blockingIds('.env.production', env)).toContain('generic-secret-assignment');
    expect(blockingIds('.env', env)).not.toContain('generic-secret-assignment');
  });

  it('reads a Firebase web key behind an env fallback as public, and filler hex as no Facebook or Twilio secret', () => {
    const config = 'const firebaseConfig = {\n  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY || "AIzaSyQ8vLm2xP9wZr4Tn6Yb3Wc7Hj1Fs0Dq5kX",\n};\n';
    expect(blockingIds('lib/firebase.ts', config)).toEqual([]);
    // Only a Google key is public by its name there: a secret behind a VITE_ fallback still blocks as the secret it is.
    const razorpay = "export const keySecret =\n  import.meta.env.VITE_RAZORPAY_KEY_SECRET || 'Qm3vT8xKp2LfR7sNb4HdZ9cF';\n";
    expect(blockingIds('src/lib/razorpay.ts', razorpay)).toContain('js-env-fallback-secret');
    expect(scan('Secrets.java', 'String FACEBOOK_APP_SECRET = "1234567890abcdef1234567890abcdef";\n')).toEqual([]);
    expect(scan('docs/secrets.js', "const TWILIO_AUTH_TOKEN = 'abcdef1234567890abcdef1234567890';\n")).toEqual([]);
  });

  it('does not block a fallback or a pydantic default spelled from the key name and the app name', () => {
    expect(blockingIds('src/config/auth.php', "'secret' => env('JWT_SECRET', 'devfinder-secret-key-2026'),\n")).toEqual([]);
    expect(blockingIds('app/core/config.py', 'class Settings(BaseSettings):\n    JWT_SECRET_KEY: str = "supersecretaccesskeyforshopplatform2024!"\n')).toEqual([]);
  });

  it('does not block a django-insecure- stub typed as an environment default', () => {
    expect(blockingIds('backend/settings/base.py', "SECRET_KEY = env('DJANGO_SECRET_KEY', default=\"django-insecure-k2\")\n")).toEqual([]);
  });
});

describe('misses', () => {
  it('finds NestJS JWT secrets written in JwtModule, jwtService calls, jwtConstants and passport-jwt strategies', () => {
    const module = "@Module({\n  imports: [\n    JwtModule.register({\n      secret: 'secret',\n      signOptions: { expiresIn: '60s' },\n    }),\n  ],\n})\n";
    expect(blockingIds('src/auth/auth.module.ts', module)).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/auth/jwt.strategy.ts', "    super({ jwtFromRequest: fromHeader(), secretOrKey: 'coastal lantern, 9' });\n")).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/auth/auth.service.ts', "    return this.jwtService.signAsync(payload, { secret: 'pq7-brook-stone' });\n")).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/auth/constants.ts', "export const jwtConstants = {\n  secret: 'secretKey',\n};\n")).toEqual(['jwt-hardcoded-secret-node']);
  });

  it('leaves NestJS JWT secrets read from configuration alone', () => {
    const factory = "JwtModule.registerAsync({\n  useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET') }),\n})\n";
    expect(scan('src/auth/auth.module.ts', factory)).toEqual([]);
    expect(scan('src/auth/jwt.strategy.ts', '    super({ secretOrKey: process.env.JWT_SECRET });\n')).toEqual([]);
  });

  it('finds a server password listed beside its internet host in a deployment document, not beside localhost', () => {
    const guide = (host: string): string => `### Production Database\n- **Host**: \`${host}\`\n- **Username**: \`svc_shop\`\n- **Password**: \`Vk7qLm2xT9wZr4\`\n`;
    expect(blockingIds('docs/Production-Deployment-Guide.md', guide('203.0.113.77'))).toEqual(['docs-server-login-list']);
    expect(blockingIds('docs/Production-Deployment-Guide.md', guide('localhost'))).toEqual([]);
    expect(blockingIds('docs/Production-Deployment-Guide.md', guide('db.example.com'))).toEqual([]);
  });

  it('does not read a YAML sample in a document as a listed login', () => {
    const sample = '```yaml\nproduction:\n  host: db.corp-internal.net\n  username: db_admin\n  password: Hq8vLm2xP9wZe3\n```\n';
    expect(blockingIds('docs/ssrf.md', sample)).toEqual([]);
  });

  it("finds a secret committed as a Terraform variable's default, not a variable without one", () => {
    const variable = (body: string): string => `variable "db_password" {\n  type      = string\n${body}  sensitive = true\n}\n`;
    expect(blockingIds('infra/variables.tf', variable('  default   = "Vq7mLx2Tz9Rk4w"\n'))).toEqual(['terraform-variable-default-secret']);
    expect(scan('infra/variables.tf', variable(''))).toEqual([]);
  });

  it('finds an Azure Storage key after an environment lookup or under a BLOB_STORAGE name', () => {
    const key = 'Qm3vT8xKp2LfR7sNb4HdZ9cFw6YjE1gU5aVnC0oIqXtBr8kLm2PzS7yWd4Hc9JvG3eNf6TuA1iO5sDxKq0bZyw==';
    expect(blockingIds('config.py', `BLOB_STORAGE_KEY = os.environ.get('BLOB_STORAGE_KEY') or '${key}'\n`)).toEqual(['azure-storage-key-assignment']);
  });

  it('reports a password under a joined PHP name ($dbpassword) as a password', () => {
    // Blocking since samples 247 to 262: letters with no vowel are not a word, so the value is not read as a name.
    expect(scan('db/db.php', "$dbpassword = 'hTqwPLmz39';\n")).toEqual([{ ruleId: 'generic-secret-assignment', blocking: true }]);
  });

  it('finds a Sinatra session secret, not one read from the environment', () => {
    expect(blockingIds('app.rb', "configure do\n  enable :sessions\n  set :session_secret, 'quill-harbor-77'\nend\n")).toEqual(['sinatra-session-secret-literal']);
    expect(scan('app.rb', "set :session_secret, ENV.fetch('SESSION_SECRET') { SecureRandom.hex(64) }\n")).toEqual([]);
  });

  it('finds a Twilio auth token passed inline to the client with its account SID', () => {
    const inline = "const client = require('twilio')('AC32db947063cefdb6b0609c53c8b0c792', '5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b');\n";
    expect(blockingIds('routes/auth.js', inline)).toEqual(['twilio-client-auth-token']);
  });

  it('finds JWT signing keys built from literals in .NET and Java, not a Portuguese placeholder', () => {
    const dotnet = (value: string): string => `        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${value}")),\n`;
    expect(blockingIds('Program.cs', dotnet('harbor-lantern-2024-signing'))).toEqual(['jwt-hardcoded-secret-dotnet']);
    expect(scan('Program.cs', dotnet('SUA_CHAVE_SECRETA_AQUI'))).toEqual([]);
    expect(blockingIds('src/main/kotlin/shop/Auth.kt', '    val algorithm = Algorithm.HMAC256("quill-harbor-77")\n')).toEqual(['jwt-hardcoded-secret-java']);
  });

  it("finds a JWT key nested in appsettings' Jwt section, and a jwt.sign whose arguments Prettier split", () => {
    const settings = '{\n  "Jwt": {\n    "Key": "Tq8vXm2Lz9Kw4Rp7Nb3Hc6Yd1Fg5Js0W",\n    "Issuer": "shop-api"\n  }\n}\n';
    expect(blockingIds('appsettings.Development.json', settings)).toEqual(['json-jwt-section-key']);
    const sign = '    const token = jwt.sign(\n      { id: user._id, email: user.email },\n      "Vq7-marble-ferry"\n      ,\n      { expiresIn: "1h" }\n    );\n';
    expect(blockingIds('backend/server.js', sign)).toEqual(['jwt-hardcoded-secret-node']);
  });

  it('finds Remix cookie secrets, a Gmail app password in a JSON settings block and under MAIL_MDP, and camel-case dbPass', () => {
    const remix = "createCookieSessionStorage({\n  cookie: {\n    name: '__session',\n    expires: new Date(Date.now() + 60_000),\n    secrets: ['Tq8vXm2Lz9Kw4Rp7'],\n  },\n});\n";
    expect(blockingIds('app/sessions.ts', remix)).toEqual(['express-session-literal-secret']);
    const json = '  "EmailSettings": {\n    "SmtpServer": "smtp.gmail.com",\n    "Port": 587,\n    "Password": "xqvm ztrk lpwn hdbj"\n  }\n';
    expect(blockingIds('API/appsettings.json', json)).toContain('gmail-app-password-nodemailer');
    expect(blockingIds('apps/api/.env', 'MAIL_USER=boutique.lyon@gmail.com\nMAIL_MDP="wkrm tqzv hpxl ndbj"\n')).toContain('gmail-app-password');
    expect(blockingIds('src/db.ts', "export const db = { dbHost: 'pg.shop-prod.net', dbPass: 'q8W3kT9xL2mZ7vR4pN' };\n")).toEqual(['generic-secret-assignment']);
  });

  it('finds an Upstash REST token by its shape, also pasted into a setup document, and reports a rediss:// URL holding it once', () => {
    const token = 'ASuRAAIncDJlNGM4YTFmN2QzYjllNmMyYTVmOGQxYjRlN2MwYTNmNnAyMTExNTM';
    expect(blockingIds('docs/UPSTASH_SETUP.md', `   - URL: \`https://brave-otter-11153.upstash.io\`\n   - Token: \`${token}\`\n`)).toEqual(['upstash-redis-rest-token']);
    expect(blockingIds('celery_worker.py', `BROKER_URL = "rediss://default:${token}@brave-otter-11153.upstash.io:6379"\n`)).toEqual(['upstash-redis-rest-token']);
  });

  it('finds a VAPID private key, a RapidAPI key under any name, a PHP define() secret, *_PAT and JWT_KEY values, and a prefixed Gmail password', () => {
    expect(blockingIds('docs/ARCHITECTURE.md', 'VAPID_PRIVATE_KEY=qRw-f1stgEbh-cejtdIOj0xqG50-fwXCqLTW4PHDpZc\n')).toEqual(['vapid-private-key']);
    expect(blockingIds('backend/app/core/config.py', '    JUDGE0_KEY: str = "7c1d9e4a2fmsh8b6c3e0d5a9f1b7p1e2c8djsn6f0b3e9c5a1d"\n')).toEqual(['rapidapi-key-structured']);
    expect(blockingIds('wp-config.php', "define('JWT_AUTH_SECRET_KEY', 'Hq8vT2mXk4Lt9RzWp6Yb3Nc7');\n")).toEqual(['php-define-secret']);
    expect(blockingIds('.streamlit/secrets.toml', 'CLARIFAI_PAT = "c1f3a8e2b7d94c06a5e1f8b3d2c7a9e4"\n')).toEqual(['streamlit-secrets-file', 'clarifai-personal-access-token']);
    expect(blockingIds('backend/.env.prod', 'JWT_KEY=pFsOLkX8xkgngzX8pKTWJGac4ZSCROAJO4nnxAM2xtM=\n')).toContain('generic-secret-assignment');
    expect(blockingIds('.env', 'NODE_CODE_SENDING_EMAIL_ADDRESS=codes.shop@gmail.com\nNODE_CODE_SENDING_MAIL_PASSWORD=wkrmtqzvhpxlndbj\n')).toContain('gmail-app-password');
  });
});
