// Builds the frameworks corpus of the false-positive budget: the code and docs of the web frameworks stanch's
// users build on and the libraries around them, as Debian packages them (Django, Flask, FastAPI, SQLAlchemy,
// Express, Passport, Rails, django-allauth, redis-py, httpx, Devise, Laravel, ...).
// Their docstrings, generated config templates and examples are where a scanner meets demo credentials and
// debug settings that are not a leak. Needs apt-get and dpkg-deb (Debian or Ubuntu); unpacks into
// .bench/frameworks and prints that path.
// Usage: node scripts/fp/debian-frameworks.mjs && npm run fp-budget -- .bench/frameworks
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PACKAGES = [
  'python3-django', 'python-django-doc', 'python3-flask', 'python-flask-doc', 'python3-werkzeug', 'python3-starlette',
  'python3-fastapi', 'python3-sqlalchemy', 'python3-djangorestframework', 'python3-django-cors-headers', 'python3-jwt',
  'python3-celery', 'python3-gunicorn', 'python3-jinja2', 'python3-dotenv', 'python3-requests', 'python3-boto3',
  'python3-botocore', 'node-express', 'node-passport', 'ruby-rails', 'ruby-railties', 'ruby-actionpack', 'ruby-activerecord',
  // The libraries around them: auth, databases, HTTP clients, task queues, deployment tools.
  'python3-django-allauth', 'python3-flask-sqlalchemy', 'python3-flask-login', 'python3-flask-cors', 'python3-flask-migrate',
  'python3-aiohttp', 'python3-uvicorn', 'python3-httpx', 'python3-pydantic', 'python3-redis', 'python3-psycopg2',
  'python3-pymongo', 'python3-asyncpg', 'python3-alembic', 'python3-oauthlib', 'python3-requests-oauthlib',
  'python3-social-auth-core', 'python3-jose', 'python3-stripe', 'python3-twilio', 'python3-google-auth', 'python3-kubernetes',
  'python3-docker', 'python3-paramiko', 'python3-fabric', 'python3-boto', 'ansible-core', 'node-cors', 'node-body-parser',
  'node-axios', 'node-ws', 'node-socket.io', 'node-mongodb', 'node-redis', 'node-pg', 'ruby-devise', 'ruby-sidekiq',
  'ruby-jwt', 'ruby-omniauth', 'php-symfony-security-core', 'php-laravel-framework',
];

const root = resolve('.bench/frameworks');
const debs = join(root, 'debs');
const tree = join(root, 'tree');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    const cause = result.error?.message ?? result.stderr.trim().split('\n').at(-1);
    console.error(`debian-frameworks: ${command} ${args.slice(0, 2).join(' ')} failed: ${cause}`);
    console.error('hint: this corpus needs apt-get and dpkg-deb with Debian package sources (Debian or Ubuntu)');
    process.exit(2);
  }
}

if (!existsSync(join(root, '.complete'))) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(debs, { recursive: true });
  mkdirSync(tree, { recursive: true });
  run('apt-get', ['download', ...PACKAGES], debs);
  for (const deb of readdirSync(debs).filter((name) => name.endsWith('.deb')).sort()) run('dpkg-deb', ['-x', join(debs, deb), tree]);
  run('touch', [join(root, '.complete')]);
}
console.log(tree);
