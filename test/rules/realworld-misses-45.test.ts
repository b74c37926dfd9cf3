import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 271 to 278: voice and SMS apps, legacy web stacks, chatbots, social-media bots, .NET desktop apps, mail
// fetchers, observability keys, package-manager auth files. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 274: social-media bots', () => {
  it("blocks a praw.ini password whatever its strength, not its placeholders", () => {
    const ini = '[bot1]\nclient_id=Xq7pLm2Vw9RtZk\nusername=memes_bot\npassword=bluegoose7\n';
    expect(blockingIds('praw.ini', ini)).toEqual(['praw-ini-password']);
    expect(blockingIds('praw.ini', ini.replace('bluegoose7', 'your_password'))).toEqual([]);
    expect(blockingIds('notes.ini', ini)).toEqual([]);
  });

  it("reports a Mastodon.py credential file's client secret or user token", () => {
    const client = 'Xq7pLm2Vw9RtZkQ4bN8cYe1JfH6sD3gA0uT5iO2pWxK\nRk2Wp9vLq0XcTy7bNm4JsEqWvT8hG5dF1aZ6yU3iPoL\nhttps://mastodon.social\n';
    expect(scan('pytooter_clientcred.secret', client)).toEqual([{ ruleId: 'mastodon-py-credential-file', blocking: true }]);
    expect(blockingIds('bot/pytooter_usercred.secret', 'Mv8zQ2kLp5Wr9Tn3Yb7Xc1Df6Gh4Js0Ka2Pe8Ru5Io3\nhttps://fosstodon.org\n')).toEqual(['mastodon-py-credential-file']);
  });

  it('finds a Bluesky app password given to login, not a filler', () => {
    const login = "await agent.login({ identifier: 'ferry.bsky.social', password: 'k7pq-m2xz-wr4d-a9hn' })\n";
    expect(blockingIds('src/lib/api.ts', login)).toEqual(['bluesky-app-password']);
    expect(blockingIds('src/lib/api.ts', login.replace('k7pq-m2xz-wr4d-a9hn', 'xxxx-xxxx-xxxx-xxxx'))).toEqual([]);
  });
});

describe('samples 271 and 276: voice, SMS and mail apps', () => {
  it("judges a token that is hex written in base64 (Plivo's auth tokens) by the hex it holds", () => {
    const token = Buffer.from('c3a1f09e7b2d4c8e6a5f1b3d9e0c7a').toString('base64');
    expect(blockingIds('call.py', `auth_id = "MAXQ7PLM2VW9RTZK4BN8"\nauth_token = "${token}"\n`)).toEqual(['generic-secret-assignment']);
    const filler = Buffer.from('000000000000000000000000000000').toString('base64');
    expect(blockingIds('call.py', `auth_token = "${filler}"\n`)).toEqual([]);
  });

  it("finds the old Nexmo client's key and secret as its first two arguments", () => {
    expect(blockingIds('play.rb', "nexmo = Nexmo::Client.new('b3e19c02', '7d4fa6e1')\n")).toEqual(['nexmo-client-credentials']);
    expect(blockingIds('app.py', "client = nexmo.Client(key=os.environ['NEXMO_KEY'], secret=os.environ['NEXMO_SECRET'])\n")).toEqual([]);
  });

  it("finds Teller tokens in a file that names Teller, and msmtp's certificate check turned off", () => {
    expect(blockingIds('README.md', 'TELLER_BASE_URL=https://api.teller.io\nTELLER_ACCESS_TOKEN=token_q7mzxr2kbvn4ploe9tjw5dsa1c\n')).toEqual(['teller-access-token']);
    expect(scan('docker/run.sh', 'echo "tls_certcheck off" >> /etc/msmtprc\n')).toEqual([{ ruleId: 'msmtp-tls-certcheck-off', blocking: false }]);
  });
});

describe('samples 272 and 275: legacy web stacks and .NET desktop apps', () => {
  it('reads a Visual Basic `As String =` declaration as an assignment', () => {
    expect(blockingIds('Module1.vb', 'Public Const DB_PASSWORD As String = "Vr8#kq2Lm"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('Module1.vb', 'Public sqlpass As String = "Vr8#kq2Lm"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('Module1.vb', 'Dim password As String = txtPassword.Text\n')).toEqual([]);
  });

  it("keeps a NetworkCredential password whole across an apostrophe inside its double quotes", () => {
    const found = pack.rules.find((rule) => rule.id === 'network-credential-password');
    const line = 'smtp.Credentials = New Net.NetworkCredential("alerts@shop.io", "Z#=kP\')9*m<Q / Hwtt3Lb7")\n';
    const match = new RegExp(found?.pattern ?? '$^', found?.flags).exec(line);
    expect(match?.[found?.secretGroup ?? 0]).toBe("Z#=kP')9*m<Q / Hwtt3Lb7");
  });

  it("finds a Lucee datasource password exported as `encrypted:` hex (the engine's shared key decrypts it)", () => {
    const cfc = 'this.datasources["app"] = {\n  username: "app",\n  password: "encrypted:5c1be7f04a9d2e38b6c07f1d9a4e25b8c3f6a0d7e19b42c85f3a6d0e7b1c94f2"\n};\n';
    expect(blockingIds('webroot/Application.cfc', cfc)).toEqual(['lucee-encrypted-datasource-password']);
  });
});

describe('sample 277: observability keys', () => {
  it('finds Honeycomb keys in the exporter header and under Honeycomb names', () => {
    expect(blockingIds('sendMarker.js', 'headers: { "X-Honeycomb-Team": "q3Tz8Lm1KbVw0RcYx7NdPa" }\n')).toEqual(['honeycomb-api-key']);
    expect(blockingIds('.env.production', 'HONEYCOMB_API_KEY=Rk2Wp9vLq0XcTy7bNm4JsE\n')).toContain('honeycomb-api-key');
    expect(blockingIds('sendMarker.js', '"x-honeycomb-team": process.env.HONEYCOMB_API_KEY\n')).toEqual([]);
  });

  it("finds fastlane's app-specific password variable", () => {
    expect(blockingIds('README.md', 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=kwpe-tbzr-muqd-xvhs\n')).toEqual(['apple-app-specific-password']);
  });

  it("reads mock and fake files as tests, and no Google secret in another provider's name", () => {
    expect(classifyContext('policy-check-demo/mock_secrets.py')).toBe('test');
    expect(classifyContext('src/api.mock.ts')).toBe('test');
    expect(classifyContext('src/mockingbird.py')).toBe('code');
    const google = "GOOGLE_CLIENT_ID = os.environ['GOOGLE_CLIENT_ID']\nPAYPAL_CLIENT_SECRET = 'paypal_client_secret_456'\n";
    expect(scan('settings.py', google).map((finding) => finding.ruleId)).not.toContain('gcp-oauth-client-secret-legacy');
  });

  it("does not block a URL password that is the password's own name", () => {
    expect(blockingIds('settings.py', 'REDIS_URL = "redis://:redis_password_456@cache-7.prod-redis.net:6379/0"\n')).toEqual([]);
    expect(blockingIds('settings.py', 'REDIS_URL = "redis://:Kq7vT2xWm9Lp@cache-7.prod-redis.net:6379/0"\n')).toEqual(['database-url-password']);
  });
});
