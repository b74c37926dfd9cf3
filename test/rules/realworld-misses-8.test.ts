import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes from samples 32 to 35 of real-world files (deployment files; Python settings; a hunt for credentials in
// unusual files; Node apps as committed). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

const k8sSecret = (data: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n${data}`;
const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('false positives', () => {
  it("reports a Kubernetes Secret's default or guessable value at confidence low, also as base64", () => {
    for (const value of ['postgres', 'app']) {
      expect(scan('k8s/secret.yaml', k8sSecret(`stringData:\n  POSTGRES_PASSWORD: ${value}\n`))).toContainEqual({ ruleId: 'kubernetes-secret-literal', blocking: false });
    }
    expect(scan('k8s/secret.yaml', k8sSecret('stringData:\n  POSTGRES_PASSWORD: dbpassword\n'))).toEqual([]);
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  DB_PASSWORD: ${base64('thisisasecretpassword')}\n`))).toEqual([]);
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  DB_PASSWORD: ${base64('Vq7mLx2Tz9Rk4wHp')}\n`))).toEqual(['kubernetes-secret-literal']);
    // `echo mysecretpassword | base64` encodes the newline too.
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  pg_password: ${base64('mysecretpassword\n')}\n`))).toEqual([]);
  });

  it('drops deploy-time substitution tokens in a compose file', () => {
    const compose = (value: string): string => `services:\n  api:\n    environment:\n      DB_PASSWORD: ${value}\n`;
    expect(blockingIds('docker-compose.production.yml', compose('__DB_PASSWORD__'))).toEqual([]);
    expect(blockingIds('docker-compose.production.yml', compose('Hk28vQpL0xZr5mWt'))).toEqual(['compose-literal-secret-env']);
  });
});

describe('false positives: file names and published values', () => {
  it('reads *_example files as examples, local_settings.py and dev-named JS configs as development', () => {
    expect(classifyContext('startproject/settings_example.py')).toBe('example');
    expect(classifyContext('project_name/settings/prod_example.py')).toBe('example');
    expect(classifyContext('mezzanine_app/local_settings.py')).toBe('dev');
    expect(classifyContext('config/pm2/pm2-dev-process.config.js')).toBe('dev');
    expect(classifyContext('webpack.dev.config.js')).toBe('dev');
    expect(classifyContext('ecosystem.config.js')).toBe('code');
    expect(classifyContext('shop/settings.py')).toBe('code');
  });

  it("lowers an iOS app's Firebase key in GoogleService-Info.plist, as in google-services.json", () => {
    const plist = (key: string): string => `<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n\t<string>${key}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>704512398861</string>\n</dict>\n</plist>\n`;
    expect(scan('ios/Runner/GoogleService-Info.plist', plist('AIzaSyBq7mLx2Tz9Rk4wHpVd3Nc8Fj6Gs1Ke0Yu'))).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    expect(blockingIds('ios/Runner/AppDelegate.swift', 'GMSServices.provideAPIKey("AIzaSyBq7mLx2Tz9Rk4wHpVd3Nc8Fj6Gs1Ke0Yu")\n')).toEqual(['google-api-key']);
  });

  it("takes OpenWeatherMap's published sample appid for the tutorial value it is", () => {
    expect(scan('app.py', 'API_KEY = "b6907d289e10d714a6e88b30761fae22"\n')).toEqual([]);
    expect(blockingIds('app.py', 'API_KEY = "9f3c2a7e5b1d4f8a6c0e3b7d9a2f5c8e"\n')).toEqual(['generic-secret-assignment']);
  });

  it('takes app_password, SuperSecretPassword123! and Spanish placeholders for what they are', () => {
    expect(blockingIds('smt.py', 'server = smtplib.SMTP("smtp.gmail.com", 587)\nserver.login("you@gmail.com", "app_password")\n')).toEqual([]);
    expect(blockingIds('secrets.tfvars', 'db_password = "SuperSecretPassword123!"\n')).toEqual([]);
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  SECRET_KEY: ${base64('tu_valor_secreto')}\n`))).toEqual([]);
    expect(blockingIds('secrets.tfvars', 'db_password = "Wq7vLm2xTz9Rk4Hp"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('false positives: unfilled course templates', () => {
  it("lowers a weak signing key beside a 'YOUR … HERE' value or keys set to their own names, not beside real settings", () => {
    expect(scan('config/keys.js', 'module.exports = {\n  mongoURI: "YOUR MONGO URI HERE",\n  secretOrKey: "secret"\n};\n')).toEqual([{ ruleId: 'jwt-hardcoded-secret-node', blocking: false }]);
    const json = '{\n  "mongoURI": "mongodb+srv://root:root/shop",\n  "jwtSecret": "mysecrettoken",\n  "githubClientID": "githubClientID"\n}\n';
    expect(blockingIds('config/default.json', json)).toEqual([]);
    expect(blockingIds('config/keys.js', "module.exports = {\n  mongoURI: process.env.MONGO_URI,\n  jwt_secret: 'secret'\n};\n")).toEqual(['weak-secret-key']);
  });
});

describe('misses', () => {
  it('reads a password that opens with `*` as a password, not a glob or a mask', () => {
    expect(blockingIds('secrets.tfvars', 'db_password = "*Tern4Vik9q"\n')).toEqual(['generic-secret-assignment']);
    expect(scan('secrets.tfvars', 'db_password = "*****"\nallowed_secret_paths = "*.example.com"\n')).toEqual([]);
  });

  it('finds an encryption, signing or Fernet key set with ENV in a Dockerfile or in a compose environment', () => {
    expect(blockingIds('Dockerfile', 'FROM python:3.12\nENV ENCRYPTION_KEY=x2vQ8mLz4Tn7Rk\n')).toEqual(['dockerfile-secret-env-arg']);
    expect(blockingIds('docker-compose.prod.yml', 'services:\n  api:\n    environment:\n      FERNET_KEY: x2vQ8mLz4Tn7Rk\n')).toEqual(['compose-literal-secret-env']);
  });

  it('reads a password that opens with `@` and holds digits and symbols as a password, not a decorator or a scope', () => {
    expect(blockingIds('server/.env', "SECRET_JWT_ACCESS_TOKEN_KEY = '@shopkeeper@123#$%##'\n")).toContain('generic-secret-assignment');
    expect(scan('src/app.ts', "const token_scope = '@babel/core';\nconst api_key = '@Injectable';\n")).toEqual([]);
  });

  it('finds a Cloudinary secret under CLOUD_API_SECRET', () => {
    expect(blockingIds('backend/.env', 'CLOUD_NAME=myshop\nCLOUD_API_KEY=291102859406925\nCLOUD_API_SECRET=q7vLm2xTz9Rk4wHpVd3Nc8Fj6Gs\n')).toContain('cloudinary-api-secret');
  });

  it("blocks a 24-character Google OAuth secret below its client id, also in a developer's config", () => {
    const config = (secret: string): string => `module.exports = {\n  googleClientID: '447062918578-r9f1wlwww4u2uwy3dhpr0igrob82yd6q.apps.googleusercontent.com',\n  googleClientSecret: '${secret}',\n};\n`;
    expect(blockingIds('config/dev.js', config('iCu2KTEg3nSEpAUnjMiKAw-H'))).toEqual(['gcp-oauth-client-secret-paired']);
    expect(blockingIds('config/dev.js', 'module.exports = {\n  googleClientSecret: \'iCu2KTEg3nSEpAUnjMiKAw-H\',\n};\n')).toEqual([]);
  });

  it('blocks a stock password with digits in the URL of a managed database, not on localhost or as a bare word', () => {
    const uri = (password: string, host: string): string => `app.config["MONGO_URI"] = "mongodb+srv://shopadmin:${password}@${host}/shop?retryWrites=true"\n`;
    expect(blockingIds('app.py', uri('Password1', 'shopcluster-k3x9q.mongodb.net'))).toEqual(['database-url-password']);
    expect(blockingIds('app.py', uri('admin123', 'shopcluster-k3x9q.mongodb.net'))).toEqual(['database-url-password']);
    expect(blockingIds('app.py', uri('password', 'shopcluster-k3x9q.mongodb.net'))).toEqual([]);
    expect(blockingIds('app.py', uri('Password1', 'localhost'))).toEqual([]);
  });
});

describe('misses: CORS that reflects any origin with credentials', () => {
  it('finds Flask-CORS with origins "*" and supports_credentials, in either order and over lines', () => {
    expect(blockingIds('api/__init__.py', 'CORS(app, supports_credentials=True, resources={r"/api/*": {"origins": "*"}})\n')).toEqual(['cors-wildcard-credentials']);
    expect(blockingIds('app.py', 'CORS(app,\n     resources={r"/*": {"origins": "*"}},\n     supports_credentials=True,\n     methods=["GET", "POST"])\n')).toEqual(['cors-wildcard-credentials']);
    expect(blockingIds('app.py', 'CORS(app, resources={r"/api/*": {"origins": "https://shop.io"}}, supports_credentials=True)\n')).toEqual([]);
  });

  it('finds FastAPI allow_credentials written before allow_origins=["*"]', () => {
    const app = 'app.add_middleware(\n    CORSMiddleware,\n    allow_credentials=True,\n    allow_methods=["*"],\n    allow_origins=["*"],\n)\n';
    expect(blockingIds('config/app.py', app)).toEqual(['cors-wildcard-credentials']);
  });

  it('finds django-cors-headers allowing all origins with credentials, reported once', () => {
    expect(scan('shop/settings.py', 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n')).toEqual([{ ruleId: 'cors-wildcard-credentials', blocking: true }]);
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
  const base = (n: number): string => Array.from({ length: 4 }, (_, i) => `4ea5e0dc09bba98eb5c777b98efd99f0${n}${i}`.padEnd(32, 'a')).join('');

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
