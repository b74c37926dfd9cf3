import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives left open from samples 74 to 76 and found in samples 77 to 84 (AI apps, Node back
// ends, infrastructure values, bots, data pipelines, shops, less common stacks, CMS sites). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('.NET settings left open from sample 75', () => {
  it('reports TrustServerCertificate to a remote SQL Server, not to this machine or a local container', () => {
    const remote = '{"ConnectionStrings": {"Db": "Server=tcp:orders-prod.database.windows.net,1433;Initial Catalog=orders;Encrypt=True;TrustServerCertificate=True;"}}\n';
    expect(scan('appsettings.json', remote)).toEqual([{ ruleId: 'sqlserver-trust-server-certificate', blocking: false }]);
    expect(scan('appsettings.json', '{"ConnectionStrings": {"Db": "Server=(localdb)\\\\mssqllocaldb;Database=orders;TrustServerCertificate=True"}}\n')).toEqual([]);
    expect(scan('appsettings.json', '{"ConnectionStrings": {"Db": "Server=sqlserver;Database=orders;TrustServerCertificate=True"}}\n')).toEqual([]);
  });

  it('reports customErrors Off in Web.config but not in the debug transform', () => {
    const config = '<configuration>\n  <system.web>\n    <customErrors mode="Off"/>\n  </system.web>\n</configuration>\n';
    expect(scan('Orders.Web/Web.config', config)).toEqual([{ ruleId: 'aspnet-custom-errors-off', blocking: false }]);
    expect(scan('Orders.Web/Web.Debug.config', config)).toEqual([]);
    expect(scan('Orders.Web/Web.config', config.replace('Off', 'RemoteOnly'))).toEqual([]);
  });
});

describe('stock passwords in Kubernetes Secrets (left open from samples 66 to 73)', () => {
  const secret = (body: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: broker\ntype: Opaque\n${body}`;

  it("does not block Microsoft's Pass@word sample or RabbitMQ's guest, also in base64", () => {
    expect(blockingIds('k8s/mssql-secret.yaml', secret('stringData:\n  SA_PASSWORD: "Pass@word1"\n'))).toEqual([]);
    expect(blockingIds('k8s/rabbitmq-secret.yaml', secret('data:\n  RABBITMQ_PASSWORD: Z3Vlc3Q=\n'))).toEqual([]);
    expect(blockingIds('k8s/rabbitmq-secret.yaml', secret('data:\n  RABBITMQ_PASSWORD: YWRtaW4=\n'))).toEqual([]);
  });

  it('still blocks a random password, plain or in base64', () => {
    expect(blockingIds('k8s/mssql-secret.yaml', secret('stringData:\n  SA_PASSWORD: "Xk9mPq2Lz7wr"\n'))).toEqual(['kubernetes-secret-literal']);
    expect(blockingIds('k8s/mssql-secret.yaml', secret('data:\n  SA_PASSWORD: WGs5bVBxMkx6N3dy\n'))).toEqual(['kubernetes-secret-literal']);
  });
});

describe('shared hosting databases (left open from sample 75)', () => {
  it('blocks a guessable MySQL password beside a Hostinger or InfinityFree host, not beside localhost', () => {
    expect(blockingIds('db.php', '<?php\n$db_host = "sql158.main-hosting.eu";\n$db_password = "bluebird77";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('db.php', '<?php\n$db_host = "sql300.epizy.com";\n$db_password = "orchard";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('db.php', '<?php\n$db_host = "localhost";\n$db_password = "bluebird77";\n')).toEqual([]);
  });
});

describe('sample 77: AI apps', () => {
  it("reads an env lookup's fallback under any *_KEY name, not a keyboard run after a prefix", () => {
    expect(blockingIds('bot.py', 'TWELVE_DATA_KEY = os.getenv("TWELVE_DATA_KEY", "bb66c2e9f41a4d7b8e3c5a9d1f0b7e24")\n')).toEqual(['env-fallback-secret']);
    expect(blockingIds('agent.py', 'key = os.getenv("ALIAS_API_KEY", os.getenv("OPENAI_API_KEY", "sk-alias-1234567890"))\n')).toEqual([]);
    expect(blockingIds('bot.py', 'CACHE_KEY = os.getenv("CACHE_KEY", "shop:products:v2")\n')).toEqual([]);
  });

  it("leaves LiveKit's API key id alone and still finds its secret", () => {
    const env = 'LIVEKIT_API_KEY=APIm7Kq2Lz9XvT4\nLIVEKIT_API_SECRET=Kq8xLz2pVw9TnB4cH7jR5sF1gY6uE0aD3kM8\n';
    expect(blockingIds('deploy/livekit.env', env)).toEqual(['livekit-api-secret']);
    expect(blockingIds('DEPLOY.md', 'railway variables set LIVEKIT_API_KEY=APIm7Kq2Lz9XvT4\n')).toEqual([]);
  });
});

describe('sample 78: Node back ends', () => {
  it("blocks ClearDB's 8-hex password beside its host, even in a sequelize development block", () => {
    const config = 'module.exports = {\n  "development": {\n    "username": \'bd8547fcc3116c\',\n    "password": \'ad50488e\',\n    "host": \'us-cdbr-east-03.cleardb.com\',\n    "dialect": "mysql"\n  }\n};\n';
    expect(blockingIds('config/config.js', config)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/config.js', config.replace('us-cdbr-east-03.cleardb.com', '127.0.0.1'))).toEqual([]);
  });

  it('finds a long random value under a bare KEY in an env file, not in code', () => {
    const env = "PORT = 5000\nKEY = 'Kq8xLz2pVw9TnB4cH7jR5sF1gY6uE0aD3kM8vN2b'\n";
    expect(blockingIds('backend/.env', env)).toEqual(['dotenv-file', 'env-bare-key']);
    expect(blockingIds('src/config.js', env)).toEqual([]);
  });
});

describe('sample 79: infrastructure values', () => {
  it('treats secret-key-123 and the azurerm docs password as placeholders, and a your… password beside RDS too', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\nstringData:\n  JWT_REFRESH_SECRET: "secret-key-1234"\n';
    expect(blockingIds('k8s/secret.yaml', secret)).toEqual([]);
    expect(blockingIds('terraform.tfvars', 'administrator_login_password = "H@Sh1CoR3!"\n')).toEqual([]);
    expect(blockingIds('docs/EC2_DEPLOYMENT.md', 'DATABASE_URL=postgresql://app:YourSecurePassword123!@shop.c9akciq32.us-east-1.rds.amazonaws.com:5432/app\n')).toEqual([]);
  });

  it("leaves watchtower's socket mount alone and reports a web service's", () => {
    const mount = '    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n';
    expect(blockingIds('docker-compose.prod.yml', `services:\n  watchtower:\n    image: containrrr/watchtower:latest\n    restart: unless-stopped\n${mount}`)).toEqual([]);
    expect(blockingIds('docker-compose.prod.yml', `services:\n  api:\n    image: shop/api:1.4\n${mount}`)).toEqual(['compose-docker-socket-mount']);
  });

  it("reports Traefik's insecureSkipVerify and a database port published through a ${VAR:-port} default", () => {
    expect(scan('traefik/traefik.yml', 'serversTransport:\n  insecureSkipVerify: true\n')).toEqual([{ ruleId: 'traefik-insecure-skip-verify', blocking: false }]);
    expect(scan('docker-compose.prod.yml', "  redis:\n    ports:\n      - '${REDIS_PORT:-6379}:6379'\n")).toEqual([{ ruleId: 'compose-database-port-published', blocking: false }]);
  });
});

describe('sample 80: bots and home automation', () => {
  it('finds every random value in an ESPHome secrets.yaml, whatever its name or alignment', () => {
    const secrets = 'wifi_ssid:                    "Red5 Network"\nkitchen_ota:                  "97e61c2b8d4f5a3e9b0c7d1f2a6e8b4c"\nencryption_key_cam1:          "j6DLq8Xz3Vp7Rt2Nb9Wc4Hy6Jd1Fg5Ks0Vw2Ea8Rt4="\n';
    expect(blockingIds('esphome/secrets.yaml', secrets)).toEqual(['home-assistant-secrets-value', 'home-assistant-secrets-value']);
    expect(blockingIds('config/settings.yaml', secrets)).toEqual([]);
  });

  it('finds Tweepy, Binance and Upbit credentials passed by position', () => {
    expect(blockingIds('tweets.py', 'auth = tweepy.OAuthHandler("kKnq7Wd2LpXz9Rv4Tb8Mc3Hy6", "OEN3kQ7vLm2Xp9Rz4Tw8Bc6Hy1Jd5Fg0Ks3Nv7Qa2We9Rt4Yu8")\n')).toEqual(['twitter-tweepy-credentials']);
    const binance = 'client = Client("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j")\n';
    expect(blockingIds('bot.py', binance)).toEqual(['binance-client-secret']);
    expect(blockingIds('report.py', 'upbit = pyupbit.Upbit("BV0gq8Lz3Xp7Rv2Tb9Nc4Hy6Jd1Fg5Ks0VwQa2We", "Xk9mPq2Lz7wrT4Nb8Vc3Hd6Jf1Gs5Ka0Qe2Rt4Wp")\n')).toEqual(['upbit-client-secret']);
  });

  it('reads a Discord token whose parts all start with a letter as a token, not a dotted name', () => {
    // Named by the Discord rule since sample 1112: its checksum reads the bot id under any `token` key.
    expect(blockingIds('config.jsonc', '{\n  "token": "MTQyMjUyNTA0ODUwOTU2NzA2Mg.G5XZ6T.qltnW8Kd2Lp9Xz4Rv7Tb3Nc6Hy1Jd5Fg0Ks"\n}\n')).toEqual(['discord-bot-token']);
    expect(blockingIds('config.js', 'module.exports = { token: process.env.DISCORD_TOKEN, prefix: settings.botPrefix };\n')).toEqual([]);
  });

  it('reports a pasted session token stamped with its issue time low', () => {
    expect(scan('lesson/list_dict.py', 'resp = {"code": 1000, "msg": "ok", "token": "MTYxMDYyMTA5Mi40NTQwNzM6YjM5ZjE4ZTdhYzQ2"}\n')).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
  });
});

describe('one finding per key in a Streamlit secrets file (sample 77)', () => {
  it("reports a Groq key there as Groq's, once, beside the file finding", () => {
    const secrets = 'GROQ_API_KEY = "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"\n';
    expect(blockingIds('.streamlit/secrets.toml', secrets)).toEqual(['streamlit-secrets-file', 'groq-api-key']);
  });
});

describe('sample 81: data pipelines', () => {
  it("blocks a Snowflake password in a dbt profile's dev output, and still lowers a development block elsewhere", () => {
    const profile = 'shop:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n      account: hy15878.eu-west-2\n      user: analyst\n      password: Wq7mZ2pLk9vXr4Nt\n      threads: 4\n';
    expect(blockingIds('profiles.yml', profile)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/database.yml', 'development:\n  adapter: postgresql\n  password: Wq7mZ2pLk9vXr4Nt\n')).toEqual([]);
  });

  it("finds a Kaggle key set through os.environ[...] and a Fernet key written as bytes", () => {
    expect(blockingIds('download.py', "os.environ['KAGGLE_USERNAME'] = 'shopdata'\nos.environ['KAGGLE_KEY'] = '7e4d58f60a2c9b7d13e48f56b3f1c9a2'\n")).toEqual(['kaggle-api-key']);
    expect(blockingIds('app.py', "fernet_key = b'0Ry0Zq3vT9xKp2LmHd8w-Rb7Nc4Yf1Js6Ge5Ua0Wi3Ok='\ncipher = Fernet(fernet_key)\n")).toEqual(['encryption-key-assignment']);
  });
});

describe('sample 82: shops and mail', () => {
  it('finds a WooCommerce consumer secret whatever its hex scores, and not the consumer key', () => {
    const client = "const api = new WooCommerceRestApi({\n  url: 'https://shop.example.com',\n  consumerKey: 'ck_9160b32a0cd09b62ed03dbf2a2deccb1fb721cea',\n  consumerSecret: 'cs_dd76ffff0a2c9b7d13e48f56b3f1c9a2ffff0a2c',\n});\n";
    expect(blockingIds('src/api.js', client)).toEqual(['woocommerce-consumer-secret']);
  });

  it("reads a Mailgun key in requests' auth tuple as Mailgun's, also in a try-out script named *_test.py", () => {
    const call = 'requests.post("https://api.mailgun.net/v3/mg.shop.io/messages", auth=("api", "5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b-3f8a1c5d-9b2e4d6f"), data=data)\n';
    expect(blockingIds('mailgun_test.py', call)).toEqual(['mailgun-private-api-key']);
  });

  it('leaves a JWT header, a placeholder and a bare key prefix in basic-auth tuples alone', () => {
    expect(blockingIds('seed/files.py', 'JWT_SIGNING_KEY=eyJhbGciOiJIUzI1Niw9\n')).toEqual([]);
    expect(blockingIds('mail.py', 'requests.post(url, auth=("api", "input_api_code"))\n')).toEqual([]);
    expect(blockingIds('bot.py', 'requests.post(url, auth=("api", "key-"))\n')).toEqual([]);
  });
});

describe('sample 83: less common stacks', () => {
  it('finds Rust byte-string JWT keys, not a test helper value', () => {
    expect(blockingIds('src/auth.rs', 'const JWT_SECRET: &[u8] = b"lq8Wz2Xk9mPv4Rt7";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/xrpc/repo.rs', '    const JWT_SECRET: &[u8] = b"test-jwt-secret-03-04";\n')).toEqual([]);
  });

  it("reads Bun's environment as an environment read", () => {
    expect(blockingIds('src/middleware/auth.ts', 'const secret = Bun.env.JWT_SECRET!;\n')).toEqual([]);
  });

  it("finds Serverpod's staging and production passwords and lowers its development ones", () => {
    const passwords = "development:\n  database: 'dQ7mW2kR9tLp4Vz8'\nproduction:\n  database: 'k0eTq8Lz2XvW7mPn4Rb9'\n";
    expect(scan('my_server/config/passwords.yaml', passwords)).toEqual([
      { ruleId: 'serverpod-passwords-value', blocking: false },
      { ruleId: 'serverpod-passwords-value', blocking: true },
    ]);
  });

  it('blocks actix-cors letting any origin in with credentials', () => {
    const cors = '        let cors = Cors::default()\n            .allow_any_origin()\n            .supports_credentials();\n';
    expect(blockingIds('src/main.rs', cors)).toEqual(['actix-cors-any-origin-credentials']);
    expect(blockingIds('src/main.rs', cors.replace('.allow_any_origin()', '.allowed_origin("https://shop.example.com")'))).toEqual([]);
  });
});

describe('sample 84: headless CMS sites', () => {
  it('finds Prismic and Sanity tokens, the Sanity one also in a docs file', () => {
    const prismic = "    accessToken: 'MC5acThMazJWeDdUcDRXbTlS.77-9u0jpxgl9AYX-qVHVMnV_2o3BvV2bJovywbdChndm5OW5VJo4IKnweQuDzwsmC3-Hr0qJGwM9M-dsIkq0HEUe6Lsa',\n";
    expect(blockingIds('gatsby-config.js', prismic)).toEqual(['prismic-access-token']);
    const sanity = 'SANITY_API_TOKEN=skIeDJbjWXYUTEbTMOPi4JMN7mkqlu4xItj9Z4FBlJ6P2Ob30eaE2oMq7fO1jBHP4yyPNrwQPw0rgaY6sMw55SJtLeKo6T50yKLrWWuRqGq3Faza3r0giosUDl9E1pCN0qhfe6Jli0p6uBlvNcPb38K3FhBxnQmwwb77DJarV5hvgaRM7VxL npm run import\n';
    expect(blockingIds('docs/BLOG_EDITING_GUIDE.md', sanity)).toEqual(['sanity-api-token']);
  });

  it("finds Strapi's APP_KEYS and a token salt as an env fallback, not Strapi's template words", () => {
    expect(blockingIds('.env.production', 'APP_KEYS=m1rG7o4emLGe//ba6gV09A==,VHLKQIf2Th1XTz5OQzh7KA==\n')).toEqual(['dotenv-file', 'strapi-app-keys']);
    expect(blockingIds('.env.production', 'APP_KEYS=toBeModified1,toBeModified2\n')).toEqual([]);
    expect(blockingIds('config/admin.ts', "    salt: env('API_TOKEN_SALT', '47z9Qk2mLx7vRt4Wp8Nc3Hd6=='),\n")).toEqual(['env-fallback-secret']);
  });

  it("reads an AIza key beside a Firebase web app's id as the public web config, whatever its label", () => {
    const listing = '   - Project number: `770714758504`\n   - مفتاح API: `AIzaSyBq8Lz2Xv7Km4Tp9Rw3Nc6Hy1Jd5Fg0Ks8`\n   - App id: `1:770714758504:web:aea98ba39a726df1ba3add`\n';
    expect(blockingIds('README.md', listing)).toEqual([]);
  });
});
