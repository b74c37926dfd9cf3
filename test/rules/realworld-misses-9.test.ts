import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveHex } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses from samples 32 to 35 (CORS, key dumps, .NET settings, env setters) and causes from the small samples 36
// to 38. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('misses: CORS that reflects any origin with credentials', () => {
  it('finds Flask-CORS with origins "*" and supports_credentials, in either order and over lines', () => {
    expect(blockingIds('api/__init__.py', 'CORS(app, supports_credentials=True, resources={r"/api/*": {"origins": "*"}})\n')).toEqual(['cors-credentials-python']);
    expect(blockingIds('app.py', 'CORS(app,\n     resources={r"/*": {"origins": "*"}},\n     supports_credentials=True,\n     methods=["GET", "POST"])\n')).toEqual(['cors-credentials-python']);
    expect(blockingIds('app.py', 'CORS(app, resources={r"/api/*": {"origins": "https://shop.io"}}, supports_credentials=True)\n')).toEqual([]);
  });

  it('finds FastAPI allow_credentials written before allow_origins=["*"]', () => {
    const app = 'app.add_middleware(\n    CORSMiddleware,\n    allow_credentials=True,\n    allow_methods=["*"],\n    allow_origins=["*"],\n)\n';
    expect(blockingIds('config/app.py', app)).toEqual(['cors-credentials-python']);
  });

  it('finds django-cors-headers allowing all origins with credentials, reported once', () => {
    expect(scan('shop/settings.py', 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n')).toEqual([{ ruleId: 'cors-credentials-python', blocking: true }]);
    expect(blockingIds('shop/settings.py', 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = False\n')).toEqual([]);
  });
});

describe('misses: key dumps in notes files', () => {
  it('finds label-and-value lines in a file named for keys or secrets, which documentation does not lower', () => {
    const keys = '\nsteam key 7A3F9C2E5B8D14F6A0C3E7B9D2F5A8C1\n\nnextauth secret Wr7bVq2mLx9Tz4Rk8wHpVd3Nc6Fj1Gs5Ke0YuQ8mLz4=\n\nnode env production\n';
    expect(blockingIds('keys.txt', keys)).toEqual(['notes-file-labelled-secret', 'notes-file-labelled-secret']);
    expect(blockingIds('keys.txt', 'applicationKey=K005vQm7Lx2Tz9Rk4wHpVd3Nc8Fj6Gs1\n')).toEqual(['notes-file-labelled-secret']);
  });

  it('leaves public keys, placeholders and ordinary documents alone', () => {
    expect(scan('keys.txt', 'PUBLIC_KEY=BKq7vLm2xTz9Rk4wHpVd3Nc8Fj6Gs1Ke0YuQ8mLz4Tn7RkJ2pX5vWc9Zb3Nd6Hf1Gj8Kl0Mn\n')).toEqual([]);
    expect(blockingIds('keys.txt', 'stripe key sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\n')).toEqual([]);
    expect(blockingIds('README.md', 'steam key 7A3F9C2E5B8D14F6A0C3E7B9D2F5A8C1\n')).toEqual([]);
  });
});

describe('misses: .NET settings', () => {
  it("finds a Bot Framework app's MicrosoftAppPassword in appsettings.json", () => {
    const settings = (password: string): string => `{\n  "MicrosoftAppId": "3f8c1a2e-7b4d-4e9a-9c5f-2d6e8b1a7c30",\n  "MicrosoftAppPassword": "${password}"\n}\n`;
    expect(blockingIds('appsettings.json', settings('Qk7vLm2xTz9Rk4wHpVd3Nc8F'))).toEqual(['azure-bot-app-password']);
    expect(scan('appsettings.json', settings(''))).toEqual([]);
  });

  it('finds a JWT signing key written as a phrase in an appsettings Jwt section, and leaves a random one to the generic rules', () => {
    const settings = (key: string): string => `{\n  "Jwt": {\n    "secretKey": "${key}",\n    "issuer": "https://shop.azurewebsites.net"\n  }\n}\n`;
    expect(blockingIds('appsettings.json', settings('veryVerySecretKeyForShopApi'))).toEqual(['json-jwt-section-phrase-key']);
    expect(blockingIds('appsettings.json', settings('Tq8vXm2Lz9Kw4Rp7Nb3Hc6Yd1Fg5Js0W'))).not.toContain('json-jwt-section-phrase-key');
    expect(blockingIds('appsettings.json', settings('your-secret-key-goes-here'))).toEqual([]);
  });
});

describe('env setters and session secrets', () => {
  it('finds a secret set by os.environ.setdefault or os.putenv (env.py), not a settings module name', () => {
    expect(blockingIds('env.py', 'import os\n\nos.environ.setdefault("STRIPE_SECRET_KEY", "Vq7mLx2Tz9Rk4wHpVd3Nc8Fj6Gs")\n')).toEqual(['env-setter-call-secret']);
    expect(scan('env.py', 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")\n')).toEqual([]);
  });

  it('reports a session secret in a config module once', () => {
    const config = "app.use(expressSession({\n    name: 'shop-session',\n    secret: 'Vq7mLx2Tz9Rk4wHpVd3Nc8',\n}));\n";
    expect(blockingIds('config.js', config)).toEqual(['express-session-literal-secret']);
  });
});

describe('samples 36 to 38 (small: the search budget ran out)', () => {
  const base = (n: number): string => deriveHex(`secret-key-base-${n}`, 128);

  it("lowers the development and test keys `rails new` writes to secrets.yml, also commented out; production's blocks", () => {
    const secrets = `development:\n  secret_key_base: ${base(1)}\n\n# test:\n#   secret_key_base: ${base(2)}\n\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n`;
    expect(blockingIds('config/secrets.yml', secrets)).toEqual([]);
    expect(blockingIds('config/secrets.yml', `production:\n  secret_key_base: ${base(3)}\n`)).toEqual(['rails-secret-key-base']);
  });

  it('keeps a value holding `=` inside (two base64 blocks joined at their padding), not only an a=b expression', () => {
    const joined = 'Zq7vLm2xTz9Rk4wHpVd3Nc8Fj6Gs1Ke0YuQ8mLz4Tn7RkJ2pX5vWc9Zb3Nd6Hf1Gj8Kl0Mn==bXlz5ZWNyZXRrZXl2YWx1ZWZvcmp3dA=';
    expect(blockingIds('src/main/resources/application.properties', `jwt.secret.key=${joined}\n`)).toEqual(['generic-secret-assignment']);
    expect(scan('src/main/resources/application.properties', 'spring.mail.password_mode=level=strict\n')).toEqual([]);
  });

  it('takes an instruction to create a secret for a placeholder, in Portuguese too', () => {
    expect(blockingIds('.env', "DEBUG=True\nSECRET_KEY='cria-um-segredo-qualquer'\nDATABASE_URL=sqlite:///db.sqlite3\n")).toEqual([]);
    expect(blockingIds('.env', "SECRET_KEY='generate-a-new-secret-key'\n")).toEqual([]);
  });
});
