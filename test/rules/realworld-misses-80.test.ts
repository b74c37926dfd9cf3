import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 956 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('samples 956 to 963: CAD, courses, site builders, ML tracking, ticketing, Celery apps, self-hosted PaaS, nonprofits', () => {
  it('reads an Autodesk client secret in a samples folder and an Onshape secret in a dict named for Onshape', () => {
    const sample = "// TODO - insert your CLIENT_ID and CLIENT_SECRET\nconst FORGE_CLIENT_ID = 'mQOQEz6Ra7ZsLdLLScGOjGf0vLKCF5JO';\nconst FORGE_CLIENT_SECRET = 'htmLJdX0k7mrYUig';\n";
    expect(blockingIds('samples/generateToken.js', sample)).toEqual(['autodesk-aps-client-secret']);
    const onshape = '    ctx.obj["onshape_credentials"] = {\n        "access_key": "PKDR3wuc4UKzu5DVbNQkTUQd",\n        "secret_key": "1vVW5RikR5tuYDFVAgeNQZnzar6ktQKI5wHIpItFrJwuBWFN",\n    }\n';
    expect(blockingIds('eva_docs/cli.py', onshape)).toEqual(['generic-secret-assignment', 'onshape-secret-key']);
  });

  it('leaves a French "your client secret" behind a browser-exposed name', () => {
    const steps = '                  <pre>\n                    REACT_APP_FORGE_CLIENT_ID=votre_client_id\n                    REACT_APP_FORGE_CLIENT_SECRET=votre_client_secret\n                  </pre>\n';
    expect(blockingIds('src/App.js', steps)).toEqual([]);
  });

  it("reads a ClearML secret set through os.environ's subscript", () => {
    expect(blockingIds('train_with_clearml.py', "os.environ['CLEARML_API_SECRET_KEY'] = 'S7VyA5eexiD3b9M6PxX_oV6yJiry6v4xDMwz-4MpU0C4EazoQ_7Hfav3YtlAF4th'\n")).toEqual(['clearml-secret-key']);
  });

  it("reads an Eventbrite token given to the SDK or in a commented API URL, not the README's stand-in", () => {
    expect(blockingIds('api/views.py', "eventbrite = Eventbrite('6XVCU6QJ4YTN68VE8JY8')\n")).toEqual(['eventbrite-private-token']);
    expect(blockingIds('parks.py', "# p_url = 'https://www.eventbriteapi.com/v3/users/me/?token=JG5OHV92010YNFO001Y3'\n")).toEqual(['eventbrite-private-token']);
    expect(blockingIds('README.rst', ">>> eventbrite = Eventbrite('my-oauth-token')\n")).toEqual([]);
  });

  it('blocks a Sanctum token whose CRC32 checks out even in docs; one that fails is only reported', () => {
    expect(blockingIds('docs/DEPLOY.md', 'COOLIFY_TOKEN="x58yKSolZtNVU0TmkXXI7H1V8yj1nhK4xAlR1pXNf7dc18ec"\n')).toEqual(['laravel-sanctum-token']);
    const typed = scan('deploy.sh', 'curl -H "Authorization: Bearer 3|v7De8qJIlTuCJZvh4rAEFLAVVkoJvUO3OueMI0rb0e9f2668" https://coolify.acme.io/api/v1/deploy\n');
    expect(typed).toEqual([{ ruleId: 'laravel-sanctum-token', blocking: false }]);
  });

  it("reads a password in a CapRover env list's key/value pairs, not a form's field labels", () => {
    expect(blockingIds('scripts/fix_phase1.py', 'ENV = [\n    {"key": "ADMIN_PASSWORD",        "value": "Tq7-Wm4Rz8Lp2Kv!x"},\n]\n')).toEqual(['name-value-pair-secret']);
    expect(blockingIds('src/fields.js', "const fields = [{ key: 'password', value: 'Password' }, { key: 'token', value: 'Access token' }]\n")).toEqual([]);
  });

  it('keeps a Softr key in a REST-assured test blocking, and names Webflow tokens', () => {
    expect(blockingIds('src/test/java/api/ApiBase.java', '    final String SOFTR_API_KEY = "nZ93RRws2P6I7ycJUHmMpMtPb";\n')).toEqual(['softr-api-key']);
    expect(blockingIds('find-folders.js', "const WEBFLOW_TOKEN = '1eafaf6fbfaf290662db5b8704dcb773e418aa23d152e84f6227fdd05ae83144';\n")).toEqual(['webflow-api-token']);
  });

  it('reads a Planning Center secret and a Little Green Light report link', () => {
    expect(blockingIds('pco_to_openlp.py', "pco_secret = 'da794c1550e190fccc4a378faab018c2f9621c86e254e01a77ea397545f00e08'\n")).toEqual(['planning-center-secret']);
    expect(blockingIds('server.js', "const LGL_OFFERTORY_URL = 'https://stmarys.littlegreenlight.com/rptlink/9f396a63-560e-4052-964a-12f7cfb18b06';\n")).toEqual(['little-green-light-report-link']);
  });
});

describe('samples 964 to 971: landlords, print on demand, clinics, Django media, freight, texting, data pipelines, smart homes', () => {
  it("reads a Spaces secret under boto's AWS_SECRET_ACCESS_KEY beside its DO00 key id", () => {
    const settings = "AWS_ACCESS_KEY_ID = 'DO00RZTPYB3GWZW0UH8A'\nAWS_SECRET_ACCESS_KEY = 'apJDCStECZ5JUsqlu0zKfCHYDx6f2HQycAu7lVEO74H'\nAWS_S3_ENDPOINT_URL = 'https://nyc3.digitaloceanspaces.com'\n";
    expect(blockingIds('pytudo/settings.py', settings)).toEqual(['digitalocean-spaces-secret-key']);
  });

  it('reads Healthie and Cliniko keys by their shapes, in a setup note too', () => {
    expect(blockingIds('SETUP.md', '```\nHEALTHIE_API_KEY=gh_sbox_PfJL5zYWnl1aDA6JvpqBI6lHYAZsjkYh8FczCm4c9wFLhvBBMmzrBUqY10wZRCVu\n```\n')).toEqual(['healthie-api-key']);
    expect(blockingIds('tools/debug_location_resolver.py', "CLINIKO_API_KEY = 'MS01Mjg5ODctSmE1Nk54SVdkMUwwaHJiWVF6bFVXYjRNNlB4cG05ZHVTc0FRcnladA-au4'\n")).toEqual(['cliniko-api-key']);
  });

  it("reads a paid Textbelt key in the posted message and a Sinch token given to the Java SDK; not Textbelt's free key", () => {
    const post = "resp = requests.post('https://textbelt.com/text', {\n    'phone': phone,\n    'message': f'Code {code}',\n    'key': 'ab4cb97d2dd93f28c1314c11d6e452ef10427391RgnY4Sc5G1HABvNCM2skKb8U3',\n})\n";
    expect(blockingIds('otpapp/views.py', post)).toEqual(['textbelt-api-key']);
    expect(blockingIds('app.py', "requests.post('https://textbelt.com/text', {'phone': p, 'message': m, 'key': 'textbelt'})\n")).toEqual([]);
    const java = 'try (ApiConnection conn = ApiConnection.builder()\n        .servicePlanId("AAA_ra").token("dc12b261cfb895b8ee3950b88ddb13be").start()) {\n';
    expect(blockingIds('src/main/java/example/Example.java', java)).toEqual(['sinch-sms-api-token']);
  });

  it('reports a Census token in a curl header once, and a Homey key given to createLocalAPI', () => {
    const curl = "curl -s -X POST -H 'Authorization: Bearer secret-token:uMDeG9Y1XMBsjOpy4GVG304e' https://app.getcensus.com/api/v1/syncs/42/trigger\n";
    expect(blockingIds('notes/DAY3_PLAN.md', curl)).toEqual(['census-workspace-token']);
    expect(blockingIds('nodejs/trigger_flow.js', "HomeyAPI.createLocalAPI({ address: 'http://192.168.1.170', token: '3ed1e5ec-1fbb-476d-beb5-4244624f2ac0:f1c04a2d-1424-45b3-87e9-23fdacdefbac:df9c2468c2e10b2259ff2414cf1010a5b3c65bad' });\n")).toEqual(['homey-local-api-key']);
  });
});

describe('samples 972 to 979: Passport apps, hotels, ads, auth providers, BI tools, scraping, sports clubs, mail', () => {
  it("reads an mLab login written without mongodb:// and cookie-session's cookieKey in config/keys.js; not nuxt-i18n's cookie name", () => {
    expect(blockingIds('config/config.js', "  MONGO_URI: process.env.MONGO_URI || 'heroku_s5yqhbwg:epmhc01oe8od8ehbhva8cag4fv@ds027415.mongolab.com:27415/heroku_s5yqhbwg',\n")).toEqual(['schemeless-mongo-url-password']);
    expect(blockingIds('config/keys.js', "module.exports = {\n  googleClientID: process.env.GOOGLE_CLIENT_ID,\n  cookieKey: 'Vt8;kq3Lm9Xw2Rz7Pn4Hc6Jd1'\n};\n")).toEqual(['js-config-signing-secret']);
    expect(blockingIds('nuxt.config.js', "export default { i18n: { detectBrowserLanguage: { useCookie: true, cookieKey: 'i18n_redirected' } } }\n")).toEqual([]);
  });

  it("names a boilerplate's session secret as well known, and leaves FIXME and a key that says what it should be", () => {
    expect(blockingIds('server/server.js', "app.use(session({ secret: 'fraggle-rock', resave: false }))\n")).toEqual(['weak-secret-key']);
    expect(blockingIds('server.js', "app.use(session({ secret: 'FIXME', resave: false }))\n")).toEqual([]);
    expect(blockingIds('auth-service/main.go', 'const (\n\tJWT_SECRET = "supersecretjwtkeythatshouldbeverylongandrandom"\n)\n')).toEqual([]);
  });

  it("reads a mail password of words in camel case beside a real Gmail address, not beside a sample one", () => {
    const config = (user: string): string => `app.config.update(\n    MAIL_SERVER='smtp.gmail.com',\n    MAIL_USERNAME='${user}@gmail.com',\n    MAIL_PASSWORD = 'GardenLampRiver',\n)\n`;
    expect(blockingIds('app.py', config('harborbakery.orders'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app.py', config('jane.doe'))).toEqual([]);
  });

  it('reads a Pinterest token given to a call, a Descope management key in a note, a ScrapingBee key as a proxy user', () => {
    expect(blockingIds('app/Http/Controllers/DebugController.php', '$social = Social::driver(PINTEREST)->setToken("pina_RQ8D9ZU7YE78UOF0Z9D8O9P2033IEPDS9V1Z218BAQ6W1HKSZO1QZJGZHDGPJ387OZVTJSM9EZSK78K1AAK0KOMOKUIZRFK1");\n')).toEqual(['pinterest-access-token']);
    expect(blockingIds('NEXT_STEPS.md', '- `DESCOPE_MANAGEMENT_KEY=K2fEnwfKqgaMlYcLrDpYizSLGuVviImDgqptFF0WYFgUlFmuPBXNSEGluoQYVKEQj6nBWF3`\n')).toEqual(['descope-management-key']);
    expect(blockingIds('docs/ANVISA_CRAWLER.md', 'proxies = {"http": "http://6ZYVTOCCRE7RM67Z:wifi;us;;;@proxy.scrapingbee.com:8886"}\n')).toEqual(['scrapingbee-proxy-key']);
  });
});

describe('samples 980 to 987: DRF apps, Brazilian gateways, geocoding, support tools, secrets managers, identity providers, Southeast Asian payments, NextAuth apps', () => {
  it("reads Iugu tokens given to setApiKey and Pagar.me secret keys in a note; not a dev key that says it is one", () => {
    expect(blockingIds('cobranca.php', 'Iugu::setApiKey("b1e60d0444d3c68719daabd081179f84"); // producao\n')).toEqual(['iugu-api-token']);
    expect(blockingIds('CHAVES_PAGARME.md', '**Chave secreta (Pagar.me):** `sk_afeca251c28afab8a459c42d65a6caf7`\n')).toEqual(['pagarme-secret-key']);
    expect(blockingIds('docs/ENV_CLEANUP.md', 'ENCRYPTION_KEY=dev-encryption-key-32-chars-minimum-not-for-prod\n')).toEqual([]);
  });

  it('reads OpenRouteService and OpenCage keys given to their clients, and GraphHopper keys in its URLs', () => {
    expect(blockingIds('directions.py', "client = openrouteservice.Client(key='5b3ce3597851110001cf6248e4f3719dcf58f34782005258254243df')\n")).toEqual(['openrouteservice-api-key']);
    expect(blockingIds('geocode.py', "from opencage.geocoder import OpenCageGeocode\nkey = '62a5248f49da5623b055ebe0b9c69280'\ngeocoder = OpenCageGeocode(key)\n")).toEqual(['opencage-api-key']);
    const java = 'String url = "https://graphhopper.com/api/1/geocode?q=" + q + "&locale=en&key=10ac40df-58a3-45b1-b096-b42e75e109e0";\n';
    expect(blockingIds('app/src/main/java/com/example/SearchPlaceActivity.java', java)).toEqual(['location-api-key-in-url']);
  });

  it("reads a Doppler token written in prose with a space after its config, and leaves a JWT's header alone", () => {
    expect(blockingIds('README.md', 'Set the service token (dp.st.dev tUViIWT58XJpzOpwJ119GEokjRbR6cEJBdedf50udLm) in the next step.\n')).toEqual(['doppler-token']);
    expect(blockingIds('docs/SECRETS_PIPELINE.md', '```bash\nSUPABASE_SERVICE_KEY="eyJhbGciOiJIUzI1NiIsInR5"\n```\n')).toEqual([]);
  });
});

describe('left open before: a Flask key pasted as Python bytes', () => {
  it("reads os.urandom's bytes as the fallback of SECRET_KEY, not a run of zero bytes", () => {
    const fallback = (bytes: string): string => `    SECRET_KEY = (environ.get("SECRET_KEY") or b"${bytes}")\n`;
    expect(blockingIds('config.py', fallback('\\xa1/\\xb3k\\x0eq\\xe27P\\xf4.\\xab\\xc9)\\xdf\\xb2'))).toEqual(['env-fallback-secret']);
    expect(blockingIds('config.py', fallback('\\x00'.repeat(12)))).toEqual([]);
  });
});


describe('samples 988 to 995: Flask apps, Discord bots, e-mail senders, video meetings, exchanges, mobile backends, LLM stacks, FastAPI apps', () => {
  it("reads top.gg tokens given to the SDK and MoneyFusion keys", () => {
    expect(blockingIds('index.js', "const api = new Topgg.Api('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjM3NjI0NDk4NjkwNDQ1NzIyMSIsImJvdCI6dHJ1ZSwiaWF0IjoxNzAwMDAwMDAwfQ.b-TQjWNma3HHCE3flu4lQyAvjR5XtiGHHJQiazoCiXt');\n")).toEqual(['topgg-api-token']);
    expect(blockingIds('app/payments.py', "API_KEY = 'moneyfusion_v1_ddb31188cfae6d06ee122b26_B1F014A3F4D00A6B61C3EA5AC06323291C75C89A4FAB1EE2314233461E9FD257'\n")).toEqual(['moneyfusion-api-key']);
  });

  it("leaves a Zoom JWT app's API key beside its secret, and reads the secret and a free Webex account's token", () => {
    const php = "\tprivate $zoom_api_key = 'iBYVw4tgdR5wRow73kjZe2';\n\tprivate $zoom_api_secret = 'BtxUqaHyRRpjjyNZvRzo25obTv8VJoyx6LD7';\n";
    expect(blockingIds('app/Library/Zoom_Api.php', php)).toEqual(['zoom-api-secret']);
    expect(blockingIds('webex_rooms.py', 'accessToken = "Bearer r4OFlG7Muhp9tT7vopNFFgMkGUqedw3TtXtCt1wNEQgqI1czjnCKfAQz3ASkxfki_PF84_consumer"\n')).toEqual(['webex-access-token']);
  });

  it('keeps a Binance secret under its own name in an example script blocking', () => {
    expect(blockingIds('example_stream_buffer.py', 'binance_api_key = "lZ30RbrRAMjlyQLIFdpzcdPQyYMOGHGtri4a8EtM8pnd4oOieHxF6qxiawTDCR7z"\nbinance_api_secret = "hSE4YazvTCyeCF9lcXOrq2H2FoxEqSDiOLyzpLk7epPDrYdNYG3a0YNVXnTknph2"\n')).toContain('binance-api-secret');
  });
});

describe('samples 996 to 1003: Stripe apps, MCP configs, notebooks, extensions, Firebase, game servers, automations, launcher plugins', () => {
  it("reads a Rust server's RCON password on its launch line and a Pipedream MCP URL in an agent's config", () => {
    expect(blockingIds('start.sh', './RustDedicated -batchmode \\\n    +rcon.ip 0.0.0.0 \\\n    +rcon.password "Tq7vLm2xRk9wHp4dNc8F" \\\n    -logfile gamelog.txt\n')).toEqual(['game-server-cfg-secret']);
    const mcp = '      "args": ["-y", "supergateway", "--sse", "https://mcp.pipedream.net/6f81b2dd-918b-40f7-91d7-b3ae75ded6d1/azure_sql"]\n';
    expect(blockingIds('.cursor/mcp.json', mcp)).toEqual(['mcp-server-url-secret']);
  });

  it('reads a Gmail app password set as a Firebase functions config key', () => {
    const comment = '// firebase functions:config:set gmail.email="harbor.bakery.orders@gmail.com" gmail.password="qwhv tmzk rbfe ojla"\n';
    expect(blockingIds('functions/index.js', comment)).toEqual(['gmail-app-password']);
  });

  it("leaves a key whose tail says what goes there and a password masked with block glyphs", () => {
    expect(blockingIds('PRODUCTION_CHECKLIST.md', 'STRIPE_SECRET_KEY=sk_live_51LmmX9fR2yVJvrlYour_Live_Secret_Key\n')).toEqual([]);
    expect(blockingIds('app/page.tsx', '  <code>DATABASE_URL=postgres://app:pg4s█████@db.acme.io:5432/app</code>\n')).toEqual([]);
  });
});

describe('samples 1004 to 1011: Express and MySQL, Chinese LLMs, search APIs, job queues, uptime, image generation, edge databases, LLM apps', () => {
  it("reads a stock-word fallback password beside a Hostinger host; leaves a local Sequelize login built from its user", () => {
    const config = "module.exports = {\n  host: 'srv2047.hstgr.io',\n  user: 'u153229971_admin',\n  password: process.env.DB_PASSWORD || 'Admin2024!',\n};\n";
    expect(blockingIds('config/database.js', config)).toEqual(['js-env-fallback-secret']);
    expect(blockingIds('db/index.js', "return new Sequelize('pandatest','pandauser','pandapass', {dialect: 'postgres'});\n")).toEqual([]);
  });

  it('reads a Turso token in a test-named script that connects to a live database', () => {
    const script = "import { createClient } from '@libsql/client';\nconst authToken = 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3NjAwMDAwMDAsImlkIjoiMDVmYmYyZTMtNjgzOS00NTQyLThiYzEtYWMyYzZjNDY0MWJjIn0.0MpD9_AvReDqatfMcB45fU1J_ah9NQ3SzMLAgRB_GsCJjW5JoBGmdHx8ckwxtpKAzSDtUf7AsTNAMFUMD_2qW4';\nconst db = createClient({ url: 'libsql://shop-acme.turso.io', authToken });\nawait db.execute('SELECT 1');\n";
    expect(blockingIds('test-connection.js', script)).toEqual(['turso-auth-token']);
  });

  it("reads Qianfan secret keys given as LangChain keyword arguments, Brave keys in a header, SerpAPI keys", () => {
    expect(blockingIds('services/table_agent_service.py', 'llm = QianfanChatEndpoint(qianfan_ak="uBJhONGE51nfZyq7TDgO7D9H", qianfan_sk="efx4LnDaOKGDDDe5kJUmWlHjGW86LXQL")\n')).toEqual(['baidu-ai-secret-key']);
    expect(blockingIds('search.py', "headers = {'X-Subscription-Token': 'BSAgrew4sXsmRTNIFTnkbZM3OxItvJf'}\n")).toEqual(['brave-search-api-key']);
    expect(blockingIds('agent.py', "os.environ['SERPAPI_API_KEY'] = '87ed37ee25218c7964ce98b8e02c73e51865442746e1293e8d27b1b760678985'\n")).toEqual(['serpapi-api-key']);
  });
});

describe('samples 1012 to 1019: DRF apps, mobile releases, Ansible, VPNs, OTP gateways, e-signature, Helm values, Google sign-in', () => {
  it("leaves MySQL's empty-password flag beside a root password, and an attribute with a comment glued on", () => {
    expect(blockingIds('deploy/stack.yml', "    environment:\n      MYSQL_ROOT_PASSWORD: '${rootPassword}'\n      MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'\n")).toEqual([]);
    expect(blockingIds('deploy/stack.yml', "    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'\n      MYSQL_DATABASE: shop\n")).toEqual(['database-container-no-password']);
    expect(blockingIds('accounts/views.py', '            db_password=user.password#use the hash\n')).toEqual([]);
  });

  it('reads a Spaces secret in parentheses on the next line, Dropbox Sign keys given to the Node SDK, Documenso tokens', () => {
    expect(blockingIds('app.py', "app.config['SPACES_SECRET'] = (\n    \"p1aWUvQIbWn0SJQnUcgav0G1i9MG71lmapIJpyFsZZk\"\n)\n")).toEqual(['digitalocean-spaces-secret-key']);
    expect(blockingIds('routes/sign.js', "const hellosign = require('hellosign-sdk')({ key: '634986fcdc297c423f5ec153be378a3c6f8c8a44be818449a7db97277a436826' });\n")).toEqual(['dropbox-sign-api-key']);
    expect(blockingIds('HANDOFF.md', 'DOCUMENSO_API_KEY=api_8fedlw7coc25zyqt\n')).toEqual(['documenso-api-token']);
  });
});

describe('samples 1020 to 1027: VPS stacks, PaaS manifests, analytics keys, mailbox scripts, non-EVM wallets, open data, home labs, boto3 apps', () => {
  it("reads an AWS secret pasted under its console label below its key id", () => {
    expect(blockingIds('eb_notes.txt', '# Access Key ID:\n#   AKIABCCEA4Z7XQJPI6UQ\n# Secret Access Key:\n#   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\n')).toContain('aws-secret-key-beside-key-id');
  });

  it('reads Sui keys whose bech32 checksum holds (one that fails is only reported), Aptos AIP-80 keys, FRED keys', () => {
    expect(blockingIds('scripts/address.ts', "const priv = 'suiprivkey1qrvart2uk5mmls5dk29tnf65rmrts7z6snqlfqzp70ne8ynmg4ftqd4xe0q';\n")).toEqual(['sui-private-key']);
    expect(scan('scripts/address.ts', "const priv = 'suiprivkey1qrvart2uk5mmls5dk29tnf65rmrts7z6snqlfqzp70ne8ynmg4ftqd4xe0p';\n")).toEqual([{ ruleId: 'sui-private-key', blocking: false }]);
    expect(blockingIds('scripts/address.ts', "const key = new Ed25519PrivateKey('ed25519-priv-0x2da07f02b712517fd2986ee0fc4b7625d9818ff0cd4117a4d6f942024f702dc0');\n")).toEqual(['aptos-private-key']);
    expect(blockingIds('bond_spread.py', 'FredKey = "9316f6cb3ea38e9a518203b3447164da"\nfred = Fred(api_key=FredKey)\n')).toEqual(['fred-api-key']);
  });

  it("reads a variables reference in docs/ as documentation, and a service's name before Password and a count as a stand-in", () => {
    expect(blockingIds('docs/ENVIRONMENT_VARIABLES.md', 'GRAFANA_ADMIN_PASSWORD=Kq7vT2xWm9LpZ4Rt\n')).toEqual([]);
    expect(blockingIds('ENV_VARIABLES.md', 'GRAFANA_ADMIN_PASSWORD=Kq7vT2xWm9LpZ4Rt\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('.env.production', 'GRAFANA_ADMIN_PASSWORD=StrongGrafanaPassword123!\n')).toEqual([]);
  });

  it("leaves a struct field's type", () => {
    expect(blockingIds('src/account_key.rs', 'pub struct AccountKey {\n    pub account_id: String,\n    private_key: Ed25519PrivateKey,\n}\n')).toEqual([]);
  });
});

describe('samples 1028 to 1035: MERN shops, Spring Boot, Rust services, Supabase, WordPress, WhatsApp bots, travel APIs, PayPal', () => {
  it("reads a secret given to vercel env add as a here-string; not a token mint's address given to koyeb", () => {
    expect(blockingIds('set-vercel-env.sh', 'npx vercel env add RAZORPAY_KEY_SECRET production <<< "OO22d8qPczo7WcwbC0JhoBPY"\n')).toEqual(['platform-cli-secret-value']);
    expect(blockingIds('DEPLOYMENT.md', 'koyeb secrets create GOLD_TOKEN_MINT --value "GoLDppSHrUfXWNfrYe9ZbB8q9FKaQvRqWCTLVq4Ln9Tz"\n')).toEqual([]);
  });

  it("reads an Odds API key left among a README's stand-ins, and a camel-case password before a connection string's semicolon", () => {
    expect(blockingIds('README.md', '```\nWHATSAPP_TOKEN=tu_token_de_waba\nODDS_API_KEY=288fc4ef994f894929d2161f76657de6\n```\n')).toEqual(['the-odds-api-key']);
    expect(blockingIds('appsettings.json', '{ "Default": "Server=db.acme.io;Database=shop;User Id=shop;Password=HarborLanternQuietMeadow;" }\n')).toEqual(['connection-string-password']);
  });
});

describe('samples 1036 to 1042: FastAPI and MongoDB, mobile configs, ChatGPT front ends, CI runners, backups, cameras, Streamlit', () => {
  it("reads a PayPal classic API signature beside its api1 user name; not the SDK samples' published sandbox signature", () => {
    expect(blockingIds('config/paypal.php', "$API_UserName = 'shop_api1.harbor-bakery.com';\n$API_Password = '1364925783';\n$API_Signature = 'AK6YrHVjQozGiZlxist8f8sE82jP1SfSKWLZCsFh6TRVT80NCLOcmNMD';\n")).toContain('paypal-nvp-api-signature');
    expect(blockingIds('config/paypal.yml', 'sandbox:\n  username: sdk-three_api1.sdk.com\n  signature: AFcWxV21C7fd0v3bYYYRCpSSRl31A7yDhhsPUU2XhtMoZXsWHFxu-RWy\n')).toEqual([]);
  });

  it("leaves a Facebook client token, which ships in every build of a mobile app", () => {
    expect(blockingIds('plugins/withFacebook.js', 'const FACEBOOK_CLIENT_TOKEN = "2ad4c9e17b3f8a6d0e5c1b9f7a2d4e8c";\n')).toEqual([]);
  });

  it("reads a password in a test-named script that talks to a camera's address", () => {
    const script = "import requests\nfrom requests.auth import HTTPDigestAuth\nusername = 'admin'\npassword = 'H7dm4nni9qQD'\nr = requests.get('http://198.51.100.107/cgi-bin/snapshot.cgi', auth=HTTPDigestAuth(username, password))\n";
    expect(blockingIds('dahua/test.py', script)).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 1038 and 1039: ChatGPT front ends and CI servers', () => {
  it("reads TeamCity tokens given to a Kotlin DSL param and GitHub runner registration tokens; not a sed line commenting a setting out", () => {
    expect(blockingIds('.teamcity/settings.kts', '        param("env.GIT_PAT_TOKEN", "eyJ0eXAiOiAiVENWMiJ9.SsfSQCGSEm66xYFBi3KI-2e9bWXSgt1xwCBD.buJnvXt2usBTONKJLfR6j37mPrI7niu2SKlKNM1gQz6aW_CC")\n')).toEqual(['teamcity-access-token']);
    expect(blockingIds('scripts/install-ghagent.sh', './config.sh --url https://github.com/acme/shop --token Q545HMAI0GBI2UI54YSML6M51XYHF --unattended\n')).toEqual(['github-runner-registration-token']);
    expect(blockingIds('migrate.sh', "sed -i 's/^NEW_API_ADMIN_TOKEN=/#NEW_API_ADMIN_TOKEN=/g' .env\nsed -i 's/^HIDE_USER_API_KEY=1/#HIDE_USER_API_KEY=1/g' .env\n")).toEqual([]);
  });
});

describe('samples 1043 to 1048: Channels apps, Flask JWT APIs, shipping, scheduling, streaming, small clouds', () => {
  it("reads both OVH secrets given to ovh.Client past a comment in parentheses, and a PostGIS URL's password", () => {
    const client = "client = ovh.Client(\n    endpoint='ovh-eu',  # Endpoint of API OVH Europe (List of available endpoints)\n    application_key='7c362ed2428cbe46',\n    application_secret='YfjkyqCdS503xnowhQebSn1kIQxs0c6q',\n    consumer_key='3OCePg4X3yoMj9r1iSku3AhAztEDbkca',\n)\n";
    expect(blockingIds('sms.py', client)).toEqual(['ovh-api-secret', 'ovh-api-secret']);
    expect(blockingIds('settings.py', '#heroku config:set DATABASE_URL="postgis://xchxoturerfxst:944bba0923a56259895f545cbcec380d0ca35f596fbd64d638c763d50a394f97@ec2-54-12-34-56.compute-1.amazonaws.com:5432/d8k3j2h1g5f4s9"\n')).toEqual(['database-url-password']);
  });

  it("leaves LexikJWT's key path under JWT_SECRET_KEY", () => {
    expect(blockingIds('README.md', '```\nJWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nJWT_PASSPHRASE=your_passphrase\n```\n')).toEqual([]);
  });

  it('lowers DEBUG = True in a config class named DEV in capitals', () => {
    expect(blockingIds('config.py', 'class Flask_DEV_Config(Config):\n    DEBUG = True\n')).toEqual([]);
  });
});
