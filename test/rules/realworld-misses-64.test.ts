import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 575 onwards. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('samples 575 to 578: secret managers, mail services, headless CMSs and error tracking', () => {
  it('drops a Vault token made of one block repeated, or spelling out that it is fake; keeps a random one', () => {
    const block = 'cE7Fz0OxVxD3DfeVcuQXHRsN1s7ROI';
    expect(blockingIds('scripts/emit-samples.sh', `echo "VAULT_TOKEN=hvs.${block}${block}${block}"\n`)).toEqual([]);
    expect(blockingIds('honeypot/plant.sh', 'export VAULT_TOKEN=hvs.CAESIFakeVaultTokenHereForHoneypotPurposes99999999\n')).toEqual([]);
    expect(blockingIds('scripts/deploy.sh', `export VAULT_TOKEN=hvs.${block}\n`)).toEqual(['vault-service-token']);
  });

  it("leaves a Doppler token typed for a plugin's docs, not a random one", () => {
    expect(blockingIds('docs/index.md', 'export DOPPLER_TOKEN=dp.pt.abcd6UKg5GKxbNob8s4712P1YshVz9ckq5XYZXsiMvW\n')).toEqual([]);
    expect(blockingIds('docs/index.md', 'export DOPPLER_TOKEN=dp.pt.p11U4IMQluI0CoxEuDIxnuJI6XzKqIuwPxlUSi3rHz6\n')).toEqual(['doppler-token']);
  });

  it('blocks ZeptoMail, Plunk and Loops keys and an Elastic Email SMTP password', () => {
    const zepto = 'eILvOl0jzqztdPqQZ7NPUNSznAw/uZRCc3v8ArvPDf30S57pDEZknsgvVrCDUvuLm8tecvYWkKJ9P3X11fTxGgzO1uDtQ1L1zoeWUCunz3khsa8WknGorI4WawMWMYfCME5YKEIyqnFU';
    expect(blockingIds('send_lead.php', `"authorization: Zoho-enczapikey ${zepto}",\n`)).toEqual(['zeptomail-send-token']);
    expect(blockingIds('lib/email.ts', "import Plunk from '@plunk/node';\nconst plunk = new Plunk('sk_1f51a2d6521ec5c3eb8f621013b42c4593a447130c546440');\n")).toEqual(['plunk-secret-key']);
    expect(blockingIds('src/router.ts', "const loops = new LoopsClient('4b29e09a46f86f6b5b33acff22e31195');\n")).toEqual(['loops-api-key']);
    const smtpjs = 'Email.send({\n  Host: "smtp.elasticemail.com",\n  Password: "F5A5810366B49342F3AF097E672DC2FBF395",\n});\n';
    expect(blockingIds('js/script.js', smtpjs)).toEqual(['elastic-email-smtp-password']);
  });

  it("blocks a legacy Sentry DSN's secret half, not a public DSN", () => {
    const dsn = (auth: string): string => `RAVEN_CONFIG = {'dsn': 'https://${auth}@app.getsentry.com/4821'}\n`;
    expect(blockingIds('settings/production.py', dsn('18c89b1a98311aac389ced0b5d02beff:77e8424aa5d064d6dfc308d654bd5935'))).toEqual(['sentry-dsn-secret']);
    expect(blockingIds('settings/production.py', dsn('18c89b1a98311aac389ced0b5d02beff'))).toEqual([]);
  });

  it("blocks a Raygun key given to a server SDK, not the browser snippet's, and a Checkly key", () => {
    expect(blockingIds('app.py', 'sender = raygunprovider.RaygunSender("0BC5ZQSk6A/q722kHKN/EQ==")\n')).toEqual(['raygun-api-key']);
    expect(blockingIds('index.html', "<script>rg4js('apiKey', '0BC5ZQSk6A/q722kHKN/EQ==');</script>\n")).toEqual([]);
    expect(blockingIds('docs/ENVIRONMENT_VARIABLES.md', '| CHECKLY_API_KEY | `cu_fdec63d519058537d493c72e19322ba3` |\n')).toEqual(['checkly-api-key']);
  });

  it("reports Cronitor's telemetry URL like other heartbeat URLs, below the blocking level", () => {
    const findings = scan('heartbeat.go', 'http.Get("https://cronitor.link/p/30ea9edcd5a39c91c860a5564f733886/nightly-backup?state=complete")\n');
    expect(findings).toEqual([{ ruleId: 'heartbeat-ping-url', blocking: false }]);
  });

  it('leaves typed Rollbar and Snyk values', () => {
    expect(blockingIds('errors.js', "Rollbar.init({ accessToken: 'x' });\nconst rollbar_access_token = 'aaaabbbbccccddddeeeeffff00001111';\n")).toEqual([]);
    expect(blockingIds('GITHUB_SECRETS.md', 'SNYK_TOKEN=12345678-1234-1234-1234-123456789012\n')).toEqual([]);
  });

  it('blocks DatoCMS and Cosmic keys', () => {
    expect(blockingIds('.claude/commands/seed.md', 'Run `DATOCMS_API_TOKEN=5b32dc16aa774c7f2109920f99edb8 npx tsx scripts/seed.ts`\n')).toEqual(['datocms-api-token']);
    const config = "const config = {\n  bucket: {\n    slug: 'agency-app',\n    write_key: 'Y4ov9962zl7XF8C1IBB3M5jyQRMdQozg4zc9JLJeVWpHB3vZ99',\n  },\n};\n";
    expect(blockingIds('config/index.js', config)).toEqual(['cosmic-bucket-key']);
  });
});

describe('samples 579 to 582: scraping, DNS, mobile releases and message brokers', () => {
  it('does not read a proxy URL cut at its scheme as a password', () => {
    const auth = 'authCredentials: {\n  username: "http",\n  password: "//brd-customer-hl_4f1c9e2a-zone-residential-country-us"\n}\n';
    expect(blockingIds('background.js', auth)).toEqual([]);
  });

  it('blocks a Porkbun secret API key', () => {
    expect(blockingIds('porkbun_client.py', "'secretapikey': 'sk1_a9c99d4f4ea4b655d0cad0cd1f44c2f5d0372e904c83d23dc97a82f02c6b64fc',\n")).toEqual(['porkbun-secret-api-key']);
  });

  it("reads a published demo password in leetspeak as one, in a hosting provider's docs", () => {
    expect(blockingIds('docs/celery.md', "CELERY_BROKER_URL = 'redis://:sup3r-secret@10.0.0.6:6379/0'\n")).toEqual([]);
  });

  it("leaves PubNub's publish and subscribe keys, not its secret key", () => {
    const keys = 'PUB_KEY = "pub-c-d2ed3090-f0ac-4152-a709-f588b47a6879"\nSUB_KEY = "sub-c-88bf1e4a-3514-4b3c-a81f-e801cda011c7"\n';
    expect(blockingIds('Constants.py', keys)).toEqual([]);
    expect(blockingIds('Constants.py', `${keys}SEC_KEY = "sec-c-2kp2n8FZZVj6jfyaOoLY9MbJPS6LX1mk1IDkVlODX62VNHj2"\n`)).toEqual(['pubnub-secret-key']);
  });
});
