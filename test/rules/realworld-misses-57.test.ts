import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 487 onwards, and cases left open from earlier samples. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('sample 470, left open: HOCON fallbacks', () => {
  it('reports a stock key overridden from the environment on the next line as a fallback, without blocking', () => {
    const conf = (override: string): string => `jwt {\n    secret = "secret"\n${override}    issuer = "http://0.0.0.0:8080/"\n}\n`;
    expect(scan('src/main/resources/application.conf', conf('    secret = ${?TOKEN_SECRET}\n'))).toEqual([
      { ruleId: 'hocon-secret-env-fallback', blocking: false },
    ]);
    expect(blockingIds('src/main/resources/application.conf', conf(''))).toEqual(['weak-secret-key-config']);
  });

  it('still blocks a random-looking literal that an environment override falls back to', () => {
    const conf = 'play.http.secret.key="qwfpgj4k4r3tvar47h912bn535"\nplay.http.secret.key=${?APPLICATION_SECRET}\n';
    expect(blockingIds('conf/application.conf', conf)).toEqual(['play-application-secret']);
  });
});

describe('samples 487 and 488: CI systems and Teams bots', () => {
  it("names a GitLab deploy token given to docker login, even in an install guide", () => {
    const login = (password: string): string => `docker login -u gitlab+deploy-token-51234 -p ${password} registry.gitlab.com\n`;
    expect(blockingIds('INSTALL.md', login('Qw7Lk2Pz9XbN4vRt8YcM'))).toEqual(['gitlab-deploy-token']);
    expect(blockingIds('INSTALL.md', login('$CI_DEPLOY_PASSWORD'))).toEqual([]);
  });

  it('blocks a Logic Apps trigger URL with its signature, not one with a stand-in', () => {
    const url = (sig: string): string =>
      `const FLOW_URL = "https://prod-12.westus.logic.azure.com:443/workflows/21991379962c7a339079893fddc39ac3/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}";\n`;
    expect(blockingIds('js/app.js', url('Rb8Nc4Pq1Hs6Jd0Fy5Ga2Eu7Io3Tx9Zk3Wq9Lm2Xv7T'))).toEqual(['azure-logic-app-trigger-url']);
    expect(blockingIds('js/app.js', url('longSecretSignature'))).toEqual([]);
  });
});

describe('sample 489: committed front-end build config', () => {
  it('blocks a key given to a define as a JSON.stringify literal, not a sentence saying it is unused', () => {
    const define = (value: string): string => `export default defineConfig({\n  define: {\n    'process.env.POLLINATIONS_API_KEY': JSON.stringify('${value}'),\n  },\n});\n`;
    expect(blockingIds('vite.config.ts', define('sk_Lw2Xz9Kp4Vt8Rb3Nc6Md1Fs5GyQa7Ue0'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('vite.config.ts', define('api-key-this-is-not-used-can-be-ignored!'))).toEqual([]);
  });

  it("leaves a MapTiler style URL's key (a browser key), not the same key sent to another API", () => {
    const url = (host: string): string => `const style = "https://${host}/maps/streets/style.json?key=Qp3LmZ8xWv2NcR6tYb0K";\n`;
    expect(blockingIds('src/components/Map.jsx', url('api.maptiler.com'))).toEqual([]);
    expect(blockingIds('src/components/Map.jsx', url('api.geo-tiles.io'))).toEqual(['url-key-parameter']);
  });
});

describe("sample 490: compose stacks and cookiecutter-django's env files", () => {
  const postgres = 'POSTGRES_HOST=postgres\nPOSTGRES_PORT=5432\nPOSTGRES_DB=app\nPOSTGRES_USER=Xk2hQ9sLmPq\nPOSTGRES_PASSWORD=Hq7Lw2Xz9Kp4Vt8Rb3Nc6Md1Fs5Gy0Ja8Eu2Io7Tx3Km9Qw1Rz6Yp4Nv7Bc0Ls5Ht2aa\n';

  it('treats .envs/.production/ as production env files: committed, their compose database password kept, DEBUG blocking', () => {
    expect(blockingIds('.envs/.production/.postgres', postgres)).toEqual(['dotenv-file', 'generic-secret-assignment']);
    const django = 'DJANGO_SECRET_KEY=8mOdiJ9BAiCa5ZmqTFAEhBfTYWk5d3HYjxfkjWGDAm8nGOFlFMnXHv\nDJANGO_DEBUG=True\n';
    expect(blockingIds('.envs/.production/.django', django)).toEqual(['dotenv-file', 'env-file-secret-key', 'debug-enabled-env']);
  });

  it('keeps .envs/.local/ a development file', () => {
    expect(blockingIds('.envs/.local/.postgres', postgres)).toEqual([]);
    expect(blockingIds('.envs/.local/.django', 'DJANGO_DEBUG=True\nDJANGO_SECRET_KEY=Vq8Lw2Xz9Kp4Vt8Rb3Nc6Md1Fs5Gy0Ja8Eu2Io7Tx3\n')).toEqual([]);
  });

  it('drops a local login named for its service (POSTGRES@local) and names a RabbitMQ cluster cookie', () => {
    expect(scan('docker-init.ps1', 'docker run --name pg -e "POSTGRES_PASSWORD=POSTGRES@local" -d postgres:13\n')).toEqual([]);
    expect(blockingIds('deploy/stack.yml', 'services:\n  queue:\n    environment:\n      - RABBITMQ_ERLANG_COOKIE=QWKZTRBNMXLPYHVDJCGF\n')).toEqual(['erlang-release-cookie']);
  });
});

describe('sample 491: Spring Cloud Config and Vault', () => {
  it("blocks a Vault token written into Spring Vault's TokenAuthentication, legacy or UUID, not the all-zero dev token", () => {
    const java = (token: string): string => `  public ClientAuthentication clientAuthentication() {\n    return new TokenAuthentication("${token}");\n  }\n`;
    expect(blockingIds('src/main/java/shop/VaultConfig.java', java('s.Q8wLm2Xv7Tb4Nc9Pr1Hs6Jd0'))).toEqual(['vault-token-legacy']);
    expect(blockingIds('src/main/java/shop/VaultConfig.java', java('b7e20c41-93aa-4c1d-b2f0-51de8a3c9e77'))).toEqual(['spring-vault-token-authentication']);
    expect(blockingIds('src/main/java/shop/VaultConfig.java', java('00000000-0000-0000-0000-000000000000'))).toEqual([]);
  });

  it("blocks an unseal key handed to a container and a Config Server's encrypt.key", () => {
    expect(blockingIds('docker-compose.yml', '    environment:\n      VAULT_UNSEAL_KEY: Rk2Wq9Lm7Xv3Tb8Nc4Pr1Hs6Jd0Fy5Ga2Eu7Io3Tx9Z=\n')).toEqual(['vault-unseal-key']);
    expect(blockingIds('config-server/src/main/resources/bootstrap.yml', 'encrypt:\n  key: q7Wd2Lx9Vb4Kp1Tz8Rm3Hs6N\n')).toEqual(['spring-cloud-config-encrypt-key']);
    expect(blockingIds('config-server/src/main/resources/bootstrap.yml', 'encrypt:\n  key: ${ENCRYPT_KEY}\n')).toEqual([]);
  });
});

describe('sample 492: Chinese clouds', () => {
  it("blocks a Baidu AI secret key in an SDK client's default tuple and in Qianfan's environment", () => {
    const ocr = 'from aip import AipOcr\nclient = AipOcr(*(account or ("23456789", "Xk2hQ9sLmPq7Rt4VwZ8yBn3C", "Pq7Rt4VwZ8yBn3CXk2hQ9sLmJd6Fg1Ha")))\n';
    expect(blockingIds('baidu_ocr.py', ocr)).toEqual(['baidu-ai-secret-key']);
    expect(blockingIds('ernie.py', 'os.environ["QIANFAN_SK"] = "Pq7Rt4VwZ8yBn3CXk2hQ9sLmJd6Fg1Ha"\n')).toEqual(['baidu-ai-secret-key']);
  });
});

describe('sample 493: Shopify apps', () => {
  it('names a Theme Access password, and leaves a Storefront token given as an env fallback', () => {
    expect(blockingIds('config.yml', 'production:\n  password: shptka_4f0c1e9a7b2d88e3c5a61f09d7b3e2aa\n  store: shop-name.myshopify.com\n')).toEqual(['shopify-access-token']);
    const fallback = (name: string): string => `export default {\n  storefrontAccessToken: process.env.${name} || '5e1b0c9d7a3f42e68b1d0c2a9f7e6d54',\n};\n`;
    expect(blockingIds('storecraft.config.js', fallback('SHOPIFY_STOREFRONT_ACCESS_TOKEN'))).toEqual([]);
    expect(blockingIds('storecraft.config.js', fallback('SHOPIFY_ADMIN_TOKEN'))).toEqual(['js-env-fallback-secret']);
  });
});

describe('sample 494: Telegram userbots', () => {
  it('names the api hash under APP_HASH and API_HASH_KEY, an ARQ key and an OpenWeatherMap key under the service name', () => {
    const config = '    API_ID = 2940117\n    APP_HASH = "5c2e8a1f70d94b3e6a0c7f18d2b4e95a"\n    API_HASH_KEY = "9b4d1e7a2c6f08e35d1a7c4b9e2f60d3"\n    ARQ_API_KEY = "QWTZLK-BNMXRP-HVDJCG-FKWQTZ-ARQ"\n    OPENWEATHERMAP_ID = "8f3a1c9e2d7b4f60a5e1c8d3b9f2a7e4"\n';
    expect(blockingIds('Exon/config.py', config)).toEqual(['telegram-api-hash', 'telegram-api-hash', 'arq-api-key', 'openweathermap-api-key']);
  });
});

describe('samples 495 and 496: proxy networks and Alibaba Cloud', () => {
  it("blocks a proxy network's password in a SOCKS URL, without a scheme and ending in $, not a stand-in", () => {
    expect(blockingIds('app.py', 'PROXY = "socks5h://customer-bluejay_k3x9q-sessid-0123456789:Hummingbrd7=@pr.oxylabs.io:7777"\n')).toEqual(['proxy-network-credential']);
    expect(blockingIds('request.py', 'PROXY = "customer-acme_Xk4Tz-sessid-1234:vqpt_7RMXa2c@pr.oxylabs.io:7777"\n')).toEqual(['proxy-network-credential']);
    expect(blockingIds('index.js', '//  proxy: "http://user-moneytree:Pianoman7$@gate.smartproxy.com:7000",\n')).toEqual(['proxy-network-credential']);
    expect(blockingIds('README.md', 'http://USERNAME:PASSWORD@gate.smartproxy.com:7000\n')).toEqual([]);
  });

  it("blocks an Alibaba secret under a bare SK beside its LTAI id, and a key of DeepSeek's and DashScope's shape in a comment", () => {
    expect(blockingIds('myimage/oss.py', 'AK = "LTAI4Gq8Zr2Lk9Xv7Tb3Nm1P"\nSK = "B7HV8Ckzpq2J799GhTu4n7zLevxqJt"\n')).toEqual(['alibaba-access-key-id', 'alibaba-access-key-secret']);
    expect(blockingIds('myimage/oss.py', 'SK = "B7HV8Ckzpq2J799GhTu4n7zLevxqJt"\n')).toEqual([]);
    expect(blockingIds('agent/t.js', '// sk-7ace9001e88b41a8c64bd2cd781be8e9\nconst key = process.env.LLM_KEY;\n')).toEqual(['llm-sk-hex-api-key']);
  });

  it('reports a DashScope key once, as DashScope\'s, when DeepSeek\'s host is near', () => {
    const app = 'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\ndashscope.api_key = "sk-5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b"\n';
    expect(blockingIds('main.py', app)).toEqual(['dashscope-api-key']);
  });
});

describe('samples 498 and 499: business apps and IDE files', () => {
  it("blocks a Magento crypt key beside a Redis cache's empty password, and in a dated backup of env.php", () => {
    const env = "<?php\nreturn [\n    'crypt' => ['key' => '7c2e9f41d8a35b06e1f4c9d27a8b3e50'],\n    'cache' => ['frontend' => ['default' => ['backend_options' => ['server' => 'redis', 'password' => '']]]],\n    'db' => ['connection' => ['default' => ['host' => 'mysql.shop-prod.internal', 'username' => 'shop', 'password' => 'Vq8Lw2Xz9Kp4Vt8R']]],\n";
    expect(blockingIds('app/etc/env.php', env)).toContain('magento-crypt-key');
    expect(blockingIds('app/etc/env(20-01).php', env)).toContain('magento-crypt-key');
    const local = "<?php\nreturn [\n    'crypt' => ['key' => '7c2e9f41d8a35b06e1f4c9d27a8b3e50'],\n    'db' => ['connection' => ['default' => ['host' => 'mysql.shop-prod.internal', 'username' => 'shop', 'password' => '']]],\n";
    expect(blockingIds('app/etc/env.php', local)).not.toContain('magento-crypt-key');
  });

  it("reports a Neon password in Django's DATABASES once, as Neon's", () => {
    const settings = "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'HOST': 'ep-quiet-field-a1b2c3d4.eu-central-1.aws.neon.tech',\n        'PASSWORD': 'npg_Qw8Zr3Lk9Xv2',\n    }\n}\n";
    expect(blockingIds('mysite/settings.py', settings)).toEqual(['neon-database-password']);
  });
});

describe('samples 501 and 502: social bots and Atlassian', () => {
  it("blocks a Nostr key whose bech32 checksum holds; a changed character is a made-up key", () => {
    expect(blockingIds('reply_event.py', 'private_key = PrivateKey.from_nsec("nsec1eypxlc5y9qua08ru8nhuphpyzmtrn0jht3tfysm0nf7xkay884jqh0ny04")\n')).toEqual(['nostr-private-key']);
    const changed = 'nsec1eypxlc5y9qua08ru8nhuphpyzmtrn0jht3tfysm0nf7xkay884jqh0ny04'.slice(0, -1) + ('nsec1eypxlc5y9qua08ru8nhuphpyzmtrn0jht3tfysm0nf7xkay884jqh0ny04'.endsWith('q') ? 'p' : 'q');
    expect(scan('reply_event.py', `private_key = PrivateKey.from_nsec("${changed}")\n`)).toEqual([{ ruleId: 'nostr-private-key', blocking: false }]);
  });

  it("blocks a Bitbucket access token (ATCTT3) whose CRC32 tail holds, and a legacy Trello token given to set_token", () => {
    expect(blockingIds('run_pipeline.py', 'AUTH = "Bearer ATCTT3xFfGN0gBrOQd_AArZrTnTGXk-ESUKf7885qCMy2mBTZlCveJzCDbkMHl6oS-8c769lQkOLe_eUaxotQmXaHBTmiv5ql934mTQHKH5xrwsJA0tSrOWLgsqJRcnjfdkycxNfC2Pjw5yLZEZlKktPt7mwOUzSQwj58kTgjOppOk6VFyHJ5hW=7ED839B9"\n')).toEqual(['atlassian-api-token']);
    const changed = 'ATCTT3xFfGN0gBrOQd_AArZrTnTGXk-ESUKf7885qCMy2mBTZlCveJzCDbkMHl6oS-8c769lQkOLe_eUaxotQmXaHBTmiv5ql934mTQHKH5xrwsJA0tSrOWLgsqJRcnjfdkycxNfC2Pjw5yLZEZlKktPt7mwOUzSQwj58kTgjOppOk6VFyHJ5hW=7ED839B9'.slice(0, -1) + ('ATCTT3xFfGN0gBrOQd_AArZrTnTGXk-ESUKf7885qCMy2mBTZlCveJzCDbkMHl6oS-8c769lQkOLe_eUaxotQmXaHBTmiv5ql934mTQHKH5xrwsJA0tSrOWLgsqJRcnjfdkycxNfC2Pjw5yLZEZlKktPt7mwOUzSQwj58kTgjOppOk6VFyHJ5hW=7ED839B9'.endsWith('0') ? '1' : '0');
    expect(blockingIds('run_pipeline.py', `AUTH = "Bearer ${changed}"\n`)).toEqual([]);
    expect(blockingIds('tron.py', 'trello.set_token("9f2c4a1e8b7d3f6a0c5e2b8d4f1a7c9e3b6d0f2a8c4e1b7d9f3a5c0e2b8d4f1a")\n')).toEqual(['trello-legacy-token']);
  });
});

describe('samples 503 and 504: back ends as a service and monitoring stacks', () => {
  it("leaves a Backendless app's client API key beside its app id, not the same key alone", () => {
    const init = 'const APP_ID = "05F9EB34-FDFF-FF34-FF06-A90B42E4C900";\nconst API_KEY = "0B203BFC-4A6C-4BFD-9EDF-628E3C8FA164";\nBackendless.initApp(APP_ID, API_KEY);\n';
    expect(blockingIds('src/backendless.js', init)).toEqual([]);
    expect(blockingIds('src/config.js', 'const API_KEY = "0B203BFC-4A6C-4BFD-9EDF-628E3C8FA164";\n')).toEqual(['generic-secret-assignment']);
  });

  it("blocks a Convex self-hosted admin key; leaves a Grafana Cloud token a guide cut short", () => {
    const key = 'CONVEX_SELF_HOSTED_ADMIN_KEY=convex-self-hosted|01a7c3e9f2b84d6a0c5e1b9d3f7a2c8e4b6d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b5d\n';
    expect(blockingIds('.env.production', key)).toContain('convex-deploy-key');
    expect(blockingIds('docs/GRAFANA_CLOUD_SETUP.md', '   glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrLTEyMzQ1Ni1obS1yZWFkIiwiayI6Ik...\n')).toEqual([]);
  });
});

describe('samples 505 and 506: hosted auth and African payments', () => {
  it('blocks a Svix webhook secret given to new Webhook, a Stytch secret, and a Clerk key in a deploy guide', () => {
    expect(blockingIds('app/api/webhooks/clerk/route.ts', 'const wh = new Webhook("whsec_Qm8vL2xZ9kT4pW7nR3bY+6cH1dJ0fS5gA8eU2iO7t/M=");\n')).toEqual(['svix-webhook-secret']);
    expect(blockingIds('.env', 'STYTCH_SECRET=secret-test-Zk3Wq9Lm2Xv7Tb4Nc8Pr1Hs6Jd0Fy5Ga2Eu7=\n')).toContain('stytch-project-secret');
    expect(blockingIds('DEPLOYMENT.md', 'CLERK_SECRET_KEY=sk_live_Qm8vL2xZ9kT4pW7nR3bY6cH1dJ0fS5gA8eU2iO7\n')).toEqual(['clerk-secret-key']);
  });

  it("blocks an M-Pesa passkey but not Daraja's published sandbox one, nor an STK password built from it", () => {
    expect(blockingIds('mpesa.py', 'MPESA_PASSKEY = "3c9e1a7f5b2d8e4a6c0f9b7d3e1a5c8f2b6d0e4a8c1f3b5d7e9a2c4f6b8d0e1a"\n')).toEqual(['mpesa-passkey']);
    expect(blockingIds('mpesa.py', 'MPESA_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"\n')).toEqual([]);
    const stk = '    "Password": "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjQwMzMwMTIwNzEx",\n';
    expect(blockingIds('mpesa.py', stk)).toEqual([]);
  });

  it("leaves an Africa's Talking key of the sandbox app", () => {
    const init = (user: string): string => `africastalking.initialize(username="${user}", api_key="atsk_5ab2cefa3f32c7c7c5abb0630006e2f7394f9face0add51d6ce04cc3ae7208d4f0b64776")\n`;
    expect(blockingIds('sms.py', init('sandbox'))).toEqual([]);
    expect(blockingIds('sms.py', init('shopke'))).toEqual(['africastalking-api-key']);
  });
});

describe('samples 507, 508 and 510: real-time video, search and support stacks', () => {
  it("leaves a Stream app's 12-character API key and blocks its secret", () => {
    const server = "const { StreamChat } = require('stream-chat');\nconst apiKey = 'q7m2xk9vt4pz';\nconst apiSecret = '6Ky6DDwEEFX7GJKFG6W2ig7CBmLKJBcQfWXX6YyPQqHaXiY1h0FhH6xhzqxOVqOyP';\nconst chat = StreamChat.getInstance(apiKey, apiSecret);\n";
    expect(blockingIds('server.js', server)).toEqual(['generic-secret-assignment']);
  });

  it("blocks an Agora certificate given to RtcTokenBuilder far from Agora's name, and Spring's withBasicAuth literal", () => {
    const token = "const appId = '3e9b1c7a5d2f4e8a6c0b9d1f7a3e5c2b';\nconst appCertificate = 'c0b5d9a2f7e1ca86f1c9e2b7d4a3f8e6';\nconst token = RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, channel, uid, role, expiry);\n";
    expect(blockingIds('token.js', token)).toContain('agora-app-certificate');
    expect(blockingIds('src/main/java/shop/ElasticSearchConfig.java', '        .withBasicAuth("k2v8qx","Tz4mW9pLx2Qr7Vn")\n')).toEqual(['http-basic-auth-literal']);
  });

  it('reports Apache HttpClient trusting every certificate, and blocks a production compose stack\'s database password', () => {
    expect(scan('src/main/java/shop/Es.java', 'return new SSLContextBuilder().loadTrustMaterial(null, TrustAllStrategy.INSTANCE).build();\n')).toEqual([{ ruleId: 'java-trust-all-strategy', blocking: false }]);
    const stack = 'x-env: &env\n  FRONTEND_URL: "https://chat.loja-exemplo.com.br"\n  RAILS_ENV: "production"\n  POSTGRES_HOST: "postgres"\n  POSTGRES_PASSWORD: "4e1a7c09d3b25f8e6a7d1c0b9e2f3a48"\n';
    expect(blockingIds('docker-compose.yml', stack)).toEqual(['compose-literal-secret-env']);
    expect(blockingIds('docker-compose.yml', stack.replace('production', 'development'))).toEqual([]);
  });
});

describe("this repository's own commit: a key cut short by an ellipsis", () => {
  it('drops a value an ellipsis cuts short, and keeps the whole value', () => {
    expect(scan('src/notes.ts', '// every request shows `Authorization: Bearer eyJrIjoiT0tTcG1p…`\n')).toEqual([]);
    expect(blockingIds('src/client.ts', 'const headers = { Authorization: "Bearer Zk3Wq9Lm2Xv7Tb4Nc8Pr1Hs6Jd0Fy5Ga" };\n')).toEqual(['http-authorization-header']);
  });
});

describe('sample 509: publishing credentials', () => {
  it('names a JetBrains Marketplace token given to publishPlugin and an AMO secret passed to web-ext sign', () => {
    expect(blockingIds('build.gradle.kts', 'publishPlugin {\n    token.set("perm:cXVpbGx0ZXN0.OTItNDQxOA==.Zt7QmX2pLk9VbW4rNc0YsHa6Ej3uGd")\n}\n')).toEqual(['jetbrains-permanent-token']);
    const sign = 'web-ext sign --api-key user:12345678:901 --api-secret 3c9e1a7f5b2d8e4a6c0f9b7d3e1a5c8f2b6d0e4a8c1f3b5d7e9a2c4f6b8d0e1a\n';
    expect(blockingIds('notes.md', sign)).toEqual(['mozilla-amo-api-secret']);
  });
});

describe('sample 518: testing clouds', () => {
  it("blocks a Cypress Cloud record key in cypress.config.ts (read as a test file), not one read from CI's secrets", () => {
    const config = "export default defineConfig({\n  projectId: 'k4m9tz',\n  e2e: { env: { RECORD_KEY: \"3f9c1e27-5a8b-4d02-9e6f-b17a0c4d8e25\" } },\n});\n";
    expect(blockingIds('cypress.config.ts', config)).toEqual(['cypress-record-key']);
    expect(blockingIds('.gitlab-ci.yml', 'e2e:\n  script:\n    - npx cypress run --record --key $CYPRESS_RECORD_KEY\n')).toEqual([]);
  });
});

describe('samples 511 and 515: static-site deploys and social login', () => {
  it('reports lftp told not to use TLS, as a medium misconfiguration', () => {
    const deploy = 'lftp -u $FTP_USER,$FTP_PASS ftp://www.shop-site.net -e "set ftp:ssl-allow off; mirror -R public www; exit"\n';
    expect(scan('deploy.sh', deploy)).toEqual([{ ruleId: 'lftp-ssl-disabled', blocking: false }]);
  });

  it("leaves python-social-auth's SOCIAL_AUTH_<PROVIDER>_KEY (the client id) and blocks its secret", () => {
    const settings = "SOCIAL_AUTH_GITHUB_KEY = 'a3f19c0b7e2d54c8816e'\nSOCIAL_AUTH_GITHUB_SECRET = '9b4d1e7a2c6f08e35d1a7c4b9e2f60d35c2e8a1f'\n";
    expect(blockingIds('adlist/github_settings.py', settings)).toEqual(['github-client-secret']);
  });
});
