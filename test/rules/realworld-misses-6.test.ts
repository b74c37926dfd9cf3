import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes left open by samples 8, 22 and 25 of real-world files and fixed later, and those of samples 26 and 27.
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
    expect(scan('db/db.php', "$dbpassword = 'hTqwPLmz39';\n")).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
  });

  it('finds a Sinatra session secret, not one read from the environment', () => {
    expect(blockingIds('app.rb', "configure do\n  enable :sessions\n  set :session_secret, 'quill-harbor-77'\nend\n")).toEqual(['sinatra-session-secret-literal']);
    expect(scan('app.rb', "set :session_secret, ENV.fetch('SESSION_SECRET') { SecureRandom.hex(64) }\n")).toEqual([]);
  });
});
