import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { listBlockingRules } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// What the web frameworks our users build on ship in their own files (Rails' generated config/database.yml,
// SQLAlchemy and Flask docstrings, Passport's JSDoc): published demo values and commented-out settings must
// not block a commit, while the same setting in effect, or a real password in the same place, still does.
// Every password here is invented.
const pack = loadDiskPack();

const blocking = (path: string, text: string): string[] => listBlockingRules(pack, path, text);

describe('framework documentation and generated files', () => {
  it("does not block on Rails' generated database.yml comment, but does on a real password there", () => {
    const comment = '# variable when you boot the app. For example:\n#\n#   DATABASE_URL="postgres://myuser:mypass@localhost/somedatabase"\n';
    expect(blocking('config/database.yml', comment)).toEqual([]);
    expect(blocking('config/database.yml', '#   DATABASE_URL="postgres://shop:Vq8mT3xR9kLw@db.shop.io/shop"\n')).toEqual(['database-url-password']);
  });

  it("reports the scott:tiger demo credential at low confidence instead of blocking", () => {
    const text = '    engine = create_engine("postgresql://scott:tiger@localhost/test")\n';
    const findings = detectChunk({ path: 'app/db.py', text }, pack);
    expect(findings.map((f) => [f.ruleId, f.confidence])).toEqual([['database-url-password', 'low']]);
    expect(blocking('app/db.py', 'engine = create_engine("postgresql://scott:h7Rk2mWq9xPz@db.internal:5432/shop")\n')).toEqual(['database-url-password']);
  });

  it('skips misconfiguration on commented-out lines, in every comment style', () => {
    const live = "app.use(session({ secret: 'keyboard cat' }));\n";
    expect(blocking('server.js', live)).toContain('weak-secret-key');
    for (const prefix of [' *     ', '// ', '/* ', '# ']) expect(blocking('server.js', `${prefix}${live}`), prefix).toEqual([]);
    expect(blocking('settings.py', 'DEBUG = True\n')).toContain('django-debug-true');
    expect(blocking('settings.py', '# DEBUG = True\n')).toEqual([]);
  });

  it('still finds a secret on a commented-out line: it leaked all the same', () => {
    expect(blocking('config/database.yml', '# url: postgres://shop:Vq8mT3xR9kLw@db.shop.io/shop\n')).toEqual(['database-url-password']);
  });

  it('does not take a long line for a comment because a marker sits 200 characters before the setting', () => {
    // The ';' lands exactly where the look-back for a comment marker stops.
    const call = "app.use(session({ secret: 'keyboard cat' }));\n";
    const text = `${'q'.repeat(300)};${'p'.repeat(199 - 'app.use(session({ '.length)}${call}`;
    expect(blocking('server.js', text)).toContain('weak-secret-key');
  });
});

// The Flask, Render and Heroku cases of the user audit: development config stays quiet, production manifests block.
describe('debug mode in Flask projects and PaaS manifests', () => {
  it("does not block on Flask's development and testing config classes, but does on the base or production class", () => {
    const dev = 'class Config:\n    DEBUG = False\n\n\nclass DevelopmentConfig(Config):\n    SQLALCHEMY_ECHO = True\n    DEBUG = True\n';
    expect(blocking('config.py', dev)).toEqual([]);
    expect(blocking('config.py', 'class TestConfig(Config):\n    DEBUG = True\n')).toEqual([]);
    expect(blocking('config.py', `${dev}\n\nclass ProductionConfig(Config):\n    DEBUG = True\n`)).toEqual(['django-debug-true']);
    expect(blocking('config.py', 'class Config:\n    DEBUG = True\n')).toEqual(['django-debug-true']);
  });

  it('reports FLASK_DEBUG in .flaskenv and dev scripts without blocking', () => {
    for (const [path, text] of [['.flaskenv', 'FLASK_APP=shop\nFLASK_DEBUG=1\n'], ['scripts/dev.sh', 'export FLASK_DEBUG=1\npython app.py\n']] as const) {
      expect(blocking(path, text), path).toEqual([]);
      expect(detectChunk({ path, text }, pack).map((f) => f.ruleId), path).toEqual(['flask-debug-env']);
    }
    expect(blocking('scripts/deploy.sh', 'export FLASK_DEBUG=1\n')).toEqual(['flask-debug-env']);
  });

  it('blocks debug switched on in render.yaml, app.json and a Procfile', () => {
    expect(blocking('render.yaml', 'services:\n  - type: web\n    envVars:\n      - key: FLASK_DEBUG\n        value: True\n')).toEqual(['paas-debug-enabled']);
    expect(blocking('app.json', '{"env": {"FLASK_DEBUG": "1", "DEBUG": "True"}}\n')).toEqual(['paas-debug-enabled', 'paas-debug-enabled']);
    expect(blocking('Procfile', 'web: flask run --host=0.0.0.0 --port=$PORT --debug\n')).toEqual(['paas-flask-debugger']);
    expect(blocking('Dockerfile', 'ENV FLASK_DEBUG=1\n')).toEqual(['flask-debug-env']);
  });
});

describe('local database defaults', () => {
  it('drops a password that repeats its user name on this machine, in a URL or a connection string', () => {
    for (const text of ['SQLALCHEMY_DATABASE_URI = "postgresql://app:app@localhost/app"\n', 'DATABASE_URL=mysql://shop:shop@127.0.0.1:3306/shop\n', 'conn = "Server=localhost;User Id=myapp;Password=myapp;"\n']) {
      expect(detectChunk({ path: 'config.py', text }, pack), text).toEqual([]);
    }
  });

  it('takes any password of a database on this machine for a development login: low in code, silent elsewhere', () => {
    const url = 'postgresql+asyncpg://shop:Wq4vZ8xKm2Rt@localhost:5432/shop';
    expect(detectChunk({ path: 'app/config.py', text: `DATABASE_URL = "${url}"\n` }, pack).map((f) => [f.ruleId, f.confidence])).toEqual([['database-url-password', 'low']]);
    expect(detectChunk({ path: '.env.example', text: `DATABASE_URL=${url}\n` }, pack).filter((f) => f.ruleId === 'database-url-password')).toEqual([]);
    expect(blocking('.github/workflows/ci.yml', `    env:\n      DATABASE_URL: ${url.replace('localhost', '127.0.0.1')}\n`)).toEqual([]);
    for (const server of ['localhost', '.\\\\SQLEXPRESS', '(localdb)\\\\MSSQLLocalDB', 'DESKTOP-3KQ8VZT\\\\SQL2019']) {
      const text = `    "Default": "Server=${server};Database=Shop;User Id=sa;Password=Zq8vR2mXk4Lt;TrustServerCertificate=True"\n`;
      expect(detectChunk({ path: 'appsettings.json', text }, pack).map((f) => [f.ruleId, f.confidence]), server).toEqual([['connection-string-password', 'low']]);
    }
  });

  it('reports it at confidence low on another host, and blocks on a password someone chose', () => {
    const remote = detectChunk({ path: 'config.py', text: 'DATABASE_URL = "postgresql://billing:billing@db.corp.example.net/billing"\n' }, pack);
    expect(remote.map((f) => [f.ruleId, f.confidence])).toEqual([['database-url-password', 'low']]);
    expect(blocking('config.py', 'SQLALCHEMY_DATABASE_URI = "postgresql://app:Zq8vR2mXk4Lt@db.shop.io/app"\n')).toEqual(['database-url-password']);
    expect(blocking('config.py', 'conn = "Server=tcp:shop.database.windows.net,1433;User Id=myapp;Password=Zq8vR2mXk4Lt;"\n')).toEqual(['connection-string-password']);
  });
});

// What the wider Python, Ruby and Node ecosystem ships (django-allauth, social-core, python-jose, redis-py, Devise).
describe('library code and docs', () => {
  it("treats Django's app/tests.py as a test file", () => {
    const text = 'self.client.login(username="anakin", password="Vq8mT3xR9kLw")\n';
    expect(blocking('shop/tests.py', text)).toEqual([]);
    expect(detectChunk({ path: 'shop/tests.py', text }, pack)[0]?.context).toBe('test');
  });

  it('skips misconfiguration in doctest lines', () => {
    expect(blocking('auth/tokens.py', ">>> jwt.encode({'a': 'b'}, 'secret', algorithm='HS256')\n")).toEqual([]);
    expect(blocking('auth/tokens.py', "token = jwt.encode({'a': 'b'}, 'secret', algorithm='HS256')\n")).toEqual(['jwt-hardcoded-secret-python']);
  });

  it('takes bracketed passwords for placeholders, and test-word passwords for guessable ones (confidence low)', () => {
    expect(detectChunk({ path: 'app/cache.py', text: '    redis://[[username]:[password]]@localhost:6379/0\n' }, pack)).toEqual([]);
    for (const text of ["  url: 'redis://testuser:testpassword@127.0.0.1:6379'\n", 'DATABASE_URL=postgres://app:db_pass1@db.shop.io/app\n', 'Server=db01;User ID=myUsername;Password=myPassword;\n', '[SupportSite]\nUsername=support\nPassword=thisismypassword\n', 'PsExec.exe \\\\build01 -u CORP\\deploy -p mypass cmd /c deploy.bat\n']) {
      expect(detectChunk({ path: 'app/cache.py', text }, pack).map((f) => f.confidence), text).toEqual(['low']);
      expect(detectChunk({ path: 'examples/cache.py', text }, pack), text).toEqual([]);
    }
  });

  it('drops a made-up UUID under a secret name but not a random one', () => {
    expect(blocking('settings.py', "SOCIAL_AUTH_KEYCLOAK_SECRET = '1234abcd-1234-abcd-1234-abcd1234adcd'\n")).toEqual([]);
    expect(blocking('settings.py', "SOCIAL_AUTH_KEYCLOAK_SECRET = '7f3c9a2e-5b81-4d6f-9e0a-c4b7d2f18e63'\n")).toEqual(['generic-secret-assignment']);
  });

  it('takes Ruby durations for code', () => {
    expect(detectChunk({ path: 'app/models/user.rb', text: '  # reset_password_within = 5.days and reset_password_sent_at = 4.days.ago\n' }, pack)).toEqual([]);
  });
});

// From a check of real-world config files: what a Django or compose project commits as it stands.
describe('project settings as committed', () => {
  it("does not block on startproject's DEBUG = True while ALLOWED_HOSTS is empty or loopback only", () => {
    expect(blocking('mysite/settings.py', "DEBUG = True\n\nALLOWED_HOSTS = []\n")).toEqual([]);
    expect(blocking('mysite/settings.py', "DEBUG = True\nALLOWED_HOSTS = ['127.0.0.1', 'localhost']\n")).toEqual([]);
    expect(blocking('mysite/settings.py', "DEBUG = True\nALLOWED_HOSTS = ['shop.example.com']\n")).toEqual(['django-debug-true']);
  });

  it('finds a Django SECRET_KEY with punctuation in production settings, lowered in test settings', () => {
    const key = "SECRET_KEY = '@(o)x9!k2#m7q^v4w&z1=t8+p3_r6-e5y0s*n(b)h2j9l4c7f'\n";
    expect(blocking('config/settings/production.py', key)).toEqual(['framework-signing-key-literal']);
    expect(blocking('src/app/testsettings.py', key)).toEqual([]);
    expect(blocking('config/settings/ci.py', key)).toEqual([]);
  });

  it('treats compose files named for production or staging as production', () => {
    const compose = 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=Wq4vZ8xKm2Rt\n';
    expect(blocking('docker-compose.yml', compose)).toEqual([]);
    expect(blocking('docker-compose.prod.yml', compose)).toEqual(['compose-literal-secret-env']);
    expect(blocking('deploy/compose.staging.yaml', compose)).toEqual(['compose-literal-secret-env']);
  });
});

describe('Kubernetes Secrets', () => {
  it('skips placeholders in stringData and in base64 data, and reports a database URL there once', () => {
    const secret = (body: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n${body}`;
    expect(blocking('k8s/secret.yaml', secret('stringData:\n  DB_PASSWORD: "your_secure_password"\n'))).toEqual([]);
    expect(blocking('k8s/secret.yaml', secret(`data:\n  EMAIL_PASS: ${Buffer.from('your-app-password').toString('base64')}\n`))).toEqual([]);
    expect(blocking('k8s/secret.yaml', secret('stringData:\n  MONGO_URL: "mongodb+srv://shop:Wq4vZ8xKm2Rt@cluster0.ab1cd.mongodb.net/shop"\n'))).toEqual(['database-url-password']);
    expect(blocking('k8s/secret.yaml', secret('stringData:\n  DB_PASSWORD: "Wq4vZ8xKm2Rt"\n'))).toEqual(['kubernetes-secret-literal']);
  });
});
