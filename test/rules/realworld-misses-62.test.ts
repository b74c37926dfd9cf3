import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 559 onwards. Every value is invented, but for the published keys named as such.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 559 to 562: nonprofits, restaurants, real estate and government data', () => {
  it("blocks a Blackbaud subscription key in its header; leaves Every.org's public partner key", () => {
    const headers = "headers = {\n    'Authorization': 'Bearer ' + token,\n    'Bb-Api-Subscription-Key': '342f3be1f84531cf99816342eab983de',\n}\n";
    expect(blockingIds('search_constituents.py', headers)).toEqual(['blackbaud-subscription-key']);
    expect(blockingIds('script.js', 'var url = "https://partners.every.org/v0.2/browse/cats?take=30&apiKey=7c1e9a3f5b2d4e6a8c0f1b3d5e7a9c2b"\n')).toEqual([]);
  });

  it("leaves the token of Bridge Interactive's public test dataset, not another token for it", () => {
    const url = (token: string): string => `return this.httpClient.get('https://api.bridgedataoutput.com/api/v2/OData/test/Property?access_token=${token}')\n`;
    expect(blockingIds('src/app/services/fmls.service.ts', url('6baca547742c6f96a6ff71b138424f21'))).toEqual([]);
    expect(blockingIds('src/app/services/fmls.service.ts', url('c4e1b7d92f0a8e36c5b1f9d07a2e84c6'))).not.toEqual([]);
  });

  it('judges a webhook secret its owner prefixed with words and a year on its hex', () => {
    const hex = 'ea7eaa9cd0e58b9a9c56ae01fe789cad15fc6dda96f0cd0b194aa995f789ed11';
    expect(blockingIds('.env.production', `UBER_EATS_WEBHOOK_SECRET=tanawat_uber_2025_${hex}\n`)).toContain('generic-secret-assignment');
  });

  it("reads a bare Key label under an API's heading in a working note", () => {
    const note = '### 1. RentCast API\n- **Key**: `c4e1b7d92f0a8e36c5b1f9d07a2e84c6`\n- **Status**: Configured\n';
    expect(blockingIds('API_KEYS_SETUP_SUMMARY.md', note)).toEqual(['docs-bold-label-secret']);
    expect(blockingIds('docs/setup.md', note)).toEqual([]);
  });

  it('blocks Census and ProPublica keys given to their Python clients, and an INSEE key header', () => {
    expect(blockingIds('app.py', 'c = Census("4b01999331ed16dcf45cd8a72bdfaefa5ef7d2ac")\n')).toEqual(['census-api-key']);
    expect(blockingIds('bills.py', "congress = Congress('I1xFPRyCfRqHah4fShM9lMeMzuK9oxXNhy8YKwTp')\n")).toEqual(['propublica-api-key']);
    expect(blockingIds('register.php', '"X-INSEE-Api-Key-Integration: 1fce3094-109c-4d0b-ba6b-051f832b1dfc",\n')).toEqual(['insee-api-key']);
  });

  it('reads a Census key at the end of a long query', () => {
    const query = Array.from({ length: 40 }, (_, i) => `B01001_${String(i + 1).padStart(3, '0')}E`).join(',');
    expect(blockingIds('acs_download.py', `# https://api.census.gov/data/2019/acs/acs5?get=NAME,${query}&for=block%20group:*&key=4b01999331ed16dcf45cd8a72bdfaefa5ef7d2ac\n`)).toEqual(['census-api-key']);
  });
});

describe('samples 563 to 566: crypto payments, mail, IoT and agent tools', () => {
  it("blocks a CoinPayments private key given to Setup; leaves Authorize.Net's published sandbox key", () => {
    expect(blockingIds('withdraw.php', "\t$cps->Setup('158e54137e3ad78995cc23352e15946e8c636f427a53f98a42caf4e3e675f637', '2cc771a6a7ae0dfd10f339b441a2d970f5ca9cf3fc4c5e969d5ad5cf10adc09e');\n")).toEqual(['coinpayments-private-key']);
    const env = (key: string): string => `\`\`\`\nAUTHORIZE_NET_API_LOGIN_ID=5KP3u95bQpv\nAUTHORIZE_NET_TRANSACTION_KEY=${key}\n\`\`\`\n`;
    expect(blockingIds('PAYMENT_SETUP.md', env('346HZ32z3fP4hTG2'))).toEqual([]);
    expect(blockingIds('PAYMENT_SETUP.md', env('7Kq2mWx9Lr4tVz8N'))).not.toEqual([]);
  });

  it('blocks the password of a static express-basic-auth user', () => {
    const app = "app.use('/webhook', basicAuth({\n  users: { 'elderjames': 'TRWhitcomb!!5093' },\n  challenge: true,\n}));\n";
    expect(blockingIds('app.js', app)).toEqual(['express-basic-auth-user']);
  });

  it('blocks a token joined to a request body that opens with access_token=', () => {
    expect(blockingIds('MainActivity.java', 'String urlParameters = "access_token=" + "4b01999331ed16dcf45cd8a72bdfaefa5ef7d2ac" + "&args=" + arg;\n')).toEqual(['url-key-parameter-joined']);
  });

  it('blocks Ubidots tokens, Weather Underground keys and a Blynk token in PlatformIO build flags', () => {
    expect(blockingIds('mqttClient.js', "const client = mqtt.connect('mqtt://industrial.api.ubidots.com', { username: 'BBUS-nXYezFFAZ0DwPAc0ALr6JKxrmgk94Z' });\n")).toEqual(['ubidots-token']);
    expect(blockingIds('weather.py', "weather_url = 'http://api.wunderground.com/api/a42d10aa22ae8954/conditions/q/'\n")).toEqual(['wunderground-api-key']);
    expect(blockingIds('README.md', 'build_flags =\n    -D BLYNK_AUTH_TOKEN="\\"Qm7xTbR2LpVw9ZcKdYh4NfGs8JeA3uWq\\""\n')).toEqual(['blynk-auth-token']);
  });

  it("lowers a device's Firebase web API key beside its Realtime Database URL, not a Gemini key", () => {
    const device = '#define API_KEY "AIzaSyB4x7Kq2mLp9vRt3wZc8nH1dF6gJ0sQe5Y"\n#define DATABASE_URL "door-lock-4f2a1-default-rtdb.firebaseio.com"\n';
    expect(blockingIds('fingerprint_door.ino', device)).toEqual([]);
    expect(blockingIds('gemini.py', 'GEMINI_API_KEY = "AIzaSyB4x7Kq2mLp9vRt3wZc8nH1dF6gJ0sQe5Y"\n')).toEqual(['google-api-key']);
  });

  it("blocks E2B keys; leaves Helicone's seeded test key and a secret's own name as its value", () => {
    expect(blockingIds('server.py', 'os.environ["E2B_API_KEY"] = "e2b_4b01999331ed16dcf45cd8a72bdfaefa5ef7d2ac"\n')).toEqual(['e2b-api-key']);
    expect(blockingIds('e2e/lib/constants.ts', 'export const TEST_ORG_API_KEY = "sk-helicone-aizk36y-5yue2my-qmy5tza-n7x3aqa";\n')).toEqual([]);
    expect(blockingIds('core/secrets.py', 'class SecretNames:\n    JWT_SECRET_KEY = "jwt_secret_key"\n')).toEqual([]);
  });
});

describe('samples 567 to 574: partial samples of vector stores, low-code tools and more', () => {
  it("keeps a Pinecone key blocking beside a LangChain store named docsearch (not Algolia's DocSearch)", () => {
    const script = 'PINECONE_API_KEY = "pcsk_eQsKaW_5MU1Qv20Koig8EGkOJv5T0qet7I0eJDgeDyJp23IsOjgBlvysPB0DUorQSrsQNjzF"\n# docsearch=Pinecone.from_texts(texts, embeddings, index_name=index_name)\n';
    expect(blockingIds('store_index.py', script)).toEqual(['pinecone-api-key']);
  });

  it('blocks a Baserow token in its Authorization header and an Appsmith encryption salt', () => {
    const call = "const res = await $fetch('https://api.baserow.io/api/database/rows/table/123/', {\n  headers: { Authorization: 'Token 7FrtIkZ3zKjtbTXclSq0TXbADhhxEKql' },\n})\n";
    expect(blockingIds('server/api/baserow.ts', call)).toEqual(['baserow-database-token']);
    expect(blockingIds('.env.production', 'APPSMITH_ENCRYPTION_SALT=268TSI1cBeG6uPWj8Fyn\n')).toContain('appsmith-encryption-secret');
  });

  it("leaves Last.fm's API key, which every request URL carries, and blocks its shared secret", () => {
    const config = 'LASTFM_API_KEY = "c4e1b7d92f0a8e36c5b1f9d07a2e84c6"\nLASTFM_API_SECRET = "7c1e9a3f5b2d4e6a8c0f1b3d5e7a9c2b"\n';
    expect(blockingIds('config.py', config)).toEqual(['generic-secret-assignment']);
  });

  it("leaves an app key listed in a working note (a client id), while a bare Key under an API's heading blocks", () => {
    expect(blockingIds('AD_NETWORK_CONFIGURATION_SUMMARY.md', '### App Key\n- **App Key**: `c4e1b7d92f0a8e36c5b1f9d07a2e84c6a4e1b7d92f0a8e36`\n')).toEqual([]);
  });
});

