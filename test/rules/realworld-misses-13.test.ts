import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives from samples 53 to 56 (database configs, infrastructure, insecure settings, starter
// kits). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('a password of a database service on the internet is not lowered as development', () => {
  const knexfile = (host: string): string =>
    `module.exports = {\n  development: {\n    client: "postgresql",\n    connection: {\n      user: "postgres",\n      password: "Wq4vT8zLm2Rp7cXn5",\n      host: "${host}"\n    },\n  },\n};\n`;

  it("blocks a knexfile's development login to RDS, not the same login to localhost", () => {
    expect(blockingIds('knexfile.js', knexfile('app-db.cr0vlp9alyoi.us-east-2.rds.amazonaws.com'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('knexfile.js', knexfile('localhost'))).toEqual([]);
  });

  it('blocks a login to a managed host in a development settings file', () => {
    const settings = 'DATABASES = {"default": {"HOST": "shop.c9akciq32.us-east-1.rds.amazonaws.com", "PASSWORD": "Xk29fLq8Zr71mWp3"}}\n';
    expect(blockingIds('config/settings/dev.py', settings)).toEqual(['django-database-password']);
    expect(blockingIds('config/settings/dev.py', settings.replace('shop.c9akciq32.us-east-1.rds.amazonaws.com', 'db.internal'))).toEqual([]);
  });
});

describe('documentation logins', () => {
  it("does not block a guide's demo password on a Supabase project named abcdefghijklmnop", () => {
    const guide = 'postgresql://postgres.abcdefghijklmnop:MyPassword123@aws-0-us-east-1.pooler.supabase.com:6543/postgres\npostgresql://postgres:MyPassword123@db.abcdefghijklmnop.supabase.co:5432/postgres\n';
    expect(blockingIds('docs/deploy.md', guide)).toEqual([]);
    const real = 'postgresql://postgres.qwkrhtpzlmnbvcxs:MyPassword123@aws-0-us-east-1.pooler.supabase.com:6543/postgres\n';
    expect(blockingIds('docs/deploy.md', real)).toEqual(['database-url-password']);
  });

  it('reads mydbusername:mydbpassword as a demo login', () => {
    const example = 'processor.run("postgresql://mydbusername:mydbpassword@elephantsql.com:4482/thisDataBase");\n';
    expect(blockingIds('src/example.ts', example)).toEqual([]);
    expect(blockingIds('src/db.ts', 'connect("postgresql://shop:Kq8vT3mWz7Lp@elephantsql.com:4482/shop");\n')).toEqual(['database-url-password']);
  });
});

describe('insecure settings read more carefully', () => {
  it("blocks Django CORS allow-all with credentials when the first line carries a comment", () => {
    const settings = 'CORS_ALLOW_ALL_ORIGINS = True  # for the mobile app\nCORS_ALLOW_CREDENTIALS = True\n';
    expect(blockingIds('shop/settings.py', settings)).toEqual(['cors-credentials-python']);
  });

  it('leaves DEBUG = True alone beside a localhost-only ALLOWED_HOSTS written over several lines', () => {
    const settings = "DEBUG = True\n\nALLOWED_HOSTS = [\n    'localhost',\n    '127.0.0.1',\n]\n";
    expect(blockingIds('project/settings.py', settings)).toEqual([]);
    expect(blockingIds('project/settings_prod.py', "DEBUG = True\n\nALLOWED_HOSTS = [\n    'shop.example.com',\n]\n")).toEqual(['django-debug-true']);
  });

  it('does not read NODE_TLS_REJECT_UNAUTHORIZED named in an error message as the setting', () => {
    const guard = 'if (process.env.NODE_TLS_REJECT_UNAUTHORIZED?.trim() === "0") {\n  throw new Error("NODE_TLS_REJECT_UNAUTHORIZED=0 is incompatible with this client");\n}\n';
    expect(scan('src/db.mjs', guard)).toEqual([]);
    expect(blockingIds('src/db.mjs', "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n")).toEqual(['node-tls-reject-unauthorized-disabled']);
  });
});

describe('secrets in starter-kit and infrastructure shapes', () => {
  it("finds a django-environ schema default, not Terraform's your_secret_key placeholder", () => {
    const base = 'env = environ.Env(\n    DEBUG=(bool, False),\n    DJANGO_SECRET_KEY=(str, "t5QvW8m2Xk9Rr3zPp7lC4nB6hJ1yF0dG"),\n)\n';
    expect(blockingIds('config/settings/base.py', base)).toEqual(['environ-schema-default-secret']);
    const backend = 'terraform {\n  backend "s3" {\n    access_key = "your_access_key"\n    secret_key = "your_secret_key"\n  }\n}\n';
    expect(blockingIds('infra/backend.tf', backend)).toEqual([]);
  });
});
