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

  it('finds an unquoted Django key in an env file and in a deploy guide', () => {
    const line = 'SECRET_KEY=f#*6k2m!q9w@x4r^t8z&b3n(c7v)p1s%d5g-h0j=l2y+w3\n';
    expect(blockingIds('.env', `DEBUG=False\n${line}`)).toEqual(['dotenv-file', 'env-file-secret-key']);
    // A guide that lists the app's key leaks it as the env file does (sample 169); generic rules stay medium there too.
    expect(scan('RENDER_ENV_SETUP.md', line)).toEqual([{ ruleId: 'env-file-secret-key', blocking: true }]);
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

// Samples 46 (generic passwords found by exact shape), 47 (generated and vendored files) and 48 (deployment files).
describe('samples 46 to 48: login commands, Postman variables, AWS keys by their id', () => {
  it('finds a password on a docker login or sshpass line, not a variable or stdin', () => {
    expect(blockingIds('build.sh', 'docker login -u shopci -p Vq3mTorch81 registry.shop.io\n')).toEqual(['cli-login-password']);
    expect(blockingIds('deploy/push.sh', "sshpass -p 'Kt5#wharf9Lz' ssh root@203.0.113.7 uptime\n")).toEqual(['cli-login-password']);
    expect(scan('build.sh', 'docker login -u shopci -p "$REGISTRY_PASSWORD" registry.shop.io\n')).toEqual([]);
  });

  it('finds a secret Postman variable written over several lines', () => {
    const env = '{\n  "values": [\n    {\n      "key": "apiKeyTracker",\n      "value": "qT7vLm2xRk9wHp4dNc8Fj6Gs1KeZ0Yu",\n      "enabled": true\n    }\n  ]\n}\n';
    expect(blockingIds('postman/shop.postman_environment.json', env)).toEqual(['postman-variable-secret']);
  });

  it('reports an AWS secret key under secret_key beside its key id as the AWS key it is', () => {
    const tf = 'provider "aws" {\n  access_key = "AKIA2KYSLO7KIXRKU37Q"\n  secret_key = "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"\n}\n';
    expect(scan('main.tf', tf)).toEqual([{ ruleId: 'aws-access-key-id', blocking: true }, { ruleId: 'aws-secret-key-beside-key-id', blocking: true }]);
  });

  it('finds Login( with a capital, and leaves command output and percent-encoded leetspeak alone', () => {
    expect(blockingIds('src/Ad.cs', 'ad.Login("svc-backup", "Vq3mTorch81");\n')).toEqual(['login-call-password']);
    expect(scan('deploy.sh', 'JWT_SECRET="$(openssl rand -base64 48)"\n')).toEqual([]);
    expect(blockingIds('scripts/demo.sh', 'echo "reconnect postgres://admin:s3cr3tP%40ss@10.0.0.5:5432/app"\n')).toEqual([]);
  });

  it('leaves descriptions of a password and encrypted values alone', () => {
    expect(scan('mail.py', 'server.login("me@shop.io", "email_password")\nserver.login("Sender Email", "Sender Password")\n')).toEqual([]);
    expect(scan('config/server.yml', 'serverPassword: CRYPT:0754fbc37347c136be7725cbf62b6942:71756e13c2400985d0402ed6f49613d0\n')).toEqual([]);
    expect(scan('application.yml', 'spring:\n  datasource:\n    password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n')).toEqual([]);
  });
});
