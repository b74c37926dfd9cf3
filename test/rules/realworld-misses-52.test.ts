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
