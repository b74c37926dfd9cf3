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
    const note = '```bash\n# add your ODDS_API_KEY\nODDS_API_KEY=7c1e9a3f5b2d4e6a8c0f1b3d5e7a9c2b\n```\n';
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
});
