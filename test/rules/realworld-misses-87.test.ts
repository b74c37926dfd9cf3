import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1445 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

const PANOS_KEY = 'LUFRPT1NNCtuZmZ4K3I2M003dmlnWXFWWXMwbWF5REZzPUp3Nld6dUFld3VDb3pzeW9HQ3d3eTFPdEtZb0grREhZTXk0cTdDZmxtSDdCMWNKWXZPR1I3L1ZYZzl0OHJTR3Y=';

describe('firewall and tracing keys', () => {
  it('names a PAN-OS API key in a header, not one a guide cut short or the keygen docs print', () => {
    expect(blockingIds('get_rules.py', `headers = {'X-PAN-KEY': '${PANOS_KEY}'}\n`)).toEqual(['panos-api-key']);
    expect(blockingIds('docs/setup.md', 'key: "LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9..."\n')).toEqual([]);
    expect(blockingIds('status.py', 'key = "LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JHUGVhRlNiY0dCR0srNERUQT09"\n')).toEqual([]);
  });

  it("names an Uptrace DSN's token on a server, and leaves a browser's alone", () => {
    expect(blockingIds('cmd/server/main.go', 'uptrace.WithDSN("https://JyQ2HTLE7EL6OAGJ6uZ7@api.uptrace.dev?grpc=4317"),\n')).toEqual(['uptrace-dsn']);
    expect(blockingIds('web.nix', 'export VITE_UPTRACE_DSN=https://JyQ2HTLE7EL6OAGJ6uZ7@api.uptrace.dev?grpc=4317\n')).toEqual([]);
  });

  it("does not block another scanner's fixtures: a Grafana token with no key inside, a GitLab token typed backwards", () => {
    const glc = `glc_${Buffer.from('{"o":"123456","n":"token"}').toString('base64')}`;
    expect(blockingIds('test/fixtures/tokens.test.ts', `  { name: "grafana-cloud", value: "${glc}" },\n`)).toEqual([]);
    expect(blockingIds('test/fixtures/tokens.test.ts', '  { name: "gitlab-pat", value: "glpat-xY9zW8vU7tS6rQ5pO4nM3lK2jI" },\n')).toEqual([]);
    const real = `glc_${Buffer.from('{"o":"884213","n":"stack-884213-alloy-edge","k":"Qm4vT9xLw2ZpR7nKc3Hy8JdA","m":{"r":"prod-eu-west-2"}}').toString('base64')}`;
    expect(blockingIds('alloy/config.alloy', `password = "${real}"\n`)).toEqual(['grafana-cloud-api-token']);
  });
});

describe('trading bots and quick starts', () => {
  it('names a TOTP seed under its name or handed to pyotp, and leaves the docs seeds alone', () => {
    expect(blockingIds('breeze_client.py', "    totp = 'EJTAPNP3CHL2IBI6IQ2JTCMOMX'\n")).toEqual(['totp-seed']);
    expect(blockingIds('login.py', 'otp = pyotp.TOTP("YMR4PVVWWXSZOQ5GKRHUZMVIBFEGJ64Q").now()\n')).toEqual(['totp-seed']);
    expect(blockingIds('login.py', "otp = pyotp.TOTP('base32secret3232').now()\n")).toEqual([]);
    expect(blockingIds('.env', 'TOTP_SECRET=JBSWY3DPEHPK3PXP\n')).toEqual([]);
  });

  it('reads a variable as a secret when the login call takes it as api_secret', () => {
    const login = (value: string): string => `app_key = '${value}'\napi.login(userid=user, password=pwd, vendor_code=vc, api_secret=app_key, imei=imei)\n`;
    expect(blockingIds('scan_stocks.py', login('8d9f0a1bc98e1d6c3f2a4b7e2c3e5f7a'))).toEqual(['secret-passed-by-name']);
    expect(blockingIds('scan_stocks.py', login('your_app_key_goes_here_12345'))).toEqual([]);
  });

  it("names a Twilio token set below its account SID, as Twilio's quick start writes them", () => {
    const js = "const accountSid = 'AC59f97921423e2f72d65ef42713b65894';\nconst authToken = 'e23e0889260715b914a7ec2a3a40f507';\n";
    expect(blockingIds('services/sms.js', js)).toEqual(['twilio-auth-token-beside-sid']);
  });
});

describe('blocks with nested braces', () => {
  it("reads an analytics key's block past a `{VAR}` template above it", () => {
    const config = '{\n  "amplitude": {\n    "enabled": "{NEXT_PUBLIC_API_ROOT}",\n    "apiKey": "fb41c1e09b2d4f3a8e6c5b1d0f9a2e7c"\n  }\n}\n';
    expect(blockingIds('src/config/SiteConfig.ts', config)).toEqual([]);
  });
});

describe('request stamps', () => {
  it("does not block an Authorization header holding a front end's time stamp in base64", () => {
    const stamp = Buffer.from('1736223118123::482913').toString('base64');
    expect(blockingIds('crawler.py', `headers = {"Authorization": "${stamp}", "User-Agent": ua}\n`)).toEqual([]);
    expect(blockingIds('crawler.py', 'headers = {"Authorization": "Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs", "User-Agent": ua}\n')).toEqual(['http-authorization-header']);
  });
});

describe('auth and secrets platforms', () => {
  it('names Ory, Permit.io, Pangea and HCP keys, not their stand-ins', () => {
    expect(blockingIds('HeaderInterceptor.kt', '.addHeader("Authorization", "Bearer ${"ory_pat_Kx2LmPz9QaUrdq7Wn4Tb8Vc3Ys6Jh1Fg"}")\n')).toEqual(['ory-network-api-key']);
    expect(blockingIds('README.md', 'export ORY_API_KEY=ory_pat_...\n')).toEqual([]);
    const permit = 'permit_key_HQLHAkn58kur1gsGiLEhoFyL1nKQ611FASHhEdam4qpZvTJNRBqwq3kVeSOv6fd8sT8GGGRrIAYholKky09bEy';
    expect(blockingIds('src/permit.ts', `const permit = new Permit({ token: '${permit}' });\n`)).toEqual(['permit-io-api-key']);
    expect(blockingIds('setup.sh', 'export PANGEA_TOKEN=pts_q7wd2lpxz9rv4tb8mc3hy6jf1gk5ne0s\n')).toEqual(['pangea-service-token']);
    expect(blockingIds('README.md', 'export PANGEA_TOKEN=pts_tokenvaluehere\n')).toEqual([]);
    expect(blockingIds('scripts/hcp.sh', 'export HCP_CLIENT_SECRET=buL45yKpaNGDvMN2NxkFQqyCIzLyMapxwi3hSSAk9ds6fwpV_ItOfUJWO54kYzHN\n')).toEqual(['hcp-service-principal-secret']);
  });
});

describe('release scripts and demo logins', () => {
  it('names an app-specific password that altool is given under any name, and not the same shape elsewhere', () => {
    const script = 'Pass="mfpq-zrwt-kdhe-ylcs"\nxcrun altool --notarize-app --username $UserName --password $Pass --file $ZipName\n';
    expect(blockingIds('notarize.sh', script)).toEqual(['apple-app-specific-password']);
    expect(blockingIds('notes.sh', 'Pass="mfpq-zrwt-kdhe-ylcs"\n')).toEqual([]);
  });

  it('does not block a password that is the user name and a word (Boundary docs), nor a login of a placeholder', () => {
    expect(blockingIds('controller.hcl', 'database {\n  url = "postgresql://boundary:boundarydemo@postgres.yourdomain.com:5432/boundary"\n}\n')).toEqual([]);
    expect(blockingIds('config.yml', 'dagster:\n  api_token: user:123ABC\n')).toEqual([]);
    expect(blockingIds('scripts/setup-webshare.js', "console.log('username-rotate:password123@p.webshare.io:80');\n")).toEqual([]);
  });

  it('reads a bare `pw` as a password name', () => {
    expect(blockingIds('cf_signup.py', 'pw = "CfSi8x!Lm2Qp"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('cf_signup.py', 'pw = getpass.getpass()\n')).toEqual([]);
  });
});

describe('devices, bots and analytics', () => {
  it('names LoRaWAN device keys in a sketch, not the LMIC test key', () => {
    const abp = 'static const PROGMEM u1_t APPSKEY[16] = { 0xC8, 0x5C, 0x1E, 0x93, 0x4A, 0x07, 0xDB, 0x62, 0x8F, 0x31, 0xE5, 0x0A, 0x9D, 0x74, 0x26, 0xB1 };\n';
    expect(blockingIds('sensor.ino', abp)).toEqual(['lorawan-device-key']);
    expect(blockingIds('src/main.cpp', 'const char *appKey = "8D16E3A94C2B07F5D1E86A3C9B4F0275";\n')).toEqual(['lorawan-device-key']);
    expect(blockingIds('sensor.ino', 'static const PROGMEM u1_t NWKSKEY[16] = { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C };\n')).toEqual([]);
  });

  it("names a Baileys login pasted as a bot's session, and a Matomo token in a tracking URL", () => {
    expect(blockingIds('set.js', "  session: process.env.SESSION_ID || 'eyJub2lzZUtleSI6eyJwcml2YXRlIjp7InR5cGUiOiJCdWZmZXIiLCJkYXRhIjoiR1YrKzQ4dHZQYnpzUlJzeS92aEJ5aC8yMHg5SmVDWUl4WWc3R2JmNWZlcz0ifSwicHVibGljIjp7InR5cGUiOiJCdWZmZXIiLCJkYXRhIjoiajlkN3J4dDRhWDc1NWtSRld0OEhSSzRxa21lOFhqWVp5bDF4YkluZ0pjZz0ifX0sInNpZ25lZElkZW50aXR5S2V5Ijp7InByaXZhdGUiOnsidHlwZSI6IkJ1ZmZlciIsImRhdGEiOiJRR0JLM25RSzJpR3lseFNldkFyMXcycG5mRHVmUVl3VDBXRGtHVjlOTlRBPSJ9LCJwdWJsaWMiOnsidHlwZSI6IkJ1',\n")).toEqual(['whatsapp-baileys-session']);
    expect(blockingIds('api.php', "@file_get_contents('https://stats.shop.io/piwik.php?idsite=3&rec=1&token_auth=27da37a325666ed2b8c1698522cf9347');\n")).toEqual(['matomo-token-auth']);
  });

  it("reads a GitHub runner token with the settings page's Copied! stuck to it", () => {
    expect(blockingIds('scripts/install-runner.sh', './config.sh --url https://github.com/acme/shop --token AQ5BW9HOEP2NRSEUXR0VQN3MIIRE7Copied!# Last step\n')).toEqual(['github-runner-registration-token']);
  });

  it("does not read a shell variable spliced into a sed script as a key", () => {
    expect(blockingIds('run.sh', "sed -i -e 's/^SENTRY_SECRET_KEY=.*$/SENTRY_SECRET_KEY='\"$SECRET_KEY\"'/' .env\n")).toEqual([]);
  });
});

describe('identifiers beside tokens', () => {
  it("does not read a Postmark server id as its token", () => {
    expect(blockingIds('.env.production', 'POSTMARK_SERVER_ID=ad70c1e0-9b2d-4f3a-8e6c-5b1d0f9a2e7c\n')).not.toContain('postmark-server-token');
    expect(blockingIds('.env.production', 'POSTMARK_SERVER_TOKEN=ad70c1e0-9b2d-4f3a-8e6c-5b1d0f9a2e7c\n')).toContain('postmark-server-token');
  });
});

describe('image, agent and model keys named by their files', () => {
  it('names Stability and Moonshot keys where the file names them, and Civitai and Steel keys', () => {
    const stability = 'requests.post("https://api.stability.ai/v2beta/stable-image/generate/ultra", headers={"authorization": "Bearer sk-KwfcWQe239XznB1tBBtjuS24Eur6aNyUx8EUCYGPOFPhOpDr"})\n';
    expect(blockingIds('test.py', stability)).toEqual(['stability-api-key']);
    expect(blockingIds('kimi.py', 'client = OpenAI(api_key="sk-KwfcWQe239XznB1tBBtjuS24Eur6aNyUx8EUCYGPOFPhOpDr", base_url="https://api.moonshot.cn/v1")\n')).toEqual(['moonshot-api-key']);
    expect(blockingIds('Dockerfile', 'RUN wget "https://civitai.com/api/download/models/128713?type=Model&format=SafeTensor&token=546e8f4ba3a32df85003f90f758171f0"\n')).toEqual(['civitai-api-token']);
    expect(blockingIds('agent.py', 'STEEL_API_KEY = "ste-KwfcWQe239XznB1tBBtjuS24Eur6aNyUx8EUCYGPOFPhOpDrKwfcWQe239XznB1tBBtjuS24Eur6aNyUx8EUCYGPOFPhOpDr"\n')).toEqual(['steel-api-key']);
  });
});

describe('deploy hooks, settings stores and mail servers', () => {
  it("names an Envoyer deploy hook and an Omnibus runner registration token", () => {
    expect(blockingIds('Trigger.php', "        'master' => 'https://envoyer.io/deploy/tVp5Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7R',\n")).toEqual(['forge-ploi-deploy-hook']);
    expect(blockingIds('config/gitlab.rb', "gitlab_rails['initial_shared_runners_registration_token'] = \"iuLq4Nx7TbW2mZp9KcR8vYs3\"\n")).toEqual(['gitlab-initial-runner-registration-token']);
  });

  it("reads a key stored with setConfig, and not a setting's name with its = sign", () => {
    expect(blockingIds('lib/database.js', "    this.setConfig('pakasir_api_key', '3cm1Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs');\n")).toEqual(['option-pair-password']);
    expect(blockingIds('add-cloudflare-secret.sh', 'secret="api-token="\nsecret+=$token\n')).toEqual([]);
  });

  it('names a mailbox password set on a docker-mailserver command line, and a PGP key in base64', () => {
    expect(blockingIds('scripts/setup-mail.sh', "docker exec -it mailserver setup email add support@mail.shop.io 'Tq8vW2mXk4Lz'\n")).toEqual(['mailserver-cli-mailbox-password']);
    const pgp = Buffer.from('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + 'KwfcWQe239XznB1tBBtjuS24Eur6aNyUx8EUCYGPOFPhOpDr'.repeat(8) + '\n-----END PGP PRIVATE KEY BLOCK-----\n').toString('base64');
    expect(blockingIds('.env', `SERVER_PRIVATE_KEY=${pgp}\n`)).toContain('base64-private-key');
  });
});

describe('code that looks like a setting', () => {
  it("does not read a Python dict lookup under an acme.sh-like name as a DNS credential", () => {
    expect(blockingIds('views.py', "Dvs_Token=setup.get()['Dvs_Token']\nRundeck_Token=setup.get()['Rundeck_Token']\n")).toEqual([]);
    expect(blockingIds('account.conf', "SAVED_CF_Token='Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6Urdq7Kx'\n")).toEqual(['acme-sh-dns-credential']);
  });
});

describe('stand-in passwords in tests', () => {
  it("does not block a Go test's secretpassword URL", () => {
    const go = 't.Setenv("DATABASE_URL", "postgres://postgres:secretpassword@containers-us-west-123.railway.app:5432/railway")\n';
    expect(blockingIds('internal/config/config_test.go', go)).toEqual([]);
  });
});

describe('one finding per line, and boards and cookies', () => {
  it('reports a value repeated on its line once', () => {
    const url = "postgres://shop:Qm4vT9xLw2ZpR7nKc3Hy8JdA@dpg-q7wd2lpxz9rv4tb8mc3h-a.oregon-postgres.render.com/shop";
    expect(blockingIds('set.js', `const url = isProd ? '${url}' : '${url}';\n`)).toEqual(['database-url-password']);
  });

  it('names a monday.com token and a Google cookie given to a Bard client', () => {
    expect(blockingIds('sync.py', 'MONDAY_API_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOjY4OTc5Mzc3NiwiYWFpIjoxMSwidWlkIjoxMjc0NzQ4OCwiaWFkIjoiMjAyNC0wMy0wMVQxMDoxMjozMy4wMDBaIiwicGVyIjoibWU6d3JpdGUiLCJhY3RpZCI6NjA5MjkyMCwicmduIjoidXNlMSJ9.qnqtJVr30ABmt1_2aUUgw3WG9RzwE6QWnyel2yg2PJo"\n')).toEqual(['monday-api-token']);
    const cookie = 'Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6Urdq7Kx2LmPz9QaWn4Tb8Vc3Ys6Jh1FgQm4vT9x.';
    expect(blockingIds('localgpt_run.py', `# cookie = '${cookie}'\n# bard = Bard(token=cookie)\n`)).toEqual(['google-bard-session-cookie']);
  });
});
