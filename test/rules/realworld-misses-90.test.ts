import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1589 to 1612. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

// An HS256 JWT over the given claims, signed with the given key.
function signJwt(claims: object, key: string): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

describe('keys in request headers and mailer URLs', () => {
  it("blocks a key under a quoted header name that a formatter moved to the next line, and not a variable there", () => {
    const wrapped = "      headers: {\n        'X-API-Key':\n            '5c0e9a3f7b2d48e1a6f0c3d9b7e2a4f18d6c0b3e9a7f2d5c1b8e4a0f6d3c9b27',\n      },\n";
    expect(blockingIds('lib/backend/api_requests/api_calls.dart', wrapped)).toEqual(['generic-secret-next-line']);
    expect(blockingIds('lib/backend/api_requests/api_calls.dart', "      headers: {\n        'X-API-Key':\n            apiKey,\n      },\n")).toEqual([]);
  });

  it('reads a mail URL whose password holds a `$` that opens no variable', () => {
    const env = 'MAIL_URL=smtp://ops@vantor.io:$&q7Lm!zR2wT9vKXp4N@smtp.gmail.com:587\n';
    expect(blockingIds('.env.production', env).filter((id) => id !== 'dotenv-file')).toEqual(['mail-url-password']);
  });
});

describe('open-banking aggregators', () => {
  it("blocks a Finicity app key in its header and a Salt Edge secret, and not Salt Edge's app id", () => {
    expect(blockingIds('server/controllers/link.js', "headers: {\n  'Finicity-App-Key': '3e9b71c05fa8d24e6b0c17f93a5d28e4',\n}\n")).toEqual(['finicity-app-key']);
    const env = 'SALTEDGE_APP_ID=Kq3vN8xR2mTw7YbLc5Hd9Fs4Gj6Pz1Ae0Ui3Oo8Mn2W\nSALTEDGE_SECRET=Wn6cT1bY8pL3kR0vM5hQ9sX2dF7gJ4zA1eU6iO8uKaE\n';
    expect(blockingIds('docs/setup.md', env)).toEqual(['saltedge-secret']);
  });
});

describe('web frameworks and scripts', () => {
  it('blocks a Pyramid session factory secret, and not the docs value or a setting read in', () => {
    expect(blockingIds('site/__init__.py', "    session_factory = SignedCookieSessionFactory('rW4kLm9TzQ2vX')\n")).toEqual(['pyramid-signing-secret-literal']);
    expect(blockingIds('site/__init__.py', "    session_factory = SignedCookieSessionFactory('itsaseekreet')\n")).toEqual([]);
    expect(blockingIds('site/__init__.py', "    session_factory = SignedCookieSessionFactory(settings['session.secret'])\n")).toEqual([]);
  });

  it("does not block a Tornado blog demo's `123456` cookie secret", () => {
    expect(blockingIds('blog.py', "settings = dict(cookie_secret=\"123456\", debug=True)\n")).toEqual([]);
  });

  it('blocks a sudo password piped to `sudo -S`, and not one read from a variable', () => {
    expect(blockingIds('deploy/setup.py', "    cmd = f\"echo 'Pq4wZt8Lr2Kv' | sudo -S bash -c '{cmd}'\"\n")).toEqual(['sudo-stdin-password']);
    expect(blockingIds('deploy/setup.sh', 'echo "$SUDO_PASS" | sudo -S systemctl restart app\n')).toEqual([]);
  });

  it("treats Joomla's configuration.dist.php as a shipped template and Apple's APNS_KEY_ID as no secret", () => {
    const dist = "class JConfig {\n  public $secret = 'Rq5Tw8Zk2Lm7Vn4Xb9Pc3Hd6';\n}\n";
    expect(blockingIds('installation/configuration.dist.php', dist)).toEqual([]);
    expect(blockingIds('configuration.php', dist)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('README.md', 'supabase secrets set APNS_KEY_ID=Q7XK2M9RTV APNS_TEAM_ID=H4PZ8W3NLC\n')).toEqual([]);
  });

  it("does not block a test JWT signed with the stock key `secret`, and still blocks the same claims under a real key", () => {
    const claims = { sub: 'ops-gateway', iat: 1700000000, exp: 1900000000 };
    expect(scan('lua/verify.lua', `local jwt_token = "${signJwt(claims, 'secret')}"\n`)).toEqual([{ ruleId: 'json-web-token', blocking: false }]);
    expect(blockingIds('lua/verify.lua', `local jwt_token = "${signJwt(claims, 'Tq9vL2xR7mK4wZ8pN3cH6')}"\n`)).toEqual(['json-web-token']);
  });
});

describe('round two: mobile, BI and notebooks', () => {
  it("reports the Cordova and Capacitor Google Maps plugins' keys below blocking, as native Maps keys that ship in the app", () => {
    const cordova = "App.configurePlugin('cordova-plugin-googlemaps', {\n  'API_KEY_FOR_ANDROID': 'AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e'\n});\n";
    expect(scan('mobile-config.js', cordova)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    const capacitor = "  plugins: {\n    GoogleMaps: {\n      apiKey: \"AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e\",\n    },\n  },\n";
    expect(scan('capacitor.config.ts', capacitor)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
  });

  it("does not block a Firebase Storage download link's token, and still blocks a token in another service's URL", () => {
    const icon = "large_icon: 'https://firebasestorage.googleapis.com/v0/b/shop-11975.appspot.com/o/icon.png?alt=media&token=6f1c2e9a-47b3-4d8e-9a5c-3b7e1f0d2c84'\n";
    expect(blockingIds('src/app/tab5/tab5.page.ts', icon)).toEqual([]);
    expect(blockingIds('src/app/feed.ts', "feed: 'https://api.feedhub.io/v2/items?limit=5&token=Tq9vL2xR7mK4wZ8pN3cH6y'\n")).toEqual(['generic-secret-assignment']);
  });

  it("reports Superset's documented SECRET_KEY as the well-known key it is", () => {
    expect(blockingIds('superset/superset_config.py', "SECRET_KEY = 'thisISaSECRET_1234'\n")).toEqual(['weak-secret-key']);
  });

  it("reads a Vertex AI express-mode key (AQ.…) with its own rule, and leaves an OAuth scope after `auth:` alone", () => {
    expect(blockingIds('learning_buddy.py', 'genai.configure(api_key="AQ.Ab8RN6Kq3vTx9Lm2Wz7Rb5Nc8Hd1Fs4Gj6Py0Ue3Io8Ma2Tk_Qw")\n')).toEqual(['google-cloud-bound-api-key']);
    expect(blockingIds('Auth/FeishuAuthManager.swift', '    "scope": "auth:user.id:read offline_access task:task:read",\n')).toEqual([]);
  });

  it('does not call a keyword argument naming a variable a stock password', () => {
    expect(scan('db/ssh_mysql.py', '        conn = pymysql.connect(\n            host=host,\n            password=mysql_password,\n        )\n')).toEqual([]);
  });
});

describe('round three: CMS, commerce, search and servers', () => {
  it('blocks the keys given to `composer config http-basic.<host>`, also in a dev container script, and not variables', () => {
    const setup = 'composer config -g -a http-basic.repo.magento.com 5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b3 9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c\n';
    expect(blockingIds('.devcontainer/setup.sh', setup)).toEqual(['composer-http-basic-config']);
    expect(blockingIds('setup.sh', 'composer config -g http-basic.repo.magento.com "$MAGENTO_PUBLIC_KEY" "$MAGENTO_PRIVATE_KEY"\n')).toEqual([]);
  });

  it("does not block a DocSearch key beside DocSearch's inputSelector option", () => {
    const options = "    options: {\n        apiKey: '8d3f0b6a2e9c47d1b5a8f3e6c0d2b9a7',\n        indexName: 'shop_docs',\n        inputSelector: '#search'\n    }\n";
    expect(blockingIds('gatsby-config.js', options)).toEqual([]);
  });

  it('drops a password that says it is not secure, and treats `dockerhost` as the local Docker host', () => {
    expect(blockingIds('ldap/populate.py', "conn = Connection(server, 'cn=admin,dc=shop,dc=io', password=\"notaverysecurepassword\")\n")).toEqual([]);
    expect(blockingIds('docs/install.md', '"DataSource": "mmuser:Qm7tXw3Lp@tcp(dockerhost:3306)/mattermost_test?charset=utf8mb4"\n')).toEqual([]);
  });

  it("lowers DEBUG = True in a developer's settings override", () => {
    expect(scan('zproject/dev_settings_override.py', 'DEBUG = True\n')).toEqual([{ ruleId: 'django-debug-true', blocking: false }]);
  });
});
