import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// False positives and misses from samples 40 (Node and FastAPI configs), 41 (PHP, Spring, Go; non-English
// projects) and 42 (docs, tests and tutorials). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);
const RDS = 'database-1.c7x2kq9vwm4t.us-east-1.rds.amazonaws.com';

describe('false positives: placeholders, mocks, tutorial defaults', () => {
  it('takes `Change Me!` for the placeholder it is', () => {
    expect(scan('infra/variables.tf', 'variable "admin_password" {\n  type    = string\n  default = "Change Me!"\n}\n')).toEqual([]);
  });

  it('reads a mocks folder as test data: a sample JWT there does not block, a provider key still does', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6Im1heEBzaG9wLmlvIiwiaWF0IjoxNjg0NDE0MDAwfQ.Rk2m9vQpL3rT8sW1yZ4nB7cF0dH6jA5eG2iK9oM3uR4';
    expect(blockingIds('src/mocks/token.ts', `export const accessToken = '${jwt}';\n`)).toEqual([]);
    expect(blockingIds('src/mocks/mail.ts', "sgMail.setApiKey('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');\n")).toEqual(['sendgrid-api-key']);
  });

  it('takes an Atlas host without its cluster id for documentation', () => {
    const line = "MONGODB_URI: process.env.MONGODB_URI || 'mongodb+srv://shop_user:shop2024@cluster0.mongodb.net/shop?retryWrites=true',\n";
    expect(blockingIds('src/config.js', line)).toEqual([]);
    expect(blockingIds('src/config.js', line.replace('cluster0.mongodb.net', 'cluster0.qv3mr.mongodb.net'))).toEqual(['database-url-password']);
  });

  it('lowers a stock signing key in a config template whose URL is still <user>:<passwd>', () => {
    const template = "export default {\n  url: `mongodb://<user>:<passwd>@<host>:<port>/<db_name>`,\n  secret: 'YOUR_SECRET_KEY',\n}\n";
    expect(blockingIds('config/db.js', template)).toEqual([]);
    expect(blockingIds('config/db.js', "export default {\n  url: process.env.MONGO_URL,\n  secret: 'keyboard cat',\n}\n")).toEqual(['weak-secret-key']);
  });

  it('leaves the WordPress tutorial passwords and labels alone, not a real one', () => {
    const wp = (pw: string): string => `define( 'DB_NAME', 'blog' );\ndefine( 'DB_USER', 'blog' );\ndefine( 'DB_PASSWORD', '${pw}' );\ndefine( 'DB_HOST', 'localhost' );\n`;
    for (const pw of ['wordpress', 'usbw', 'DBPASS']) expect(blockingIds('wp-config.php', wp(pw))).toEqual([]);
    expect(blockingIds('wp-config.php', wp('Fq7#marble-Tide2'))).toEqual(['wordpress-db-password']);
  });

  it('reports a stock word with digits (`admin123456`) low at most, except beside a managed database', () => {
    expect(blockingIds('src/Config.java', 'static final String DB_PASSWORD = "admin123456";\n')).toEqual([]);
    expect(blockingIds('src/Config.java', 'static final String DB_PASSWORD = "Vq3m7TorchLane";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app/db.py', `URL = "postgresql://app:admin123456@${RDS}/shop"\n`)).toEqual(['database-url-password']);
  });
});

describe('misses: passwords and keys in app configuration', () => {
  it('blocks the user name as the password on a managed database host', () => {
    expect(blockingIds('app/database.py', `SQLALCHEMY_DATABASE_URL = "postgresql://postgres:postgres@${RDS}/app"\n`)).toEqual(['database-url-password']);
    expect(blockingIds('app/database.py', 'SQLALCHEMY_DATABASE_URL = "postgresql://postgres:postgres@localhost/app"\n')).toEqual([]);
  });

  it('reads a HOSTNAME setting as the host of the PASSWORD beside it', () => {
    const db = `HOSTNAME="${RDS}"\nUSERNAME="postgres"\nPASSWORD="jacarandas"\nURL = f"postgresql://{USERNAME}:{PASSWORD}@{HOSTNAME}"\n`;
    expect(blockingIds('src/db_conn.py', db)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/db_conn.py', db.replace(RDS, 'localhost'))).toEqual([]);
  });

  it('reads signing secrets in *-config and conf/ modules as signing secrets', () => {
    const secret = "  jwtSecret: 'qpwlvkzmxnbtrhgyeuaisodjfkclvm4q8zpwoeiru',\n";
    expect(blockingIds('src/app-config.ts', `const prod = {\n${secret}};\n`)).toEqual(['js-config-signing-secret']);
    expect(blockingIds('conf/env/production.js', 'module.exports = {\n  session_secret: "HarborLamp2017",\n};\n')).toEqual(['js-config-signing-secret']);
  });

  it('keeps a short hex password or secret key as generated, not as an id', () => {
    const prod = "export const prod = {\n  HOST: '120.48.133.20',\n  USER: 'root',\n  PASSWORD: '8d61e5c0b2a94f73',\n};\n";
    expect(blockingIds('src/config/prod.ts', prod)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app/config.py', "SECRET_KEY = config('SECRET_KEY', cast=str, default='ab9be6c1d2f3a4fb')\n")).toEqual(['env-fallback-secret']);
    expect(blockingIds('src/config/prod.ts', "  PASSWORD: 'deadbeefcafebabe',\n")).toEqual([]);
  });

  it('finds a pydantic Field() default signing key', () => {
    const settings = 'class Settings(BaseSettings):\n    SECRET_KEY: str = Field("fq8Zr3Lm0Vx7Pk2Nw5Ty9Bc4Hd6Js1", env="SECRET_KEY")\n';
    expect(blockingIds('app/settings.py', settings)).toEqual(['framework-signing-key-literal']);
  });

  it('finds a Mailgun SMTP password beside smtp.mailgun.org', () => {
    const env = 'MAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.shop.io\nMAIL_PASSWORD=5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b-3f8a1c5d-9b2e4d6f\n';
    expect(blockingIds('resources/views/console/env.blade.php', env)).toEqual(['mailgun-private-api-key']);
  });

  it("finds Laravel's encryption key written into config/app.php, not the stock fallback", () => {
    expect(blockingIds('config/app.php', "    'key' => 'hQ7vR2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5',\n")).toEqual(['laravel-config-app-key']);
    expect(blockingIds('config/app.php', "    'key' => env('APP_KEY', 'SomeRandomString'),\n")).toEqual([]);
  });
});

describe('misses: a signing key under a YAML auth section', () => {
  it("finds go-zero's Auth.Key and a jwt.key with a trailing comment, not a cache key or a variable", () => {
    expect(blockingIds('etc/api.yaml', 'Name: shop-api\nAuth:\n  AccessExpire: 86400\n  Key: qT7vLm2xRk9wHp4dNc8Fj6Gs1Ke\n')).toEqual(['yaml-auth-section-key']);
    expect(blockingIds('config.yaml', 'jwt:\n    key: "Zr5qLm0Vx7Pk2Nw5" # signing key\n    expiresAt: 86400\n')).toEqual(['yaml-auth-section-key']);
    expect(scan('config.yaml', 'cache:\n  key: qT7vLm2xRk9wHp4dNc8Fj6Gs1Ke\nAuth:\n  Key: ${JWT_KEY}\n')).toEqual([]);
  });
});

describe('misses: passwords set by SQL statements', () => {
  it('finds MySQL, PostgreSQL and SQL Server forms in init scripts', () => {
    const sql = "CREATE USER 'shop'@'%' IDENTIFIED BY 'Vq3m-Torch-81';\nALTER ROLE reporting WITH LOGIN PASSWORD 'p7Lz0qWm3Rt';\nCREATE LOGIN etl WITH PASSWORD = N'Kt5#wharf9Lz';\n";
    expect(blockingIds('docker/initdb/01-users.sql', sql)).toEqual(['sql-user-password', 'sql-user-password', 'sql-user-password']);
  });

  it('reports a guessable one low, and none for placeholders, variables and hashes', () => {
    expect(scan('db/init.sql', "CREATE USER 'shop'@'%' IDENTIFIED BY 'tulipgarden';\n")).toEqual([{ ruleId: 'sql-user-password', blocking: false }]);
    expect(scan('db/init.sql', "CREATE USER app WITH PASSWORD '${APP_DB_PASSWORD}';\nALTER USER 'u'@'%' IDENTIFIED BY '<password>';\n")).toEqual([]);
    expect(scan('db/init.sql', "CREATE USER 'old'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';\n")).toEqual([]);
  });
});
