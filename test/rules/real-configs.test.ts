import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { listBlockingRules } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Shapes found in public web-app repositories' configuration files, judged by hand (two samples of about 200
// files each): what was a false alarm must not block, and the same file with a real problem still must.
// Every secret here is invented.
const pack = loadDiskPack();

const blocking = (path: string, text: string): string[] => listBlockingRules(pack, path, text);
const graded = (path: string, text: string): string[][] => detectChunk({ path, text }, pack).map((f) => [f.ruleId, f.confidence]);

describe('development databases', () => {
  it('takes a URL password of a compose service (db, postgres, redis) for a development login', () => {
    expect(graded('app/config.py', 'DATABASE_URL = "postgresql://shop:Wq4vZ8xKm2Rt@db:5432/shop"\n')).toEqual([['database-url-password', 'low']]);
    expect(blocking('alembic.ini', '# sqlalchemy.url = postgresql://parking:Hq7rT2vLx9Pw@postgres/parking\n')).toEqual([]);
    expect(blocking('app/config.py', 'DATABASE_URL = "postgresql://shop:Wq4vZ8xKm2Rt@dpg-cq1x2y3z4-a/shop"\n')).toEqual(['database-url-password']);
  });

  it("takes a Django DATABASES password for a development login when the entry's HOST is this machine", () => {
    const entry = (host: string): string =>
      `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'PASSWORD': 'Nf7YQvQcxASs2gh',\n        'HOST': '${host}',\n    }\n}\n`;
    expect(graded('school/settings.py', entry('localhost'))).toEqual([['django-database-password', 'low']]);
    expect(blocking('school/settings.py', entry('school-db.c9x2k.eu-west-1.rds.amazonaws.com'))).toEqual(['django-database-password']);
  });

  it('blocks on a password repeating the user name on a managed database service, not on another host', () => {
    expect(blocking('config/database.js', 'mongoose.connect("mongodb+srv://premshop:premshop@cluster0.x7k2q.mongodb.net/shop");\n')).toEqual(['database-url-password']);
    expect(graded('config/database.js', 'const url = "postgresql://billing:billing@db.corp.shop.io/billing";\n')).toEqual([['database-url-password', 'low']]);
  });

  it('takes a URL on a documentation host for sample data, and a key of keyboard filler for a placeholder', () => {
    expect(graded('app/scrub.py', 'URL = "postgresql://shop:Wq4vZ8xKm2Rt@db.example.com:5432/shop"\n')).toEqual([['database-url-password', 'low']]);
    expect(blocking('tests/test_keys.go', `const key = "sk_live_${'1234567890'.repeat(3)}"\n`)).toEqual([]);
  });

  it('takes a URL password shaped like a domain name for a password', () => {
    expect(blocking('pages/index.js', 'const uri = "mongodb+srv://books:books.shelf@cluster0.x7k2q.mongodb.net/books";\n')).toEqual(['database-url-password']);
  });

  it('reads the host set beside a password under the same prefix (.env), but not in wp-config.php', () => {
    const env = (host: string): string => `DB_HOST=${host}\nDB_USER=shop\nDB_PASSWORD=Vq8mT3xR9kLwZ2pN\n`;
    expect(graded('backend/src/config.env', env('localhost'))).toEqual([['dotenv-file', 'low'], ['generic-secret-assignment', 'low']]);
    expect(blocking('backend/src/config.env', env('shop-db.c9x2k.eu-west-1.rds.amazonaws.com'))).toEqual(['dotenv-file', 'generic-secret-assignment']);
    const wp = (host: string): string => `define( 'DB_PASSWORD', 'Hq7rT2vLx9Pw' );\ndefine( 'DB_HOST', '${host}' );\n`;
    // Shared hosting runs production WordPress against a MySQL on localhost; a compose service is a local container.
    expect(blocking('wp-config.php', wp('localhost'))).toEqual(['wordpress-db-password']);
    expect(blocking('wp-config.php', wp('database:3306'))).toEqual([]);
  });

  it('does not block on the CI branch of a settings module, but does on its else branch', () => {
    const ci = "if os.environ.get('GITHUB_WORKFLOW'):\n    DATABASES = {\n        'default': {\n            'PASSWORD': 'postgres',\n        }\n    }\n";
    expect(blocking('shop/settings/production.py', ci)).toEqual([]);
    expect(blocking('shop/settings/production.py', `${ci}else:\n    DATABASES = {'default': {'PASSWORD': 'postgres'}}\n`)).toEqual(['django-database-password']);
  });
});

describe('development config classes', () => {
  it("does not block on SECRET_KEY = 'dev' inside a DevelopmentConfig, but does in a ProductionConfig", () => {
    expect(blocking('config.py', "class DevelopmentConfig(Config):\n    DEBUG = True\n    SECRET_KEY = 'dev'\n")).toEqual([]);
    expect(blocking('config.py', "class ProductionConfig(Config):\n    SECRET_KEY = 'dev'\n")).toEqual(['weak-secret-key']);
  });

  it('does not block on DEBUG = True in a base class that the production class turns off', () => {
    const base = 'class Config:\n    DEBUG = True\n\n\nclass ProductionConfig(Config):\n';
    expect(blocking('server/config.py', `${base}    DEBUG = False\n`)).toEqual([]);
    expect(blocking('server/config.py', `${base}    TESTING = False\n`)).toEqual(['django-debug-true']);
  });
});

describe('fallback secrets', () => {
  it('blocks on a random literal behind an env lookup as one secret finding, and reports a weak one as a fallback', () => {
    const text = (value: string): string => `SECRET_KEY = os.environ.get('SECRET_KEY', '${value}')\n`;
    expect(graded('blog/settings.py', text('9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e2a4d6f8b0c1e3a5d'))).toEqual([['env-fallback-secret', 'medium']]);
    expect(graded('blog/settings.py', text('my-dev-key'))).toEqual([['secret-key-literal-fallback', 'high']]);
  });

  it('reads Go fallbacks of an empty os.Getenv the same way', () => {
    const text = (value: string): string => `secret := os.Getenv("JWT_SECRET")\nif secret == "" {\n\tsecret = "${value}"\n}\n`;
    expect(graded('config/config.go', text('9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e'))).toEqual([['generic-secret-assignment', 'medium']]);
    expect(graded('config/config.go', text('jwt-secret-key'))).toEqual([['go-env-fallback-literal', 'high']]);
  });
});

describe('committed .env files', () => {
  it('reports a .env of placeholders and public settings at confidence low, and blocks once it holds a secret', () => {
    const unfilled = 'NODE_ENV=production\nPORT=5000\nJWT_SECRET=your_jwt_secret_here\nTWILIO_AUTH_TOKEN=your_twilio_auth_token\n';
    expect(graded('backend/.env.production', unfilled)).toEqual([['dotenv-file', 'low']]);
    expect(detectChunk({ path: 'backend/.env.production', text: unfilled }, pack)[0]?.message).toMatch(/no secret value outside development settings found in the file/);
    expect(blocking('backend/.env.production', `${unfilled}SESSION_SECRET=Vq8mT3xR9kLwZ2pNc4Hd\n`)).toContain('dotenv-file');
    expect(blocking('backend/.env', 'DATABASE_URL=postgresql://shop:Wq4vZ8xKm2Rt@shop-db.c9x2k.eu-west-1.rds.amazonaws.com/shop\n')).toContain('dotenv-file');
    // A development database's login (confidence low) does not make the file a leak.
    expect(graded('backend/.env', 'DATABASE_URL=postgresql://shop:Wq4vZ8xKm2Rt@localhost:5432/shop\n')).toEqual([['dotenv-file', 'low'], ['database-url-password', 'low']]);
  });
});

describe('keys made to be public', () => {
  it("reports a Supabase anon key at confidence low, and blocks on the service_role key", () => {
    const jwt = (role: string): string => {
      const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'supabase', ref: 'qzkvtrwplmxnbhcydsae', role, iat: 1767000000, exp: 2082000000 })}.Vq8mT3xR9kLwZ2pNc4HdQm7vT2xKp9LfR4sNb8HdZ3c`;
    };
    expect(graded('frontend/src/supabase.ts', `const anonKey = "${jwt('anon')}";\n`)).toEqual([['json-web-token', 'low']]);
    expect(blocking('backend/src/supabase.ts', `const serviceKey = "${jwt('service_role')}";\n`)).toEqual(['supabase-service-role-key']);
  });
});

describe('browser keys and contexts', () => {
  // A fake Google API key, assembled at run time.
  const googleKey = ['AIza', 'Sy8vQm2LxT4pRz7Kw', '3Nc6Hd0Fj5Vb9Yt1Ga'].join('');

  it('reports a Firebase web config key or a client-exposed Google key at confidence low, a server key blocks', () => {
    const firebase = `const firebaseConfig = {\n  apiKey: "${googleKey}",\n  authDomain: "shop-1a2b3.firebaseapp.com",\n  projectId: "shop-1a2b3",\n};\n`;
    expect(graded('src/firebase.js', firebase)).toEqual([['google-api-key', 'low']]);
    const serverKey = ['AIza', 'SyD7hWq3mJ9cXe5Ln', '1Bs8Ku4Ro6Tf2Gv0Pi'].join('');
    expect(graded('src/config.js', `export const mapsKey = process.env.X || "${serverKey}";\nconst NEXT_PUBLIC_MAPS_KEY = "${googleKey}";\n`).filter(([id]) => id === 'google-api-key')).toEqual([
      ['google-api-key', 'high'],
      ['google-api-key', 'low'],
    ]);
    // The same key also given to the browser is the browser's key wherever it is written.
    expect(graded('src/config.js', `export const mapsKey = process.env.X || "${googleKey}";\nconst NEXT_PUBLIC_MAPS_KEY = "${googleKey}";\n`).filter(([id]) => id === 'google-api-key')).toEqual([
      ['google-api-key', 'low'],
      ['google-api-key', 'low'],
    ]);
    expect(blocking('server/gemini.py', `GEMINI_API_KEY = "${googleKey}"\n`)).toContain('google-api-key');
  });

  it('does not take a JVM package named example for an example folder', () => {
    expect(classifyContext('app/src/main/java/com/example/shop/ApiService.kt')).toBe('code');
    expect(classifyContext('examples/shop/ApiService.kt')).toBe('example');
  });

  it('takes end-to-end and smoke test folders for tests', () => {
    expect(classifyContext('e2e/login.spec.ts')).toBe('test');
    expect(classifyContext('src/smoke/smokeNgrokOAuthHttp.ts')).toBe('test');
    expect(classifyContext('src/smokehouse/menu.ts')).toBe('code');
  });

  it('does not take an e-mail address for a secret, nor an OAuth client id for one in a .env', () => {
    expect(blocking('server/.env.production', 'CREDENTIALS_ADMIN_EMAIL=alex.fake@shop.io\n')).toEqual([]);
    const publicOnly = 'NEXT_PUBLIC_API_URL=https://api.shop.io\nNEXT_PUBLIC_GOOGLE_CLIENT_ID=123456789012-q7rk2mvx9tzl4pwn3hc8d5f6g7h8j9k0.apps.googleusercontent.com\n';
    expect(blocking('.env.production', publicOnly)).toEqual([]);
  });

  it('reads a generic value under a browser-public prefix, and a public key id, as no secret to block', () => {
    expect(blocking('app/.env', 'EXPO_PUBLIC_GEOAPIFY_API_KEY=a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5\n')).not.toContain('generic-secret-assignment');
    expect(blocking('backend/.env.production', 'RAZORPAY_KEY_SECRET_ID=rzp_live_Q7mW2kR9tLp4Vz\n')).not.toContain('generic-secret-assignment');
  });

  it('reads SHARED_SECRET as a secret name, not a SHA hash, and a token_urlsafe value starting with - as a value', () => {
    const hex = '23fd9c4b7a1e8f2d6c5b0a9e3f7d1c4b8a2e6f0d9c3b7a1e5f8d2c6b0a4e9f3d';
    expect(blocking('apps/api/config.env', `ADMIN_SHARED_SECRET=${hex}\n`)).toEqual(['dotenv-file', 'generic-secret-assignment']);
    expect(blocking('apps/api/config.env', `FILE_SHA256=${hex}\n`)).toEqual([]);
    expect(blocking('backend/config.env', 'SECRET_KEY=-orm4Qz8vT2kLp7wRb9cHd3yXq1Nf6Js0Ue5Ai\n')).toEqual(['dotenv-file', 'generic-secret-assignment']);
  });

  it('takes a URL on a host named host or your-host for documentation, not a database', () => {
    const url = (host: string): string => `DATABASE_URL=postgres://shop:Qm7vR2xLp9Tz@${host}:5432/shop\n`;
    expect(blocking('app/config.env', url('host'))).toEqual([]);
    expect(blocking('app/config.env', url('your-host'))).toEqual([]);
    expect(blocking('app/config.env', url('hostinger-db.shop.io'))).toEqual(['dotenv-file', 'database-url-password']);
  });

  it('takes a home-network database host for a development one, not a cloud VPC address', () => {
    const url = (host: string): string => `SQLALCHEMY_DATABASE_URI = "mysql+pymysql://root:Cc15Xq7mW2kR9t@${host}/shop"\n`;
    expect(blocking('app/config.py', url('192.168.127.140'))).toEqual([]);
    expect(blocking('app/config.py', url('172.31.20.7'))).toEqual(['database-url-password']);
  });

  it('does not block on a test mailbox login or a fallback beside a compose-service host', () => {
    expect(blocking('.env', 'MAIL_HOST=smtp.ethereal.email\nMAIL_PASS=zBm2Kq9WvX4tLp7R\n')).not.toContain('generic-secret-assignment');
    const fallback = 'DB_SERVER = os.getenv("DB_SERVER", "sqlserver")\nDB_PASSWORD = os.getenv("DB_PASSWORD", "Passw0rd2024xQ")\n';
    expect(blocking('app/main.py', fallback)).toEqual([]);
    expect(blocking('app/main.py', fallback.replace('sqlserver', 'sql.shop.io'))).toEqual(['env-fallback-secret']);
  });
});

describe('placeholders and duplicates', () => {
  it('skips REPLACE_WITH placeholders, also base64-encoded in a Kubernetes Secret', () => {
    const secret = (value: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  DB_PASSWORD: ${value}\n`;
    expect(blocking('k8s/secret.yaml', secret(Buffer.from('REPLACE_WITH_DB_PASSWORD').toString('base64')))).toEqual([]);
    expect(blocking('k8s/secret.yaml', secret(Buffer.from('Vq8mT3xR9kLwZ2pN').toString('base64')))).not.toEqual([]);
  });

  it('skips a sentence in fly.toml [env]', () => {
    expect(blocking('fly.toml', '[env]\n  DB_PASSWORD = "Do not put it here, use fly secrets set"\n')).toEqual([]);
  });

  it('reports a published session secret in an Express app once', () => {
    expect(blocking('src/server.ts', 'app.use(session({ secret: "super-secret-key", resave: false }));\n')).toEqual(['weak-secret-key']);
  });

  it('finds a long random app.json value whatever the variable is called', () => {
    const value = 'Qm9vdHN0cmFwOzs7H4sIAAAAAAAAA3WQy07DMBBF9V8ZvA6kLEVQEMiIskgblhCpcbJrJr9fGvHk7Y4R1pz7mKS';
    expect(blocking('app.json', `{"env": {"SESSION_ID": {"description": "Bot session", "value": "${value}"}}}\n`)).toEqual(['paas-env-random-value']);
  });
});
