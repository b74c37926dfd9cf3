import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 543 to 550, redone in full. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 543 and 544: headless commerce and education', () => {
  it("names a Chec secret key as Chec's, not Stripe's, in the X-Authorization header", () => {
    const headers = (key: string): string => `const headers = {\n  "X-Authorization": "${key}",\n  Accept: "application/json",\n};\n`;
    expect(blockingIds('src/lib/constants.ts', headers('sk_test_12810040831d3e060dda9dd3439b3c18327c5529de015'))).toEqual(['chec-secret-key']);
    expect(blockingIds('src/lib/constants.ts', headers('pk_12810040831d3e060dda9dd3439b3c18327c5529de015'))).toEqual([]);
  });

  it("blocks a Swell secret key given to swell-node or Swell\\Client, not swell-js's public key", () => {
    expect(blockingIds('routes/shipping.js', "const swell = require('swell-node');\nswell.init('corner-shop', 'DODA0J4dfDWdLMfBL9m9woI3NuZHvkns');\n")).toEqual(['swell-secret-key']);
    expect(blockingIds('src/App.tsx', "import swell from 'swell-js';\nswell.init('corner-shop', 'pk_ZYZ9BHfbEY2DGe6REmNTeE6C5gZf3UXt');\n")).toEqual([]);
  });

  it('blocks a Snipcart secret key used for Basic auth, which the generic rule had lowered', () => {
    const script = 'const secret = "ST_NmJlMDE0ODEtYjgwNy00NDAyLTg5ZDYtODZmZjhlMzkxZDkwMDkzMTA3MjI2ODk3MzgyMTc0"\nconst res = await fetch(`https://app.snipcart.com/api/orders/${token}`, { headers: { Authorization: `Basic ${btoa(secret + ":")}` } })\n';
    expect(blockingIds('script.js', script)).toEqual(['snipcart-secret-key']);
  });

  it("blocks Moodle's password salt, symbols and all", () => {
    expect(blockingIds('config.php', "<?php\n$CFG->dbtype = 'pgsql';\n$CFG->passwordsaltmain = 'E{bb(MR9Fs=nPTO(F8c{pkZ8';\n")).toEqual(['moodle-password-salt']);
  });
});

describe('samples 545 and 546: health data and travel', () => {
  it("leaves a Windows batch file's substring of a variable, echoed masked", () => {
    expect(blockingIds('start.bat', 'echo   Fitbit Client Secret: %FITBIT_CLIENT_SECRET:~0,10%...\n')).toEqual([]);
    expect(blockingIds('start.bat', 'set FITBIT_CLIENT_SECRET=Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1Mq5\n')).not.toEqual([]);
  });

  it('blocks a Travelport uAPI password joined to its user name or set beside it, with symbols in it', () => {
    expect(blockingIds('travel_port_hotel_import.py', "auth = base64.b64encode('Universal API/uAPI3022270308-10ef888f:UashHiFK0i')\n")).toEqual(['travelport-uapi-password']);
    const php = "class TravelportAPI {\n    private $username     = 'Universal API/uAPI3022270308-10ef888f';\n    private $password     = 's{AyRLrR!lK';\n}\n";
    expect(blockingIds('libraries/TravelportAPI.php', php)).toEqual(['travelport-uapi-password']);
  });
});

describe('samples 547 to 550: gaming, open data, shipping and KYC', () => {
  it('blocks a Hypixel key in the URL or assigned for it, never the player UUID beside it', () => {
    const url = "fetch('https://api.hypixel.net/player?key=8a16e95e-4a11-4040-b520-5f2237a1289e&uuid=3870046a-64e7-4a9b-ae3a-414c7e5028eb')\n";
    expect(blockingIds('BBCommand.js', url)).toEqual(['hypixel-api-key']);
    const java = '        key = "f9bd34c8-272a-4338-a494-1a2ccd30d8e7";\n        try {\n            url = new URL("https://api.hypixel.net/player?key=" + key + "&name=" + user);\n';
    expect(blockingIds('Murder.java', java)).toEqual(['hypixel-api-key']);
  });

  it('blocks a key pasted into a capitals deploy note named for AWS or a VPS', () => {
    const note = '```bash\n# add your SPORTS_API_KEY\nSPORTS_API_KEY=7c1e9a3f5b2d4e6a8c0f1b3d5e7a9c2b\n```\n';
    expect(blockingIds('DEPLOY_AWS_CSV.md', note)).not.toEqual([]);
    expect(blockingIds('docs/deploy.md', note)).toEqual([]);
  });

  it('blocks a NewsAPI key given to the Node client', () => {
    expect(blockingIds('news.js', "const NewsAPI = require('newsapi');\nconst newsapi = new NewsAPI('13b547bf22be94cb3a5b59e4bc7dfa83');\n")).toEqual(['newsapi-client-key']);
  });

  it('blocks a UPS access licence number in request XML and a USPS Web Tools user id', () => {
    expect(blockingIds('shippinglabel.php', '$xml = "<AccessRequest>\n<AccessLicenseNumber>F38CF058A7D8742C</AccessLicenseNumber>\n<UserId>cornershop</UserId>\n";\n')).toEqual(['ups-access-license-number']);
    expect(blockingIds('usps_rate.php', "  $reqxml = '<RateV4Request USERID=\"410HGUQN4396\">';\n")).toEqual(['usps-web-tools-user-id']);
  });

  it('blocks Plaid secrets noted by environment beside the client id, and Bridge keys in a design note', () => {
    const note = 'Dashboard: https://dashboard.plaid.com/signin\n\nclient\\_id: bb0e6b2ee4cae39aa93fd349\n\nDev: 8e8b479755984edae6f331a7ae8a1f\n\n**Production keys:** 191246f8b8423f3401f8e796eaabc2\n';
    expect(blockingIds('attached_assets/Plaid_Notes.md', note)).toEqual(['plaid-secret-by-environment', 'plaid-secret-by-environment']);
    expect(blockingIds('KYC_FLOW_REDESIGN.md', 'Bridge key: `sk-live-e06510a07ea39579b41834969c412078`\n')).toEqual(['bridge-api-key']);
  });

  it("lowers Veriff's public API key, not the shared secret beside it", () => {
    const env = 'VERIFF_API_KEY=4b7e2c91-0d3a-4f86-9c15-e2a7b0d4f389\nVERIFF_BASE_URL=https://stationapi.veriff.com\nVERIFF_API_SECRET=9c3d1e7a-52b4-4e08-a6f1-0b8c2d4e6f71\n';
    expect(blockingIds('scripts/update-env.js', `const env = \`\n${env}\`;\n`)).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 551 onwards', () => {
  it('blocks a PandasAI key, which has the shape of a bcrypt hash, where a key goes', () => {
    expect(blockingIds('app.py', 'BAMBOO_API_KEY = "$2a$10$mag4FOX7P4DSm1UrnepuRVx/KOhskrFrd.6YezShLrhftOjAxPsOx"\n')).toEqual(['pandasai-api-key']);
    expect(blockingIds('seed.py', 'admin_hash = "$2a$10$mag4FOX7P4DSm1UrnepuRVx/KOhskrFrd.6YezShLrhftOjAxPsOx"\n')).toEqual([]);
  });

  it('blocks a live Chargebee key given to configure; leaves a Paddle client-side token, a notification id and the example key of Paddle docs', () => {
    expect(blockingIds('export.py', 'chargebee.configure("live_LFSwVB73D771V4EHXWoAbvfyj8NjCP5G", "corner-shop")\n')).toEqual(['chargebee-api-key']);
    expect(blockingIds('worklog.md', '```\nPADDLE_CLIENT_TOKEN=live_7c1e9a3f5b2d4e6a8c0f1b3d5e7\n```\n')).toEqual([]);
    expect(blockingIds('scripts/verify-prices.php', "const PADDLE_NOTIFICATION_SECRET = 'ntfset_01hq7k2mz0p4rtbw9x3c5v8n6d';\n")).toEqual([]);
    const key = (value: string): string => `INSERT INTO paddle_api_key (account_id, key) VALUES ('mock_account_id', '${value}');\n`;
    expect(blockingIds('tests/products/by-ids.ts', key('pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO'))).toEqual([]);
    expect(blockingIds('tests/products/by-ids.ts', key('pdl_live_apikey_01nbea4lmvyaobww0ankilv8xb_2ID1oDWEAkFRJnUKedxpbp_qhb'))).toEqual(['paddle-api-key']);
  });

  it('reads a pasted token whose length is noted after it in brackets', () => {
    const note = '```env\nEVENTBRITE_PRIVATE_TOKEN=Q7KX2MZR4TBN9WPLC3VD  (20 characters)\n```\n';
    expect(blockingIds('EVENTBRITE_EVENTS_FIX.md', note)).toEqual(['eventbrite-private-token']);
  });

  it("blocks the secret and token given to Vimeo's client, and a Tesla Fleet secret behind a browser prefix, not Tesla's own app secret", () => {
    const vimeo = "var client = new Vimeo('266e672cb25225d918945d39a341511f09b72f0f', 'nL86LsMamBAsjbRmJ6neNE7AjCeTTEOsJe6Mh3SmA0EH5hFUHZZBlrxPq/irpEqf3dWqlNN/bXjqNZi0QFmt/hnzHFphdKHSbI/SqRsdzUel4r46viCKSD7GlT6GwTRc', '79ee8cd041898ec5924ba2baa5b8c7f9');\n";
    expect(blockingIds('src/components/Feed.vue', vimeo)).toEqual(['vimeo-client-secret', 'vimeo-access-token']);
    expect(blockingIds('ENVIRONMENT_SETUP.md', '```\nREACT_APP_TESLA_CLIENT_SECRET=ta-secret.OSLI9Gp3yAf0a9Ja\n```\n')).toEqual(['tesla-fleet-client-secret']);
    expect(blockingIds('tesla_api/__init__.py', "OAUTH_CLIENT_SECRET = 'c7257eb71a564034f9419ee651c7d0e5f7aa6bfbd18bafb5c5c033b093bb2fa3'\n")).toEqual([]);
  });

  it('reads Objective-C defines, Packer variable defaults and a handoff note table', () => {
    expect(blockingIds('OAuthConstants.h', '#define APP_OAUTH2_SECRETID @"8a16e95e-4a11-4040-b520-5f2237a1289e"\n')).toEqual(['c-define-secret']);
    const packer = 'variable "proxmox_api_token_secret" {\n  type    = string\n  default = "3870046a-64e7-4a9b-ae3a-414c7e5028eb"\n}\n';
    expect(blockingIds('proxmox/ubuntu.pkr.hcl', packer)).toEqual(['terraform-variable-default-secret']);
    const table = '| Service | Username | Password / Key |\n|---------|----------|---------------|\n| Prowlarr API | — | 342f3be1f84531cf99816342eab983de |\n';
    expect(blockingIds('HANDOFF.md', table)).toEqual(['docs-service-key-table']);
    expect(blockingIds('docs/handoff.md', table)).toEqual([]);
  });

  it('leaves a Proxmox token header built in an f-string, and a Cloudinary API key (an id) in next.config env', () => {
    expect(blockingIds('backup.py', 'headers = {"Authorization": f"PVEAPIToken=root@pam!{PVE_API_Key_ID}={PVE_API_Key}"}\n')).toEqual([]);
    const config = 'module.exports = {\n  env: {\n    CLOUDINARY_CLOUD_NAME: "shop",\n    CLOUDINARY_API_KEY: "482913650172834",\n  },\n};\n';
    expect(blockingIds('next.config.js', config)).toEqual([]);
  });

  it('blocks Bunny.net keys and names a KeyCDN key as KeyCDN, not Stripe', () => {
    expect(blockingIds('.env.production', 'BUNNY_API_KEY=aba72200-1500-4853-d35b-c75dcbd73f2335340ace-4efd-9d6d-53ff-e676aac575c9\n')).toContain('bunny-api-key');
    expect(blockingIds('check_api.py', "api = keycdn.Api('sk_prod_jK5wESAJW8hr6GLEkr1Gbq4D')\n")).toEqual(['keycdn-api-key']);
  });
});

