import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives from samples 57 to 59 (mail and messaging, CI/CD files, public and secret keys in
// front ends). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('keys made to be public, kept in a constant first', () => {
  it("does not block a Maps key that the file's script URL interpolates, but does block one used elsewhere", () => {
    const maps = "const API_KEY = 'AIzaSyB3kq8Lm2Vx9Tz4Wp7Rn5Hc1Jd6Fg0Ks2E';\nfunction load() {\n  script.src = `https://maps.googleapis.com/maps/api/js?key=${API_KEY}&callback=initMap`;\n}\n";
    expect(blockingIds('src/map.js', maps)).toEqual([]);
    expect(blockingIds('src/geo.js', maps.replace('maps/api/js', 'maps/api/geocode/json'))).toEqual(['google-api-key']);
  });

  it("does not block a PostHog project key (phc_), which its browser snippet ships", () => {
    expect(blockingIds('src/analytics.tsx', 'const POSTHOG_API_KEY = "phc_q8W2mZ7vL4pN8cB5hY1jF6dG0sKx3Rr9tT5eAb12Cd";\n')).toEqual([]);
  });
});

describe('a secret read through a browser prefix, in code that runs on a server', () => {
  const read = 'const stripe = new Stripe(process.env.REACT_APP_STRIPE_SECRET_KEY);\n';

  it('is no finding in an Express server, a Netlify function or a script', () => {
    expect(blockingIds('server.js', `import express from 'express';\nconst app = express();\n${read}`)).toEqual([]);
    expect(blockingIds('netlify/functions/pay.ts', read)).toEqual([]);
    expect(blockingIds('tools/scripts/migrate.cjs', read)).toEqual([]);
  });

  it('still blocks in client code, also when a comment mentions dotenv', () => {
    expect(blockingIds('src/lib/pay.ts', `// require('dotenv').config()\n${read}`)).toEqual(['client-exposed-secret-env-read']);
    expect(blockingIds('app.config.js', `import "dotenv/config";\nexport default { extra: { key: process.env.EXPO_PUBLIC_OPENAI_API_KEY } };\n`)).toEqual(['client-exposed-secret-env-read']);
  });
});

describe('mail, CI and deploy shapes', () => {
  it('finds an unspaced Gmail app password in nodemailer whose letters repeat', () => {
    const mailer = "const transporter = nodemailer.createTransport({\n  service: 'gmail',\n  auth: { user: 'orders@shop.io', pass: 'qkvnzrrkmvtqzrnh' }\n});\n";
    expect(blockingIds('server.js', mailer)).toEqual(['gmail-app-password-nodemailer']);
  });

  it("finds twine upload's command-line password, not a variable", () => {
    expect(blockingIds('deploy.sh', 'twine upload -u shopdev -p Wq7vTk2mLz9x dist/*\n')).toEqual(['cli-login-password']);
    expect(blockingIds('deploy.sh', 'twine upload -u __token__ -p "$PYPI_TOKEN" dist/*\n')).toEqual([]);
  });

  it('reads a value with an upper-case variable after a hyphen as a template', () => {
    const build = "  - name: gcr.io/cloud-builders/gcloud\n    args: ['secrets', 'versions', 'access', 'latest', '--secret=webapp-$PROJECT_ID-env']\n";
    expect(blockingIds('cloudbuild.yaml', build)).toEqual([]);
  });

  it('leaves DEBUG = True alone in a config whose database is a local URL without a user', () => {
    expect(blockingIds('app/config.py', "DEBUG = True\nSQLALCHEMY_DATABASE_URI = 'postgresql://localhost/boilerplate'\n")).toEqual([]);
    expect(blockingIds('app/config.py', "DEBUG = True\nCORS_ORIGINS = ['http://localhost:3000']\n")).toEqual(['django-debug-true']);
  });
});

describe('server and VM configuration (sample 54)', () => {
  it("finds cloud-init's chpasswd password, not RANDOM or a hash", () => {
    const userData = '#cloud-config\nssh_pwauth: true\nchpasswd:\n  list: |\n    root:Vq7mT2kLz9Wp4xRn\n  expire: False\n';
    expect(blockingIds('vm/make-user-data.yaml', userData)).toEqual(['cloud-init-chpasswd-password']);
    expect(blockingIds('vm/make-user-data.yaml', userData.replace('Vq7mT2kLz9Wp4xRn', 'RANDOM'))).toEqual([]);
  });

  it('finds an HAProxy stats login and a Grafana admin password, not their stock admin', () => {
    expect(blockingIds('haproxy/haproxy.cfg', 'listen stats\n    stats auth admin:Kq8vT3mWz7Lp\n')).toEqual(['haproxy-stats-auth']);
    expect(blockingIds('haproxy/haproxy.cfg', 'listen stats\n    stats auth admin:admin\n')).toEqual([]);
    expect(blockingIds('grafana/grafana.ini', '[security]\nadmin_user = admin\nadmin_password = Wq4vT8zLm2Rp7c\n')).toEqual(['grafana-admin-password']);
    expect(blockingIds('grafana/grafana.ini', '[security]\nadmin_password = admin\n')).toEqual([]);
  });

  it("reads nginx's Basic Authorization header, and not a sed substitution as a password", () => {
    const nginx = '    proxy_set_header Authorization "Basic c2hvcGFwaTpXcTR2VDh6TG0yUnA3Yw==";\n';
    expect(blockingIds('nginx/site.conf', nginx)).toEqual(['http-authorization-header']);
    const basic = (pair: string): string => `    proxy_set_header Authorization "Basic ${Buffer.from(pair).toString('base64')}";\n`;
    expect(blockingIds('nginx/site.conf', basic('kasm_user:vncpass'))).toEqual([]);
    expect(blockingIds('nginx/site.conf', basic('Thank you for reading this far'))).toEqual([]);
    expect(blockingIds('grafana.sh', 'sed -i "s/admin_password = admin/admin_password = $PASSWORD/" /etc/grafana/grafana.ini\n')).toEqual([]);
  });
});

describe('reported below the blocking level (samples 55 and 58)', () => {
  it("reads Rails settings every environment loads, and a Drone from_secret as the reference it is", () => {
    expect(scan('config/initializers/disable_ssl.rb', 'Rails.application.config.force_ssl = false\n')).toEqual([{ ruleId: 'rails-force-ssl-disabled', blocking: false }]);
    expect(scan('config/environments/production.rb', '  config.action_cable.disable_request_forgery_protection = true\n')).toEqual([{ ruleId: 'rails-actioncable-forgery-protection-disabled', blocking: false }]);
    expect(scan('.drone.yml', '    password:\n      from_secret: docker_password\n')).toEqual([]);
  });
});
