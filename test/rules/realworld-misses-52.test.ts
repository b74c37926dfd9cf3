import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 367 to 374: a Django team's commits, Express apps on PaaS, Chinese payments, ad platforms, telephony,
// ERP and commerce back offices, live streaming and banking APIs. Keys are generated at test time; every other value
// is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

// A private key's DER in base64 with no PEM armour, as the Alipay and WeChat Pay SDKs take it.
function bareKey(type: 'rsa' | 'ec', format: 'pkcs8' | 'pkcs1' | 'sec1'): string {
  const { privateKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 1024 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: format, format: 'der' }).toString('base64');
}

describe('sample 369: private keys kept as one base64 string', () => {
  it('blocks an unarmoured PKCS#8, PKCS#1 or SEC1 key under any name, also split over string literals', () => {
    const pkcs8 = bareKey('rsa', 'pkcs8');
    expect(blockingIds('src/main/java/pay/OrderInfo.java', `public static final String RSA_PRIVATE = "${pkcs8}";\n`)).toEqual(['bare-private-key']);
    const joined = (pkcs8.match(/.{1,64}/g) ?? []).join('" +\n            "');
    expect(blockingIds('src/main/java/pay/OrderInfo.java', `public static final String RSA_PRIVATE = "${joined}";\n`)).toEqual(['bare-private-key']);
    expect(blockingIds('src/main/resources/application.yml', `alipay:\n  private-key: ${bareKey('rsa', 'pkcs1')}\n`)).toEqual(['bare-private-key']);
    expect(blockingIds('config.py', `EC_KEY = '${bareKey('ec', 'sec1')}'\n`)).toEqual(['bare-private-key']);
  });

  it('reports one finding for an armoured key, and lowers a key cut short or made up', () => {
    const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(blockingIds('deploy/key.txt', pem)).toEqual(['private-key']);
    expect(blockingIds('config.py', `RSA_PRIVATE = '${bareKey('rsa', 'pkcs8').slice(0, 150)}'\n`)).toEqual([]);
    expect(scan('config.py', "RSA_PRIVATE = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDFAKEKEYFAKEKEYFAKEKEYFAKEKEY'\n")).toEqual([]);
  });

  it('blocks WeChat Pay merchant keys under mch_key, apiV3Key and the SDK config KEY', () => {
    expect(blockingIds('lib/WxPay.Config.php', "\tconst MCHID = '1517605999';\n\tconst KEY = 'q7Rk2VbX9mZt4WcP1sLd8NfG3hJy6AeU';\n")).toEqual(['wechat-pay-merchant-key']);
    expect(blockingIds('pay/WXPayConfig.java', '    public static final String apiV3Key = "BYOSALlR6a92RX4G9yi4mdK37K2LvDnq";\n')).toEqual(['wechat-pay-merchant-key']);
    expect(scan('src/cache.js', "const key = 'q7Rk2VbX9mZt4WcP1sLd8NfG3hJy6AeU';\n")).toEqual([]);
  });
});

describe('sample 373: live-streaming keys', () => {
  it('blocks Twitch, Restream and Facebook Live keys and a key at the end of an ingest URL', () => {
    expect(blockingIds('stream.sh', 'STREAM_URL=${STREAM_URL:-"rtmp://live.twitch.tv/app/live_3094175528_Rk2pVxQz8WmN4tLbY7cHsJd0FgAeU1"}\n')).toEqual(['twitch-stream-key']);
    expect(blockingIds('stream.sh', 'RTMP_URL="rtmp://live.restream.io/live/re_21450937_event7f3b0a2e9c8d41d6a5b7e3c0f9d28a14"\n')).toEqual(['restream-stream-key']);
    expect(blockingIds('stop.ts', "StreamLinker.stop('rtmps://live-api-s.facebook.com:443/rtmp/FB-4093817265540918-0-ZtpQ8wRm2vYxLk5N')\n")).toEqual(['facebook-live-stream-key']);
    expect(blockingIds('server.js', 'const customRTMP = "rtmp://a.rtmp.youtube.com/live2/9vkd-m2qa-tt7x-pw1e-zc4n";\n')).toEqual(['rtmp-ingest-stream-key']);
    expect(scan('server.js', 'const local = "rtmp://localhost/live/mystream";\n')).toEqual([]);
  });

  it('reads a 9-digit Twitch key as Twitch, not GoCardless, and a Twitch client id as no secret', () => {
    expect(blockingIds('obs/service.json', '{"settings": {"key": "live_512093876_q8TzWm2kPc7XvR4nYb9LsJd3HfGa6E", "server": "auto"}, "type": "rtmp_common"}\n')).toEqual(['twitch-stream-key']);
    expect(scan('Config.java', 'static final String TWITCH_CLIENT_ID = "q4mz8tw1kd0r7yxe3hbn5s2vpa9cuf";\n')).toEqual([]);
  });
});

describe('samples 370, 371, 372 and 374: provider secrets with no rule before', () => {
  it('blocks Lightspeed, Ecwid, NetSuite NLAuth and Google Ads credentials', () => {
    expect(blockingIds('lightspeed-api-notes.md', 'Token: lsxs_pt_T5eG1hM9Df8avxIqbG3GzWKF4CgG8tsb\n')).toEqual(['lightspeed-personal-token']);
    expect(blockingIds('api/push.js', "// Ecwid store 58110230\nconst token = process.env.ECWID_TOKEN || 'secret_ZwCUFOdWN5hpbmSAyR2XPvhLb6verZas';\n")).toEqual(['ecwid-secret-token']);
    expect(blockingIds('labels.js', "  'Authorization': 'NLAuth nlauth_account=513377,nlauth_email=ops@shop.example,nlauth_signature=@Kovar9191,nlauth_role=3',\n")).toEqual(['netsuite-nlauth-password']);
    expect(blockingIds('google-ads.yaml', 'developer_token: "xwgasAWEEXyyggndLdGSqA"\n')).toEqual(['google-ads-developer-token']);
  });

  it("leaves an Ecwid public_ token and Microsoft Advertising's sandbox token unblocked", () => {
    expect(blockingIds('api/push.js', "const token = process.env.ECWID_TOKEN || 'public_ZwCUFOdWN5hpbmSAyR2XPvhLb6verZas';\n")).toEqual([]);
    expect(blockingIds('settings.py', 'BING_TOKEN = "BBD37VB98"\n')).toEqual([]);
  });

  it('blocks Sinch and Genesys secrets passed to their SDKs, and a Unit PASETO token', () => {
    expect(blockingIds('MainActivity.java', '        .applicationSecret("HyFot8NHd0Ws4uWhPPSAbw==")\n')).toEqual(['sinch-application-secret']);
    expect(blockingIds('script.js', "client.loginClientCredentialsGrant('37e0a73d-4787-4058-8339-de3b83c6adec','6yeCAW00D5K1xEFgZJ6tjNSaDW96njZaRDBp-m-Z3Fs')\n")).toEqual(['genesys-client-credentials']);
    const payload = Buffer.concat([Buffer.from('{"role":"admin","userId":"4821","sub":"ops@bank.test","exp":1893456000}'), Buffer.alloc(64, 7).map((b, i) => (b * (i + 31)) % 251)]);
    expect(blockingIds('app/page.tsx', `const UNIT_TOKEN = "v2.public.${payload.toString('base64url')}";\n`)).toEqual(['paseto-token']);
  });
});

describe('samples 367, 368 and 374: guides, dev configs and settings', () => {
  it('blocks secrets in a variables table with a middle column and after a bold name in a pasted-values guide', () => {
    const table = '| Your Variable | Backend Needs | Value |\n|---|---|---|\n| `CLOUDINARY_API_SECRET` | `CLOUDINARY_API_SECRET` | `_Tq7zWbXg3IHRlqhSJkP92P7_w` ✅ |\n';
    expect(blockingIds('RENDER_ENV_SETUP.md', table)).toEqual(['docs-env-table-secret']);
    expect(blockingIds('RENDER_ENV_CHECKLIST.md', '4. **JWT_SECRET** = `+W8UB71wfn/Z1PE9qPu6pAFNatZBRF5A1vbh8j6qryc=`\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('BIGCOMMERCE_INTEGRATION.md', 'BIGCOMMERCE_CLIENT_SECRET=780d4003812fce3559d750967e905af01ca618178118295d92434ef83f459bec\n')).toEqual(['generic-secret-assignment']);
  });

  it("blocks a dev config's password beside a MongoDB Atlas URL given without a login", () => {
    const config = "module.exports = {\n  mongoURI: 'mongodb+srv://cluster0-gth8k.mongodb.net/goshop?retryWrites=true',\n  username: 'admin',\n  password: 'yoiuQEW67876',\n};\n";
    expect(blockingIds('server/config/dev.js', config)).toEqual(['generic-secret-assignment']);
  });

  it("blocks simplejwt's SIGNING_KEY left as a placeholder, not a game-server directive's Docker secret name", () => {
    expect(blockingIds('core/settings.py', 'SIMPLE_JWT = {\n    "SIGNING_KEY": "your_secret_key",\n}\n')).toEqual(['weak-secret-key']);
    expect(scan('scripts/vps-setup.sh', 'create_secret "banking_plaid_secret" "$PLAID_SECRET"\n')).toEqual([]);
  });
});

describe('samples 375 to 382: FastAPI, Express, keys as strings, gateways, forms, real estate, government, games', () => {
  it("blocks a guessable password sshpass sends to a server at a public address, not to one on the LAN", () => {
    expect(blockingIds('publish.sh', 'sshpass -p Welcome1 scp ./app.tar.gz root@47.104.91.246:/root/\n')).toEqual(['cli-login-password']);
    expect(blockingIds('publish.sh', 'sshpass -p Welcome1 ssh root@192.168.1.20 uptime\n')).toEqual([]);
  });

  it('blocks provider keys with no rule before: Riot, osu!, Kong key-auth, Sandbox, Tally, Jotform, Zillow', () => {
    expect(blockingIds('search.py', "watcher = RiotWatcher('RGAPI-7d21e0fa-3b9c-4e85-a6f1-0c2d9b4e7a13')\n")).toEqual(['riot-games-api-key']);
    expect(blockingIds('osu.js', 'fetch(`https://osu.ppy.sh/api/get_user?k=9b3e71c0d4a5f2e86b17c9d0a4e2f6b8c1d3a5e7&u=${name}`)\n')).toEqual(['osu-api-v1-key']);
    expect(blockingIds('kong.yml', 'keyauth_credentials:\n- consumer: mobile-app\n  key: 7c2e9a41-5b3d-4f86-b0e7-93d1c4a85f20\n')).toEqual(['kong-keyauth-credential']);
    expect(blockingIds('kyc.py', 'SANDBOX_API_KEY = "key_live_7c2e9a415b3d4f86b0e793d1c4a85f20"\n')).toEqual(['sandbox-co-in-api-key']);
    expect(blockingIds('TALLY_LOADER.md', 'TALLY_API_KEY=tly-GLwxYQDkxkvGwWxMe2sqckH13xD9UvK8\n')).toEqual(['tally-api-key']);
    expect(blockingIds('grade.js', "const client = new JotForm('2bab5f9cacbccc172a65378eb96a9f3d');\n")).toEqual(['jotform-api-key']);
    expect(blockingIds('zillow.py', "url = 'http://www.zillow.com/webservice/GetSearchResults.htm?zws-id=X1-ZWz1q7vt2xwm9l_4srkq'\n")).toEqual(['zillow-zwsid']);
  });

  it('blocks an Azure API Management key in Ruby header forms and a client secret opening a form body', () => {
    expect(blockingIds('scraper.rb', 'req["Ocp-Apim-Subscription-Key"] = "4c85b6e0a1d3c8f27b549e2d7b10f4a3"\n')).toEqual(['azure-cognitive-services-key']);
    expect(blockingIds('poll.sh', 'token_body="client_secret=3f9c2a71-8e4b-4d5c-a61f-72e9b4d8c3a0&client_id=Qm7tXw3LpA9cVn2RzK8bYe4HdJ6s"\n')).toEqual(['form-client-secret']);
    expect(blockingIds('header.php', "$config->setPassword('Kq7vT2xWm9LpR4sN');\n")).toEqual(['password-setter-literal']);
  });

  it('reports the FastAPI tutorial key set on a platform, and a Typeform token of 57 characters', () => {
    expect(blockingIds('deploy.sh', 'heroku config:set SECRET_KEY="09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"\n')).toEqual(['weak-secret-key']);
    expect(blockingIds('app.rb', "TYPEFORM = 'tfp_Oy9YxKEeuD1G0jeXfuXpDgBwAKD9Tc1xS0IVKPXXhuLp_nEeA56qDd1K'\n")).toEqual(['typeform-api-token']);
  });

  it('leaves published, public and stand-in values alone', () => {
    expect(blockingIds('attributes/default.rb', "default['tyk']['secret'] = \"Pl3as3Chang3Th1sK3yN0w\"\n")).toEqual([]);
    expect(blockingIds('PRODUCAO.md', 'MIXPANEL_TOKEN=7c41e0a9d2b85f36e1c04a7b9d3f2e68\n')).toEqual([]);
    expect(blockingIds('src/APN/index.js', 'let deviceToken = "04ED2C021A346AB3DA6F162146A16A1A994102801B35BC17DF84F8870485AD3F"\n')).toEqual([]);
    expect(blockingIds('MIGRATION_GUIDE.md', 'JWT_SECRET=Qw8Ex4PzMr6Nb9Lc2Tk7Vh3Jd5Fs1Ga0\n')).toEqual([]);
    const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(blockingIds('checkmate/constants.py', `DUMMY_PRIVATE_KEY = """${pem}"""\n`)).toEqual([]);
    const lines = pem.trim().split('\n');
    lines[4] = `${(lines[4] ?? '').slice(0, 20)}${'A'.repeat(30)}${(lines[4] ?? '').slice(50)}`;
    expect(blockingIds('config/default.ts', `privateKey: \`${lines.join('\n')}\`,\n`)).toEqual([]);
  });
});

describe('samples 383 to 390: PaaS apps, env files, engagement, market data, fraud, POS and analytics', () => {
  it('blocks FastAPI CORS whose origin list holds "*" among others, with credentials', () => {
    const app = 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=[\n        "http://localhost:3000",\n        "https://*.koyeb.app",\n        "*"\n    ],\n    allow_credentials=True,\n)\n';
    expect(blockingIds('server.py', app)).toEqual(['cors-wildcard-credentials']);
    expect(blockingIds('server.py', app.replace('        "*"\n', ''))).toEqual([]);
  });

  it('reads config.env as an env file, and a bare password beside a MongoDB URL with a stand-in for it', () => {
    const env = 'NODE_ENV = development\nDATABASE=mongodb+srv://shop:<PASSWORD>@cluster0.ftu5z.mongodb.net/?retryWrites=true\nDATABASE_PASSWORD=ranya8841907733610294\n';
    expect(blockingIds('config.env', env)).toEqual(['dotenv-file', 'generic-secret-assignment']);
  });

  it('blocks engagement, fraud, payment and analytics keys with no rule before', () => {
    expect(blockingIds('customerio.rb', '$customerio = Customerio::Client.new("9b3e71c0d4a5f2e86b17", "2f9c7a410d5e4b83a6e1")\n')).toEqual(['customerio-track-api-key']);
    expect(blockingIds('index.js', '  "X-CleverTap-Passcode": "2abfe30afb194a359fde255345130ed5",\n')).toEqual(['clevertap-passcode']);
    expect(blockingIds('segment.py', 'airship = ua.Airship("Kq7vT2xWm9LpR4sNb8HdZ3", "c41f7e0a92db4e35a8f1b6")\n')).toEqual(['airship-master-secret']);
    expect(blockingIds('server.js', 'const url = `https://ipqualityscore.com/api/json/ip/Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1/${ip}`;\n')).toEqual(['ipqualityscore-api-key']);
    expect(blockingIds('send_events.py', '    "$api_key" : "7c2e9a415b3d4f86",\n')).toEqual(['sift-api-key']);
    expect(blockingIds('GeoIP.conf', 'AccountID 123456\nLicenseKey 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\n')).toEqual(['maxmind-license-key']);
    expect(blockingIds('scripts/generate_env.py', 'env = """\nAUTHNET_TRANSACTION_KEY=69ETIsBhsmtlatMQ\n"""\n')).toEqual(['authorize-net-transaction-key']);
    expect(blockingIds('data.py', "ts = TimeSeries(key='Q7RK2VBX9MZT4WCP', output_format='pandas')\n")).toEqual(['alphavantage-api-key']);
    expect(blockingIds('UMAMI_SETUP.md', '- API Key: `api_Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1` (umami cloud)\n')).toEqual(['umami-api-key']);
    expect(blockingIds('matomo/config/config.ini.php', '[General]\nsalt = "9b3e71c0d4a5f2e86b17c9d0a4e2f6b8"\n')).toEqual(['matomo-config-salt']);
  });

  it('leaves published demo values, public keys and placeholders with a provider prefix alone', () => {
    expect(blockingIds('iex.js', "const token = 'pk_9a1b8f3e6d0a5c9b2f7e1d4a8c4c7d2e';\n")).toEqual([]);
    expect(blockingIds('constants.ts', 'export const FINGERPRINT_PUBLIC_API_KEY_ZERO_TRUST: string = "qP7zLm2XvB9tRk4WcN0d";\nexport const FINGERPRINT_PUBLIC_API_KEY = "Kq7vT2xWm9LpR4sNb8Hd";\n')).toEqual([]);
    expect(blockingIds('HOUSE_FEE_COMPLETE.md', 'SQUARE_APPLICATION_SECRET=sq0csp-ACME_PROD_SECRET\n')).toEqual([]);
  });
});

describe('samples 391 to 398 (partial: the library ran out of look-ups)', () => {
  it("leaves a commercetools project key, an all-word insecure key and Datadog's RUM client token alone", () => {
    expect(blockingIds('client.js', 'module.exports.projectKey = process.env.CTP_PROJECT_KEY ?? "acme-ct-stage-07";\n')).toEqual([]);
    expect(blockingIds('settings.py', "SECRET_KEY = 'this_is_an_insecure_non_production_key'\n")).toEqual([]);
    expect(blockingIds('datadog-init.tsx', "datadogRum.init({\n  applicationId: 'a1f3',\n  clientToken: 'pub7e0d3a91c4b86f25e1a0d9c7b3f48e62',\n});\n")).toEqual([]);
  });

  it('keeps the confidence of a token sheet named in capitals', () => {
    expect(blockingIds('STORYBLOK_ACCESS_TOKENS.md', '### 2. Preview Token\n- **Token**: `Qw7rNx2LpZe4Hs9KmV3dUbtt`\n')).toEqual(['docs-bold-label-secret']);
  });
});

describe('samples 387 and 397: keys passed to a client, and a LogRocket key in a setup note', () => {
  it('blocks a Polygon key given to RESTClient and a LogRocket API key, not its public app id', () => {
    expect(blockingIds('Polygon.py', 'import polygon\nclient = polygon.RESTClient("Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1")\n')).toEqual(['polygon-api-key']);
    expect(blockingIds('LOGROCKET_SETUP_COMPLETE.md', '# LogRocket\n- **API Key**: `qzkwpr:ridemap:Xa7Lm2Qp9Rt4Vb8Nc1Kd`\n')).toEqual(['logrocket-api-key']);
    expect(blockingIds('src/main.ts', "import LogRocket from 'logrocket';\nLogRocket.init('qzkwpr/ridemap');\n")).toEqual([]);
  });
});

describe('earlier samples rescanned with this build (286, 288, 332)', () => {
  it("leaves OPPWA's published test token and an AppsFlyer dev key alone, and still reports a Flask key 'random_string'", () => {
    expect(blockingIds('HYPERPAY_INTEGRATION.md', 'HYPERPAY_ACCESS_TOKEN=OGE4Mjk0MTc0YjdlY2IyODAxNGI5Njk5MjIwMDE1Y2N8c3k2S0pzVDg=\n')).toEqual([]);
    expect(blockingIds('src/services/appsflyer.ts', "const APPSFLYER_DEV_KEY = 'Qm7tXw3LpA9cVn2RzK8bYe';\n")).toEqual([]);
    expect(blockingIds('app.py', "app.config['SECRET_KEY'] = 'random_string'\n")).toEqual(['phrase-secret-key-in-code']);
  });
});
