import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 535 onwards. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 535 and 536: app monetisation and voice AI', () => {
  it("blocks an Adapty secret key in a curl header, not the example key of Adapty's documentation", () => {
    const curl = (key: string): string => `curl -H "Authorization: Api-Key ${key}" https://api.adapty.io/api/v2/server-side-api/profile/\n`;
    expect(blockingIds('WEBHOOK_NOTES.md', curl('secret_live_Kq7vT2xW.m9LpQz4RnB8cHd3Fj6Gy1Mq5Zt0Re7Uw'))).toEqual(['adapty-secret-key']);
    expect(blockingIds('WEBHOOK_NOTES.md', curl('secret_live_BEHrYLTr.ce5zuDEWz06lFRNiaJC8mrLtL8fUwswD'))).toEqual([]);
  });

  it("leaves RevenueCat's public SDK keys, which every build of the app carries", () => {
    expect(blockingIds('StoreConfig.swift', 'Purchases.configure(withAPIKey: "appl_Kq7vT2xWm9LpQz4RnB8cHd3Fj6")\n')).toEqual([]);
    expect(blockingIds('StoreConfig.swift', 'let revenueCatSecret = "sk_Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy"\n')).not.toEqual([]);
  });

  it("leaves an Adjust app token in a script that calls Adjust's API", () => {
    expect(blockingIds('scripts/adjust_report.py', '#Adjust access tokens and payload\napp_token = "q7k2mz0p4rtb"\n')).toEqual([]);
  });

  it('blocks Cartesia keys and Azure Speech keys given to FromSubscription', () => {
    expect(blockingIds('AGORA_API_PARAMETERS.md', '"tts": { "vendor": "cartesia", "params": { "api_key": "sk_car_Kq7vT2xWm9LpQz4RnB8cHd" } }\n')).toEqual(['cartesia-api-key']);
    expect(blockingIds('AzureAuth.cs', 'var config = SpeechConfig.FromSubscription("a95d1ec34a7b58e04c4b58e7cf24f669", "eastasia");\n')).toEqual(['azure-cognitive-services-key']);
  });

  it('drops a documentation key typed as digits and letters counting up together', () => {
    const client = (key: string): string => `const client = new ElevenLabsClient({ apiKey: "${key}" });\n`;
    expect(blockingIds('src/convai.ts', client('sk_live_4f8b9c7d2e3a4b5c9d0e1f2a3b4c5d6e'))).toEqual([]);
    expect(blockingIds('src/convai.ts', client('sk_live_4f8b9c7d2e3a4b5c7q2m8x1k5z9w'))).toEqual(['stripe-secret-key']);
  });
});

describe('samples 537 to 540: documents, meetings, banking and translation', () => {
  it('blocks a DocRaptor key set in its configure block, a Mailjet secret given to the Go client, an Adobe p8e- secret in a guide', () => {
    expect(blockingIds('docraptor_async.rb', 'DocRaptor.configure do |config|\n  config.username = "Kq7vT2xWm9LpQz4RnB8c"\nend\n')).toEqual(['docraptor-api-key']);
    expect(blockingIds('backend/main.go', 'client := mailjet.NewMailjetClient("5b07e1c3d9a2446f8e13b0c7da95f21e", "c41f7e0a92db4e35a8f1b6c0d3e7925a")\n')).toEqual(['mailjet-secret-key']);
    expect(blockingIds('docs/PDF_SERVICE.md', '  "client_secret": "p8e-Kq7vT2xWm9Lp_Qz4RnB8cHd3Fj6Gy1Mq"\n')).toEqual(['adobe-client-secret']);
  });

  it("blocks a key in a C# collection initializer's entry, not one read from configuration", () => {
    const form = (value: string): string => `var form = new NameValueCollection()\n{\n    {"apikey" , ${value}},\n};\n`;
    expect(blockingIds('ChangePassword.aspx.cs', form('"qT7vLm2Rx9KpW4zNc8HdB3sF6jY1gA5e-Wq9rTz4y"'))).toEqual(['generic-secret-pair-initializer']);
    expect(blockingIds('ChangePassword.aspx.cs', form('ConfigurationManager.AppSettings["TextlocalKey"]'))).toEqual([]);
  });

  it('blocks a list of keys given as the fallback of a plural key name', () => {
    const keys = 'KEYS_ENV = os.environ.get("UNSTRUCTURED_API_KEYS", "Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1M,Xw4PmLq9TzRk2VbN7cHdXg5q8Zr4Kt")\n';
    expect(blockingIds('main.py', keys)).toEqual(['env-fallback-secret']);
  });

  it('blocks a Nylas key and a Transifex token in .transifexrc', () => {
    expect(blockingIds('NYLAS_DEPLOY_QUICK.md', 'NYLAS_API_KEY=nyk_v0_Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1Mq5Zt0Re7Uw2Io4Pb9Nm6Tg3Vr8Ce1Wx5Yb2Lk\n')).toEqual(['nylas-api-key']);
    const rc = '[https://www.transifex.com]\npassword = 1/53be85b1be320144c0531010ec4dae313d7d1e2c\nusername = api\n';
    expect(blockingIds('.transifexrc', rc)).toEqual(['transifex-api-token']);
  });

  it("blocks a Mercury production token, not the example of Mercury's API reference", () => {
    const auth = (body: string): string => `Authorization: Bearer secret-token:mercury_production_${body}_yrucrem\n`;
    expect(blockingIds('TOOLS.md', auth('wma_47QHp2K81Z5yTM8Nq4DgzuwR3ye6SPf0mgVWctHyQg2BN'))).toEqual(['mercury-api-token']);
    expect(blockingIds('docs/statements.md', auth('wma_24SCp4G81X3yHL4Wq8FgzuaP9ye3VKf2mgTDctXyRg5HY'))).toEqual([]);
  });

  it("leaves a public key's setting and a Fernet ciphertext, which are not secrets", () => {
    expect(blockingIds('config.py', 'PLAID_PUBLIC_KEY = os.getenv("PLAID_PUBLIC_KEY", "3f9c1e275a8b4d029e6fb17a0c4d8e")\n')).toEqual([]);
    const fernet = 'export const row = { access_token: "gAAAAABmQ8mLx2vTz7Kp4Wn9Rb3HdA1Fs1Jg5Ue0YcT7kW2qZ9xN4bV6mR3hL8pXw4PmLq9TzRk2VbN7cHdXg5q8Zr4Kt7Vm2Xw9Lp3Nc6Hd1Fs5Jg0Yb8==" };\n';
    expect(blockingIds('src/fixtures.ts', fernet)).toEqual([]);
  });
});

describe('samples 541 and 542: BI tools and marketplaces', () => {
  it('blocks Metabase API keys and Tableau token secrets, not PHP mb_ functions', () => {
    expect(blockingIds('route.ts', 'const METABASE_API_KEY = "mb_Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1Mq5Zt0Re7Uw2I+=";\n')).toEqual(['metabase-api-key']);
    expect(blockingIds('lib.php', '$len = mb_strlen($name);\n')).toEqual([]);
    const tsc = "tableau_auth = TSC.PersonalAccessTokenAuth('bi-bot', 'Q8mLx2vTz7Kp4Wn9Rb3HdA==:Fs1Jg5Ue0YcT7kW2qZ9xN4bV6mR3hL8p', 'shop')\n";
    expect(blockingIds('list_workbooks.py', tsc)).toEqual(['tableau-personal-access-token']);
  });

  it("leaves the published JWT secrets of ToolJet's Dockerfiles and NocoDB's README", () => {
    expect(blockingIds('run-nocodb.sh', 'docker run -d -e NC_AUTH_JWT_SECRET="569a1821-0a93-45e8-87ab-eb857f20a010" nocodb/nocodb:latest\n')).toEqual([]);
    expect(blockingIds('run-nocodb.sh', 'docker run -d -e NC_AUTH_JWT_SECRET="4c1e9a72-0b5d-4f38-a6e2-7d90c3b18f54" nocodb/nocodb:latest\n')).not.toEqual([]);
  });

  it('blocks Lazada app secrets, Shopee partner keys and an old Amazon client secret beside its client id', () => {
    expect(blockingIds('MDShopGetToken.java', 'LazopClient client = new LazopClient("https://api.lazada.co.th/rest", "120843", "Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1Mq5");\n')).toEqual(['lazada-app-secret']);
    expect(blockingIds('sign-tester.cjs', "const partner_key = '9e2d7b10f4a34c85b6e0a1d3c8f27b54c41f7e0a92db4e35a8f1b6c0d3e7925a';\n")).toEqual(['shopee-partner-key']);
    const lwa = '    .clientId("amzn1.application-oa2-client.4c1e9a720b5d4f38a6e27d90c3b18f54")\n    .clientSecret("c41f7e0a92db4e35a8f1b6c0d3e7925a9e2d7b10f4a34c85b6e0a1d3c8f27b54")\n';
    expect(blockingIds('Test.java', lwa)).toEqual(['amazon-lwa-client-secret']);
  });
});

describe('sample 547, partial: sports data', () => {
  it('blocks an API-Sports key sent to its host under the RapidAPI header, not one sent to another RapidAPI host', () => {
    const headers = (host: string): string => `myHeaders.append("x-rapidapi-key", "9c07b2e4d1a85f36c2e90b7d4a1f58e3");\nmyHeaders.append("x-rapidapi-host", "${host}");\n`;
    expect(blockingIds('utils/config.tsx', headers('v3.football.api-sports.io'))).toEqual(['api-sports-key']);
    expect(blockingIds('utils/config.tsx', headers('weatherapi-com.p.rapidapi.com'))).toEqual([]);
  });
});

describe('samples 538, 546 and 550: left-over misses', () => {
  it('blocks random letters with an underscore among them, not an identifier', () => {
    const token = (value: string): string => `const webhookToken = '${value}';\n`;
    expect(blockingIds('src/config/onfidoConfig.ts', token('kRqYHzBdmLuQWeTnPcVjAhGsoXirKFN_'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/config/onfidoConfig.ts', token('_getUserWebhookToken'))).toEqual([]);
  });

  it('blocks a key of a letter and 64 hex digits on the line after its name', () => {
    const daily = 'const DAILY_API_KEY =\n  "Y3f9c1e275a8b4d029e6fb17a0c4d8e25b7e1d2c3a4f5061728c9e04b7a13d5f2e6";\n';
    expect(blockingIds('daily.ts', daily)).toEqual(['generic-secret-next-line']);
  });

  it("flags a Duffel token read from a variable Next.js ships to the browser", () => {
    expect(blockingIds('src/duffel.ts', 'export const duffel = new Duffel({ token: process.env.NEXT_PUBLIC_DUFFEL_KEY! });\n')).toEqual(['client-exposed-secret-env-read']);
  });
});

describe('samples 536, 538 and 542: client ids and stubs', () => {
  it("leaves Zoom's Meeting SDK key (a client id) and an Amazon refresh token cut to its prefix, not the SDK secret", () => {
    const zoom = 'const ZOOM_MEETING_SDK_KEY = "q8Zr4Kt7Vm2Xw9Lp3Nc6";\nconst ZOOM_MEETING_SDK_SECRET = "Tz8kQw3mLp7Vx2RnHb4JwE9sA1dN6bR3";\n';
    expect(blockingIds('getOauth.js', zoom)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('lwa_token.py', 'REFRESH_TOKEN = "Atzr|IwEBIKq7vT2xWm9"\n')).toEqual([]);
  });

  it('blocks a basic-auth tuple broken over two commented-out lines', () => {
    const call = '# r = requests.get(url, auth=("3f9c1e275a8b4d029e6fb17a0c4d8e25b7e1d2c3a4f50617",\n#                          "c9e04b7a13d5f2e69a7b1e20c493aa4c1db2f051de8a3c9e"))\n';
    expect(blockingIds('transcribe.py', call)).toEqual(['http-basic-auth-literal']);
  });
});

describe('sample 528: deploy notes named in capitals', () => {
  it("reads a platform's deploy note in capitals as the values pasted into it, a lower-case guide as documentation", () => {
    const env = 'CRON_SECRET=4c1e9a720b5d4f38a6e27d90c3b18f54\n';
    expect(blockingIds('VERCEL_DEPLOYMENT.md', env)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('docs/vercel-deployment.md', env)).toEqual([]);
  });
});
