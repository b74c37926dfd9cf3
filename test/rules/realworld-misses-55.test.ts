import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 402 and 431 onwards: misses the real-world samples found after sample 430. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

const runwayKey = 'key_23e757474bbd30b034c3d3532e51688a49d7e02130a6738c5204be2950bd7b81aa9c1b38ba91cc680c52840b5730aa5d6e5b096de4ec53b0aeb61071aa6c9880';

describe('sample 402: AI media keys', () => {
  it('blocks a Runway key, and one pasted twice with no separator (one finding: the line is one leak)', () => {
    expect(blockingIds('runway_video.py', `client = RunwayML(api_key="${runwayKey}")\n`)).toEqual(['runwayml-api-key']);
    expect(blockingIds('runway_video.py', `client = RunwayML(api_key="${runwayKey}${runwayKey}")\n`)).toEqual(['runwayml-api-key']);
    expect(blockingIds('runway_video.py', 'client = RunwayML(api_key=os.environ["RUNWAYML_API_SECRET"])\n')).toEqual([]);
  });

  it("blocks a key given as the default value of a Lovable secret form, not the form without one", () => {
    const form = (extra: string): string => `<lov-secret name="BFL_API_KEY" description="Black Forest Labs key (Flux)"${extra} />\n`;
    expect(blockingIds('BFL_API_KEY_SETUP.md', form(' default-value="3e9a1c57-b2d4-4f86-9a0e-c7d15f28e4b3"'))).toEqual(['xml-config-secret']);
    expect(blockingIds('BFL_API_KEY_SETUP.md', form(''))).toEqual([]);
  });
});

describe('sample 434: scrapers and notifiers', () => {
  it("drops the secret half of Telegram's docs bot token whatever bot id a guide puts before it", () => {
    expect(blockingIds('README.md', 'TELEGRAM_BOT_TOKEN=3456789012:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\n')).toEqual([]);
    expect(blockingIds('bot.py', 'TOKEN = "6789012345:AAHqxTcvCH1vGWJxfSeofSAs0K5PALDsaw"\n')).toEqual(['telegram-bot-token']);
  });
});

describe('samples 431 and 438: Go services and ASP.NET Core', () => {
  it('blocks a password with a dot in it when its parts are no names', () => {
    const env = 'MONGO_USER = olmedo\nMONGO_PASS = k3tQZ9mPxaB.rdq\nMONGO_HOST = shopapp.ab3c9de.mongodb.net/\n';
    expect(blockingIds('cmd/.env', env).filter((id) => id !== 'dotenv-file')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app/config.py', 'MONGO_PASS = "self.dbPassword2"\n')).toEqual([]);
  });

  it('blocks a getter that returns a generated secret, not one that reads the environment', () => {
    expect(blockingIds('config/config.go', 'func GetJWTSecret() string {\n\treturn "qZ8vN2mLpR4tXw7KcB5y"\n}\n')).toEqual(['secret-getter-literal']);
    expect(blockingIds('config/config.go', 'func GetJWTSecret() string {\n\treturn os.Getenv("JWT_SECRET")\n}\n')).toEqual([]);
  });

  it('blocks a JWT signing phrase longer than 80 characters in appsettings.json', () => {
    const phrase = 'keepthiskeyprivate_or_the_whole_api_falls_over_so_store_it_well' + 'andneverevershareitwithanyonenotevenyourclosestteammate';
    const settings = `{\n  "JwtSettings": {\n    "Key": "${phrase}",\n    "Issuer": "TaskApi"\n  }\n}\n`;
    expect(blockingIds('appsettings.json', settings)).toEqual(['json-jwt-section-phrase-key']);
  });
});

describe('sample 432: WordPress', () => {
  const localDb = "define( 'DB_USER', 'root' );\ndefine( 'DB_PASSWORD', '' );\n";

  it("blocks WP Mail SMTP's password in a local install, whose mail account is remote all the same", () => {
    expect(blockingIds('wp-config.php', `${localDb}define( 'WPMS_SMTP_PASS', '_pRtYq&4.K]m' );\n`)).toEqual(['php-define-mail-password']);
    expect(blockingIds('wp-config.php', `${localDb}define( 'JWT_AUTH_SECRET_KEY', 'Hq8vT2mXk4Lt9RzWp6Yb3Nc7' );\n`)).toEqual([]);
  });

  it('does not read a commented-out local fallback as a local install', () => {
    const salts = "define( 'AUTH_KEY', 'Pq>7-Z*h:ra]Lk=.&mWDHe*_#Y`F} !}c(3<xBT`{n}=#QKV~?8#J52R4%UOE[(]' );\n";
    expect(blockingIds('wp-config.php', `// define( 'DB_PASSWORD', '' );\ndefine( 'DB_PASSWORD', getenv('DB_PASSWORD') );\n${salts}`)).toEqual(['wordpress-auth-salts']);
    expect(blockingIds('wp-config.php', `${localDb}${salts}`)).toEqual([]);
  });
});

describe('samples 432, 436 and 437: Google keys in apps and WordPress', () => {
  const key = 'AIzaSyB3kQ9mT2xL7vN4pR8wZ1cY6hJ5dF0gE3s';

  it("leaves an Android app's Maps key in its string resource or Gradle resValue, and ACF's Maps key, to confidence low", () => {
    expect(blockingIds('app/src/main/res/values/google_maps_api.xml', `<resources>\n  <string name="google_maps_key" templateMergeStrategy="preserve"\n    translatable="false">${key}</string>\n</resources>\n`)).toEqual([]);
    expect(blockingIds('android/app/build.gradle', `resValue "string", "google_maps_key", (project.findProperty("MAPS_KEY") ?: "${key}")\n`)).toEqual([]);
    expect(blockingIds('inc/acf.php', `<?php\nfunction theme_acf_init() {\n    acf_update_setting('google_api_key', '${key}');\n}\n`)).toEqual([]);
    expect(blockingIds('app/src/main/res/values/strings.xml', `<resources><string name="gemini_key">${key}</string></resources>\n`)).toEqual(['google-api-key']);
  });

  it("blocks a Gemini key in a sample's GenerativeAI-Info.plist, not a Firebase GoogleService-Info.plist key", () => {
    const plist = (entries: string): string => `<plist version="1.0">\n<dict>\n${entries}</dict>\n</plist>\n`;
    expect(blockingIds('GeminiX/GenerativeAI-Info.plist', plist(`\t<key>API_KEY</key>\n\t<string>${key}</string>\n`))).toEqual(['google-api-key']);
    expect(blockingIds('App/GoogleService-Info.plist', plist(`\t<key>API_KEY</key>\n\t<string>${key}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>770714758504</string>\n`))).toEqual([]);
  });
});

describe('sample 435: CRM and e-mail marketing', () => {
  it("blocks Mailjet's secret key as apiConnect's second argument, not keys read from the environment", () => {
    expect(blockingIds('mailer.ts', 'const mailjet = Mailjet.apiConnect(\n  "5b07e1c3d9a2446f8e13b0c7da95f21e",\n  "c41f7e0a92db4e35a8f1b6c0d3e7925a"\n);\n')).toEqual(['mailjet-secret-key']);
    expect(blockingIds('mailer.ts', 'const mailjet = Mailjet.apiConnect(process.env.MJ_APIKEY_PUBLIC, process.env.MJ_APIKEY_PRIVATE);\n')).toEqual([]);
  });

  it('blocks a private API key read under a browser prefix', () => {
    expect(blockingIds('utils/klaviyoClient.ts', 'const session = new ApiKeySession(process.env.NEXT_PUBLIC_KLAVIYO_PRIVATE_API_KEY!);\n')).toEqual(['client-exposed-secret-env-read']);
  });

  it("does not report a Salesforce consumer key, the connected app's client id, but keeps NetSuite's", () => {
    expect(blockingIds('settings.py', 'SALESFORCE_CONSUMER_KEY = "3MVG9Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gA"\n')).toEqual([]);
    expect(blockingIds('settings.py', 'NETSUITE_CONSUMER_KEY = "4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c9f0e1d2c"\n')).toEqual(['key-named-constant']);
  });
});

describe('samples 433, 442 and 446: compose stacks, bots and front-ends', () => {
  it("drops gluetun's published WireGuard key and an Authelia config whose author blanked every value to 'secret'", () => {
    expect(blockingIds('docker-compose.yml', 'services:\n  gluetun:\n    environment:\n      - WIREGUARD_PRIVATE_KEY=wOEI9rqqbDwnN8/Bpp22sVz48T71vJ4fYmFWujulwUU=\n')).toEqual([]);
    const authelia = (user: string): string => `jwt_secret: 'secret'\nstorage:\n  mysql:\n    database: 'authelia'\n    username: '${user}'\n`;
    expect(blockingIds('authelia/configuration.yml', authelia('secret'))).toEqual([]);
    expect(blockingIds('authelia/configuration.yml', authelia('authelia'))).toEqual(['weak-secret-key']);
  });

  it("keeps a private key in a guide that also lists a search service's public API key", () => {
    const guide = 'BUILDER_PRIVATE_KEY=bpk-3f9a1c57b2d44f869a0ec7d15f28e4b3\n\n### Builder.io\n- **Public API Key:** `286fbab6792c4f4f86cd9ec36393ea60`\n';
    expect(blockingIds('src/config/builder.env', guide)).toEqual(['builder-private-key']);
  });

  it('lowers a Discord token whose bot id is digits counted up', () => {
    expect(blockingIds('ENVIRONMENT.md', 'DISCORD_TOKEN=MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.HqRsTu.Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gAxT2mXk\n')).toEqual([]);
  });
});

describe('samples 439 and 441: notebooks and Kubernetes', () => {
  it("blocks a Kaggle key in a notebook cell that writes kaggle.json, whose quotes the notebook's JSON escapes", () => {
    const cell = '{"cells": [{"source": ["!echo \'{\\"username\\":\\"qzuser77\\",\\"key\\":\\"KGAT_3f9a1c57b2d44f869a0ec7d15f28e4b3\\"}\' > ~/.kaggle/kaggle.json\\n"]}]}\n';
    expect(blockingIds('notebooks/train.ipynb', cell)).toEqual(['kaggle-api-key']);
  });

  it("drops a SealedSecret's ciphertext rendered by Jsonnet, not a long random password", () => {
    const cipher = (seed: number): string => `Ag${Array.from({ length: 700 }, (_, i) => 'Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gA/+'[(i * seed + 7) % 34]).join('')}==`;
    const sealed = `{\n  kind: 'SealedSecret',\n  spec: {\n    encryptedData: {\n      LDAP_ADMIN_PASSWORD: '${cipher(5)}',\n      LDAP_ADMIN_USERNAME: '${cipher(11)}',\n    },\n  },\n}\n`;
    expect(blockingIds('apps/ldap/sealedSecrets.libsonnet', sealed)).toEqual([]);
    expect(blockingIds('apps/ldap/secrets.libsonnet', "{\n  LDAP_ADMIN_PASSWORD: 'Kq7vT2xWm9LpQz4RnB8cYe1J',\n}\n")).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 443 and 444: Next.js starters and Django on Heroku', () => {
  it("blocks an Upstash token of a newer database (gQ…), and a BaseHub token", () => {
    expect(blockingIds('scripts/push-signals.js', "const redis = new Redis({ url: 'https://wondrous-otter-15820.upstash.io', token: 'gQAAAAAAAl4xAAIgcDdhYmY4MTYyODY1MTQ4OWY0Mjk0YjM1ODQzZmViZmU5cDE1ODIwNA' });\n")).toEqual(['upstash-redis-rest-token']);
    expect(blockingIds('notes/ENV_TEMPLATES.md', 'BASEHUB_TOKEN="bshb_pk_vggcyfq65rygfd883q8l26to191rid8l9w010wvr2v2m17zypfr7u0itolgx5yjy"\n')).toEqual(['basehub-token']);
  });

  it('joins a Redis URL a dict value splits over two lines of implicit concatenation', () => {
    const settings = 'CACHES = {\n    "default": {\n        "LOCATION": "redis://h:p402b5cbd2fbadeffbea8fdf2398a1912fa6e90052948fc2536ffa93d9443e099@"\n                    "ec2-18-209-253-27.compute-1.amazonaws.com:63879",\n    }\n}\n';
    expect(blockingIds('heroku.py', settings)).toEqual(['database-url-password']);
  });
});

describe('samples 432 and 433: WordPress hosting and home-server scripts', () => {
  it("blocks display_errors on in a deployed .htaccess, not off or php.ini-development's", () => {
    expect(blockingIds('api/.htaccess', 'php_flag display_errors on\nRewriteEngine On\nRewriteBase /api/\n')).toEqual(['php-display-errors-on']);
    expect(blockingIds('api/.htaccess', 'php_flag display_errors off\n')).toEqual([]);
    expect(blockingIds('php.ini-development', 'display_errors = On\n')).toEqual([]);
  });

  it("blocks Really Simple Security's encryption key", () => {
    expect(blockingIds('wp-config.php', "define('RSSSL_KEY', 'Hq8ZTPmLw3vq5dfbN2XcGaRSe7uyBjKwHQDlFpXvRq6Mt2wAZMc4y8N3VHCk7Lxq');\n")).toEqual(['php-define-secret']);
  });

  it("keeps a Movefile's staging database password on localhost, the server's own, and lowers the local one", () => {
    const env = (name: string, password: string): string => `${name}:\n  vhost: "https://shop.example.net"\n  wordpress_path: "/home/forge/shop"\n\n  database:\n    name: "shop"\n    user: "shop"\n    password: "${password}"\n    host: "localhost"\n\n`;
    const movefile = `${env('local', 'Tq8vXm2Lz9Rk4Wp7')}${env('staging', 'Hq8vT2mXk4Lt9RzW')}  ssh:\n    host: "shop.example.net"\n`;
    expect(blockingIds('Movefile', movefile)).toEqual(['generic-secret-assignment']);
  });

  it('blocks a Traefik basic-auth hash that a script writes through a heredoc, each $ escaped', () => {
    const script = 'cat > docker-compose.yml <<EOF\n      - "traefik.http.middlewares.auth.basicauth.users=admin:\\$\\$apr1\\$\\$KmAQwGZ0\\$\\$DA3sORPZjs9ALxLpE0ilYu"\nEOF\n';
    expect(blockingIds('setup-traefik.sh', script)).toEqual(['traefik-basicauth-hash']);
  });
});

describe('sample 437: iOS and Flutter', () => {
  it("blocks an Apple ID session that fastlane spaceauth printed, not a placeholder for it", () => {
    const session = (value: string): string => `let env = [\n    "FASTLANE_SESSION": """\n    ---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: ${value}\\n  domain: idmsa.apple.com\\n\n    """,\n]\n`;
    expect(blockingIds('fastlane/swift/EnvironmentAttributes.swift', session('Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1Lr5KqT2mXk4Lt9RzWp6Yb3Nc7'))).toEqual(['fastlane-session-cookie']);
    expect(blockingIds('fastlane/swift/EnvironmentAttributes.swift', session('<session>'))).toEqual([]);
  });
});

describe('sample 436: Android apps', () => {
  const jwt = (claims: object): string => {
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.Kq7vT2xWm9LpQz4RnB8cYe1JfH6sD3gAxT2mXk4Lt9R`;
  };
  const header = (token: string): string => `request.addHeader("Authorization", "Bearer ${token}")\n`;

  it('lowers a bearer token that expired seconds after it was issued, not a year-long one', () => {
    expect(blockingIds('app/src/main/java/ApiConfig.kt', header(jwt({ sub: '812', iat: 1719835200, exp: 1719835230 })))).toEqual([]);
    expect(blockingIds('app/src/main/java/ApiConfig.kt', header(jwt({ sub: '812', iat: 1719835200, exp: 1751371200 })))).toEqual(['json-web-token']);
  });
});

describe('samples 452, 453 and 454: serverless, desktop and Supabase', () => {
  it('blocks a token given to a command as a separate flag argument, not one read from the environment', () => {
    expect(blockingIds('scripts/deploy-prod.sh', 'serverless deploy --stage prod --API_KEY 7hG3kP9xQ2mT5vR8wZ4nB6cY1jL3dF7sA9\n')).toEqual(['cli-flag-secret']);
    expect(blockingIds('deploy.sh', 'vercel deploy --prod --token "$VERCEL_TOKEN"\n')).toEqual([]);
  });

  it("blocks a CDK SecretValue.unsafePlainText literal and a password pgcrypto hashes in a migration", () => {
    expect(blockingIds('lib/user-stack.ts', "secretStringValue: SecretValue.unsafePlainText('Q7KXM2PLR9WZTB4NHC8D'), // TODO: DO NOT COMMIT\n")).toEqual(['iac-plaintext-secret']);
    expect(blockingIds('supabase/migrations/20240521_staff.sql', "  'staff@univ.example.ac.jp', crypt('Kq7vT2xW', gen_salt('bf')), now(),\n")).toEqual(['sql-crypt-password']);
  });

  it("lowers an installed app's OAuth secret whose comment says it is safe in version control", () => {
    const flow = (comment: string): string => `var (\n\t// ${comment}\n\toauthClientSecret = "4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c9f0e1d2c"\n)\n`;
    expect(blockingIds('internal/authflow/flow.go', flow('This value is safe to be embedded in version control'))).toEqual([]);
    expect(blockingIds('internal/authflow/flow.go', flow('The OAuth app of the CLI'))).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 449, 450 and 451: games, IoT and payments outside the US', () => {
  it('drops a key counting all ten digits down', () => {
    expect(blockingIds('docs/secrets-management.md', 'ANALYTICS_API_KEY=ak-test-9876543210fedcba\n')).toEqual([]);
  });

  it("leaves a Firebase web key in a C macro to confidence low, not a Gemini key", () => {
    const key = 'AIzaSyB3kQ9mT2xL7vN4pR8wZ1cY6hJ5dF0gE3s';
    expect(blockingIds('include/Secrets.h', `#define SECRETS_FIREBASE_API_KEY "${key}"\n`)).toEqual([]);
    expect(blockingIds('include/Secrets.h', `#define GEMINI_API_KEY "${key}"\n`)).toEqual(['google-api-key']);
  });

  it("blocks an MQTT broker's password and a ThingsBoard device token given to paho", () => {
    expect(blockingIds('server.py', 'client.username_pw_set("qzdevice", "Tq8vXm2Lz9Rk")\n')).toEqual(['mqtt-login-literal']);
    expect(blockingIds('keypad_client.py', 'client.username_pw_set("Kq7vT2xWm9LpQz4RnB8c")\n')).toEqual(['mqtt-login-literal']);
  });

  it("blocks Paytm's merchant key and a PayU salt set above the PayU URL", () => {
    expect(blockingIds('payment/config_paytm.php', "define('PAYTM_ENVIRONMENT', 'PROD');\ndefine('PAYTM_MERCHANT_KEY', 'q7W#z2Lp9Xk&Tn4v');\n")).toEqual(['paytm-merchant-key']);
    expect(blockingIds('resources/views/pay.blade.php', '<?php\n   $SALT = "Kq7vT2xWmP";\n   $PAYU_BASE_URL = "https://secure.payu.in";\n')).toEqual(['payment-gateway-signing-secret']);
  });
});

describe('sample 454: Supabase projects', () => {
  it("drops a project ref typed where the pooler URL's password goes, not a password", () => {
    const script = (password: string): string => `supabase db push --db-url="postgresql://postgres:${password}@aws-0-eu-west-1.pooler.supabase.com:6543/postgres"\nVITE_SUPABASE_URL=https://qorvabnemtulkydxsapf.supabase.co\n`;
    expect(blockingIds('setup-dev-mode.sh', script('qorvabnemtulkydxsapf'))).toEqual([]);
    expect(blockingIds('setup-dev-mode.sh', script('Kq7vT2xWm9LpQz4R'))).toEqual(['database-url-password']);
  });
});

describe('sample 453: a Rust wallet script', () => {
  it('blocks a recovery phrase in a Rust constant named MNEMONIC_PHRASE', () => {
    const phrase = 'ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor';
    expect(blockingIds('src/main.rs', `const MNEMONIC_PHRASE: &str = "${phrase}";\n`)).toEqual(['wallet-mnemonic']);
  });
});
