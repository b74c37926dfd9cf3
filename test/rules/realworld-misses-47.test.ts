import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 287 to 292: Express back ends, production Flask and Django, newsletter keys, warehouse connections,
// Cloudflare, self-hosted CI. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

// A service_role JWT signed with a secret Supabase publishes as its local default, and the same token signed with
// a secret of the project's own.
function serviceRoleJwt(secret: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'supabase', role: 'service_role', exp: 1983812996 })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('sample 291: Cloudflare', () => {
  it('finds Turnstile secret keys, not site keys', () => {
    expect(blockingIds('functions/verify.js', "const secret = '0x4AAAAAAAQz8rKv2Lm9XwTbY7NcP3dF6hJ';\n")).toEqual(['cloudflare-turnstile-secret-key']);
    expect(blockingIds('src/config.js', "const siteKey = '0x4AAAAAACZpLqWertYab1cd';\n")).toEqual([]);
  });

  it('finds a literal piped into wrangler secret put, not a generated one', () => {
    expect(blockingIds('deploy-secrets.sh', 'echo "3f9c2a718d4e4b6a9e15c7a0d2b84f63" | npx wrangler secret put AUTH_JWT_SECRET --env production\n')).toEqual(['secret-piped-to-platform-cli']);
    expect(blockingIds('deploy-secrets.sh', 'openssl rand -hex 32 | npx wrangler secret put AUTH_JWT_SECRET\n')).toEqual([]);
  });

  it("does not block a JWT signed with Supabase's published local secret, but one signed with another", () => {
    const local = serviceRoleJwt('super-secret-jwt-token-with-at-least-32-characters-long');
    expect(blockingIds('.env.tpl', `DATABASE_TOKEN=${local}\n`)).toEqual([]);
    expect(blockingIds('.env.tpl', `DATABASE_TOKEN=${serviceRoleJwt('Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gA')}\n`)).toEqual(['supabase-service-role-key']);
  });
});

describe('samples 290 and 292: warehouses and self-hosted CI', () => {
  it('reports a MotherDuck token as MotherDuck, once, also in a README', () => {
    const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImZlcnJ5QHNob3AtZGF0YS5pbyJ9.Rk2Wp9vLq0XcTy7bNm4JsEqWvT8hG5dF1aZ6yU3iPoL';
    expect(scan('README.md', `MOTHERDUCK_TOKEN=${token}\n`)).toEqual([{ ruleId: 'motherduck-token', blocking: true }]);
  });

  it("finds a Drone or Woodpecker runner secret in the server's compose file", () => {
    const compose = 'services:\n  drone:\n    environment:\n      - DRONE_RPC_SECRET=7c2f9e41b8d03a56e1f4c9b27d0a8e63\n';
    expect(blockingIds('docker-compose.yml', compose)).toEqual(['drone-rpc-secret']);
    expect(blockingIds('docker-compose.yml', compose.replace('7c2f9e41b8d03a56e1f4c9b27d0a8e63', '${DRONE_RPC_SECRET}'))).toEqual([]);
  });
});

describe('sample 288: production Flask config', () => {
  it("blocks Flask-CORS's config keys that allow every origin with credentials, once", () => {
    const config = "class Config:\n    CORS_ORIGINS = '*'\n    CORS_SUPPORTS_CREDENTIALS = True\n";
    expect(scan('config.py', config)).toEqual([{ ruleId: 'cors-credentials-python', blocking: true }]);
    expect(blockingIds('config.py', config.replace("'*'", "['https://shop.io']"))).toEqual([]);
  });
});

describe("Mailchimp's mobile SDK key", () => {
  it('reports a key given to MailchimpSDK.initialize at confidence low, and the same key as an API key blocks', () => {
    const key = '3f9c2a718d4e4b6a9e15c7a0d2b84f63-us18';
    expect(scan('App.swift', `MailchimpSDK.initialize(token: "${key}")\n`)).toEqual([{ ruleId: 'mailchimp-api-key', blocking: false }]);
    expect(blockingIds('app.py', `MAILCHIMP_API_KEY = "${key}"\n`)).toEqual(['mailchimp-api-key']);
  });
});

describe('samples 287 and 293: deploy guides', () => {
  it("takes a URL password typed as runs for a guide's filler, but for the password in code", () => {
    const url = (password: string): string => `DATABASE_URL=postgresql://postgres:${password}@containers-us-east-2.railway.app:6123/railway\n`;
    expect(scan('GET_ENV_VALUES.md', url('xyz789abc'))).toEqual([]);
    expect(scan('docs/DEPLOY.md', url('abc123def456'))).toEqual([]);
    expect(blockingIds('docs/DEPLOY.md', url('Kq7vT2xWm9Lp'))).toEqual(['database-url-password']);
    expect(blockingIds('app.py', `DB = "${url('abc123def456').trim()}"\n`)).toEqual(['database-url-password']);
    expect(blockingIds('config.py', "SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://postgres:123@localhost/flask_app'\n")).toEqual([]);
  });
});

describe('sample 289: Rails mailer settings', () => {
  it("keeps a smtp_settings password for a mail server on the internet in development.rb, not for a local catcher", () => {
    const settings = (host: string): string => `config.action_mailer.smtp_settings = {\n  :address => "${host}",\n  :port => 587,\n  :password => "WxR81k@2019"\n}\n`;
    expect(blockingIds('config/environments/development.rb', settings('mail.smartweb-shop.com'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/environments/development.rb', settings('localhost'))).toEqual([]);
  });
});
