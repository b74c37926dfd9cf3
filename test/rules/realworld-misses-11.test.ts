import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// False positives and misses from samples 43 (Django and Flask apps on PaaS), 44 (Express and Next.js apps) and
// 45 (a hunt for hard-coded AI and payment keys). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('false positives: spelled-out keys, dev settings modules, prefixes', () => {
  it('takes a django-insecure- key spelled in words for a placeholder', () => {
    expect(blockingIds('shop/settings.py', "SECRET_KEY = os.environ.get('SECRET_KEY', 'django-insecure-default-key-for-development')\n")).toEqual([]);
    expect(blockingIds('shop/settings.py', "SECRET_KEY = 'django-insecure-h2k9m4p7r1t6w8y3z5b0c2d4f6g8j1l3'\n")).toEqual(['django-insecure-secret-key']);
  });

  it('reads development_settings.py and dev_config.py as development modules', () => {
    for (const path of ['shop/development_settings.py', 'shop/dev_settings.py', 'app/dev_config.py']) {
      expect(blockingIds(path, "DEBUG = True\nALLOWED_HOSTS = ['*']\n")).toEqual([]);
    }
  });

  it('does not take a key prefix joined to a filler at run time for a value', () => {
    const fixture = 'ENV = {\n    "OPENAI_API_KEY": "sk-proj-" + "a" * 40,\n    "ANTHROPIC_API_KEY": "sk-ant-" + "b" * 40,\n}\n';
    expect(scan('scripts/env_scrub.py', fixture)).toEqual([]);
  });
});

describe('misses: database URLs, run(debug=True), committed .env.local', () => {
  it('finds a password in a URL whose scheme names a driver (postgres+psycopg2, mysql+aiomysql)', () => {
    const neon = "SQLALCHEMY_DATABASE_URI = 'postgres+psycopg2://app:Nw7eKq2Lm9Rt@ep-cool-rain-a5b6c7d8-pooler.us-east-1.aws.neon.tech/shop'\n";
    expect(blockingIds('app/config.py', neon)).toEqual(['database-url-password']);
    expect(blockingIds('app/db.py', "DB = 'mysql+aiomysql://app:Nw7eKq2Lm9Rt@db.prod.shop.io/shop'\n")).toEqual(['database-url-password']);
  });

  it('finds an unquoted Django key in an env file, lowered in a deploy guide', () => {
    const line = 'SECRET_KEY=f#*6k2m!q9w@x4r^t8z&b3n(c7v)p1s%d5g-h0j=l2y+w3\n';
    expect(blockingIds('.env', `DEBUG=False\n${line}`)).toEqual(['dotenv-file', 'env-file-secret-key']);
    expect(scan('RENDER_ENV_SETUP.md', line)).toEqual([{ ruleId: 'env-file-secret-key', blocking: false }]);
    expect(scan('.env', 'SECRET_KEY=your-secret-key-here-change-it-before-deploying-ok\n').filter((f) => f.blocking)).toEqual([]);
  });

  it('reports app.run(debug=True) when an argument before it holds a call', () => {
    const run = "app.run(host=os.getenv('IP', '0.0.0.0'), port=int(os.getenv('PORT', 8080)), debug=True)\n";
    expect(scan('wsgi.py', run).map((f) => f.ruleId)).toEqual(['flask-app-run-debug']);
  });

  it('does not lower secrets in a committed .env.local (Next.js and Vite keep real ones there), only stock keys', () => {
    const env = 'JWT_SECRET=f76e3a9c1b2d4e5f60718293a4b5c6d4\nNEXTAUTH_SECRET=devsecret\nAUTH_SECRET=secret\n';
    expect(blockingIds('.env.local', env)).toEqual(['dotenv-file', 'generic-secret-assignment']);
    expect(blockingIds('.env.development.local', env)).toEqual([]);
  });
});
