import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 216 to 226 (social bots, fintech, dotfiles, registry
// credentials, dev-environment configs, message queues, data APIs, deploy tooling, a Python team's commits, compose
// stacks). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

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
    expect(scan('worker/consumer.py', conf).map((f) => f.ruleId)).toEqual(['kafka-certificate-verification-off']);
  });

  it('blocks a vault password echoed into its password file, and not one read from the environment', () => {
    expect(blockingIds('scripts/setup.sh', 'echo "Nver7Kq2vTx9Lp4mW!2024" > .vault_pass\n')).toEqual(['ansible-vault-password-echo']);
    expect(blockingIds('scripts/setup.sh', 'echo "$VAULT_PASSWORD" > .vault_pass\n')).toEqual([]);
  });
});
