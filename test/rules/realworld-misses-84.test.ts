import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1252 onwards, and the misses left open by 1212 and 1251. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('cookie secrets of Node and Python servers', () => {
  it('blocks a Fastify cookie secret, from the plugin by name or by require, not the documented one', () => {
    expect(blockingIds('backend/src/main.ts', "await app.register(fastifyCookie, { secret: 'my_cookie_secret' });\n")).toEqual(['fastify-hapi-cookie-literal-secret']);
    expect(blockingIds('server.js', "fastify.register(require('@fastify/cookie'), {\n  secret: 'Lq8Vm3Xt7Rz2Kp9Wb4Nc6Yd',\n  parseOptions: {},\n});\n")).toEqual(['fastify-hapi-cookie-literal-secret']);
    expect(blockingIds('server.js', "fastify.register(require('@fastify/session'), { cookieName: 'sid', secret: 'a secret with minimum length of 32 characters' });\n")).toEqual([]);
    expect(blockingIds('src/main.ts', 'await app.register(fastifyCookie, { secret: config.get("COOKIE_SECRET") });\n')).toEqual([]);
  });

  it("blocks a hapi cookie password in the strategy's options, not one read from config or the docs' stand-in", () => {
    const strategy = (password: string): string => `server.auth.strategy('session', 'cookie', {\n  cookie: {\n    name: 'sid',\n    password: ${password},\n    isSecure: false\n  },\n  redirectTo: '/login'\n});\n`;
    expect(blockingIds('server.js', strategy("'secretpasswordforcookieencryption'"))).toEqual(['fastify-hapi-cookie-literal-secret']);
    expect(blockingIds('server.js', strategy('process.env.COOKIE_PASSWORD'))).toEqual([]);
    expect(blockingIds('server.js', strategy("'password-should-be-32-characters'"))).toEqual([]);
    expect(blockingIds('test/server.test.js', strategy("'secretpasswordforcookieencryption'"))).toEqual([]);
  });

  it('reads Koa keys holding a dollar sign among other symbols, not a template', () => {
    expect(blockingIds('server/middleware/index.js', "app.keys = ['@#8812!!@!)(*&^%$7q3wz']\n")).toEqual(['express-session-literal-secret']);
    expect(blockingIds('server/app.js', 'app.keys = [`${process.env.KEY}`]\n')).toEqual([]);
  });

  it("names a Tornado cookie secret as Tornado's, and leaves the docs' value and JupyterHub's setting alone", () => {
    const tornado = 'app = tornado.web.Application(\n    handlers,\n    cookie_secret="Zk4Wn8Vr2Xm6Lq9Tz3Bh7Jc5Fd1Gs0YaPe4Mu8Qx=",\n)\n';
    expect(blockingIds('app.py', tornado)).toEqual(['tornado-cookie-secret']);
    expect(blockingIds('app.py', 'settings = {"cookie_secret": "61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o/Vo="}\n')).toEqual([]);
    expect(blockingIds('jupyterhub_config.py', "c.JupyterHub.cookie_secret = bytes.fromhex('4d1f8a2c7e9b3d5f60a8c2e4f7b9d1a3c5e8f0b2d4a6c9e1f3b5d7a9c2e4f6b8')\n")).toEqual(['jupyterhub-cookie-secret']);
  });
});

describe('Symfony secrets in READMEs', () => {
  it('blocks an APP_SECRET a README hands out, and lowers the dev default of a committed .env', () => {
    expect(blockingIds('README.md', 'Add this to `.env.local`:\n```\nAPP_SECRET=b04e7c1d93a5f26e8b0c4d7a91f3e5c2\n```\n')).toEqual(['symfony-app-secret']);
    const env = '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=b04e7c1d93a5f26e8b0c4d7a91f3e5c2\n###< symfony/framework-bundle ###\n';
    expect(scan('.env', env).filter((f) => f.ruleId === 'symfony-app-secret')).toEqual([{ ruleId: 'symfony-app-secret', blocking: false }]);
    expect(blockingIds('.env', env)).toEqual([]);
    expect(blockingIds('docs/AUTH.md', `Copy this into \`.env\`:\n\`\`\`\n${env}\`\`\`\n`)).toEqual([]);
    expect(blockingIds('docs/DEPLOY_HEROKU.md', 'heroku config:set APP_SECRET=6f1a7b2c5d0e9f8a4b3c2d1e0f9a8b7c -a shop\n')).toEqual([]);
  });

  it("blocks lexik's JWT passphrase pasted into a README, not a stand-in", () => {
    const block = (passphrase: string): string => `###> lexik/jwt-authentication-bundle ###\nJWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nJWT_PASSPHRASE=${passphrase}\n###< lexik/jwt-authentication-bundle ###\n`;
    expect(blockingIds('README.md', block('9c2e5a8f1b4d7e0a3c6f9b2e5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0e3f6b9d2a'))).toEqual(['lexik-jwt-passphrase']);
    expect(blockingIds('README.md', block('your_passphrase'))).toEqual([]);
  });
});

describe('marketplace, market-data and sports keys', () => {
  it("blocks an eBay Auth'n'Auth token and a Cert ID in the Trading API header, not the DEV-NAME beside it", () => {
    const body = 'Qm7vT2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3Rk2Xw9Lp4Zt7Nb1Vc6Yh3Df8Gs5Jq0Wm2Ek9Pa4Rt7Ux1Io6Sy3Nd8Hf5Kl0Zb2Qv7Cw4Ej9Tm1Xg6'.repeat(5);
    expect(blockingIds('cfg/EbayConfig.pm', `our $ES_eBayAuthToken = 'AgAAAA**AQAAAA**aAAAAA**Wk8Pzq**${body}';\n`)).toEqual(['ebay-auth-n-auth-token']);
    const header = (name: string): string => `$h->push_header('X-EBAY-API-${name}' => '5c2e8b1d-93f4-4a7e-b0d6-2f8c4e1a9b73');\n`;
    expect(blockingIds('cfg/EbayConfig.pm', header('CERT-NAME'))).toEqual(['ebay-legacy-cert-id']);
    expect(blockingIds('cfg/EbayConfig.pm', header('DEV-NAME'))).toEqual([]);
  });

  it('names a PA-API secret under a plain SECRET_KEY below its AKPA access key, and a Mercado Libre app secret', () => {
    expect(blockingIds('config.py', 'ACCESS_KEY = "AKPAZQ4M7TX2LR9WKB3N"\nSECRET_KEY = "Hq3vTm8Lz2Xw9Rk4Pb7Nc1Yd6Fs0Gj5Ua+Ve/Ki8"\n')).toEqual(['amazon-paapi-access-key', 'amazon-paapi-secret-key']);
    expect(blockingIds('docs/ML_OAUTH_SETUP.md', '```bash\nML_APP_ID="1859583576625723"\nML_APP_SECRET_KEY="Rk4Pb7Nc1Yd6Fs0Gj5UaHq3vTm8Lz2Xw"\n```\n')).toEqual(['mercadolibre-app-secret']);
  });

  it('reads Polygon keys by name and Eikon app keys given to the setter', () => {
    expect(blockingIds('news_alert_bot.py', 'POLYGON_API_KEY = "Tz4Wn8Vr2Xm6Lq9Tz3Bh7Jc5Fd1Gs0Ya"\n')).toEqual(['polygon-api-key']);
    expect(blockingIds('server.py', "import eikon as ek\nek.set_app_key('8a3f1c9e7b2d4f6a0c5e9b1d3f7a2c4e6b8d0f1a')\n")).toEqual(['refinitiv-eikon-app-key']);
    expect(blockingIds('server.py', "ek.set_app_key(os.environ['EIKON_APP_KEY'])\n")).toEqual([]);
  });

  it("blocks a SportsDataIO key in a README's shell-escaped curl, and a Sportmonks token kept as the query alone", () => {
    expect(blockingIds('data/README.md', 'curl https://api.sportsdata.io/v3/nba/scores/json/Games/2025\\?key\\=8c41f07e2b9d35a6c1e04f7d93b2a5e8\n')).toEqual(['sportsdataio-api-key']);
    const java = 'final String URL_BASE = "https://soccer.sportmonks.com/api/v2.0/teams";\nfinal String URL_APIKEY = "?api_token=Vq9Lm3Tx7Rz2Kp8Wb4Nc6Yd1Fs5Gj0TaHe2Uo7Pi4Ky9Rt3Wm6Xb1Zc8Qd5L";\n';
    expect(blockingIds('SelectClubActivity.java', java)).toEqual(['sportmonks-api-token']);
    expect(blockingIds('SelectClubActivity.java', java.replace('sportmonks', 'example'))).toEqual([]);
  });

  it('reads a BambooHR key a few lines above the gateway it is sent to', () => {
    const script = "api_key = '3e7b91c04fa2d8e65b1c7a09f43d2e8b6a5c1f07'\n\nurl = f'https://api.bamboohr.com/api/gateway.php/{subdomain}/v1/employees/directory'\n";
    expect(blockingIds('bamboohr.py', script)).toEqual(['bamboohr-api-key']);
  });
});

describe('Asian platforms', () => {
  it('blocks Baidu Translate keys under the app id, also in a comment note, not a stand-in', () => {
    expect(blockingIds('src/api/translate.js', 'const appid = "20250411002398765"; // 替换为你的百度翻译API appid\nconst key = "Wv3NcB6Yd1Fs5Gj0TaQx"; // 替换为你的百度翻译API key\n')).toEqual(['baidu-translate-secret-key']);
    expect(blockingIds('BaiduTrans.java', '//https://api.fanyi.baidu.com/product/113\n//APP ID：20240123001947788\n//密钥：Kp9Rz4Tb_8Mc3Hy6Jd2L\n')).toEqual(['baidu-translate-secret-key']);
    expect(blockingIds('translate.py', "# fanyi-api.baidu.com\nappid = '20151113000005349'\nsecret_key = 'your_secret_key_here'\n")).toEqual([]);
  });

  it("reads an Alibaba secret as the call's argument after its LTAI id", () => {
    expect(blockingIds('sms.py', "client = AcsClient('LTAI5tRq8Zm2Lk9Xv7Tb3N', 'Wq4Lm8Xt2Rz7Kp9Vb3Nc6Yd1Fs5Gja', 'cn-hangzhou')\n")).toEqual(['alibaba-access-key-id', 'alibaba-access-key-secret']);
  });

  it("reads Naver's sample client_secret above the openapi.naver.com address, and Chatwork webhook tokens beside the signature header", () => {
    expect(blockingIds('getNews.js', 'const client_id = "Zq8vLm2XtRw4Kp9Nb3Hc";\nconst client_secret = "kW_3pQz8Lm";\nconst apiUrl = `https://openapi.naver.com/v1/search/news`;\n')).toEqual(['naver-openapi-client-secret']);
    const php = "define('SIGNATURE_KEY', 'X-ChatWorkWebhookSignature');\n$Token = array(\n  'dev' => 'Qm7vT2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3=',\n);\n";
    expect(blockingIds('config.php', php)).toEqual(['chatwork-webhook-token']);
  });

  it('blocks a data.go.kr service key by name or on its host', () => {
    expect(blockingIds('app/settings/page.tsx', 'PUBLIC_DATA_SERVICE_KEY=9f2c7a41e8b36d05c1f94a7e2b58d03c6e1a9f47b2d85c30e6f1a4b97c2d5e08\n')).toEqual(['data-go-kr-service-key']);
  });
});

describe('maker scripts and demo apps', () => {
  it('blocks Dropbox long-lived tokens whose A run sits a little off, and a flespi token given as the MQTT user', () => {
    expect(blockingIds('upload.py', 'dbx = dropbox.Dropbox("Rq7TmW2xLpAAAAAAAAAAKz9vN3bH8cYd1FsQ5gJ0uE6iO4wP7aZrXcVbNmLkJhGf")\n')).toEqual(['dropbox-long-lived-token']);
    expect(blockingIds('upload.py', 'dbx = dropbox.Dropbox("Rq7TmW2xLpQAAAAAAAAKz9vN3bH8cYd1FsQ5gJ0uE6iO4wP7aZrXcVbNmLkJhGfa")\n')).toEqual(['dropbox-long-lived-token']);
    const ino = 'const char* mqtt_server = "mqtt.flespi.io";\nconst char* mqtt_user = "Tz4Wn8Vr2Xm6Lq9Tz3Bh7Jc5Fd1Gs0YaPe4Mu8QxKp9Rz4Tb8Mc3Hy6Jd2Lf5GqW";\n';
    expect(blockingIds('esp32cam/esp32cam.ino', ino)).toEqual(['flespi-token']);
  });

  it("reads Gradio's list of logins, not its documented pair or CJK fill-in phrases", () => {
    expect(blockingIds('app.py', 'demo.launch(share=True, auth=[("kevin", "Harbor2031x")])\n')).toEqual(['http-basic-auth-literal']);
    expect(blockingIds('app.py', 'demo.launch(auth=("admin", "pass1234"), share=True)\n')).toEqual([]);
    expect(blockingIds('app.py', '# demo.launch(auth=("在这里填写用户名", "在这里填写密码"))\n')).toEqual([]);
    expect(blockingIds('ChuanhuChatbot.py', '    demo.launch(\n        auth=OX1A2B3C4D if OX1A2B3C4D else None,\n    )\n')).toEqual([]);
  });

  it('keeps a curl -u to its own command, and reads an adodbapi mypass', () => {
    expect(blockingIds('demo/log-generator.sh', 'now() { date -u +%Y-%m-%dT%H:%M:%S.000Z; }\ncurl -s -X POST "$URL" -d "{}"\n')).toEqual([]);
    expect(blockingIds('deploy.sh', 'curl -s \\\n  -u elastic:dfzNeU8kTs6ft4 https://es.shop.io:9200\n')).toEqual(['curl-user-password']);
    expect(blockingIds('purchase_req.py', "mypass = 'Kq7vT2xWm9LpZ4Rt'\n")).toEqual(['generic-secret-assignment']);
  });

  it("leaves a header's name in a key-named constant, a Railway project id, and a key offered as live or test", () => {
    expect(blockingIds('config.php', "define('SIGNATURE_KEY', 'X-ChatWorkWebhookSignature');\n")).toEqual([]);
    expect(blockingIds('docs/MCP_SETUP.md', 'RAILWAY_PROJECT_ID=7d1c9e42-5a8b-4f36-b0e2-9c4d7a1f8e35\n')).toEqual([]);
    expect(blockingIds('scripts/setup-env.ps1', '$env:STRIPE_SECRET_KEY = "sk_live_or_sk_test_xxx"\n')).toEqual([]);
  });

  it('blocks an API Ninjas key by name', () => {
    expect(blockingIds('discord_bot.py', 'API_NINJAS_KEY = "Kq7vT2xWm9LpZ4RtHn3BcQ==Yd1Fs5Gj0TaWq4Lm"\n')).toEqual(['api-ninjas-key']);
  });
});

describe('tokens in scripts, and what is not one', () => {
  it('blocks a pre-Sanctum-4 token kept under a token name, and a bearer token kept whole in a string', () => {
    expect(blockingIds('API/philsmsAPI/index.php', '//Put your API TOKEN here\n$token = "1756|Qm7vT2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8 ";\n')).toEqual(['laravel-sanctum-legacy-token']);
    expect(blockingIds('controllers/course.js', '//     var auth = "Bearer 9c2e5a8f1b4d7e0a3c6f9b2e5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0e3f6b9d2a";\n')).toEqual(['bearer-token-literal']);
    expect(blockingIds('src/api.ts', "const AUTH = 'Bearer ' + process.env.API_TOKEN;\n")).toEqual([]);
  });

  it("reads a DBIx::AutoReconnect login given one argument to a line", () => {
    const perl = '$conn = DBIx::AutoReconnect-> connect(\n  "dbi:mysql:dbname=network;host=verve.cx8k2m.us-east-1.rds.amazonaws.com;3306",\n  "etlrw",\n  "Tq8vLm2Xk9",\n  { PrintError => 0 },\n);\n';
    expect(blockingIds('etl/transfer.pl', perl)).toEqual(['perl-login-call-password']);
  });

  it("lowers another scanner's test cases, named by the rule each must trigger", () => {
    const table = '\t\t"PostHog personal key": {\n\t\t\tvalue:  "phx_Qm7vT2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3Rk2Xw",\n\t\t\truleID: "kingfisher.posthog.2",\n\t\t},\n';
    expect(blockingIds('internal/matcher/matcher_test.go', table)).toEqual([]);
    expect(blockingIds('internal/matcher/matcher_test.go', table.replace('kingfisher.posthog.2', 'posthog'))).toEqual(['posthog-personal-api-key']);
  });

  it('reads a bare token under a comment that calls it the Mixpanel project token as public', () => {
    expect(blockingIds('src/MP.ts', '  // Token passed to mixpanel.init() comes from settings in Mixpanel app\n  var token = "8c41f07e2b9d35a6c1e04f7d93b2a5e8";\n')).toEqual([]);
    expect(blockingIds('src/MP.ts', '  var token = "8c41f07e2b9d35a6c1e04f7d93b2a5e8";\n')).toEqual(['generic-secret-assignment']);
  });

  it("drops a quoted sentence's first word, and an OIDC client secret of `secret` is not a weak signing key", () => {
    expect(blockingIds('_workspace/T-085/handoff.yaml', 'secret_handling: "9-pattern scan run pre-push on _workspace/ …"\n')).toEqual([]);
    expect(blockingIds('src/main/resources/application.properties', 'quarkus.oidc.credentials.secret=secret\n')).toEqual([]);
  });
});

describe('build files, peppers and validation rules', () => {
  it('blocks the password of a JetBrains plugin signing key, not one read from the environment', () => {
    const build = (password: string): string => `signPlugin {\n    certificateChainFile.set(file("./chain.crt"))\n    privateKeyFile.set(file("./private.pem"))\n    password.set(${password})\n}\n`;
    expect(blockingIds('build.gradle.kts', build('"harbor@2031"'))).toEqual(['jetbrains-plugin-signing-password']);
    expect(blockingIds('build.gradle.kts', build('providers.environmentVariable("PRIVATE_KEY_PASSWORD")'))).toEqual([]);
  });

  it('reads a password hash pepper, as a PHP constant or an assignment', () => {
    expect(blockingIds('config.php', "define('PEPPER', 'Tq8vLm2Xk9Wz4Rp7Hn3Bc6Yd1F');\n")).toEqual(['php-define-secret']);
    expect(blockingIds('settings.py', "PASSWORD_PEPPER = 'Tq8vLm2Xk9Wz4Rp7Hn3Bc6Yd1F'\n")).toEqual(['generic-secret-assignment']);
  });

  it("leaves Laravel's validation rules under a secret's name", () => {
    expect(blockingIds('app/Http/Controllers/ChannelController.php', "$request->validate([\n    'app_secret' => 'nullable|string|max:255',\n]);\n")).toEqual([]);
  });
});

describe('round five: templates, fixtures and settings fallbacks', () => {
  it("reads Swift's string interpolation as a template, and keyshade's detector tests as fixtures", () => {
    expect(blockingIds('Event Finder/ViewController.swift', 'self.fetchData(from: "https://api.seatgeek.com/2/events?client_id=\\(Secrets.CLIENT_ID)&client_secret=\\(Secrets.CLIENT_SECRET)")\n')).toEqual([]);
    const cases = "const testcase: TestCase[] = [\n  {\n    input: 'duffel_live_Qm7vT2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3',\n    expected: true\n  },\n]\n";
    expect(blockingIds('src/rules/duffel.ts', cases)).toEqual([]);
  });

  it('blocks a secret given as the fallback of a Python settings attribute, and a Walk Score key by name', () => {
    expect(blockingIds('app/services/infermedica_service.py', "        self.app_key = Config.INFERMEDICA_APP_KEY or 'c8f14e2b9d35a6c1e04f7d93b2a5e841'\n")).toEqual(['python-config-fallback-secret']);
    expect(blockingIds('walkscore/views.py', 'walkscoreAPI = "8c41f07e2b9d35a6c1e04f7d93b2a5e8"\n')).toEqual(['walkscore-api-key']);
  });

  it("leaves an Argo CD repository Secret whose only values are a stand-in SSH URL and key", () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\nstringData:\n  type: git\n  url: git@github.com:<git username>/<repo name>.git # the SSH URL\n  sshPrivateKey: |\n    <paste your private key>\n';
    expect(blockingIds('argocd/private-repo-secret.yaml', secret)).toEqual([]);
  });

  it("names a provider's SECRET_KEY as a secret, not as a framework's signing key", () => {
    expect(blockingIds('trader.py', 'ALPACA_SECRET_KEY = "Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('round six: typed settings, bare names beside their host, and sample update URLs', () => {
  it('blocks a Gmail app password in a typed settings field and an Odds API key under a bare name', () => {
    expect(blockingIds('app/config.py', 'class Settings(BaseSettings):\n    gmail_app_password: str = "mwqt zplr kvbn dhqe"\n')).toEqual(['gmail-app-password']);
    expect(blockingIds('predict.py', "key = '9c2e5a8f1b4d7e0a3c6f9b2e5d8a1c4f'\n# 'https://api.the-odds-api.com/v4/sports/?apiKey='+key\n")).toEqual(['the-odds-api-key']);
  });

  it("leaves Clover's public token, DuckDNS's sample domain and a joke FreeDNS key", () => {
    expect(blockingIds('lib/clover-config.ts', 'export const publicToken = process.env.CLOVER_PUBLIC_TOKEN || "6f16a2c1e04f7d93b2a5e8c41f07e2b9";\n')).toEqual([]);
    expect(blockingIds('duckdns-setup.md', 'echo url="https://www.duckdns.org/update?domains=exampledomain&token=4b7e9c1a-3d5f-4e8a-b2c6-9d0f1e3a5b7c&ip=" | curl -k -o ~/duckdns/duck.log -K -\n')).toEqual([]);
    expect(blockingIds('ddns.rb', "open('http://freedns.afraid.org/dynamic/update.php?zomgsupersecretlinkzor').read.strip\n")).toEqual([]);
  });
});

describe('code-quality and localization tokens', () => {
  it('blocks a DeepSource DSN and a Lokalise API token, not their stand-ins', () => {
    expect(blockingIds('coverage.sh', 'export DEEPSOURCE_DSN=https://7e0b3d6a9c2f5e8b1d4a7c0e3f6b9d2a@deepsource.io\n')).toEqual(['deepsource-dsn']);
    expect(blockingIds('README.md', 'DEEPSOURCE_DSN=https://sampledsn@deepsource.io\n')).toEqual([]);
    expect(blockingIds('scripts/fetch-translations.js', 'const LOKALISE_API_TOKEN = `3e7b91c04fa2d8e65b1c7a09f43d2e8b6a5c1f07`; // Read-only\n')).toEqual(['lokalise-api-token']);
  });
});
