import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 880 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

// A public PASETO signing `message`, with a made-up Ed25519 signature.
function makePaseto(message: string): string {
  return `v2.public.${Buffer.concat([Buffer.from(message), randomBytes(64)]).toString('base64url')}`;
}

describe('samples 880 to 887: quantum clouds, satellite data, XMPP, affiliates, experiments, rewards, notifications, card issuing', () => {
  it("reads IBM Quantum tokens given to save_account, D-Wave tokens and IonQ keys; not a test JWT built on jwt.io's claims", () => {
    expect(blockingIds('netflix_qsvm.py', "from qiskit import IBMQ\nIBMQ.save_account('864a6885617b7401e43e3a6bccf4decb938061d124701de16d03930a05abe61ef179986945f5f40784d01a25274b3e42b22fac39f3397a03a717553f3ad906b2')\n")).toEqual(['ibm-quantum-token']);
    expect(blockingIds('maxcut.py', "sampler = EmbeddingComposite(DWaveSampler(token='DEV-66a02c3b4bc205e7c2f4f7ffff2d2d3c10edcfb0'))\n")).toEqual(['dwave-leap-token']);
    expect(blockingIds('app.py', 'from qiskit_ionq import IonQProvider\nprovider = IonQProvider("PuEd5rdidKnCjcfM5cCjWLYMwSpTaA38")\n')).toEqual(['ionq-api-key']);
    const conftest = '[credentials.default.token_payload]\n  access_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6ImNvdyIsImlhdCI6MTYwNTU1MzI2MH0.VSkYqXaQu9dDS4Y827yG6nEavVml6BdH2eBN8Yq9z-M"\n  refresh_token = "refresh"\n';
    expect(blockingIds('tests/conftest.py', conftest)).toEqual([]);
  });

  it("reads Planet keys, Sentinel Hub secrets of every printable character, N2YO keys in a note's URLs, a 15-character password with stars", () => {
    expect(blockingIds('ndvi.py', 'PL_API_KEY = "PLAKfb307ef4f583f2fa9776155b36626c2c"\n')).toEqual(['planet-api-key']);
    expect(blockingIds('adapter.py', "config.sh_client_secret = 'Xq7(dF<k,2Lm!p9Z;v&Rt#Bw4]Hn%yC{8eG_sK:j'\n")).toEqual(['sentinel-hub-client-secret']);
    expect(blockingIds('spacetrack_request.py', "username = 'someone1@gmail.com'\npassword = 'R*G_hq7Lm*3Tz!X'\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('docs/sources.md', 'https://api.n2yo.com/rest/v1/satellite/visualpasses/25544/41.7/-74/0/2/300/&apiKey=1D91WK-SO65Q2-CDA6CD-ZNF9\n')).toEqual(['n2yo-api-key']);
  });

  it("reads an XMPP bot's password passed after its JID; not a placeholder", () => {
    expect(blockingIds('tractor_client.py', "import sleekxmpp\nxmpp = EchoBot('tractor01@jabber.kiwi.nz', 'Q9mTx4Lw2Z', q)\n")).toEqual(['xmpp-client-password']);
    expect(blockingIds('tractor_client.py', "import sleekxmpp\nxmpp = EchoBot('tractor01@jabber.kiwi.nz', 'use_getpass', q)\n")).toEqual([]);
  });

  it("reads PA-API keys and secrets as Amazon's, and a Basic login kept under an encoded-auth name", () => {
    const paapi = "AMAZON_ACCESS_KEY = 'AKPA0HHLST1698924145'\nAMAZON_SECRET_KEY = 'pK7uIJrpiHz3P4FPDtjUv9D77SgUokYZZqAhaP/+'\n";
    expect(blockingIds('app.py', paapi)).toEqual(['amazon-paapi-access-key', 'amazon-paapi-secret-key']);
    const login = Buffer.from('c7d0fc4007847db9ea73a2d606e545:4rw4MYop5m8yY6LJua9UjEtwxzgtGJ').toString('base64');
    expect(blockingIds('admitad_auth.py', `encoded_auth_string = "${login}"\n`)).toEqual(['basic-auth-encoded-setting']);
    expect(blockingIds('admitad_auth.py', `encoded_auth_string = "${Buffer.from('user:password').toString('base64')}"\n`)).toEqual([]);
  });

  it("reads GrowthBook secret keys, Reloadly secrets in a list of the variables, Tremendous keys; not a sample request's labels", () => {
    expect(blockingIds('scripts/migrate.py', 'GROWTHBOOK_API_KEY = "secret_user_rxgJYvTjxQxC2Q3pOoggaNgNgAK64hN2Jw2Oijd9fpn"\n')).toEqual(['growthbook-secret-key']);
    expect(blockingIds('ENV_VARIABLES.md', '```\nRELOADLY_CLIENT_SECRET=SjavVIi5fb-pXEpz66emINyptZA0nE-yqaTS98joW0JT8AFsRUMiaC10ufGSGgf\n```\n')).toEqual(['reloadly-client-secret']);
    expect(blockingIds('GIFT_CARD_SETUP.md', 'aws lambda create-function --environment Variables={TREMENDOUS_API_KEY=TEST_-tDtj5kkHGuH89af89iwWbZkKV5rsmH0qiD9b9flZIA}\n')).toEqual(['tremendous-api-key']);
    const sample = '//   "apiKey": "XOXO_PROD_API_KEY_12345",\n//   "requestSecret": "XOXO_PROD_SECRET_67890",\n';
    expect(blockingIds('IntegrationController.java', sample)).toEqual([]);
  });

  it("reads Courier, Knock, Novu and SuprSend server keys; not Knock's documentation stand-ins", () => {
    expect(blockingIds('PRODUCTION_DEPLOYMENT_COURIER.md', '```env\nCOURIER_AUTH_TOKEN=pk_prod_48AWQ7ULRL4DQA1XHM20ERSFVV1L\n```\n')).toEqual(['courier-auth-token']);
    expect(blockingIds('src/TopNav.jsx', 'const knock = new Knock("sk_test_9kDD-LDR1v4L3l4rHfSo8EUrqkxT0LLz7OXYqjOih2j");\n')).toEqual(['knock-secret-key']);
    expect(blockingIds('src/TopNav.jsx', 'const knock = new Knock("sk_test_12345");\n')).toEqual([]);
    expect(blockingIds('routes/auth.js', "const novu = new Novu('e80ac708b1a29e7a92affac17787599f');\n")).toEqual(['novu-api-key']);
    expect(blockingIds('AppDelegate.swift', 'defaults.set("SS.WSS.g8wnhze-PpAIvuNlqpNiVdHAqgL6KmrWogpqBpME", forKey: "suprsend_workspace_secret")\n')).toEqual(['suprsend-workspace-secret']);
  });

  it("reads Unit's tokens, Rapyd and Lithic keys; not PASETO's test vectors nor a library test's message", () => {
    const unit = makePaseto('{"role":"admin","userId":"4821","sub":"ops@bank.test","orgId":"77","exp":"2031-01-01T00:00:00.000Z"}');
    expect(blockingIds('Sources/UnitClient.swift', `let token = "${unit}"\n`)).toEqual(['paseto-token']);
    expect(blockingIds('src/test/PasetoV2Test.java', `String token = "${makePaseto('Frank Denis rocks')}";\n`)).toEqual([]);
    const vector = makePaseto('{"data":"this is a signed message","exp":"2039-01-01T00:00:00+00:00"}');
    expect(blockingIds('src/token.rs', `const V2_PUBLIC_TOKEN: &str = "${vector}";\n`)).toEqual([]);
    const specFooter = Buffer.from('{"kid":"zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN"}').toString('base64url');
    expect(blockingIds('src/token.rs', `const V2_LOCAL_TOKEN: &str = "v2.local.ilY_D8iWz3vOAiHyfigqnsEwtwoVZz8lP3q8qqIs1L2JhTanPBu3-WmYsYQFBHDmInwA2IveCHgaMba-azWkHHQeQF33QAhHmrTVVqPhiMcHSGcD31LQn_rDG7iC12PT6CSY36hdBUKrFJWmdcL52ScWnkdr5x_PqFWJeWr0b9drZK-hFTuaxMgbOlTFYGQ8hJvIX9yxR7E-enk4yaJfRA4ogTYMxFQxaO.${specFooter}";\n`)).toEqual([]);
    expect(blockingIds('docs/RAPYD_SETUP.md', '```dotenv\nRAPYD_SECRET_KEY=rsk_9dbe51bba49941333dea3f1e5c291d2f8de7528eac8fd8124bcc22f570ee4b0aa011fea48d608b8d\n```\n')).toEqual(['rapyd-secret-key']);
    expect(blockingIds('VIRTUAL_CARD_QUICKSTART.md', '```\nLITHIC_API_KEY=885de62f-6253-4e7e-b112-090e95dea183\n```\n')).toEqual(['lithic-api-key']);
  });
});

describe('samples 888 to 895: mail and fax, unified APIs, rentals, weather stations, gyms, time tracking, read-later', () => {
  it('reads Phaxio pairs given to PhaxioApi and Finch secrets', () => {
    expect(blockingIds('fax_records.py', "phaxio = PhaxioApi('4an8fk4tsxnlf4m3nv0y58kclp47attefbezj7po', 'pr9g1ynnrlge68p9fqxtl07eq51o64eci65lex9c')\n")).toEqual(['phaxio-api-secret']);
    expect(blockingIds('next.config.js', "  env: { finch_client_secret: 'finch-secret-sandbox-9gpC4pvfFQyE9CbPm08kB-D3MnTvM2B1kO7Qcxuf' },\n")).toEqual(['finch-client-secret', 'nextjs-config-env-secret']);
  });

  it("reads Guesty secrets in a coding agent's notes and Smoobu keys in a troubleshooting note", () => {
    expect(blockingIds('CLAUDE.md', '## Environment\nGUESTY_CLIENT_SECRET=yg3G1pkKUSd1cJl_Zy0QRXDnBlccIrh6CdD7bI1KsT_8FGRyblFsCme_vbcuwlOR\n')).toEqual(['guesty-client-secret']);
    expect(blockingIds('docs/SMOOBU_TROUBLESHOOTING.md', "curl -H 'Api-Key: ZEPnsBCsqE1bizM7o6gV0atRK2GFjAaOfybnjD98i4' https://login.smoobu.com/api/reservations\n")).toEqual(['smoobu-api-key']);
  });

  it('reads Ecowitt application keys in camel case and a Weather Underground station key in an upload URL', () => {
    expect(blockingIds('ecowitt_my_param.py', "ApplicationKey = '7947C6AD2BE2906ED0A07C8799434119'\nApiKey = 'f7bd90bc-e0bb-4b3c-8860-cb230c0f0cd5'\n# api.ecowitt.net\n")).toContain('ecowitt-application-key');
    expect(blockingIds('windstation.ino', 'const char* path = "/weatherstation/updateweatherstation.php?ID=KCADALYC8&PASSWORD=7stMr6x9mO&dateutc=now";\n')).toEqual(['wunderground-station-key']);
  });

  it("reads Harvest and RescueTime tokens; not a Rust test's Command::env nor its labelled stand-ins", () => {
    expect(blockingIds('harvest.py', "headers = {'Authorization': 'Bearer 3346848.pt.EVyAy0PPo_v_3r8nyDnnVOikAWsR0FT4KnKemDuKBDSvg8PBld9U9Ez3RZHKyecL5m7l7cP26Go24W0I4S-ITH', 'Harvest-Account-Id': '995746'}\n")).toEqual(['harvest-personal-access-token']);
    expect(blockingIds('rescue.py', "KEY = 'B63SphxWofuvCtj8kypYG9zmwNd2dROjp2KJSOp6'\n")).toEqual(['rescuetime-api-key']);
    expect(blockingIds('tests/dotenv_regression.rs', '        .env("TOGGL_API_TOKEN", "Xq7mW2kR9tLp4Vz8Hn3cPq")\n')).toEqual([]);
    expect(blockingIds('tests/dotenv_regression.rs', '    let repo_local_token = "repo-local-regression-token-1234";\n')).toEqual([]);
  });

  it('reads Pocket consumer keys in request strings', () => {
    expect(blockingIds('links_controller.rb', '  uri = URI("https://getpocket.com/v3/get?consumer_key=22950-78667f9d7bd44ffffd8226f2&access_token=#{token}")\n')).toEqual(['pocket-consumer-key']);
  });
});

describe('samples 896 to 903: EV charging, reviews, voice agents, RPA, feedback, mail testing, CRMs, link shorteners', () => {
  it("reads Yotpo API secrets; not the app key every review widget carries", () => {
    expect(blockingIds('.env', 'YOTPO_API_SECRET=pcgOJL9zUDF9JTGn7c6L4t99iemNdrav5SN0WnGb\n')).toContain('yotpo-api-secret');
    const monitor = "const AUTH_URL = 'https://api.yotpo.com/oauth/token'\nconst APP_KEY = 'tVv8u9np40k8jK8hUQOPob82XJMQbBzen8fWTfxA'\n";
    expect(blockingIds('synthetics/subscriptions-monitor.js', monitor)).toEqual([]);
  });

  it('reads Open Charge Map keys shaped like UUIDs in request URLs', () => {
    expect(blockingIds('src/FetchData.jsx', 'fetch(`https://api.openchargemap.io/v3/poi/?maxresults=50&key=a9d355c5-0d01-46e0-97ae-3ca5ed6bd6e0`)\n')).toEqual(['open-charge-map-api-key']);
  });

  it("reads Sarvam keys in a list of the variables, UiPath user keys under any name; not a Canny board's widget token", () => {
    expect(blockingIds('ENV_VARIABLES.md', 'SARVAM_API_KEY=sk_7v5b204g_Wbkq9p6E1kLkYLyAjgB7Soba\n')).toEqual(['sarvam-api-key']);
    const uipath = "// account.uipath.com\nconst body = { grant_type: 'refresh_token', client_id: '8DEv1AMNXczW3y4U15LL3jYf62jK93n5', userKey: 'N60WJ5V3MdSlzwo2X-d_EoLNjwkDzK5HU9ExttjB22fuZ' };\n";
    expect(blockingIds('bot/botCheckSAP.js', uipath)).toEqual(['uipath-user-key']);
    expect(blockingIds('scripts/publish-canny-changelog.mjs', "// Canny widget\nconst BOARD_TOKEN = '7a2664e8-0783-400d-9123-80ddbda4c278';\n")).toEqual([]);
  });

  it('reads mail-testing keys in a Cypress config and a deploy note', () => {
    expect(blockingIds('cypress.config.ts', "  env: {\n    TESTMAIL_APIKEY: '16e8e85f-7d06-4633-97a7-a046f8ffa1b5',\n  },\n")).toEqual(['testmail-api-key']);
    expect(blockingIds('DEPLOYMENT.md', 'MAILTRAP_API_TOKEN=19e182acf836deba9755635d9cdff95f\n')).toEqual(['mailtrap-api-token']);
    expect(blockingIds('cypress/support/commands.js', '// const mailosaur = new MailosaurClient("CykxYTYtmeZ7hEFzbEAMIFkjBRpex21k");\n')).toEqual(['mailosaur-api-key']);
  });

  it('reads Close, Pipedrive and Copper keys', () => {
    expect(blockingIds('close_to_sheet.py', 'api = CloseIO_API("api_U5g0Jz11aL0xYC7IigIplf.2E08QhMRmYe0cjSlAScky5")\n')).toEqual(['close-api-key']);
    expect(blockingIds('js/form.js', "fetch('https://acme.pipedrive.com/v1/persons?api_token=b3bc0eeaba137e5175302d4b9ea6f70becd0bfc6', { method: 'POST' })\n")).toEqual(['pipedrive-api-token']);
    expect(blockingIds('routes/leads.js', "  headers: { 'X-PW-AccessToken': '9925918b564c8fe4947983f6b7463b19', 'X-PW-Application': 'developer_api' },\n")).toEqual(['copper-api-key']);
  });

  it('reads YOURLS signatures and Cuttly keys; not a signature on an example host', () => {
    expect(blockingIds('classes/Mailer.php', "$api = 'https://go.zol.co.zw/yourls-api.php?signature=4917eabd18&action=shorturl&url=';\n")).toEqual(['yourls-signature-token']);
    expect(blockingIds('GetShortUrl.cs', 'var url = "https://example.com/yourls-api.php?signature=0e807258ea&action=shorturl";\n')).toEqual([]);
    expect(blockingIds('servers.py', "key = '46639c7fda842e009ab6fae955ed0eef4e316'\nurl = 'https://cutt.ly/api/api.php?key={}&short={}'.format(key, link)\n")).toEqual(['cuttly-api-key']);
  });
});

describe('samples 904 to 911: legal tech, podcasts, agriculture, prediction markets, aviation, document AI, background checks, SMS marketing', () => {
  it("reads an Azure AI services key by its signature under any name", () => {
    const ocr = 'endpoint = "https://shop-docs.cognitiveservices.azure.com/"\nkey = "MiQgYAZZYDEcffDlDV1n7z5NcVpN4ucEMnQRq5cuW3eljHxRGfNPJQQJ99dR4vphUv5Zht4F5BQfACOGXhU5"\nclient = DocumentAnalysisClient(endpoint, AzureKeyCredential(key))\n';
    expect(blockingIds('app.py', ocr)).toEqual(['azure-ai-services-key']);
  });

  it('reads ActiveCampaign tokens in the Api-Token header and Omnisend keys in a setup note', () => {
    expect(blockingIds('pages/api/check-email.js', "  headers: { 'Api-Token': 'f3c0727bd7a957a057b85519efe2d2c73903c22c604a5c77b223a4b546af67abfe8abe8c' },\n")).toEqual(['activecampaign-api-token']);
    expect(blockingIds('docs/OMNISEND_SETUP.md', '```\nOMNISEND_API_KEY=d7e3400beebb48bacdcf8444-UutCJ81UTwS334VyST5zPaEm4qRzxtwFit5GMryfuRNkAsOwKk\n```\n')).toEqual(['omnisend-api-key']);
  });
});

describe('samples 912 to 919: transit, wearables, crypto data, webhook relays, Turkish and Central European payments, German SaaS, school systems', () => {
  it('reads a UUID key in a URL key parameter, Blockfrost project ids and PayU keys given to OpenPayU', () => {
    expect(blockingIds('js/map.js', "const url = 'https://api.resrobot.se/v2/location.name.json?key=71380c38-8412-42fc-ad4c-559257c59514&input=' + q;\n")).toEqual(['url-key-parameter']);
    expect(blockingIds('README.md', '```\nBLOCKFROST_PROJECT_ID=mainnettBS3A73OKyT6BCEnuPPVnD5TSt1ganpq\n```\n')).toEqual(['blockfrost-project-id']);
    expect(blockingIds('config.php', "OpenPayU_Configuration::setSignatureKey('b0f4d89b1e761c2a668756d2135e0d77');\n")).toEqual(['payu-openpayu-key']);
  });

  it('does not take a Czech "your password" description nor a JWT header before words ending in "here"', () => {
    expect(blockingIds('COOLIFY_ENV.md', '```\nJWT_SECRET=tvoje_super_tajne_heslo_produkce_min_32_znaku\n```\n')).toEqual([]);
    const rotation = '```\nMORALIS_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.primary_key_here\n```\n';
    expect(blockingIds('docs/API_KEY_ROTATION.md', rotation)).toEqual([]);
  });

  it('reads Svix API tokens, Pipedream trigger URLs and webhook.site inboxes', () => {
    expect(blockingIds('src/services/svix.js', 'const svix = new Svix("testsk_kplyyl7WozVytD8pdVhvbZzC4_H_yWXV.eu");\n')).toEqual(['svix-api-token']);
    expect(blockingIds('js/main.js', "fetch('https://eo4fptu82p7szbs.m.pipedream.net', { method: 'POST', body });\n")).toEqual(['pipedream-trigger-url']);
    expect(blockingIds('worker/replicate.go', '\tWebhook: "https://webhook.site/e0525693-28a7-4410-9ffa-4107e54c93ba",\n')).toEqual(['webhook-site-token-url']);
  });

  it('reads iyzico keys in an SDK test helper and PayTR merchant keys', () => {
    expect(blockingIds('test/helpers.ts', "export const client = new Iyzipay({ apiKey: 'sandbox-6aELNAIAxxjugvNyMW65L02NBk1ToPXs', secretKey: 'sandbox-OUCB1MP9siC0fnEZAcDOaFp0qAZGzUq8' });\n")).toEqual(['iyzico-api-key', 'iyzico-api-key']);
    expect(blockingIds('PaymentController.php', "$merchant_id = '123456';\n$merchant_key = 'unQ8KM1PdoMmrOmZ';\n// paytr\n")).toEqual(['paytr-merchant-key']);
  });
});

describe('samples 920 to 927: Gulf payments, music APIs, moderation, invoicing, image editing, incident tools, Korean payments, PaaS apps', () => {
  it('reads Sightengine secrets and Akismet keys given to their clients, and Photoroom keys in any slot', () => {
    expect(blockingIds('moderation.py', "client = SightengineClient('1234567890', 'lYyWpxclz0eZ4EgcTV0E')\n")).toEqual(['sightengine-api-secret']);
    expect(blockingIds('routes/api.js', "const client = akismet.client({ blog: 'https://shop.blog', key: '07bfa6b7ce07' });\n")).toEqual(['akismet-api-key']);
    const photoroom = "const [key] = useState(() => localStorage.getItem('photoroomApiKey') || 'sk_pr_default_9a378af1696b644274993954eb0075fba93bf48b');\n";
    expect(blockingIds('src/App.tsx', photoroom)).toEqual(['photoroom-api-key']);
  });

  it("reads PortOne secrets in a Go typed constant; not Audius's public API key", () => {
    expect(blockingIds('payment/iamport.go', 'const impSecret string = "piRijS7LSb2fkqNNjQOQEOPcgtbrLWTx6qrLsmQYFG6ann0QFmuegeT35IOeLZUzEk9GPazNr4ZSsvI8"\n')).toEqual(['portone-api-secret']);
    expect(blockingIds('docs/AUDIUS_SETUP.md', '```\nAUDIUS_API_KEY=0e2a259cf3467bc3e4a8dcc6e46a4efe3a881046\n```\n')).toEqual([]);
  });

  it("reads a Laravel config() fallback under a dotted path", () => {
    expect(blockingIds('app/Services/SMSService.php', "        $this->token = config('services.taqnyat.bearer_token', '07bfa6b7ce07e0f9c7a1b3d5e7f90a1b');\n")).toEqual(['env-fallback-secret']);
  });

  it("does not block FLASK_DEBUG=1 whose own comment says to turn it off for production", () => {
    expect(blockingIds('.env', 'FLASK_DEBUG=1  # Whether debug is active or not. Set to 0 before going into production.\n')).toEqual([]);
    expect(blockingIds('.env.production', 'FLASK_DEBUG=1  # the API server\n')).toEqual(['flask-debug-env']);
  });

  it('reads a Stripe test key in a root test.py that creates invoices with the SDK and tests nothing', () => {
    const script = 'import stripe\nstripe.api_key = "sk_test_IaPP7uiSHfI3Jc5GjsFZj2stlRtJmu4e516YH0qSXRyLWun2aRVACUWqtELmK6IhwGv0WvIjlo9ATsYKNxaSuFtx5CgMHay9sfy"\ninvoice = stripe.Invoice.create(customer=cus)\nstripe.Invoice.finalize_invoice(invoice.id)\n';
    expect(blockingIds('test.py', script)).toEqual(['stripe-test-key']);
    expect(blockingIds('tests/test_billing.py', `${script}def test_invoice():\n    assert invoice\n`)).toEqual([]);
  });
});

describe('samples 928 to 935: inventory, restaurants, trading cards, tax registers, newsletters, fantasy sports, LLM gateways, home DNS', () => {
  it("does not take an f-string's expression, a length description nor a Beehiiv publication id for a secret", () => {
    expect(blockingIds('app.py', '    print(f"Loaded credentials: espn_s2={espn_s2[:20] if espn_s2 else None}...")\n')).toEqual([]);
    expect(blockingIds('SPEC.md', '```\nENCRYPTION_KEY=32_character_hex_key_for_aes_256_gcm\n```\n')).toEqual([]);
    expect(blockingIds('app/api/subscribe/route.js', 'const BEEHIIV_PUB_KEY = "pub_9de9ba01-b4a0-46b6-9a36-7c9eb62a9633";\n')).toEqual([]);
  });

  it("does not take a README's sample tokens with their description typed in, in the README or the package's PKG-INFO", () => {
    const sample = '    "access_token": "gWUDLDl9KeaiT9JmD7A8VERY_LONG_ACCESS_TOKENKy8rsmvtr83qTeq1FD7_wxu-L9P9fx",\n    "consumer_secret": "4186b9efd4cTHIS_IS_THE_CS1bf6e54f8",\n';
    expect(blockingIds('README.md', sample)).toEqual([]);
    expect(blockingIds('yahoo_oauth.egg-info/PKG-INFO', sample)).toEqual([]);
  });

  it('reads signed Express session cookies, ABN Lookup GUIDs and Pokémon TCG keys', () => {
    expect(blockingIds('substack_scraper.py', "headers = {'Cookie': 'substack.sid=s%3A5belxSI06xJY0Q5byqGnESzXrN00vYW7.AL6MVRPti_UYajOiz5f9aulMtwueH2Ke0wK427sO_ef; substack.lli=1'}\n")).toEqual(['express-session-cookie']);
    expect(blockingIds('abn/views.py', "url = f'https://abr.business.gov.au/json/AbnDetails.aspx?abn={abn}&guid=86b4b263-d3cf-4a6e-968f-90e425335397'\n")).toEqual(['abr-authentication-guid']);
    expect(blockingIds('js/stats.js', "const apiCode = 'fe6c5cec-bb15-4a10-a4cc-d3d650eae6d1';\nfetch(`https://api.pokemontcg.io/v2/cards?apiKey=${apiCode}`);\n")).toEqual(['pokemon-tcg-api-key']);
  });
});

describe('samples 936 to 943: European PaaS, managed WordPress, hobby apps, package caches, dependency bots, VPS setup, Express and FastAPI apps', () => {
  it('reads a Packagecloud token in a Bundler source and a Mend key given to the Unified Agent', () => {
    expect(blockingIds('README.md', 'source "https://6e6d8c02bc327b78477855dae28f594e2399cc0a90aa363c:@packagecloud.io/pusher/product" do\n')).toEqual(['packagecloud-token']);
    expect(blockingIds('wss_scan.py', "cmd = 'java -jar wss-unified-agent.jar' + ' -apiKey b6105986ddd710ef9fde80ac60f4cf3b06c91224096b21cf5fcc26d82f1b15d6 -product calico'\n")).toEqual(['mend-api-key']);
  });

  it("does not take a host name pasted as a variable's name, Dhall's env: reference, nor an Atlas URL on a filler host", () => {
    expect(blockingIds('tasks.py', "REDIS_URL = os.environ['live-stream-score-1973.redis.a.osc-fr1.scalingo-dbs.com']\n")).toEqual([]);
    expect(blockingIds('config/configuration.dhall', '  , password = env:POSTGRESQL_ADDON_PASSWORD as Text ? "password"\n')).toEqual([]);
    const example = '**Example:**\n```\nMONGODB_URI=mongodb+srv://myuser:Kq7vT2xWm9Lp@cluster0.a1b2c3.mongodb.net/shop\n```\n';
    expect(blockingIds('RENDER_ENVIRONMENT_VARIABLES.md', example)).toEqual([]);
    expect(blockingIds('server.js', 'mongoose.connect("mongodb+srv://shop:Kq7vT2xWm9Lp@cluster0.qwzrt.mongodb.net/shop")\n')).toEqual(['database-url-password']);
  });
});

describe('samples 944 to 951: everyday apps on PaaS, Workers, PythonAnywhere, Spaces, deploy workflows, production compose stacks', () => {
  it('reads a VAPID private key under a prefixed name in a deploy note', () => {
    expect(blockingIds('docs/DEPLOY_STAGING.md', '```\nPUSH_VAPID_PRIVATE_KEY=Kth890IFpWzXMpesxwnsIdj1GKTsrU1JfnNWDpRhHAc\n```\n')).toEqual(['vapid-private-key']);
  });

  it("does not block DEBUG = True under a comment saying production must turn it off, nor a test's leetspeak password", () => {
    expect(blockingIds('app/config.py', '# 调试模式: True/False\n# 生产环境必须为False\nDEBUG = True\n')).toEqual([]);
    expect(blockingIds('app/config.py', 'DEBUG = True\nALLOWED_HOSTS = ["shop.example.org"]\n')).toEqual(['django-debug-true']);
    expect(blockingIds('tests/test_redact.py', '    url = "postgresql://admin:s3cret%40pass-word@db.prod.internal:5432/app"\n')).toEqual([]);
  });
});

describe('samples 948 and 952 to 955: PythonAnywhere, everyday Flask, Express, Rails and Go apps on PaaS', () => {
  it('keeps a word-like database password beside a PythonAnywhere MySQL host, not beside any host', () => {
    const call = (host: string): string => `db = MySQLdb.connect(host='${host}', user='shop', password='lanternfish', db='shop')\n`;
    expect(blockingIds('flask_app.py', call('shop.mysql.pythonanywhere-services.com'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('flask_app.py', call('db.shop.io'))).toEqual([]);
  });

  it("reads a Heroku Postgres password passed to Sql2o by position", () => {
    const dao = '  public static Sql2o sql2o = new Sql2o("jdbc:postgresql://ec2-54-83-1-2.compute-1.amazonaws.com:5432/d3kq", "emhgtqzvbnxkpa", "662ca29cbedb80fdd6c958a66dccf5064bf5783d97636737ff4aca1fa49b3f63");\n';
    expect(blockingIds('src/main/java/Dao/DB.java', dao)).toEqual(['positional-db-password']);
  });
});
