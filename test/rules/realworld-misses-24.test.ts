import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 129 to 132 (apps that send mail, payment integrations, browser
// extensions, front-end and Expo configuration). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 129: apps that send mail', () => {
  it('reads mail password settings whatever their case (Email_Pass)', () => {
    expect(blockingIds('backend/.env', 'Email_User=shop.orders@gmail.com\nEmail_Pass=qzvkmbrtxlwpnhjd\n')).toContain('gmail-app-password');
  });

  it('lowers a Spring datasource password whose datasource URL is on this machine, on the same command', () => {
    const run = 'java -jar app.jar ^\n  --spring.datasource.url=jdbc:mysql://localhost:3306/shop ^\n  --spring.datasource.username=root ^\n  --spring.datasource.password=Kq8vTz2mXk4Lp9\n';
    expect(blockingIds('run.bat', run)).toEqual([]);
    expect(blockingIds('run.bat', run.replace('localhost', 'shop.c9akciq32.us-east-1.rds.amazonaws.com'))).toEqual(['generic-secret-assignment']);
  });

  it('lowers PGPASSWORD before a psql that connects to this machine, not to another host or over ssh', () => {
    expect(blockingIds('deploy.sh', 'PGPASSWORD=Kq8vTz2mXk4Lp9 psql -h localhost -U app -d shop -f seed.sql\n')).toEqual([]);
    expect(blockingIds('deploy.sh', 'PGPASSWORD=Kq8vTz2mXk4Lp9 psql -U app -d shop -f seed.sql\n')).toEqual([]);
    expect(blockingIds('deploy.sh', 'PGPASSWORD=Kq8vTz2mXk4Lp9 psql -h db.acme.io -U app -d shop\n')).toEqual(['generic-secret-assignment']);
    // Sent over ssh, 127.0.0.1 is the server's own database.
    expect(blockingIds('check.sh', 'ssh deploy@203.0.113.7 "PGPASSWORD=\'Kq8vTz2mXk4Lp9\' psql -h 127.0.0.1 -U app -d shop -c \'select 1\'"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 130: payment integrations', () => {
  it('blocks Midtrans production server keys and keeps sandbox keys low', () => {
    expect(blockingIds('app/Payment.php', "\\Midtrans\\Config::$serverKey = 'Mid-server-q7Xk2mVt9LpZ4wRn8cBh3Jd6';\n")).toEqual(['midtrans-server-key']);
    expect(scan('app/Payment.php', "\\Midtrans\\Config::$serverKey = 'SB-Mid-server-q7Xk2mVt9LpZ4wRn8cBh3Jd6';\n")).toEqual([{ ruleId: 'midtrans-sandbox-server-key', blocking: false }]);
  });

  it('does not block a prefix and 1234, or a sandbox demo key', () => {
    expect(blockingIds('server/config.sh', 'export STRIPE_SECRET_KEY=rk_test_1234\nexport PRICE=price_1234\n')).toEqual([]);
    expect(blockingIds('src/store/index.js', "headers: { Authorization: 'Bearer FLWSECK_TEST-SANDBOXDEMOKEY-X' }\n")).toEqual([]);
  });

  it('blocks a generated key of every printable character as an environment fallback', () => {
    const settings = "SECRET_KEY = os.environ.get('SECRET_KEY', 'QxB@=4\"kfpwR.:m{trLKZhPq@JWX*N)bZ\"~v7,>3-;plMNQZ')\n";
    expect(blockingIds('shop/settings_prod.py', settings)).toEqual(['env-fallback-secret']);
  });
});

describe('sample 131: browser extensions', () => {
  it('blocks OMDb keys in userscripts', () => {
    expect(blockingIds('ratings.user.js', "const OMDB_API_KEY = '7c3e9a1f';\n")).toEqual(['omdb-api-key']);
    expect(blockingIds('ratings.user.js', "    const API_KEY = 'e5a1c9f3'; // your OMDb key\n")).toEqual(['omdb-api-key']);
  });

  it("reports Twitter's own web-client bearer low: it ships in Twitter's public JavaScript", () => {
    const bearer = `${'A'.repeat(21)}FQODgE${'A'.repeat(5)}Vq7mW2kR9tLp4Vz8Hn3cXw5Lp9WnRb7Yc%3DK8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsAe0uIo`;
    expect(scan('public/page.js', `xhr.setRequestHeader('Authorization', 'Bearer ${bearer}');\n`)).toEqual([{ ruleId: 'twitter-bearer-token', blocking: false }]);
    expect(blockingIds('public/page.js', `xhr.setRequestHeader('Authorization', 'Bearer ${bearer.replace('FQODgE', 'Xk4LpQ')}');\n`)).toEqual(['twitter-bearer-token']);
  });
});

describe('sample 132: front-end and Expo configuration', () => {
  it('does not block a serverless handler, a provider prefix before "YourKeyHere", or a Maps key the app config copies', () => {
    const handler = 'const stripe = new Stripe(process.env.VITE_STRIPE_SECRET_KEY);\nexport default async function handler(req, res) {}\n';
    expect(blockingIds('web/api/create-checkout-session.js', handler)).toEqual([]);
    expect(blockingIds('src/components/GuideModal.tsx', 'VITE_GEMINI_API_KEY="AIzaSyYourGeminiApiKeyHere"\n')).toEqual([]);
    const maps = 'GOOGLE_MAPS_API_KEY=AIzaSyK8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsAe0u\n\n"ios": { "config": { "googleMapsApiKey": "AIzaSyK8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsAe0u" } }\n';
    expect(blockingIds('docs/GOOGLE_MAPS.md', maps)).toEqual([]);
  });

  it('keeps the secrets of a deploy guide whose env block declares production', () => {
    const guide = '```env\nSESSION_SECRET=kEaZ9vQ2mXk4Lp7WnRb3Yc5Hd1Jf6GsA\nNODE_ENV=production\n```\n';
    expect(blockingIds('DEPLOYMENT.md', guide)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('DEPLOYMENT.md', guide.replace('production', 'development'))).toEqual([]);
  });
});

describe('left open after samples 126 and 132', () => {
  it('blocks code that turns git or Python TLS checks off through the environment', () => {
    expect(blockingIds('src/git_env.py', 'GIT_ENV = {\n    "GIT_SSL_NO_VERIFY": "1",\n}\n')).toEqual(['tls-verification-disabled-env-code']);
    expect(blockingIds('src/git_env.py', 'if os.environ.get("GIT_SSL_NO_VERIFY") == "1":\n    warn()\n')).toEqual([]);
  });

  it("blocks a secret read from Expo's extra config, which ships in the app", () => {
    expect(blockingIds('src/constants.js', 'export const DROPBOX_CLIENT_SECRET = Constants.expoConfig.extra.DROPBOX_CLIENT_SECRET;\n')).toEqual(['expo-extra-secret-read']);
    expect(blockingIds('src/constants.js', 'export const API_URL = Constants.expoConfig.extra.API_URL;\n')).toEqual([]);
  });
});
