import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses left open after samples 201 and 202 (ASP.NET Core, Argo CD), and those found in samples 208 onwards.
// Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 201 and 202: ASP.NET Identity seeds and Argo CD repositories', () => {
  it('blocks a password seeded through UserManager, but not one read from configuration', () => {
    const seed = '            var user = new ApplicationUser { UserName = "admin@quiz.io" };\n            await UserManager.CreateAsync(user, "Qz7#kLm2vRx9");\n';
    expect(blockingIds('QuizWebApp/Startup.cs', seed)).toEqual(['aspnet-identity-seeded-password']);
    expect(blockingIds('QuizWebApp/Startup.cs', 'await UserManager.CreateAsync(user, Configuration["Seed:AdminPassword"]);\n')).toEqual([]);
  });

  it('reports an Argo CD repository Secret that turns verification off, and nothing when it is on', () => {
    const repo = (insecure: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  url: git@git.acme.io:ops/gitops.git\n  insecure: "${insecure}"\n`;
    const ids = (text: string) => scan('argocd/repositories/private.yaml', text).map((f) => f.ruleId);
    expect(ids(repo('true'))).toContain('argocd-repository-insecure');
    expect(ids(repo('false'))).not.toContain('argocd-repository-insecure');
  });
});

describe('sample 208: Web3 projects', () => {
  it('reads every Etherscan-family key of a per-network Hardhat map', () => {
    const config = '  etherscan: { //etherscan api key\n    apiKey: {\n      "lisk-sepolia": "123",\n      polygonMumbai: "Q8W2MZ7VL4PN8CB5HY1JF6DG0SKX3RR9TT",\n    },\n  },\n';
    expect(blockingIds('hardhat.config.js', config)).toEqual(['etherscan-api-key']);
    expect(blockingIds('.env', 'BSCSCAN_API_KEY=ZSGGQ7KD2VXM4PRT8WJ3NB6HCF5YA9LE1U\n')).toContain('etherscan-api-key');
  });

  it('reads a mnemonic whose string Prettier moved to the next line', () => {
    const truffle = 'const ROPSTEN_MNEMONIC =\n  "ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor";\n';
    expect(blockingIds('truffle-config.js', truffle)).toEqual(['wallet-mnemonic']);
  });
});

describe('sample 209: Phoenix and Rust services', () => {
  it('reads env fallbacks after a trailing || and in Rust unwrap_or', () => {
    const exs = 'secret_key_base =\n  System.get_env("SECRET_KEY_BASE") ||\n    "9Z4Eq7mW2kR9tLp4Vz8Hn3cXwRw3kT9xQ2mZ7vL4pN8cB5hY1jF6dG0sKx7Qm2vT8"\n';
    expect(blockingIds('apps/auth/config/config.exs', exs)).toEqual(['env-fallback-secret']);
    const rust = 'jwt_secret: std::env::var("JWT_SECRET").unwrap_or_else(|_| "Hq7mW2kR9tLp4Vz8Hn3cXw".to_string()),\n';
    expect(blockingIds('src/configuration/jwt_config.rs', rust)).toEqual(['env-fallback-secret']);
  });

  it('keeps a localhost database password in a production-only config, not in a development one', () => {
    const repo = 'config :shop, Shop.Repo,\n  username: "postgres",\n  password: "27q2Hv8TkLm3Wz9R",\n  database: "shop_prod",\n  hostname: "localhost"\n';
    expect(blockingIds('config/releases.exs', repo)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/prod.secret.exs', repo)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/config.exs', repo)).toEqual([]);
  });
});

describe('sample 211: CI pipelines', () => {
  it('blocks registry and host logins in a pipeline, and git-ftp passwords', () => {
    const ci = "deploy:\n  script:\n    - sshpass -p 'Kt5wHarf9Lz' ssh root@203.0.113.7 'systemctl restart shop'\n";
    expect(blockingIds('.gitlab-ci.yml', ci)).toEqual(['cli-login-password']);
    expect(blockingIds('Jenkinsfile', "        sh \"docker login --username='shopci' --password='Docker42*#'\"\n")).toEqual(['cli-login-password']);
    expect(blockingIds('release.bat', 'git config git-ftp.password "m78KqT2vWz9Lp4Xr3Nc8Hd5Yb1Jf6Gs0Ae7Uo2Iq"\n')).toEqual(['cli-login-password']);
  });

  it('keeps a password that ends in a star and a symbol', () => {
    expect(blockingIds('Jenkinsfile', "        DOCKER_PASSWORD = 'Dkr7Qw42*#'\n")).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 212: observability configs', () => {
  it('names New Relic license keys that end in FFFFNRAL', () => {
    expect(blockingIds('newrelic.js', "exports.config = {\n  license_key: '4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8cFFFFNRAL',\n};\n")).toEqual(['newrelic-license-key']);
    expect(blockingIds('Dockerfile', 'ENV NEW_RELIC_LICENSE_KEY="\'eu01xx9b07c5e2a8f14b6d0c9e7a2f3dFFFFNRAL\'"\n')).toEqual(['newrelic-license-key']);
  });
});

describe('sample 213: serverless apps', () => {
  it("reads the fallback of a Serverless Framework variable, and leaves non-secret ones", () => {
    const yml = "provider:\n  environment:\n    STAGE: ${opt:stage, 'dev'}\n    DB_PASSWORD: ${env:DB_PASSWORD, 'Hq8vT3mWz7Lp4Rw'}\n";
    expect(blockingIds('serverless.yml', yml)).toEqual(['serverless-variable-fallback-secret']);
  });
});

describe('sample 214: PHP CMSes and shops', () => {
  it('reads mailer URLs, CodeIgniter encryption keys and Symfony container parameters', () => {
    expect(blockingIds('config/mailer.env', 'MAILER_DSN=gmail://orders@acme.io:wqzhrnvbkmtpxldj@default\n')).toEqual(['mail-url-password']);
    expect(blockingIds('.env', 'MAILER_DSN=smtp://user:pass@smtp.example.com:587\n')).not.toContain('mail-url-password');
    expect(blockingIds('application/config/config.php', "$config['encryption_key'] = 'Hq8vT3mWz7Lp4xQ2mZ7vL4pN8cB5hY1j';\n")).toEqual(['encryption-key-assignment']);
    expect(blockingIds('app/config/parameters.php', "$container->setParameter('secret', 'r7kq2vx9tl4mw8zp3nb6hc1yd5fg0js');\n")).toEqual(['symfony-parameter-secret']);
  });

  it("reads a double-quoted PHP password that holds a quote or a bracket, but not an index expression", () => {
    expect(blockingIds('app/Config/email.php', "\t\t'password' => \"Hq8v]T3m'Wz7-Lp4\",\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('data/paginators-1.json', '      "output_token": "StreamNames[-1]",\n')).toEqual([]);
  });
});

describe('sample 215: hackathon projects', () => {
  it('reads a password passed through encodeURIComponent', () => {
    expect(blockingIds('config/keys.js', 'const password = encodeURIComponent("Hq8vT3mWz7Lp");\n')).toEqual(['generic-secret-assignment']);
  });

  it('lowers the short app key set beside its secret, and blocks the secret', () => {
    const env = 'STREAM_API_KEY=x7mq2kzpv9ad\nSTREAM_API_SECRET=Hq8vT3mWz7Lp4xQ2mZ7vL4pN8cB5hY1jHq8vT3mWz7Lp4xQ2m\n';
    expect(scan('server/.env', env).filter((f) => f.ruleId === 'generic-secret-assignment').map((f) => f.blocking)).toEqual([false, true]);
  });
});

describe('samples 216 to 223: bots, registries, dev environments, queues, fintech, dotfiles', () => {
  it('reads Tweepy secrets on continuation lines, and leaves an OAuth client placeholder alone', () => {
    const bot = 'auth = twitter.OAuth1UserHandler(\n    "kKnq7Wd2LpXz9Rv4Tb8Mc3Hy6",\n    "OEN3kQ7vLm2Xp9Rz4Tw8Bc6Hy1Jd5Fg0Ks3Nv7Qa2We9Rt4Yu8",\n)\n';
    expect(blockingIds('bot_shopee.py', bot)).toEqual(['twitter-tweepy-credentials']);
    expect(blockingIds('post_video.py', "m = Mastodon(client_id='CHANGEME', client_secret='CHANGEME', access_token='CHANGEME')\n")).toEqual([]);
  });

  it('names legacy GitHub tokens and GitLab deploy tokens in URLs, also in a README', () => {
    expect(blockingIds('Gemfile', "#gem 'core', git: \"https://4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c9f0e1d2c:x-oauth-basic@github.com/acme/core.git\"\n")).toEqual(['github-legacy-token-in-url']);
    expect(blockingIds('README.md', '```\nnpm i --save "https://gitlab+deploy-token-1234:4VjEq7mW2kR9tLp4Vz8H@gitlab.com/acme/ui.git"\n```\n')).toEqual(['gitlab-deploy-token']);
  });

  it('treats an env file pulled by the Vercel CLI as real values, not development ones', () => {
    const env = 'CLOUDINARY_API_SECRET="Hq8vT3mWz7Lp4RwXc9NbY2kFq8T"\n';
    expect(blockingIds('.env.development.local', `# Created by Vercel CLI\n${env}`)).toEqual(['cloudinary-api-secret']);
    expect(blockingIds('.env.development.local', env)).toEqual([]);
  });

  it('reads Confluent Schema Registry logins and e-mail users in Redis URLs, and leaves RabbitMQ password hashes', () => {
    const registry = "    'basic.auth.user.info': '{}:{}'.format('QX7MW2KR9TLP4VZ8', 'kqoIdLBMXbV19x1VUWeRfjQMxckeBdoQPikVysjlIKl3L8FBvQSnkYDUO7tJKQlE'),\n";
    expect(blockingIds('kafka_producer.py', registry)).toEqual(['confluent-basic-auth-user-info']);
    expect(blockingIds('models/search.js', '//\tclient = redis.createClient("redis://ops@acme-mail.com:k7qz2mvx@pub-redis-11548.garantiadata.com:11548")\n')).toEqual(['database-url-password']);
    const definitions = '{"users":[{"name":"app","password_hash":"BMfxN8drrYcIqXZMr+pWTpDT0nMcOagMduLX0bjr4jwud/pN","hashing_algorithm":"rabbit_password_hashing_sha256"}]}\n';
    expect(blockingIds('rabbitmq/definitions.json', definitions)).toEqual([]);
  });

  it('lowers a generic secret beside a Braintree or Plaid sandbox environment', () => {
    const gateway = (env: string) => `const gateway = new braintree.BraintreeGateway({\n  environment: braintree.Environment.${env},\n  merchantId: 'k7qz2mvx9ad3',\n  privateKey: '9364c1e8a2f7b5d0c3e6a9f1b4d7e2a8'\n});\n`;
    expect(blockingIds('controllers/payment.js', gateway('Sandbox'))).toEqual([]);
    expect(blockingIds('controllers/payment.js', gateway('Production'))).toEqual(['generic-secret-assignment']);
  });

  it('reads a key pasted as the name of a process.env property, but not a long variable name', () => {
    expect(blockingIds('services/footballData.js', 'const API_KEY = process.env.ad08c3f9e2b74d1a9f6e0c5b8d7a2e41;\n')).toEqual(['secret-as-env-var-name']);
    expect(blockingIds('scripts/build.js', 'const v = process.env.npm_package_config_build2024_target_v8;\n')).toEqual([]);
  });

  it('reads fish exports, relay keys in the OpenAI format, and drops AWS credential files holding no key to low', () => {
    expect(blockingIds('.config/fish/config.fish', 'set -gx GITLAB_TOKEN jjX5Kq7vTx2Lp9mZw4Rb\n')).toEqual(['fish-set-secret']);
    expect(blockingIds('.config/fish/config.fish', 'set -gx V3 sk-Ew7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo3Hq8v\n')).toEqual(['openai-compatible-api-key']);
    expect(blockingIds('.aws/credentials', '[poc]\naws_access_key_id = <key id>\naws_secret_access_key = <key secret>\n')).toEqual([]);
  });
});

describe('samples 218 and 221: fintech and pulled Vercel env files', () => {
  it('names Vercel Blob, Tinybird and Arcjet tokens', () => {
    expect(blockingIds('deploy/vercel.env', 'BLOB_READ_WRITE_TOKEN="vercel_blob_rw_Kq7vT2xWm9LpR4sN_b8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoHq8"\n')).toEqual(['vercel-blob-token']);
    const tinybird = 'TB_SHOP_ADMIN_TOKEN="p.eyJ1IjoiN2Y5ZTBjNWEtM2QyYi00YThmLTljMWUtMGI2ZDhlMmY0YTdjIiwiaWQiOiJhYzQyIn0.b8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoKq7vT2xWm9LpR4sN"\n';
    expect(blockingIds('deploy/vercel.env', tinybird)).toEqual(['tinybird-token']);
    expect(blockingIds('deploy/vercel.env', 'ARCJET_KEY="ajkey_01jq7vt2xwm9lpr4snb8hdz3cw"\n')).toEqual(['arcjet-key']);
  });

  it('blocks a live Alpaca secret passed positionally, and reports a paper one below the blocking level', () => {
    const rest = (id: string) => `api = tradeapi.REST('${id}', 'Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp', base_url)\n`;
    expect(blockingIds('bot/trade.py', rest('AKQ7MW2KR9TLP4VZ8X3N'))).toEqual(['alpaca-live-api-secret']);
    expect(scan('bot/trade.py', rest('PKQ7MW2KR9TLP4VZ8X3N')).map((f) => `${f.ruleId} ${f.blocking}`)).toEqual(['alpaca-paper-api-secret false']);
  });

  it('reports PHP stream contexts that skip peer verification', () => {
    const amqp = "new AMQPSSLConnection($host, 5671, $user, $pass, $vhost, ['verify_peer' => false]);\n";
    expect(scan('app/Services/RabbitMQService.php', amqp).map((f) => f.ruleId)).toEqual(['php-tls-verify-disabled']);
  });
});

describe('samples 209 and 225: settings for a CI run', () => {
  it('reads config/travis.exs and local_settings.travis.py as CI settings, not production', () => {
    const exs = 'config :shop, ShopWeb.Endpoint,\n  secret_key_base: "Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoHq8vT3mWz7Lp4RwXc9NbY2kF"\n';
    expect(blockingIds('config/travis.exs', exs)).toEqual([]);
    expect(blockingIds('config/prod.exs', exs)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('configs/local_settings.travis.py', "SECRET_KEY = 'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo'\n")).toEqual([]);
  });
});

describe('samples 224 and 226: deploy tooling and compose stacks', () => {
  it('names Forge and Ploi deploy hooks, also in docs, and Sanctum bearer tokens in scripts', () => {
    const hook = 'curl -X POST "https://ploi.io/webhooks/servers/12345/sites/67890/deploy?token=x4BUq7mW2kR9tLp4Vz8Hn3cXwRw3kT9xQ2mZ7vL4pN8cB5hY1j"\n';
    expect(blockingIds('docs/PLOI_DEPLOYMENT.md', `\`\`\`\n${hook}\`\`\`\n`)).toEqual(['forge-ploi-deploy-hook']);
    const curl = 'curl -X GET "https://coolify.acme.io/api/v1/deploy?uuid=k7q2" \\\n  -H "Authorization: Bearer 1|Ce7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoHq8vT3mWz"\n';
    expect(blockingIds('scripts/deploy.sh', curl)).toEqual(['http-authorization-header']);
  });

  it('reads the key given to artisan env:decrypt and net-ssh host-key checks turned off', () => {
    expect(blockingIds('deploy/forge-deploy.sh', '# php artisan env:decrypt --key=base64:Vq8Zr1xk3Tt5Yb7Nc9Md2Lf4Hg6Js8Kw0Qe2Rt4Wp6A= --env=production\n')).toEqual(['laravel-app-key']);
    const cap = "set :ssh_options, { forward_agent: true, verify_host_key: :never }\n";
    expect(scan('config/deploy/production.rb', cap).map((f) => f.ruleId)).toEqual(['ssh-strict-host-key-checking-off']);
  });

  it('blocks Traefik basic-auth hashes in a compose file, and passwords holding a comma or a star', () => {
    const labels = '    labels:\n      - "traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$KmAQwGZ0$$DA3sORPZjs9ALxLpE0ilYu"\n';
    expect(blockingIds('docker-compose.yml', labels)).toEqual(['traefik-basicauth-hash']);
    expect(blockingIds('deploy/app.env', 'PG_PASSWORD="j02uQ,=+k7Lm"\nMYSQL_ROOT_PASSWORD=Tani*ka20240612\n')).toEqual(['generic-secret-assignment', 'generic-secret-assignment']);
    expect(blockingIds('appsettings.json', '  "superAdminPassword": "Password,@1234_"\n')).toEqual([]);
  });

  it('reads a camel-case "your new password here" in Portuguese as a placeholder', () => {
    expect(blockingIds('docs/dokku.md', '```bash\ndokku config:set app INITIAL_PASSWORD="SuaNovaSenhaSeguraAqui123!"\n```\n')).toEqual([]);
    expect(blockingIds('deploy.sh', 'dokku config:set app INITIAL_PASSWORD="Kq7vT2xWm9LpR4sN"\n')).toEqual(['paas-cli-secret-set']);
  });
});

describe('samples 222 and 224: Kafka clients and Ansible vault passwords', () => {
  it('reports a Kafka client that skips certificate verification', () => {
    const conf = "conf = {'bootstrap.servers': BROKERS, 'enable.ssl.certificate.verification': 'false'}\n";
    expect(scan('worker/consumer.py', conf).map((f) => f.ruleId)).toEqual(['kafka-tls-verification-off']);
  });

  it('blocks a vault password echoed into its password file, and not one read from the environment', () => {
    expect(blockingIds('scripts/setup.sh', 'echo "Nver7Kq2vTx9Lp4mW!2024" > .vault_pass\n')).toEqual(['ansible-vault-password-echo']);
    expect(blockingIds('scripts/setup.sh', 'echo "$VAULT_PASSWORD" > .vault_pass\n')).toEqual([]);
  });
});
