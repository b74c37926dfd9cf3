import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 455 onwards: misses the real-world samples found after sample 454. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('sample 455: Deno and Bun apps', () => {
  it("blocks Elysia's JWT plugin imported under another name and given a literal secret", () => {
    const plugin = (secret: string): string => `import _jwt from '@elysiajs/jwt';\nexport const jwt = _jwt({ name: 'jwt', secret: ${secret} });\n`;
    expect(blockingIds('src/plugins/auth.ts', plugin("'quill-harbor-r7'"))).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/plugins/auth.ts', plugin('Bun.env.JWT_SECRET!'))).toEqual([]);
  });
});

describe('sample 456: deploy stacks on a VPS', () => {
  it('blocks a 32-character APP_KEY typed with symbols in a Portainer stack file, not a reference to one', () => {
    expect(blockingIds('stack.env', 'APP_ENV=production\nAPP_KEY=#5m%Rx8&kTp3*Wq7@zYd2%Hn#6cv4Lba\n')).toEqual(['app-key-plain']);
    expect(blockingIds('stack.env', 'APP_ENV=production\nAPP_KEY=${FIREFLY_APP_KEY_FROM_VAULT_2Y}\n')).toEqual([]);
  });
});

describe('sample 457: Elixir and Phoenix apps', () => {
  it("blocks a release's distribution cookie in fly.toml and vm.args, not one read from the environment", () => {
    const fly = (value: string): string => `[env]\n  PHX_HOST = "shop.fly.dev"\n  RELEASE_COOKIE = "${value}"\n`;
    expect(blockingIds('fly.toml', fly('6zHN6nlWSUbllbneb9DM5fA7gBdiEiDAVj0gBF5jBdUJdNixPQ'))).toEqual(['erlang-release-cookie']);
    expect(blockingIds('fly.toml', fly('${RELEASE_COOKIE}'))).toEqual([]);
    expect(blockingIds('rel/vm.args', '-name shop@127.0.0.1\n-setcookie Wq3Lx8Tz1Kp6Vm4Rn9Bc2Hs7\n')).toEqual(['erlang-release-cookie']);
  });

  it("blocks Joken's HMAC key in config and in Signer.create, not a key read at runtime", () => {
    const config = 'config :joken, default_signer: [\n  signer_alg: "HS512",\n  key_octet: "boFH4cBXqChqtG5VhUcEQGAp1uXENtUciQy3ETSg1vohUsbVtYgg03fEaVK4d4i"\n]\n';
    expect(blockingIds('config/config.exs', config)).toEqual(['joken-signing-key']);
    expect(blockingIds('lib/app/token.ex', 'def signer, do: Joken.Signer.create("HS256", "t7Kw3Qz9Lx2Vm5Rb8Nc4")\n')).toEqual(['joken-signing-key']);
    expect(blockingIds('config/runtime.exs', 'config :joken, default_signer: [signer_alg: "HS512", key_octet: System.fetch_env!("JOKEN_KEY")]\n')).toEqual([]);
  });
});

describe('sample 460: headless CMS back ends', () => {
  it("keeps the MySQL password of Ghost's config.production.json on localhost (the production server's own database)", () => {
    const config = (host: string): string => `{\n  "database": {\n    "client": "mysql",\n    "connection": {\n      "host": "${host}",\n      "user": "ghost-730",\n      "password": "Rw8Kq2Zt5Xm9Lp3"\n    }\n  }\n}\n`;
    expect(blockingIds('config.production.json', config('localhost'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config.development.json', config('localhost'))).toEqual([]);
  });
});

describe('samples 458 and 461: LLM apps', () => {
  it('names Fireworks, Cerebras and Voyage AI keys, and a Together key set through os.environ', () => {
    expect(blockingIds('config.py', 'FIREWORKS_API_KEY = "fw_5Tq9ZkR3vLm8XpW2nB6cYd4H"\n')).toEqual(['fireworks-api-key']);
    expect(blockingIds('test2.py', 'client = Cerebras(api_key=os.environ.get("csk-p3t9r5xk2m8w4d6h1n7c3v9j5f2q8t4r6x1k7m3p9w5d2h8n"))\n')).toEqual(['cerebras-api-key']);
    expect(blockingIds('app.py', 'vo = voyageai.Client(api_key="pa-Wz4Hx8QmT2kLp6ZzR1vN9bYc3D_Ws7Fa2Gb5Ke0JuQp")\n')).toEqual(['voyage-api-key']);
    expect(blockingIds('agents.py', 'os.environ["TOGETHER_API_KEY"] = "2d7f1c9e4b8a3f6d0c5e9b1a7f2d4c8e6b0a3f9d1c5e7b2a8f4d6c0e3b9a1f5d"\n')).toEqual(['together-api-key']);
  });

  it("drops a provider's prefix followed by 12345, a self-test's stand-in", () => {
    expect(blockingIds('security.py', 'log_audit_event("UPDATE", {"api_key": "sk-or-v1-12345", "atr": 1.5})\n')).toEqual([]);
    expect(blockingIds('security.py', 'log_audit_event("UPDATE", {"api_key": "sk-or-v1-8c3e7a1f9d", "atr": 1.5})\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 462: home automation', () => {
  const token = (header: string): string =>
    `${header}.eyJpc3MiOiI3YzJlOTFmMDRhYjM1ZDhlNmYxYTBiOWMzZDVlN2YyMSIsImlhdCI6MTc2NjAwMDAwMCwiZXhwIjoyMDgxMzYwMDAwfQ.dRotswHvoJ1DiOOzxiNNANMAd3KSfNdGIGvwMXSP1Xw`;

  it("blocks a Home Assistant long-lived token in a guide, with either order of the header's fields", () => {
    expect(blockingIds('HA_API_TOKEN_DOCUMENTATION.md', `- **Secret Value**: \`${token('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9')}\`\n`)).toEqual(['home-assistant-access-token']);
    expect(blockingIds('secret.py', `HomeAssistantApiKey = "${token('eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9')}"\n`)).toEqual(['home-assistant-access-token']);
  });
});

describe('sample 465: dotfiles', () => {
  it('names a legacy GitHub token exported for Homebrew and a WakaTime key in .wakatime.cfg', () => {
    expect(blockingIds('.zshrc', 'export HOMEBREW_GITHUB_API_TOKEN=3f9c1e7a5b2d8f4c6e0a9b1d3f5c7e2a4b6d8f0c\n')).toEqual(['github-legacy-token-variable']);
    expect(blockingIds('.wakatime.cfg', '[settings]\ndebug = false\napi_key = 5d2e8a1c-7f3b-4e9d-a6c0-1b4f7e2d9a3c\n')).toEqual(['wakatime-config-api-key']);
    expect(blockingIds('.wakatime.cfg', '[settings]\napi_key = your-api-key\n')).toEqual([]);
  });

  it("reports an rclone remote's Google refresh token once, as rclone's", () => {
    const conf = '[gdrive]\ntype = drive\ntoken = {"access_token":"","token_type":"Bearer","refresh_token":"1//3Vt9IWfzbmE9RXCs6NsBM31i8syGpnynSpDnZFFgqwjL0kwy5EzY8rIzVO","expiry":"2021-05-17T13:20:31Z"}\n';
    expect(blockingIds('.config/rclone/rclone.conf', conf)).toEqual(['rclone-oauth-token']);
  });
});

describe('sample 467: PowerShell scripts', () => {
  it('blocks ConvertTo-SecureString with its switches before the password, and an Azure DevOps token under $PAT', () => {
    expect(blockingIds('Sync.ps1', '$certPw = ConvertTo-SecureString -AsPlainText "Rq6v-Lantern-39" -Force\n')).toEqual(['powershell-securestring-literal']);
    expect(blockingIds('GetProjects.ps1', "$PAT = 'x4m7kqz3tvwr5pnhdl2ycgj6sbfae3tq7kmzw5rxn2vdlp6hyc3j'\n")).toEqual(['azure-devops-pat-legacy']);
  });

  it('drops a PowerShell command on the right of an assignment', () => {
    expect(blockingIds('Init.ps1', '$token = Get-GoogleAccessToken -clientId $clientId -clientSecret $secret\n')).toEqual([]);
  });
});

describe('sample 468: Apps Script and spreadsheet automations', () => {
  it("drops a stand-in in braces and an Airtable token's id half", () => {
    expect(blockingIds('app.gs', 'const SECRET_KEY = "{ここにAPIキーを入れてください}";\n')).toEqual([]);
    expect(blockingIds('src/config/airtable.js', "  accessToken: 'patKw3Rz8Tq2Ym5Lx', // Replace with your Personal Access Token\n")).toEqual([]);
  });
});

describe('sample 466: GitOps repositories', () => {
  it("leaves a Secret that holds only an in-cluster address with no login (Flux's notification provider)", () => {
    const secret = (address: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: relay-address\nstringData:\n  address: "${address}"\n`;
    expect(blockingIds('clusters/alerts.yaml', secret('http://relay:9090/hooks'))).toEqual([]);
    expect(blockingIds('clusters/alerts.yaml', `${secret('http://relay:9090/hooks')}  token: Qm7vR2xLp9TzK4wN\n`)).toEqual(['kubernetes-secret-literal']);
  });
});

describe('sample 469: PHP frameworks', () => {
  it("blocks Yii's cookieValidationKey, CodeIgniter's plain $key and CakePHP's 64-hex salt", () => {
    expect(blockingIds('config/web.php', "        'request' => [\n            'cookieValidationKey' => 'Rk4mX9qT2vW7pL3zN8bC5hY1jD6sF0gA',\n        ],\n")).toEqual(['yii-cookie-validation-key']);
    expect(blockingIds('app/Config/Encryption.php', "\tpublic $key = '8d3f6a1c9e4b7d2f5a0c8e3b6d1f4a9c2e7b0d5f8a3c6e1b4d9f2a7c0e5b8d3f';\n")).toEqual(['codeigniter-config-encryption-key']);
    expect(blockingIds('config/app_local.php', "    'Security' => [\n        'salt' => '2c7e9b4f1a8d3c6e0b5f9a2d7c4e1b8f3a6d0c9e2b5f8a1d4c7e0b3f6a9d2c5e',\n    ],\n")).toEqual(['cakephp-security-salt']);
  });
});

describe('sample 470: JVM apps beyond Spring', () => {
  it("blocks Play's application secret with a backtick in it, and one passed to the JVM", () => {
    expect(blockingIds('conf/application.conf', 'play.http.secret.key = "r`sHhBvMFOzdylvuxz7pcX152nYcKRKZnbGXFESHPI0JTc21w8ckAXZXXHAIDdgJw"\n')).toEqual(['play-application-secret']);
    expect(blockingIds('start.sh', 'exec java -Dplay.http.secret.key="Tz5Hx8QmK2vLp7WzR4nB9cY3" -jar app.jar\n')).toEqual(['play-application-secret']);
    expect(blockingIds('conf/application.conf', 'play.http.secret.key = ${?APPLICATION_SECRET}\n')).toEqual([]);
  });

  it('blocks a Stellar secret seed whose checksum holds, not one typed by hand', () => {
    const seed = 'SA2733MRS6VNAW3673CEQ2WSGUV5GJ4WA4IGG65WR5XJ5NUG6R43Y34K';
    expect(blockingIds('conf/application.conf', `stellar {\n  horizon = "https://horizon-testnet.stellar.org"\n  seeds = ["${seed}"]\n}\n`)).toEqual(['stellar-secret-seed']);
    expect(blockingIds('conf/application.conf', `stellar {\n  seeds = ["${seed.slice(0, -1)}A"]\n}\n`)).toEqual([]);
  });
});

describe('samples 471 and 472: PaaS specs and end-to-end suites', () => {
  it('blocks a plain value in a DigitalOcean App Platform spec, not an encrypted one', () => {
    const spec = (value: string): string => `  envs:\n  - key: SESSION_SECRET\n    scope: RUN_TIME\n    type: SECRET\n    value: ${value}\n`;
    expect(blockingIds('.do/app.yaml', spec('Wz4Kq8Tn2Vx6Lm9Rc3Bh'))).toEqual(['digitalocean-app-spec-literal-secret']);
    expect(blockingIds('.do/app.yaml', spec('EV[1:Rt5vQ9zL2xKp:Mw8nC3bYh6JdG1sFa4Ue7Nk0]'))).toEqual([]);
  });

  it("drops a URL password that names its kind and a managed host with x's for its cluster id", () => {
    expect(blockingIds('src/env.spec.ts', 'process.env.MONGO_URI = "mongodb+srv://app:strong-mongo-password@cluster0.k3v9q.mongodb.net/app";\n')).toEqual([]);
    expect(blockingIds('FIX_DATABASE.md', 'MONGODB_URI=mongodb+srv://admin:ParolaTare482@cluster0.xxxxx.mongodb.net/shop\n')).toEqual([]);
    expect(blockingIds('app.env', 'MONGODB_URI=mongodb+srv://admin:Rq8vT3xWm7Lp@cluster0.k3v9q.mongodb.net/shop\n')).toEqual(['database-url-password']);
  });

  it('blocks a key a formatter moved to the line after its object key', () => {
    const config = '  env: {\n    MAILSLURP_API_KEY:\n      "9c4e1a7f3b8d2e6a0c5f9b1d4e8a2c7f3b6d0e9a1c4f8b2d5e7a0c3f6b9d1e4a",\n  },\n';
    expect(blockingIds('src/mail.config.js', config)).toEqual(['generic-secret-next-line']);
  });
});

describe('samples 473 and 474: GraphQL back ends and data pipelines', () => {
  it('names Apollo GraphOS keys and a Hasura admin secret on the next line; a Makefile variable is no literal', () => {
    expect(blockingIds('publish.sh', 'APOLLO_KEY=service:llama-graph:Wz4Kq8Tn2Vx6Lm9Rc3BhYe rover subgraph publish\n')).toEqual(['apollo-graphos-api-key']);
    const codegen = '      headers: {\n        "x-hasura-admin-secret":\n          "Rt5vQ9zL2xKpMw8nC3bYh6JdG1sFa4Ue7Nk0Rt5vQ9zL2xKpMw8nC3bYh6JdG1sF",\n      },\n';
    expect(blockingIds('codegen.ts', codegen)).toEqual(['hasura-admin-secret']);
    expect(blockingIds('Makefile', '\tdocker run -e HASURA_GRAPHQL_JWT_SECRET=\'{"type":"HS256","key":"$(JWT_SECRET)"}\' hasura/graphql-engine\n')).toEqual([]);
  });

  it("leaves a key whose comment says it is no real key, and blocks Airflow's API opened to everyone", () => {
    const hcl = (comment: string): string => `${comment}prefect_api_key = "pnu_Wz4Kq8Tn2Vx6Lm9Rc3BhYe1JdG5sFa0Ue7Nk"\n`;
    expect(blockingIds('main.tf', hcl("// Don't panic! This isn't a real API key\n"))).toEqual([]);
    expect(blockingIds('main.tf', hcl(''))).toEqual(['prefect-api-key']);
    expect(blockingIds('config/airflow.cfg', '[api]\nauth_backend = airflow.api.auth.backend.default\n')).toEqual(['airflow-api-auth-disabled']);
  });
});

describe('samples 475, 477 and 478: IaC, trading bots and web server configs', () => {
  it("blocks Python CDK's unsafe_plain_text and a DB_PASS fallback in os.getenv", () => {
    expect(blockingIds('stack.py', 'creds = rds.Credentials.from_password("admin", SecretValue.unsafe_plain_text("Vm4kR8zT2qX7pL9w"))\n')).toEqual(['iac-plaintext-secret']);
    expect(blockingIds('api.py', 'DB = {"password": os.getenv("DB_PASS", "Tq7v_Kz3Lm_Wx8R_p2Nc")}\n')).toEqual(['env-fallback-secret']);
  });

  it("blocks Traefik middleware hashes, Apache's SetEnv APP_KEY and nginx's fastcgi_param password", () => {
    const middleware = 'http:\n  middlewares:\n    auth:\n      basicAuth:\n        users:\n          - "admin:$apr1$Tk4vR9zQ$Nm6XpL3nB8cY5hJ2dS7fG1"\n';
    expect(blockingIds('config/traefik/middlewares.yml', middleware)).toEqual(['traefik-dynamic-basicauth-hash']);
    expect(blockingIds('public/.htaccess', 'SetEnv APP_KEY base64:Wz4Kq8Tn2Vx6Lm9Rc3BhYe1JdG5sFa0Ue7Nk2Pq8Lx0=\n')).toEqual(['laravel-app-key']);
    expect(blockingIds('nginx/site.conf', '        fastcgi_param DB_PASSWORD Rk7vTq2Lp9mZx4;\n')).toEqual(['nginx-fastcgi-param-secret']);
  });
});

describe('samples 474 and 486: default keys and MTProto clients', () => {
  it("blocks Airflow's published default secret key", () => {
    expect(blockingIds('config/airflow.cfg', '[webserver]\nsecret_key = temporary_key\n')).toEqual(['airflow-default-secret-key']);
    expect(blockingIds('config/airflow.cfg', '[webserver]\nsecret_key = ${AIRFLOW_SECRET_KEY}\n')).toEqual([]);
  });

  it("blocks a GramJS string session (standard base64) and an api_hash passed to TelegramClient by position", () => {
    const session = `1${Buffer.from(Array.from({ length: 262 }, (_, i) => (i * 73 + 41) % 256)).toString('base64')}`;
    expect(session).toMatch(/[+/]/);
    expect(blockingIds('index.js', `const stringSession = new StringSession("${session}");\n`)).toEqual(['telegram-string-session']);
    expect(blockingIds('poster.js', 'const client = new TelegramClient(new StringSession(""), 17380452, "4e8b1c7a93d26f05a1ce8b27d4f90c36", {});\n')).toEqual(['telegram-api-hash']);
  });
});

describe('sample 485: Shopify apps', () => {
  it('scans a masked key holding regex characters (`AIza***`) without failing, wherever the public-key checks read it', () => {
    for (const masked of ['AIza***', 'AIzaSyB***', 'AIza+++', 'AIza???', 'AIza(((', 'AIza[[[']) {
      for (const [path, text] of [
        ['SETUP.md', `GEMINI_API_KEY=${masked}\nVITE_GOOGLE_MAPS_API_KEY=${masked}\n`],
        ['src/firebase.js', `const firebaseConfig = {\n  apiKey: "${masked}",\n  appId: "1:770714758504:web:aea9c1",\n};\n`],
        ['app/src/main/res/values/strings.xml', `<string name="google_maps_key">${masked}</string>\n`],
        ['config.py', `DB_PASSWORD = "${masked}"\nDB_HOST = "db.internal"\n`],
      ]) expect(() => blockingIds(path ?? '', text ?? ''), `${path}: ${masked}`).not.toThrow();
    }
  });
});

describe('rescan of samples 271-486 with the rules above', () => {
  it("keeps a project's hand-made key while a kind-of-value phrase is a stand-in", () => {
    expect(blockingIds('scripts/setup.js', 'const env = `SYNC_API_KEY=secure-harbourline-key-123`;\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('scripts/setup.js', 'const env = `SYNC_API_KEY=secure-jwt-secret-123`;\n')).toEqual([]);
  });

  it('drops a size and a kind written where a key goes (sample 476: CREDS_KEY=32-byte-encryption-key)', () => {
    expect(blockingIds('deploy/app.env', 'CREDS_KEY=32-byte-encryption-key\nCREDS_IV=16-byte-init-vector\n').filter((id) => id !== 'dotenv-file')).toEqual([]);
    expect(blockingIds('deploy/app.env', 'CREDS_KEY=32byte-Rq7vKz3LmWx8Rp2N\n').filter((id) => id !== 'dotenv-file')).toEqual(['generic-secret-assignment']);
  });

  it('does not block a bcrypt hash missing its leading $ on the line after `password:`, nor a SendGrid key cut to SG..', () => {
    const seed = "    {\n      email: 'owner@shop.io',\n      password:\n        '2b$10$Wz4Kq8Tn2Vx6Lm9Rc3BhYeJdG5sFa0Ue7Nk2Pq8Lx0Rt5vQ9zL2xA',\n    },\n";
    expect(blockingIds('server/db/seeds/5_seed_users.js', seed)).toEqual([]);
    expect(blockingIds('config.js', '  SENDGRID_API_KEY:\n    "SG..WOUQCYJVQoQ6jO3Pit3O_",\n')).toEqual([]);
  });
});

describe('sample 463: database dumps and seed data', () => {
  it("leaves the SHA-256 hashes a Laravel Sanctum seeder writes to personal_access_tokens, not a token elsewhere", () => {
    const hex = '4e9b2d7a1c8f3e6b0d5a9c2f7e1b4d8a3c6f0e9b2d5a8c1f4e7b0d3a6c9f2e5b';
    const seeder = `        \\DB::table('personal_access_tokens')->insert(array (\n            0 => array (\n                'name' => 'auth_token',\n                'token' => '${hex}',\n            ),\n        ));\n`;
    expect(blockingIds('database/seeders/PersonalAccessTokensTableSeeder.php', seeder)).toEqual([]);
    const row = `            1 => array (\n                'name' => 'auth_token',\n                'token' => '${hex}',\n                'tokenable_id' => 2,\n                'tokenable_type' => 'App\\\\Models\\\\User',\n            ),\n`;
    expect(blockingIds('database/seeders/TokensSeeder.php', row)).toEqual([]);
    expect(blockingIds('config/services.php', `    'shop' => [\n        'token' => '${hex}',\n    ],\n`)).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 470 and 475: JVM builders and IaC configs', () => {
  it("lowers a builder's password set beside its own localhost host, not one beside a remote host", () => {
    const chain = (host: string): string => `        PgConnectOptions options = new PgConnectOptions()\n                .setHost("${host}")\n                .setUser("vertx_user")\n                .setPassword("Rq7vKz3LmW");\n`;
    expect(blockingIds('src/main/java/db/DatabaseConfig.java', chain('localhost'))).toEqual([]);
    expect(blockingIds('src/main/java/db/DatabaseConfig.java', chain('db.shop-prod.io'))).toEqual(['password-setter-literal']);
  });

  it("leaves a Shopify app's API key (its public client id) under a camel-case name with a word inside", () => {
    const config = 'export const shopifyCustomApiKey = "faeec9f3c1f04076e788f1cce618043a";\n';
    expect(blockingIds('infra/config.ts', config)).toEqual([]);
    expect(blockingIds('infra/config.ts', config.replace('ApiKey', 'ApiSecret'))).toEqual(['generic-secret-assignment']);
  });
});
