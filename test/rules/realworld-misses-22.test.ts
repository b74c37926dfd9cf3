import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 113 to 120 (Flask and FastAPI apps, Next.js apps, Helm and GitOps
// repositories, AI agents, data engineering, dotfiles, research code, CRM integrations) and 121 to 124. Every value is
// invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const medium = (ruleId: string) => [{ ruleId, blocking: false }];

describe('sample 113: Flask and FastAPI apps', () => {
  it("reports FastAPI's tutorial key as a published key, and docker-compose-dev.yml as a development stack", () => {
    // Anyone can forge tokens signed with it (sample 375 found it set on Heroku): weak-secret-key, not a leaked secret.
    expect(blockingIds('app/core/security.py', 'SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"\n')).toEqual(['weak-secret-key']);
    const compose = 'services:\n  api:\n    environment:\n      - SECRET_KEY=Kq8vTz2mXk4Lp9Wn3Rb7Yc5Hd1Jf6Gs\n';
    expect(blockingIds('docker-compose-dev.yml', compose)).toEqual([]);
    expect(blockingIds('docker-compose-prod.yml', compose)).toEqual(['compose-literal-secret-env']);
  });
});

describe('sample 113: mail passwords', () => {
  it('blocks a guessable mail password beside the address of a real mailbox at a public mail service', () => {
    const config = "MAIL_SERVER = 'smtp.googlemail.com'\nMAIL_USERNAME = 'maria.lopez1987@gmail.com'\nMAIL_PASSWORD = 'marialopez87'\n";
    expect(blockingIds('flaskblog/config.py', config)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('flaskblog/config.py', config.replace('maria.lopez1987', 'youremail'))).toEqual([]);
    expect(blockingIds('app/settings.py', "ADMIN_EMAIL = 'maria.lopez1987@gmail.com'\nDB_PASSWORD = 'marialopez87'\n")).toEqual([]);
  });
});

describe('sample 114: Next.js and Express apps', () => {
  it('does not block fake, documented or public values', () => {
    expect(blockingIds('docs/dokku.md', 'dokku config:set app GOOGLE_CLIENT_SECRET=GOCSPX-fakeCredentials99_fakefake-_fake\n')).toEqual([]);
    expect(blockingIds('lib/pusher.js', "new Pusher({ key: process.env.PUSHER_KEY || '33af5c1e9b7d2f4a6c80', cluster: 'eu' });\n")).toEqual([]);
    expect(blockingIds('PRODUCTION_IMPORT.md', 'DATABASE_URL=postgresql://neondb_owner:Kq8vTz2mXk4L@ep-name.region.aws.neon.tech/neondb\n')).toEqual([]);
  });

  it('keeps a random secret whose lower-case runs hold no vowel, and reports CORS headers of * with credentials', () => {
    expect(blockingIds('.env.production', 'BETTER_AUTH_SECRET=6EwpqvvVL7coVMttESmclvrkGKZZTWtx\n')).toEqual(['dotenv-file', 'generic-secret-assignment']);
    const vercel = '{ "headers": [{ "source": "/api/(.*)", "headers": [\n  { "key": "Access-Control-Allow-Credentials", "value": "true" },\n  { "key": "Access-Control-Allow-Origin", "value": "*" }\n] }] }\n';
    expect(scan('vercel.json', vercel)).toEqual(medium('cors-header-wildcard-credentials'));
  });

  it('reads a secret-named variable in a guide\'s environment table, kept beside a live provider key', () => {
    const table = '| `DATABASE_URL` | `postgresql://app:Kq8vTz2mXk4L@ep-cool-lab-12345.us-east-2.aws.neon.tech/app` |\n| `BETTER_AUTH_SECRET` | `6EwpqvvVL7coVMttESmclvrkGKZZTWtx` |\n';
    expect(blockingIds('DEPLOY.md', table)).toEqual(['database-url-password', 'docs-env-table-secret']);
    expect(scan('DEPLOY.md', '| `BETTER_AUTH_SECRET` | `<generate with openssl rand -base64 32>` |\n')).toEqual([]);
  });
});

describe('sample 115: Helm and GitOps repositories', () => {
  it('blocks an htpasswd -b password, an Alpha Vantage key of letters and a Cloudflare token in a cert-manager Secret', () => {
    expect(blockingIds('deploy-kibana.sh', 'htpasswd -c -b auth admin xpujqkrvmz\n')).toEqual(['htpasswd-batch-password']);
    expect(blockingIds('setup.sh', 'htpasswd -cb /etc/nginx/.htpasswd deploy "$BASIC_AUTH_PASSWORD"\n')).toEqual([]);
    expect(blockingIds('app/config.py', 'ALPHA_VANTAGE_API_KEY = "QMRJKTVWZXPLHNCB"\n')).toEqual(['alphavantage-api-key']);
    const secret = 'metadata:\n  name: cloudflare-api-token-secret\nstringData:\n  api-token: SSQ0kF2n8Lw4Pz7Rb3Yc5Hd1Jf6Gs0Tv2Qw8Ex4P\n';
    expect(blockingIds('content/posts/cert-manager.md', secret)).toEqual(['cloudflare-api-token-secret']);
  });
});

describe('sample 116: AI agents', () => {
  it("blocks Tavily's new keys and a split OpenAI key, not a key built from a variable; reports a password-less database", () => {
    expect(blockingIds('agent.py', 'TAVILY_API_KEY = "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"\n')).toEqual(['tavily-api-key']);
    expect(scan('setup.sh', 'uuid=$(uuidgen)\nLANGFUSE_SECRET_KEY="sk-lf-$uuid"\n')).toEqual([]);
    const split = 'OPENAI_API_KEY = "q4rTXYSnL5yfM90F2UsAQVafT3BlbkFJyQgMZZo8o21XiHiLjkNqWz"\nOPENAI_API_KEY = "sk-" + OPENAI_API_KEY\n';
    expect(blockingIds('config.py', split)).toEqual(['openai-api-key-body']);
    expect(blockingIds('k8s/postgres.yaml', '        env:\n          - name: POSTGRES_HOST_AUTH_METHOD\n            value: trust\n')).toEqual(['database-container-no-password']);
    expect(blockingIds('docker-compose.yml', 'services:\n  db:\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n')).toEqual([]);
  });
});

describe('sample 117: data engineering', () => {
  it('reads a Secret Manager reference and a filler Redshift host as such, and a random value with a digit suffix as random', () => {
    expect(scan('deploy/deploy-cloud-run.sh', 'gcloud run deploy etl --set-secrets TAP_POSTGRES_PASSWORD=supabase-db-password:latest\n')).toEqual([]);
    expect(blockingIds('README.md', 'aws kms encrypt --plaintext "postgres://lambda:Kq8vTz2mXk4L@aaa.ccc.us-east-1.redshift.amazonaws.com:5439/db"\n')).toEqual([]);
    expect(blockingIds('scraper.py', 'CLICKHOUSE_PASSWORD = "BBwfYXHxOyBY2"\n')).toEqual(['generic-secret-assignment']);
    expect(scan('lib/airflow-stack.ts', "AIRFLOW__WEBSERVER__EXPOSE_CONFIG: 'True',\n")).toEqual(medium('airflow-expose-config'));
  });
});

describe('sample 118: dotfiles', () => {
  it('keeps a .netrc of placeholders low, and finds B2 keys in rclone.conf, mutt passwords and a per-host gitconfig', () => {
    expect(scan('.netrc', 'machine urs.earthdata.nasa.gov login YOUR_USERNAME password YOUR_PASSWORD\n')).toEqual([{ ruleId: 'netrc-file', blocking: false }]);
    expect(blockingIds('.netrc', 'machine youtube.workers.dev password index_password\n')).toEqual([]);
    const rclone = '[b2]\ntype = b2\naccount = 00255ce3a0b835a2d4247b962\nkey = 003e9c1f7a2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1\n';
    expect(blockingIds('.config/rclone/rclone.conf', rclone)).toEqual(['backblaze-b2-application-key']);
    const mutt = 'set imap_user = "maria.lopez1987@gmail.com"\nset imap_pass = "marialopez87"\n';
    expect(blockingIds('install.sh', mutt)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('.gitconfig##os.Darwin', '[http]\n\tsslVerify = false\n')).toEqual(['tls-verification-disabled-env']);
  });
});

describe('sample 119: research code', () => {
  it('reads R assignments and finds Census and ThingSpeak keys', () => {
    expect(blockingIds('analysis/main.R', 'wrds_password <- "t47kVq9mLz2x"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('census_population.R', 'census_api_key("93920a1f4c8d2b6e7f0a3c5d9e1b4f7a2c8d6e0b")\n')).toEqual(['census-api-key']);
    expect(blockingIds('send_data.m', "thingSpeakWrite(1234567, data, 'WriteKey', 'QFS6L2X9ZK4T8MWB');\n")).toEqual(['thingspeak-api-key']);
  });
});

describe('sample 120: CRM integrations', () => {
  it('finds Zoho, Klaviyo, Freshdesk and Intercom credentials, and a fallback password that opens with #', () => {
    expect(blockingIds('zoho_auth.py', '"refresh_token": "1000.8b0e7153bf7c3706d85c524e44006655.9a6656c90bd5482a90a29b9fa5ff5180"\n')).toEqual(['zoho-oauth-token']);
    expect(blockingIds('forms.js', "headers: { Authorization: 'Klaviyo-API-Key pk_d94e5efaf89fc43c5fa52f8b2b19b8f89a' }\n")).toEqual(['klaviyo-private-key']);
    expect(blockingIds('script.js', 'const auth = "Basic " + btoa("NPloWRlOTcEokd5ihu9l:X");\n')).toEqual(['freshdesk-api-key']);
    expect(blockingIds('src/intercom.ts', "const token = 'dG9rOmQ0ZDRhYjBiLWIwNTgtZDJlZS0xZDc1LTg0YWRkZGNjNzhkZToxOjA=';\n")).toEqual(['intercom-access-token-base64']);
    expect(blockingIds('server.js', "const pw = process.env.SF_PASSWORD_TOKEN || '#Netw0rkQa7xKq8vTz2mXk4Lp9';\n")).toEqual(['js-env-fallback-secret']);
    expect(scan('src/stripe.js', "const stripe = Stripe('pk_live_51HqLkV2eZvKYlo2C8pXkT0a1b2c3d4e5f6');\n")).toEqual([]);
  });
});

describe('samples 121 to 124: self-hosted apps, security labs, SDKs, .NET and Windows', () => {
  it('finds reCAPTCHA secrets (a PHP key spaced in its brackets too), AfterShip keys and Active Record encryption keys', () => {
    expect(blockingIds('config/config.inc.php', "<?php\n$_DVWA[ 'recaptcha_private_key' ] = '6LewKq8vTz2mXk4Lp9Wn3Rb7Yc5Hd1Jf6Gs0Tv2Q';\n")).toEqual(['recaptcha-secret-key']);
    expect(scan('index.js', "const RECAPTCHA_SITE_KEY = '6LW2-SFi2DmZVVrLvHdgwHvpsbgh5AXLbTKs9Jrl';\n")).toEqual([]);
    expect(blockingIds('examples/courier.py', "aftership.api_key = 'asak_eb8450ae2a1c5ed5571342c3967d286c'\n")).toEqual(['aftership-api-key']);
    const notes = 'active_record_encryption:\n  primary_key: x8M5Kq2vLm9Tz4Wn8Rb3Yc5Hd1Jf6Gs0\n  deterministic_key: RbLzQw8Ex4PzMr6Nb9Lc2Tk7Vh3Jd5Fs\n';
    expect(blockingIds('notes/appunti.md', notes)).toEqual(['active-record-encryption-key', 'active-record-encryption-key']);
  });

  it('reads API key setters, Bicep admin passwords and answer-file passwords; takes hunter3 and MyRealPassword as stock', () => {
    expect(blockingIds('stock.php', "$option->setApiKey('GXCD7QK2LZ9M4TRB');\n")).toEqual(['api-key-setter-literal']);
    expect(scan('docs/Api.md', "$config->setApiKey('X-Api-Key', 'YOUR_API_KEY');\n")).toEqual([]);
    expect(blockingIds('infra/main.bicep', "properties: {\n  sqlAdministratorLoginPassword: 'Kq8vTz2mXk4L!'\n}\n")).toEqual(['generic-secret-assignment']);
    const unattend = '<AdministratorPassword>\n  <Value>Kq8vTz2mXk4L!</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n';
    expect(blockingIds('Autounattend.xml', unattend)).toEqual(['unattend-plaintext-password']);
    const fixture = 'var cfg = "Server=sql.corp;Database=app;User Id=app;Password=%s;";\n';
    expect(blockingIds('tests/ConfigTests.cs', fixture.replace('%s', 'hunter3'))).toEqual([]);
    expect(blockingIds('tests/ConfigTests.cs', fixture.replace('%s', 'MyRealPassword123'))).toEqual([]);
  });

  it('pairs a commented-out password with the commented-out host beside it, not the live one', () => {
    const pool = 'new Pool({\n  // host: "localhost",\n  // password: "12345678",\n  host: "aws-0-eu-central-1.pooler.supabase.com",\n  password: "Xk9mQ2vLp7Tz4Wn8",\n});\n';
    expect(blockingIds('index.js', pool)).toEqual(['generic-secret-assignment']);
  });

  it('reports database connections and PowerShell remoting that skip TLS or its certificate check', () => {
    const npgsql = '"Default": "Host=dpg-abc123.oregon-postgres.render.com;Database=tasks;Password=${DB_PASSWORD};Trust Server Certificate=true"\n';
    expect(scan('appsettings.Production.json', npgsql)).toEqual(medium('sqlserver-trust-server-certificate'));
    const plain = '"Default": "Server=db31885.public.databaseasp.net;Database=waster;Password=${SQL_PASSWORD};Encrypt=False;"\n';
    expect(scan('appsettings.Production.json', plain)).toEqual(medium('sqlserver-encrypt-false-remote'));
    expect(scan('appsettings.Development.json', plain.replace('db31885.public.databaseasp.net', 'localhost'))).toEqual([]);
    expect(scan('deploy-vps.ps1', '$so = New-PSSessionOption -SkipCACheck -SkipCNCheck\n')).toEqual(medium('powershell-winrm-skip-ca-check'));
  });
});
