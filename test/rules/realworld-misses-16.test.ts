import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives left open from samples 53 to 65 and found in samples 66 to 69 (Python and Node apps
// on PaaS, deploy docs, infrastructure). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('passwords with punctuation', () => {
  it('reads a quoted password that holds a parenthesis, not a call or a truncated regex', () => {
    const knex = "  production: {\n    connection: {\n      host: 'db.shop-prod.net',\n      password: 'Xk9(mPq2Lz7w!r',\n    },\n  },\n";
    expect(blockingIds('knexfile.js', knex)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('settings.py', 'DB_PASSWORD = get_password(vault_path)\n')).toEqual([]);
    expect(blockingIds('compat.py', 'HEX_PAT = "[0-9A-Fa-f]{1,4}"\nZONE_ID_PAT = "(?:%25|%)(?:[" + UNRESERVED_PAT + "]|%[a-fA-F0-9]{2})+"\n')).toEqual([]);
    expect(blockingIds('paginators-1.json', '      "output_token": "StreamDescription.Shards[-1].ShardId",\n')).toEqual([]);
  });
});

describe('Streamlit secrets (left open from sample 63)', () => {
  it('finds the committed secrets file and a random key under any *key name in it, a UUID too', () => {
    const secrets = '[api]\nkey = "3f2b8c1e-9a4d-4f7b-8e2c-1d5a6b7c8e9f"\ntomorrowio_key = "3dbbc2ce5120fae2358d6527a4de9a5d"\n';
    expect(blockingIds('.streamlit/secrets.toml', secrets)).toEqual(['streamlit-secrets-file', 'streamlit-secrets-key', 'streamlit-secrets-key']);
  });

  it('reports a secrets file of placeholders low, and leaves the same keys alone outside it', () => {
    expect(blockingIds('.streamlit/secrets.toml', 'tomorrowio_key = "your-tomorrowio-key"\nsort_key = "created_at"\n')).toEqual([]);
    expect(blockingIds('config/app.toml', 'tomorrowio_key = "3dbbc2ce5120fae2358d6527a4de9a5d"\n')).toEqual([]);
  });
});

describe('Django accounts created with a literal password (left open from sample 64)', () => {
  it("finds create_superuser's password in a deploy script, not an env lookup, and lowers it in tests", () => {
    const deploy = "echo \"from django.contrib.auth import get_user_model; get_user_model().objects.create_superuser('admin', 'admin@shop.io', 'Wz7pQk2mLx9v')\" | python manage.py shell\n";
    expect(blockingIds('deploy.sh', deploy)).toEqual(['django-create-user-password']);
    expect(blockingIds('deploy.sh', "User.objects.create_superuser('admin', 'admin@shop.io', os.environ['ADMIN_PASSWORD'])\n")).toEqual([]);
    expect(blockingIds('shop/tests/test_admin.py', "User.objects.create_superuser('admin', 'admin@shop.io', 'Wz7pQk2mLx9v')\n")).toEqual([]);
  });
});

describe('Python apps on PaaS (sample 66)', () => {
  it('finds a Flask key pasted as byte escapes, not the key of Flask’s docs twice', () => {
    expect(blockingIds('config.py', "    SECRET_KEY = '\\xf0?a\\x9a\\\\\\xff\\xd4;\\x0c\\xcbHi'\n")).toEqual(['framework-signing-key-literal']);
    expect(blockingIds('app.py', "app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'\n")).toEqual(['flask-docs-example-secret-key']);
  });

  it('reads django-insecure-change-this-later as a key left at its change-me value', () => {
    expect(blockingIds('dealers/settings.py', "SECRET_KEY = 'django-insecure-change-this-later'\n")).toEqual(['placeholder-secret-key-in-code']);
  });

  it("leaves startproject's DEBUG = True alone when settings or comments sit between it and an empty ALLOWED_HOSTS", () => {
    expect(blockingIds('mysite/settings.py', 'DEBUG = True\n\nTEMPLATE_DEBUG = True\n\nALLOWED_HOSTS = []\n')).toEqual([]);
    expect(blockingIds('mysite/settings.py', "DEBUG = True\n\nTEMPLATE_DEBUG = True\n\nALLOWED_HOSTS = ['shop.onrender.com']\n")).toEqual(['django-debug-true']);
    const between = "DEBUG = True\nFIELD_ENCRYPTION_KEY = BackEnd.field_key\n# ALLOWED_HOSTS = ['shop.example.com']\nALLOWED_HOSTS = []\n";
    expect(blockingIds('backend/settings.py', between)).toEqual([]);
  });

  it('reads *_PW and *_API names and a prefix that ends in two underscores', () => {
    expect(blockingIds('config.py', "GMAIL_UN = 'shop.alerts@gmail.com'\nGMAIL_PW = '9L2a8r8ry'\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config.py', '    SPAMWATCH_API = "w4Y2xp58lSdYxNrOtuLxc_YD~MwAZZ8DEE6CAsBLGhQ"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('group_vars/all/vault.yml', 'vault__mysql_password: "abcZx7KqPm2LwR9t"\n')).toEqual(['ansible-secrets-vars-value']);
    expect(blockingIds('src/api.ts', "const BASE_API = '/api/v1/shop';\nconst u = 'https://docs.stripe.com/x?dashboard-or-api=api#tokens';\n")).toEqual([]);
  });

  it('blocks sslmode=disable to a managed database on the internet, not to a private one', () => {
    expect(blockingIds('db/db.go', 'connStr := "host=shop.db.elephantsql.com port=5432 user=shop dbname=shop sslmode=disable"\n')).toEqual(['managed-database-sslmode-disable']);
    expect(blockingIds('db/db.go', 'connStr := "host=pg.shop-prod.internal port=5432 user=shop dbname=shop sslmode=disable"\n')).toEqual([]);
  });
});

describe('Node apps (sample 67)', () => {
  it("finds a secret passed to the page through Next's publicRuntimeConfig or a secret* key in Nuxt's public config", () => {
    const next = 'module.exports = {\n  publicRuntimeConfig: {\n    DATABASE_CONNECTION: process.env.DATABASE_CONNECTION,\n  },\n};\n';
    expect(blockingIds('next.config.js', next)).toEqual(['nuxt-public-runtime-config-secret']);
    const nuxt = 'export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      secretApi: process.env.NUXT_SECRET_API,\n    },\n  },\n});\n';
    expect(blockingIds('nuxt.config.ts', nuxt)).toEqual(['nuxt-public-runtime-config-secret']);
    expect(blockingIds('next.config.js', 'module.exports = {\n  serverRuntimeConfig: {\n    DATABASE_CONNECTION: process.env.DATABASE_CONNECTION,\n  },\n};\n')).toEqual([]);
  });

  it("leaves a copy of Next's runtime-config docs example alone", () => {
    const docs = "module.exports = {\n  serverRuntimeConfig: {\n    mySecret: 'secret',\n    secondSecret: process.env.SECOND_SECRET,\n  },\n};\n";
    expect(blockingIds('next.config.js', docs)).toEqual([]);
    expect(blockingIds('next.config.js', "module.exports = {\n  serverRuntimeConfig: {\n    mySecret: 'secret',\n  },\n};\n")).toEqual(['weak-secret-key']);
  });

  it('finds Pixabay and Pexels keys pasted into a README, not their placeholders', () => {
    const compose = '      PIXABAY_KEY: 54250193-3f9a1c7e2b8d4f6a0c5e9b7d1\n      PEXELS_KEY: 6NWag7Kq2mZ9xR4tLp8VcB3nJd5Hs1Fw0Ye6Ui2Oa7Qz9Xk4Mr8Tb3Ln\n';
    expect(blockingIds('backend.md', compose)).toEqual(['pixabay-api-key', 'pexels-api-key']);
    expect(blockingIds('backend.md', '      PIXABAY_KEY: your-pixabay-key\n      PEXELS_KEY: your_pexels_api_key_here\n')).toEqual([]);
  });
});

describe('deploy docs (sample 68)', () => {
  it("blocks a random value written into fly secrets set or heroku config:set in a README, not a placeholder or a setting", () => {
    const readme = '```\nfly -c deploy/fly.toml secrets set \\\n    ALLOWED_HOSTS=shop.fly.dev \\\n    SECRET_KEY=x8Fh2kq9LmZp4vRt7Yw3Nc6Bj1Gd5Hs0\n```\n';
    expect(blockingIds('README.md', readme)).toEqual(['paas-cli-secret-set']);
    expect(blockingIds('docs/deploy.md', 'heroku config:set SENDGRID_KEY="Hq8Lz2Xv7Km4Tp9Rw3Nc" -a shop-prod\n')).toEqual(['paas-cli-secret-set']);
    const placeholders = 'fly secrets set SECRET_KEY=$(openssl rand -hex 32) STRIPE_SECRET_KEY=<your-stripe-key>\nheroku config:set NODE_ENV=production DISABLE_COLLECTSTATIC=1\n';
    expect(blockingIds('README.md', placeholders)).toEqual([]);
    expect(blockingIds('docs/deploy.md', 'heroku config:set STRIPE_SECRET_KEY=sk_live_your-stripe-key AWS_REGION=ap-southeast-1\n')).toEqual([]);
  });

  it('reads a provider prefix followed by your-…-key as a placeholder in any file', () => {
    expect(blockingIds('.env.production', 'STRIPE_SECRET_KEY=sk_live_your-stripe-key\nRESEND_API_KEY=re_your-resend-key\n')).toEqual([]);
  });


  it('reads redis_password and an example-labelled Upstash host as documentation', () => {
    expect(blockingIds('docs/CONFIGURATION.md', 'REDIS_URL=redis://:redis_password@redis.internal:6379/0\n')).toEqual([]);
    expect(blockingIds('SETUP_GUIDE.md', 'UPSTASH_REDIS_URL=rediss://default:AbC1dEf2GhI3jKl4@us1-example-12345.upstash.io:6379\n')).toEqual([]);
    expect(blockingIds('config.yaml', 'uri: "mongodb+srv://servicelogin:CPCdZH5k0F6dxQ9V@example-prince.mongodb.net/?w=majority"\n')).toEqual(['database-url-password']);
  });
});

describe('Rails, Spring and mobile apps (samples 70 to 72)', () => {
  it('finds an OmniAuth Google secret that holds a hyphen, not hyphen-joined words', () => {
    const omniauth = "  provider :google_oauth2, '123456789012-abc.apps.googleusercontent.com', 'IMow4Xq-Zt9LpKc2Vb7Rn5Ws'\n";
    expect(blockingIds('config/initializers/omniauth.rb', omniauth)).toEqual(['gcp-oauth-client-secret-argument']);
    expect(blockingIds('setup.ps1', '$credsspAuthSetting = Get-ChildItem WSMan:\\localhost\n$token = Cross-Platform-Token\n')).toEqual([]);
  });

  it('finds HRKU- Heroku keys in the UUID form', () => {
    expect(blockingIds('bot.py', 'HEROKU_API_KEY = "HRKU-3f5b8c2e-9a4d-4f7b-8e2c-1d5a6b7c8e9f"\n')).toEqual(['heroku-api-key-v2']);
  });

  it('blocks Spring origin patterns * with credentials, and reports origin * with credentials at medium', () => {
    const patterns = '        registry.addMapping("/**")\n                .allowedOriginPatterns("*")\n                .allowCredentials(true);\n';
    expect(blockingIds('src/main/java/shop/WebConfig.java', patterns)).toEqual(['spring-cors-origin-patterns-credentials']);
    const old = '        registry.addMapping("/**")\n            .allowedOrigins("*")\n            .allowCredentials(true);\n';
    expect(scan('src/main/java/config/CrossRealmConfiguration.java', old)).toEqual([{ ruleId: 'spring-cors-wildcard-origin-credentials', blocking: false }]);
  });

  it("reads an app's native Maps SDK key in Expo config as public, also shown in docs", () => {
    const appJson = '    "android": {\n      "config": {\n        "googleMaps": {\n          "apiKey": "AIzaSyB3kQ9vLm2XrT7pWn4Hc8Jd5Fg6Ks1Ya0E"\n        }\n      }\n    },\n    "ios": { "config": { "googleMapsApiKey": "AIzaSyB3kQ9vLm2XrT7pWn4Hc8Jd5Fg6Ks1Ya0E" } }\n';
    expect(blockingIds('app.json', appJson)).toEqual([]);
    expect(blockingIds('docs/PROJECT_STATUS.md', appJson)).toEqual([]);
    expect(blockingIds('src/geocode.py', 'GEOCODING_KEY = "AIzaSyB3kQ9vLm2XrT7pWn4Hc8Jd5Fg6Ks1Ya0E"\n')).toEqual(['google-api-key']);
  });

  it('finds an Etherscan key and an FCM server key put behind a browser prefix', () => {
    expect(blockingIds('docs/DECRYPTION.md', 'VITE_ETHERSCAN_API_KEY=ZSGGQ7KD2VXM4PRT8WJ3NB6HCF5YA9LE1U\n')).toEqual(['etherscan-api-key']);
    expect(blockingIds('.env.production', 'REACT_APP_FIREBASE_SERVER_KEY=02348c1e9a4d4f7b8e2c1d5a6b7c8e9f3a7b5c21\n')).toEqual(['client-exposed-secret-env']);
    expect(blockingIds('hardhat.config.ts', '  etherscan: {\n    apiKey: process.env.ETHERSCAN_API_KEY,\n  },\n')).toEqual([]);
  });

  it('finds a Gmail app password written as the fallback of an env lookup, once', () => {
    const config = "MAIL_SERVER = 'smtp.gmail.com'\nMAIL_PASSWORD = os.getenv('MAIL_PASSWORD', 'yqgu kfmw pzrt hbxe')\n";
    expect(blockingIds('app/__init__.py', config)).toEqual(['gmail-app-password']);
    expect(blockingIds('app/__init__.py', "MAIL_PASSWORD = os.getenv('MAIL_PASSWORD')\n")).toEqual([]);
  });
});

describe('.NET, PHP and Supabase/Firebase apps (samples 74 to 76)', () => {
  it("blocks ASP.NET's SetIsOriginAllowed(origin => true) with credentials, lowered inside an Allman-braced IsDevelopment block", () => {
    const cors = 'app.UseCors(x => x.AllowAnyMethod().AllowAnyHeader()\n    .SetIsOriginAllowed(origin => true)\n    .AllowCredentials());\n';
    expect(blockingIds('API/Program.cs', cors)).toEqual(['aspnet-cors-any-origin-credentials']);
    const dev = `if (app.Environment.IsDevelopment())\n{\n    ${cors}}\n`;
    expect(scan('API/Program.cs', dev)).toEqual([{ ruleId: 'aspnet-cors-any-origin-credentials', blocking: false }]);
    expect(blockingIds('API/Program.cs', `${dev}app.MapControllers();\n${cors}`)).toEqual(['aspnet-cors-any-origin-credentials']);
  });

  it('finds a machineKey written in Web.config, not AutoGenerate', () => {
    const key = 'EBF9A3C1D74E2B8F06A5C9D13E7B4F28A6C0D95E1B3F7A2C8D4E6F09B1A5C3D7';
    expect(blockingIds('Web/Web.config', `<machineKey validationKey="${key}" validation="HMACSHA256" />\n`)).toEqual(['aspnet-machine-key']);
    expect(blockingIds('Web/Web.config', '<machineKey validationKey="AutoGenerate,IsolateApps" />\n')).toEqual([]);
  });

  it('reads a Firebase web key on its own line after an env fallback as public, and a placeholder behind a browser prefix as unfilled', () => {
    const config = 'const firebaseConfig = {\n  apiKey:\n    process.env.NEXT_PUBLIC_FIREBASE_API_KEY ||\n    "AIzaSyB3kQ9vLm2XrT7pWn4Hc8Jd5Fg6Ks1Ya0E",\n  authDomain: "shop-7f3a2.firebaseapp.com",\n};\n';
    expect(blockingIds('lib/firebase.ts', config)).toEqual([]);
    expect(blockingIds('.env.local', 'NEXT_PUBLIC_OPENAI_API_KEY=your_openai_api_key\n')).toEqual([]);
    expect(blockingIds('.env.local', 'NEXT_PUBLIC_OPENAI_API_KEY=k9Wm2Qx7LpT4vRz8NcY3\n')).toContain('client-exposed-secret-env');
  });
});

