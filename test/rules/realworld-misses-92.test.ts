import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1657 onwards. Every value is invented (the Solana keypair was generated for this test).
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

const KEYPAIR = '46qw82HqtwgDTeD4VZFRhNNLH7iS3FA31YwpCJevxX3VCVz4P4hBrZWTidbGhUWugYqELaBu84wY2U4GyCH7HfyG';

describe('round one: dapps, homelabs, backups, configuration management and automation', () => {
  it('blocks a Solana keypair in base58 whose second half is its seed’s public key, and not one altered by a character', () => {
    expect(blockingIds('scripts/mint.ts', `const payer = Keypair.fromSecretKey(bs58.decode("${KEYPAIR}"));\n`)).toEqual(['solana-private-key-base58']);
    expect(blockingIds('bot.py', `keypair = Keypair.from_base58_string("${KEYPAIR}")\n`)).toEqual(['solana-private-key-base58']);
    const altered = `${KEYPAIR.slice(0, -1)}H`;
    expect(blockingIds('scripts/mint.ts', `const payer = Keypair.fromSecretKey(bs58.decode("${altered}"));\n`)).toEqual([]);
  });

  it("blocks Datadog keys set as Chef attributes or Puppet Hiera data, and a Chef resource's password property", () => {
    const chef = "node.default['datadog']['api_key'] = '7c1e93ab58d40f26e9b3d57a01c8f4e2'\nnode.default['datadog']['application_key'] = 'a93f0e2b7c6d15e84f0b9a2c3d7e61f058b4c2ad'\n";
    expect(blockingIds('site-cookbooks/base/recipes/default.rb', chef)).toEqual(['datadog-api-key', 'datadog-application-key']);
    expect(blockingIds('hieradata/common.yaml', 'datadog_agent::api_key: "e48b1f03a9c65d27b0f4e81c3a6d9b52"\n')).toEqual(['datadog-api-key']);
    const mysql = "mysql_service 'server' do\n  port '3306'\n  initial_root_password 'Vt7qLm2xRk'\nend\n";
    expect(blockingIds('cookbooks/wordpress/recipes/default.rb', mysql)).toEqual(['dsl-password-literal']);
  });

  it('blocks a password piped to smbpasswd and a password ending in two dots', () => {
    expect(blockingIds('install.sh', 'echo -e "Wq4nZt8Rk3\\nWq4nZt8Rk3" | smbpasswd -a $SAMBA_USER\n')).toEqual(['shell-piped-account-password']);
    expect(blockingIds('terraform/terraform.tfvars', 'ci_user     = "root"\nci_password = "Kelapamuda42.."\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('docs/api.md', 'TOKEN=tok_c2lnbk..\n')).toEqual([]);
  });

  it("does not take a token id, a pass store's paths or a key blanked out with `_fake_id_` for secrets", () => {
    const packer = 'variable "proxmox_api_token_id" {\n  default = "root@pam!packer"\n}\n';
    expect(blockingIds('packer/credentials.pkr.hcl', packer)).toEqual([]);
    const zshrc = '_SECRET_ENTRIES=(\n  "MINIO_PASSWORD:homelab/minio/s3/pass"\n  "AWS_SECRET_ACCESS_KEY:homelab/minio/s3/secret_key"\n)\n';
    expect(blockingIds('.zshrc', zshrc)).toEqual([]);
    expect(blockingIds('parquet_query.py', "    'secret_key': 'kXLnJylZJ4ai_fake_id_DuA5BtbEq9N53dC1eFUmyVqsnCzRn'\n")).toEqual([]);
  });

  it('does not take Lorem ipsum under an OpenSSH header for a key, nor a compose password made of its user name and a year', () => {
    const lorem = 'TG9yZW0gaXBzdW0gZG9sb3Igc2l0IGFtZXQsIGNvbnNlY3RldHVyIGFkaXBpc2NpbmcgZW\n  xpdCwgc2VkIGRvIGVpdXNtb2QgdGVtcG9yIGluY2lkaWR1bnQgdXQgbGFib3JlIGV0IGRv\n';
    const docs = `restic_ssh_key_private: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n  ${lorem}  -----END OPENSSH PRIVATE KEY-----\n`;
    expect(blockingIds('docs/configuring-restic.md', docs)).toEqual([]);
    const compose = '```yaml\n    environment:\n      - N8N_BASIC_AUTH_USER=jarvis\n      - N8N_BASIC_AUTH_PASSWORD=${N8N_PASS:-jarvis2026}\n```\n';
    expect(blockingIds('docs/SETUP.md', compose)).toEqual([]);
    expect(blockingIds('.env', 'N8N_BASIC_AUTH_USER=jarvis\nN8N_BASIC_AUTH_PASSWORD=jarvis2026\n')).toEqual([]);
    expect(blockingIds('.env', 'N8N_BASIC_AUTH_USER=ops\nN8N_BASIC_AUTH_PASSWORD=jarvis2026\n')).toEqual(['dotenv-file', 'generic-secret-assignment']);
  });
});

describe('round two: error tracking, travel, maps and package publishing', () => {
  it('blocks Honeybadger keys (both forms) and a Sentry token in sentry.properties', () => {
    expect(blockingIds('config/honeybadger.yml', "---\napi_key: 'hbp_C8HU2Et6IcAgrdDw4Wl4XKLzaDZ7dYTlknTm'\n")).toEqual(['honeybadger-api-key']);
    expect(blockingIds('config/honeybadger.yml', "---\napi_key: '84d4f6df'\n")).toEqual(['honeybadger-legacy-api-key']);
    expect(blockingIds('config/settings.yml', "---\napi_key: '84d4f6df'\n")).toEqual([]);
    const properties = 'defaults.org=shop\nauth.token=5a4a8bbc7eb3a5c6faaad7fe006220934f9892717f2c1968672bdf8ddcf5448e\n';
    expect(blockingIds('android/sentry.properties', properties)).toEqual(['sentry-properties-auth-token']);
  });

  it("does not take a SeatGeek client id, a free tier's quota or a `YOUR_GITHUB_PAT` stand-in for secrets", () => {
    expect(blockingIds('assets/javascript/app.js', "var apiKey = 'MTUyMzQ1Njd8MTYxMjM0NTY3OC4xMg';\n")).toEqual([]);
    expect(blockingIds('docs/API_INTEGRATIONS.md', '```bash\nLOCATIONIQ_API_KEY="free-5k-per-day"\n```\n')).toEqual([]);
    const nuget = '<packageSourceCredentials>\n  <github>\n    <add key="Username" value="me" />\n    <add key="ClearTextPassword" value="YOUR_GITHUB_PAT" />\n  </github>\n</packageSourceCredentials>\n';
    expect(blockingIds('README.md', nuget)).toEqual([]);
  });
});

describe('round three: database clients, streaming, KYC and backend engines', () => {
  it('reports stock passwords in a login call or a .my.cnf low, and a Spanish stand-in in a .pgpass line not at all', () => {
    expect(blockingIds('scripts/inspect.js', "await pb.admins.authWithPassword('admin@admin.com', 'password123');\n")).toEqual([]);
    expect(blockingIds('bin/seed.dart', "await pb.admins.authWithPassword('grey@clinic.dev', '01 password');\n")).toEqual([]);
    expect(blockingIds('scripts/inspect.js', "await pb.admins.authWithPassword('admin@admin.com', 'Tq8vLm2Wz7Rk');\n")).toEqual(['login-call-password']);
    expect(blockingIds('.my.cnf', '[client]\nuser=root\npassword=0000\n')).toEqual([]);
    expect(blockingIds('.my.cnf', '[client]\nuser=root\npassword=Tq8vLm2Wz7Rk\n')).toEqual(['mysql-option-file-password']);
    expect(blockingIds('README.md', 'echo "localhost:5432:tienda:admin:nuevaclave" >> ~/.pgpass\n')).toEqual([]);
  });

  it("does not take a test's `live_abc123_secretkey` for a stream key", () => {
    const rust = '        let url = "rtmp://live.twitch.tv/app/live_abc123_secretkey";\n';
    expect(blockingIds('src/sink/ffmpeg.rs', rust)).toEqual([]);
  });

  it("blocks a Sumsub test-environment token, and reads a JVM package named test under src/main as the app's code", () => {
    const java = '    public static final String TOKEN = "tst:R4sNb8HdZ3cWq8Tn2VxXw9Lp.Kp9ZoHq8vT3mWzKq7vT2xWm9Q5Lm7Rc4";\n';
    expect(blockingIds('src/main/java/com/kyc/test/constant/Constant.java', java)).toEqual(['sumsub-app-token']);
    const secret = '    public static final String SECRET = "Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5";\n';
    expect(blockingIds('src/main/java/com/kyc/test/constant/Constant.java', secret)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/test/java/com/kyc/ConstantTest.java', secret)).toEqual([]);
  });
});

describe('round four: self-hosted servers, deploy tooling and artifact repositories', () => {
  it("blocks a Nextcloud install's salt and secret (also pasted into a README), and an IVS stream key after its host", () => {
    const config = "  'passwordsalt' => 'R8kQ2vLx9TmW4pZc7NbY3hJd5Fs1Ga',\n  'secret' => 'wZO0MpuUme+AxsLuZqx3Pb4J11gYyFM0NBInUy3jUtSW8Qg/',\n";
    expect(blockingIds('README.md', config)).toEqual(['nextcloud-instance-secret', 'nextcloud-instance-secret']);
    const ivs = 'const url = "rtmps://fa723fc1b171.global-contribute.live-video.net/sk_us-west-2_Kq7vT2xWm9Lp_R4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo";\n';
    expect(blockingIds('index.js', ivs)).toEqual(['rtmp-ingest-stream-key']);
  });

  it('blocks a runner token that opens with TBD, and reports an Artifactory key in an sbt login once', () => {
    expect(blockingIds('gitlab-runner/config.toml', '[[runners]]\n  token = "TBDeKq7vTmxLp9Wz2Rk4"\n')).toEqual(['generic-secret-assignment']);
    const sbt = 'credentials += Credentials("Artifactory Realm", "acme.jfrog.io", "ci@acme.dev", "AKCpdNs6RSELCCWYDDGTcMct7nWy6YXw1joM8w5NlrjRWtOTC2ZyfSsuIQ40g44xyGzX1DSB6")\n';
    expect(blockingIds('build.sbt', sbt)).toEqual(['artifactory-api-key']);
  });

  it('does not take a sed substitution, code after a quoted key, DBPASS or a leet demo password for secrets', () => {
    expect(blockingIds('scripts/setup.sh', 'sed -i "s/DB_PASSWORD=password/DB_PASSWORD=$pg_pass/g" /root/app/.env\n')).toEqual([]);
    const python = 'secret = [l for l in lines if l.startswith("securitySalt=")][0].replace("securitySalt=", "")\n';
    expect(blockingIds('bbbmon/configuration.py', python)).toEqual([]);
    expect(blockingIds('autologin.php', '//$conn= new mysqli("DBHOST","DBUSER","DBPASS","DBNAME");\n')).toEqual([]);
    expect(blockingIds('src/skills/Whm.jsx', '  --data-urlencode "password=SecureP@ss123!" \\\n')).toEqual([]);
  });
});

describe('round five: media centers, banking, workspaces, messengers, wallets and scraping', () => {
  it('blocks Apify, Privy, Alchemy alcht_ and Viber tokens, and a key as a Kodi setting’s default', () => {
    expect(blockingIds('app.py', 'client = ApifyClient("apify_api_gCk0MeUsRioVnGdiXJ00n955NxVFPlBEoXVA")\n')).toEqual(['apify-api-token']);
    const privy = 'const privy = new PrivyClient("clx8a2k3b00f9kq6d5r7s1t2u", "privy_app_secret_x8JQrbwo6BSo3VLiEKbp5znprYMaDdudirfB5vG82Z7mTZsE6NXtAsHwmyZiXERzuNxBAYu54HsYQ5jFs8rWwdEM");\n';
    expect(blockingIds('scripts/inspect-privy.ts', privy)).toEqual(['privy-app-secret']);
    expect(blockingIds('src/config.ts', 'export const ALCHEMY_API_KEY = "alcht_fa3uVKvPRtavIy4eMfKzps87LmEnzi";\n')).toEqual(['alchemy-api-key-alcht']);
    const viber = '//        con.setRequestProperty("X-Viber-Auth-Token", "ecfdbcf4761d080d-b1364246e831a8a2-da310de33339b404");\n';
    expect(blockingIds('bot/ViberController.java', viber)).toEqual(['viber-bot-token']);
    const kodi = '    <setting id="tmdb_api_key" type="text" label="32002" default="5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b3" option="hidden" />\n';
    expect(blockingIds('plugin.video.demo/resources/settings.xml', kodi)).toEqual(['kodi-setting-default-secret']);
  });

  it("does not take short.io's public key or a URL template's HOST:port for secrets", () => {
    const shortio = "fetch('https://api.short.cm/links/public', {\n  method: 'POST',\n  headers: {\n    'authorization': 'pk_Kq7vT2xWm9LpR4sN'\n  },\n});\n";
    expect(blockingIds('js/shorten.js', shortio)).toEqual([]);
    expect(blockingIds('DEPLOYMENT.md', 'DATABASE_URL=postgres://USER:PASSWORD:HOST:5432/shop_db?sslmode=disable\n')).toEqual([]);
  });
});
