import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 225 and 227 to 234. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 225 and after: development settings, mail servers', () => {
  it('keeps a mail password in local settings when its server is on the internet, not when it is a catcher or a sample host', () => {
    const settings = (host: string) => `DEBUG = True\nEMAIL_HOST = '${host}'\nEMAIL_PORT = 465\nEMAIL_HOST_USER = 'info@acme-build.it'\nEMAIL_HOST_PASSWORD = 'Kalimera7'\n`;
    expect(blockingIds('web/settings/local.py', settings('smtps.aruba.it'))).toEqual(['django-email-password-literal']);
    expect(blockingIds('web/settings/local.py', settings('smtp.mailtrap.io'))).toEqual([]);
    expect(blockingIds('web/settings/local.py', settings('localhost'))).toEqual([]);
    expect(blockingIds('web/settings/local.py', settings('smtp.yourdomain.com'))).toEqual([]);
  });

  it('does not read a sender address as the mail server', () => {
    const settings = "EMAIL_ADDRESS = 'orders.desk@acme-build.it'\nEMAIL_HOST_PASSWORD = 'Kalimera7'\n";
    expect(blockingIds('web/settings/local.py', settings)).toEqual([]);
  });
});

describe('samples 227 to 234: Rails, Ansible, Firebase, realtime back ends', () => {
  it('reads Ruby and PHP environment fallbacks', () => {
    const key = '3fa9c1e7b2d8f4a6c0e5b9d3f7a1c8e2b6d4f0a9c3e7b1d5f8a2c6e0b4d9f3a7';
    expect(blockingIds('config/environments/production.rb', `  config.secret_key_base = ENV["SECRET_KEY_BASE"] || "${key}"\n`)).toEqual(['env-fallback-secret']);
    expect(blockingIds('config/initializers/jwt.rb', "JWT_SECRET = ENV.fetch('JWT_SECRET') { 'Hq7mW2kR9tLp4Vz8Hn3cXw' }\n")).toEqual(['env-fallback-secret']);
    expect(blockingIds('config/initializers/jwt.rb', "JWT_SECRET = ENV.fetch('JWT_SECRET') { SecureRandom.hex(32) }\n")).toEqual([]);
  });

  it('names a Rails master key in compose files and Ansible roles, whatever its entropy', () => {
    const compose = '    environment:\n      RAILS_MASTER_KEY: 42f4e1c9a2b8f3e6d0c5a9b2f7e1d4a8\n';
    expect(blockingIds('docker-compose.production.yml', compose)).toEqual(['rails-master-key-value']);
    expect(blockingIds('roles/app/files/master.key', '8140a2c4e6b8d0f1a3c5e7b9d1f3a5c7')).toEqual(['rails-master-key-file']);
  });

  it('reports a secret_key_base in an initializer once, and an IEX Cloud token as the retired service it is', () => {
    const base = 'c78a1f2e08b7d4a6c53e0f1b2a7d98c4e6f09f3e7d1c5b2aac78a1f2e08b7d4a6c53e0f1b2a7d98c4e6f09f3e7d1c5b2aa';
    expect(scan('config/initializers/secret_token.rb', `Shop::Application.config.secret_key_base = '${base}'\n`)).toEqual([{ ruleId: 'rails-secret-key-base', blocking: true }]);
    const iex = "IEX::Api.configure do |config|\n  config.secret_token = 'Tsk_4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c'\nend\n";
    expect(scan('config/initializers/iex.rb', iex)).toEqual([{ ruleId: 'iex-cloud-secret-token', blocking: false }]);
  });

  it('reports Firebase Security Rules that let anyone write, not rules that check the user', () => {
    const rules = (allow: string) => `service cloud.firestore {\n  match /databases/{database}/documents {\n    match /{document=**} {\n      ${allow}\n    }\n  }\n}\n`;
    expect(blockingIds('firestore.rules', rules('allow read, write: if true;'))).toEqual(['firebase-rules-open-write']);
    expect(blockingIds('firestore.rules', rules('allow write;'))).toEqual(['firebase-rules-open-write']);
    expect(blockingIds('firestore.rules', rules('allow read, write: if request.auth != null;'))).toEqual([]);
    expect(blockingIds('database.rules.json', '{\n  "rules": {\n    ".read": true,\n    ".write": true\n  }\n}\n')).toEqual(['firebase-database-rules-open-write']);
  });

  it("reads Socket.IO's cors option as a wildcard CORS setting", () => {
    const server = "const io = new Server(httpServer, {\n  cors: { origin: '*', methods: ['GET', 'POST'] },\n});\n";
    expect(scan('server/index.js', server)).toEqual([{ ruleId: 'cors-wildcard-code', blocking: false }]);
  });
});
