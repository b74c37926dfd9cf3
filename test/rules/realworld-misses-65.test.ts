import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveAlnum } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 583 onwards. Every value is invented, but for the published keys named as such.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

const json64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('samples 583 to 586: media AI, Latin American payments, forms and git hosting', () => {
  it("leaves Conekta's and PayU's published test keys, not a key of one's own", () => {
    expect(blockingIds('functions.php', 'Conekta::setApiKey("key_eYvWV7gSDkNYXsmr");\n')).toEqual([]);
    expect(blockingIds('functions.php', 'Conekta::setApiKey("key_IA3KKRhPRXRmm7ZlKgpJ");\n')).toEqual(['conekta-private-key']);
    expect(blockingIds('server.js', "const payuApiKey = '4Vj8eK4rloUd272L48hsrarnUA';\n")).toEqual([]);
  });

  it('reads a PHPUnit *Test.php as a test file', () => {
    const settings = "            'access_token' => 'APP_USR-token-de-prueba-123456',\n            'webhook_secret' => 'clave-secreta-de-firma-123456',\n";
    expect(blockingIds('app/Settings/SettingTest.php', settings)).toEqual([]);
    expect(blockingIds('app/Settings/SettingStore.php', settings)).toEqual(['generic-secret-assignment', 'generic-secret-assignment']);
  });

  it("blocks an Openpay private key given to getInstance, not the API reference's", () => {
    const call = (key: string): string => `$openpay = Openpay::getInstance('mc4e8ebccf8536739ead', '${key}');\n`;
    expect(blockingIds('pago.php', call('sk_193a7a9fe310f77f3b4dd16bd31916e6'))).toEqual(['openpay-private-key']);
    expect(blockingIds('pago.php', call('sk_e568c42a6c384b7ab02cd47d2e407cab'))).toEqual([]);
  });

  it("blocks a Jotform key given to Python's JotformAPIClient", () => {
    expect(blockingIds('list_forms.py', "jotformAPIClient = JotformAPIClient('7f2c73640e80d8d611c50b10ef079296')\n")).toEqual(['jotform-api-key']);
  });

  it('blocks a Gitea runner registration token on a docker run line', () => {
    const run = 'docker run -d \\\n  -e GITEA_RUNNER_REGISTRATION_TOKEN=eeOZl01EXWkUDRvwpEWQtQnqEn3F6RcIEnRe07Yt \\\n  gitea/act_runner\n';
    expect(blockingIds('start-runner.sh', run)).toEqual(['gitea-token']);
  });
});

describe('samples 587 to 590: Web3, e-commerce platforms, dev environments and infrastructure providers', () => {
  it('names a Pinata JWT by its claims and a Wix API key by its prefix', () => {
    const pinata = `${json64({ alg: 'HS256', typ: 'JWT' })}.${json64({ userInformation: { id: 'f1e2d3c4' }, scopedKeyKey: 'a1b2', exp: 4102444800 })}.${deriveAlnum('pinata', 43)}`;
    expect(blockingIds('src/utils/ipfs.ts', `const PINATA_JWT = '${pinata}';\n`)).toEqual(['pinata-jwt']);
    const wix = `IST.${json64({ kid: 'PozH_aC2', alg: 'RS256' })}.${json64({ data: '{"id":"3f9c2a71"}', iat: 1748000000 })}.${deriveAlnum('wix', 342)}`;
    expect(blockingIds('upload_tracks.py', `WIX_KEY = "${wix}"\n`)).toEqual(['wix-api-key']);
  });

  it('blocks BigCommerce tokens in a README env block and a Vercel bypass header in a load test', () => {
    expect(blockingIds('README.md', '```env\nBC_ACCESS_TOKEN=vfzrt1x1etsgkumzrup2kdj7iezjrau\n```\n')).toEqual(['bigcommerce-api-token']);
    expect(blockingIds('k6-store-api.js', "const headers = { 'x-vercel-protection-bypass': 'hb3OAKF2ysEBMhxrvrXv3yNdkI6UJMcn' };\n")).toEqual(['vercel-protection-bypass-secret']);
  });

  it('blocks an IBM Cloud API key given to ibmcloud login', () => {
    expect(blockingIds('Jenkinsfile', "sh '''\n  ibmcloud login -r us-south --apikey ewxCNGy5Hmq8NJ41_0QQ1plF44xxrSUGRauQCu6D7DQo\n'''\n")).toEqual(['ibm-cloud-api-key']);
    expect(blockingIds('Jenkinsfile', "sh 'ibmcloud login -r us-south --apikey $IBMCLOUD_API_KEY'\n")).toEqual([]);
  });
});
