import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 175 to 184 (Microsoft 365 apps, video APIs, GitHub and Slack apps,
// back-end-as-a-service projects, search services, authentication services, a Python team's commits, language and
// speech APIs, storage and media CDNs). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 175: Microsoft 365 and Entra ID apps', () => {
  it('blocks mailbox passwords passed to Java mail calls and an Entra secret with a dash near its start', () => {
    expect(blockingIds('EmailService.java', '        return new PasswordAuthentication("alerts@shop.io", "Vw7kq2Lm9Rt4");\n')).toEqual(['network-credential-password']);
    expect(blockingIds('EmailService.java', '        store.connect("outlook.office365.com", "alerts@shop.io", "Vw7kq2Lm9Rt4");\n')).toEqual(['login-call-password']);
    expect(blockingIds('EmailService.java', '        store.connect(host, user, password);\n')).toEqual([]);
    const msal = 'ConfidentialClientApplicationBuilder.Create(id).WithClientSecret("uwW9Kq8vT3mWz7Lp.Rw4cYn8BdH1sJe6G").Build();\n';
    expect(blockingIds('Program.cs', msal)).toEqual(['msal-client-secret-literal']);
    expect(blockingIds('Program.cs', msal.replace('uwW9Kq8vT3mWz7Lp.Rw4cYn8BdH1sJe6G', 'tkb7Q~wpWgVNvgdxAOd4fu81yXNRSEwbsl0Od'))).toEqual(['azure-ad-client-secret']);
    expect(blockingIds('Jenkinsfile', 'bat """ az login --service-principal -u $APP -p Eq-7Q~wpWgVNvgdxAOd4fu81yXNRSEwbsl0Od -t $T """\n')).toEqual(['azure-ad-client-secret']);
  });
});

describe('sample 177: GitHub Apps, Probot and Slack Bolt apps', () => {
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIGHS9iK3eVL4hsjH2oOoFw3zw6EPpiS23+5y4rIZ84ekIT/Em1YGQU3e7jCqAHv\n5SzkmEomgncgMdvJIawU4NW51QpmXfAXP+Vk3M5DIeBStJOx71C2TpUs1dATpr7G\n-----END RSA PRIVATE KEY-----\n';

  it('reports a key in a file named like one once, as the key', () => {
    const ids = (path: string, text: string): string[] => detectChunk({ path, text }, pack).map((f) => f.ruleId);
    expect(ids('private-key.pem', pem)).toEqual(['private-key']);
    expect(ids('private-key.pem', 'see vault\n')).toEqual(['private-key-file']);
  });

  it('reads `??=` as an env fallback', () => {
    expect(blockingIds('src/auth.ts', "process.env.CLIENT_SECRET ??= 'Vb7qX2mK9rT4wL8zPn3H';\n")).toEqual(['js-env-fallback-secret']);
  });
});

describe('sample 178: back-end-as-a-service projects', () => {
  it('reads a lower-case dockerfile as a Dockerfile', () => {
    expect(blockingIds('deploy/dockerfile', 'FROM hasura/graphql-engine\nENV HASURA_GRAPHQL_ADMIN_SECRET=Qm7vT2xKp9LfR4sNb8HdZ3cW\n')).toEqual(['hasura-admin-secret']);
  });

  it('blocks PocketBase superuser logins on its command line and in authWithPassword, not from the environment', () => {
    expect(blockingIds('Dockerfile', 'CMD ["/pb/pocketbase", "superuser", "upsert", "ops@shop.io", "Nv7q-Lm2x!Tz"]\n')).toEqual(['pocketbase-superuser-password']);
    expect(blockingIds('start.sh', './pocketbase superuser upsert "$PB_ADMIN_EMAIL" "$PB_ADMIN_PASSWORD"\n')).toEqual([]);
    expect(blockingIds('scripts/outlet.js', "await pb.admins.authWithPassword('ops@shop.io', 'Tq8v#mW2pZr4');\n")).toEqual(['login-call-password']);
  });
});

describe('sample 179: search services', () => {
  it('lowers Algolia keys used by the lite client, DocSearch or the query endpoint, and search-only fallbacks', () => {
    const lite = "import algoliasearch from 'algoliasearch/lite';\nconst ALGOLIA_API_KEY = '5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b';\n";
    expect(blockingIds('src/screens/SearchServices.js', lite)).toEqual([]);
    expect(blockingIds('src/screens/SearchServices.js', lite.replace('algoliasearch/lite', 'algoliasearch'))).toEqual(['algolia-admin-api-key']);
    const fallback = "algoliaAppKey:\n  process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_APP_KEY || '5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b',\n";
    expect(blockingIds('conf/plugin.config.js', fallback)).toEqual([]);
  });
});

describe('sample 180: authentication services', () => {
  it('names a WorkOS key (base64 of key_01… behind sk_test_) as WorkOS, not as a Stripe test key', () => {
    const key = `sk_test_${Buffer.from('key_01HQ7Z3K9M2X4V8B6N1P5R7T9W,Kq8vT3mWz7LpRw4cYn8BdH1sJe6GuA5oPi0').toString('base64').replace(/=+$/, '')}`;
    expect(blockingIds('server.ts', `const WORKOS_API_KEY = process.env.WORKOS_API_KEY || "${key}";\n`)).toEqual(['workos-api-key']);
    expect(blockingIds('server.ts', 'const stripe = new Stripe("sk_test_4eC39HqLyjWDarjtT1zdp7dc");\n')).toEqual([]);
  });
});

describe("sample 181: a Python web team's commits", () => {
  it('blocks an itsdangerous key passed by position, and says a Mailtrap login was lowered as a test inbox', () => {
    expect(blockingIds('LoginDemoApp/__init__.py', "serializer = URLSafeTimedSerializer('q8w2mz7vl4pn8cb5hy1j')\n")).toEqual(['itsdangerous-signer-literal']);
    const mail = "MAIL_SERVER = 'smtp.mailtrap.io'\nMAIL_USERNAME = '5f2c9a1e7b3d4e'\nMAIL_PASSWORD = 'e5219a7c3f1b8d'\n";
    const findings = detectChunk({ path: 'config.py', text: mail }, pack);
    expect(findings.map((f) => [f.ruleId, f.confidence, f.message.includes('a test mail inbox')])).toEqual([['generic-secret-assignment', 'low', true]]);
  });
});

describe('sample 183: language and speech APIs', () => {
  it('blocks DeepL, Rev.ai, OCR.space and Azure AI services keys where their SDKs and headers take them', () => {
    expect(blockingIds('translate.py', 'translator = deepl.Translator("4462ebfc-5f91-4ef0-9cfb-ac6e7687a66e:fx")\n')).toEqual(['deepl-api-key']);
    expect(blockingIds('speech.py', 'cfg = speechsdk.SpeechConfig(subscription="a95d1ec34a7b58e04c4b58e7cf24f669", region="eastus")\n')).toEqual(['azure-cognitive-services-key']);
    expect(blockingIds('translate.py', "key = \"aaac4f04f577d8f3110e48561ea4c4a2\"\nheaders = {'Ocp-Apim-Subscription-Key': key}\n")).toEqual(['azure-cognitive-services-key']);
    expect(blockingIds('README.md', '   OCR_SPACE_API_KEY=K14418006888957\n')).toEqual(['ocrspace-api-key']);
    expect(scan('lib/deepgram.ts', 'const key = process.env.NEXT_PUBLIC_DEEPGRAM_API_KEY;\n')).toEqual([{ ruleId: 'client-exposed-secret-env-read', blocking: true }]);
  });

  it("reports an Azure storage key passed as account_key once, and a connection string's AccountKey once", () => {
    const key = 'XtVI7G+UO6P8awtTxvtKByC2tMFxI3zfw9lSCdghonhrHHg+bfgAN7duozw7QTuB6qrRA6QOSFhkV6tFGKp3Bs==';
    expect(blockingIds('app.py', `svc = BlockBlobService(account_name='shop', account_key='${key}')\n`)).toEqual(['azure-storage-key-assignment']);
    expect(blockingIds('app.py', `CONN = "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=${key};EndpointSuffix=core.windows.net"\n`)).toEqual(['azure-storage-account-key']);
  });
});

describe('sample 184: object storage and media CDNs', () => {
  it("names UploadThing's sk_live_ + 64 hex as UploadThing, not Stripe, and keeps an R2 secret in a README blocking", () => {
    expect(blockingIds('app/api/uploadthing/route.ts', "const utapi = new UTApi({ apiKey: 'sk_live_efdad62697067b8db2a0bd339e9e810dda7d77fb402ba22e609b946ad9ab25ff' });\n")).toEqual(['uploadthing-secret-key']);
    const rclone = '[r2]\ntype = s3\nprovider = Cloudflare\nsecret_access_key = 0f3a17f6216c35a27a6ee9642ae3cfade63c0437b5fdd07a3f781b11eacc54f4\n';
    expect(blockingIds('backup/README.md', rclone)).toEqual(['cloudflare-r2-secret-key']);
  });

  it('reports a Bunny storage or stream key read from a browser-exposed variable', () => {
    expect(blockingIds('lib/bunny.ts', 'headers: { AccessKey: process.env.NEXT_PUBLIC_BUNNY_VIDEO_ACCESS_KEY! },\n')).toEqual(['client-exposed-secret-env-read']);
  });
});
