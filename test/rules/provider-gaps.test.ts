import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Rules for services small web apps deploy with (rules/providers/{ai-inference,web-services,payments-regional,
// billing-platforms,cloud-regional,keyed-services}.yaml): each fires on a realistic .env, settings or config
// line, and stays silent on placeholders and docs prose. Every value here is invented.
const pack = loadDiskPack();

function ruleIds(path: string, text: string): string[] {
  return detectChunk({ path, text }, pack).map((f) => f.ruleId);
}

function confidenceOf(ruleId: string, path: string, text: string): string | undefined {
  return detectChunk({ path, text }, pack).find((f) => f.ruleId === ruleId)?.confidence;
}

const CLOUDINARY_ENV = 'CLOUDINARY_URL=cloudinary://228030521084387:O5WkQnICmLAqI7LfXz5D7G4H1A3@shop-media\n';
const ZAPIER_CALL = 'requests.post("https://hooks.zapier.com/hooks/catch/4936984/xffdja8/", json=lead)\n';

// [rule id, path, text, expected confidence]
const LEAKS: [string, string, string, string][] = [
  ['nvidia-api-key', '.env', 'NVIDIA_API_KEY=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\n', 'high'],
  ['langfuse-secret-key', 'app/settings.py', 'LANGFUSE_SECRET_KEY = "sk-lf-0c9368d9-ca43-437c-8322-e8cbdd530390"\n', 'high'],
  ['browserbase-api-key', 'src/agent.ts', 'const bb = new Browserbase({ apiKey: "bb_live_qUcgQ0VnGFkLudNRWrc7reJSMvY" });\n', 'high'],
  ['mailersend-api-token', 'config/settings.py', 'ANYMAIL = {"MAILERSEND_API_TOKEN": "mlsn.9ed65067dd73d2de922ecf4739dbba13a8ea1d42e541c3a9012c0f462cb5535e"}\n', 'high'],
  ['clickup-personal-token', 'scripts/sync.js', 'const headers = { Authorization: "pk_32661488_6TH217IH52Y4LLT9XKGS932SHL5SWFXK" };\n', 'high'],
  ['zapier-catch-hook-url', 'app/leads.py', ZAPIER_CALL, 'high'],
  ['ngrok-authtoken', 'ngrok.yml', '# ngrok agent config\nversion: "2"\nauthtoken: 2BGJjUm74BKsCb1h6kBovq1ZtUo_5uNzky0B31O99h2MyMRDq\n', 'high'],
  ['cloudinary-url', '.env', CLOUDINARY_ENV, 'high'],
  ['cloudinary-api-secret', 'app/media.py', "cloudinary.config(cloud_name='shop', api_key='228030521084387', api_secret='O5WkQnICmLAqI7LfXz5D7G4H1A3')\n", 'medium'],
  ['clerk-secret-key', '.env.production', 'CLERK_SECRET_KEY=sk_test_gtUmhJSuXBRvSWOQAxRNgOLJj9KCI4fP3ieytMCTOvsI\n', 'high'],
  ['spotify-client-secret', 'bot/config.py', 'SPOTIFY_CLIENT_SECRET = "54b93856ce3bc44c4a9b9e930fa107d6"\n', 'medium'],
  ['paystack-secret-key', '.env', 'PAYSTACK_SECRET_KEY=sk_live_prim4519zuegog94jo6lrngg0wv1k8vezdlq7uo9\n', 'high'],
  ['mercadopago-access-token', 'server/pay.js', 'const client = new MercadoPagoConfig({ accessToken: "APP_USR-5405906515359157-201836-6692d97ba1e6085464cc4deae6b4b204-9820361313" });\n', 'high'],
  ['paddle-api-key', 'src/billing.ts', 'export const paddle = new Paddle("pdl_live_apikey_0179jbbt9dmzeg7qb4j03ndrsn_0ZzyA0xIfl4c7xU2zXCot2_PoP");\n', 'high'],
  ['polar-access-token', '.env', 'POLAR_ACCESS_TOKEN=polar_oat_4i5C32SSyAJ9TlxqnrDK24Syl067EK5O46EQkeIpDHa\n', 'high'],
  ['neon-api-key', 'scripts/preview-branch.sh', 'export NEON_API_KEY=napi_ugm3fh1zs7hyjxqtgz0rqi5ndycw2n79f9obz871urnbem5l0f27x33jzms977tp\n', 'high'],
  ['meilisearch-master-key', '.env.production', 'MEILI_MASTER_KEY=SqSCtvSDkq26QAnMkmIs6HO3Oa1Jcc2U\n', 'medium'],
  ['onesignal-rest-api-key', 'app/push.py', "ONESIGNAL_REST_API_KEY = 'os_v2_app_9wlshoi4x4stcoqy0zkgk1gq5klxyv5ov2ir0purrxatv3xujscfbb54qy33m8yxvl86vwrnlek3iomlzxbbi9u81krckpg74w24'\n", 'high'],
  ['convex-deploy-key', '.env.production', 'CONVEX_DEPLOY_KEY=prod:quiet-heron-412|2BWNk1vaTg7Z1UdZBJmPMFKZiDnRTcF8AsGGORravSXMlTTGMH9waOFTzt9eBoZFVYdB96IjBxa\n', 'medium'],
  ['backblaze-b2-application-key', 'scripts/backup.sh', 'b2 account authorize 0037bd2e91c4a58f60a1d93e7 K003Hq9vTz2mLw8Rx4Nc7Yb1Fs6Gj0Ka5U\n', 'medium'],
  ['tencent-cloud-secret-id', '.env', 'TENCENTCLOUD_SECRET_ID=AKIDQnEby2KJVw7ZBPlWWJRqznlw2svPtXMD\n', 'high'],
  ['tencent-cloud-secret-key', '.env', 'TENCENTCLOUD_SECRET_KEY=YLnphdD8SdX4Gv9lDJ6Z5CYa4iRvyE6O\n', 'medium'],
  ['scaleway-secret-key', 'infra/main.tf', 'provider "scaleway" {\n  secret_key = "87833e9b-8a17-4f6d-ad89-54f021f1f6e8"\n}\n', 'medium'],
];

// Near misses: placeholders, public halves, indirections and docs prose.
const QUIET: [string, string][] = [
  ['.env.example', 'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n'],
  ['docs/setup.md', 'Copy the key from build.nvidia.com (it starts with `nvapi-...`) into NVIDIA_API_KEY.\n'],
  ['.env.example', 'LANGFUSE_SECRET_KEY=sk-lf-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\nLANGFUSE_PUBLIC_KEY=pk-lf-0c9368d9-ca43-437c-8322-e8cbdd530390\n'],
  ['README.md', 'Set MAILERSEND_API_TOKEN to your token; it looks like mlsn.abc123def456ghi789...\n'],
  ['.env.example', 'CLICKUP_API_TOKEN=pk_12345678_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n'],
  ['docs/zapier.md', 'POST to https://hooks.zapier.com/hooks/catch/123456/abcdef/ to test the Zap.\n'],
  ['scripts/tunnel.sh', 'ngrok config add-authtoken "$NGROK_AUTHTOKEN"\n'],
  ['.env.example', 'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>\n'],
  ['app/media.py', "cloudinary.config(cloud_name='shop', api_secret=os.environ['CLOUDINARY_API_SECRET'])\n"],
  ['.env.example', 'CLERK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n'],
  ['bot/config.py', 'SPOTIFY_CLIENT_SECRET = os.environ["SPOTIFY_CLIENT_SECRET"]\n'],
  ['.env.example', 'PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n'],
  ['web/checkout.js', 'const mp = new MercadoPago("APP_USR-7c1d9e42-3a5b-4f86-b20e-9d4c6a1f8e73");\n'],
  ['.env.example', 'PADDLE_API_KEY=pdl_live_apikey_xxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxx_xxx\n'],
  ['docs/polar.md', 'Send `Authorization: Bearer polar_pat_YOUR_TOKEN_HERE` with every request.\n'],
  ['.github/workflows/preview.yml', '      NEON_API_KEY: ${{ secrets.NEON_API_KEY }}\n'],
  ['docs/search.md', 'Start it with `meilisearch --master-key="MASTER_KEY"` in development.\n'],
  ['web/push.js', 'OneSignal.init({ appId: "7c1d9e42-3a5b-4f86-b20e-9d4c6a1f8e73" });\n'],
  ['README.md', "Run `CONVEX_DEPLOY_KEY='key goes here' npx convex deploy` from CI.\n"],
  ['scripts/backup.sh', 'export B2_APPLICATION_KEY="$(<file-with-key.txt)"\n'],
  ['docs/tencent.md', 'The SecretId looks like AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and the key is shown once.\n'],
  ['.env.example', 'TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}\n'],
  ['.env.example', 'SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX\nSCW_SECRET_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n'],
];

const OURS = new Set(LEAKS.map(([id]) => id));

describe('provider rules for services our users deploy with', () => {
  it.each(LEAKS)('%s fires in %s', (ruleId, path, text, confidence) => {
    expect(ruleIds(path, text)).toContain(ruleId);
    expect(confidenceOf(ruleId, path, text)).toBe(confidence);
  });

  it.each(QUIET)('stays silent on the near miss in %s', (path, text) => {
    expect(ruleIds(path, text).filter((id) => OURS.has(id))).toEqual([]);
  });

  it('tells a Clerk key from a Stripe key by the setting name', () => {
    const stripeTest = 'STRIPE_SECRET_KEY=sk_test_gtUmhJSuXBRvSWOQAxRNgOLJj9KCI4fP3ieytMCTOvsI\n';
    expect(ruleIds('.env', stripeTest)).not.toContain('clerk-secret-key');
  });

  it('reports the secret part of a URL or assignment, not the whole line', () => {
    const [cloudinary] = detectChunk({ path: '.env', text: CLOUDINARY_ENV }, pack).filter((f) => f.ruleId === 'cloudinary-url');
    expect(cloudinary?.secret).toBe('O5WkQnICmLAqI7LfXz5D7G4H1A3');
    const [zapier] = detectChunk({ path: 'app/leads.py', text: ZAPIER_CALL }, pack).filter((f) => f.ruleId === 'zapier-catch-hook-url');
    expect(zapier?.secret).toBe('4936984/xffdja8');
  });
});
