import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 93 to 96 (PaaS deploy files, serverless apps, PHP CMS installs,
// database and broker configuration) and left open from sample 92 (a hunt for leaked credentials in unusual forms). Every value is invented; the private key is a well-formed but made-up body.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

// A legacy service-account token: header, a payload opening {"iss":"kubernetes/serviceaccount", random signature.
const SA_TOKEN = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IkEwT1RaS0VUNDQxeVYzTkZGYWhWRk1wVHluWVRwVldXYkdfR1ZqTWRYX1kifQ.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJkZWZhdWx0Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9zZWNyZXQubmFtZSI6ImNpLWRlcGxveWVyLXRva2VuLXE0bTl6Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9zZXJ2aWNlLWFjY291bnQubmFtZSI6ImNpLWRlcGxveWVyIiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmRlZmF1bHQ6Y2ktZGVwbG95ZXIifQ.y_EB6K10pGegDQRYN7V9pJKwTkm4FygGpJJ7UDjvfsyaWeWTlo7dGTAlCDyYfnN89xhQ5wqBkq4ZemB-30HK62x6XMAD_ah9ndAlgq_tftu3pAzx9aMaj0qF0XKEnqfe8qgLVct5dQXcCC-Ofbl6db3xd4Um6utKfODVTvn96y2kYDOqWctUIIO6T-aLrpQ9nx_NLJIoKbiSM9j2EN5d9xpL1i8IYEHmVaXMEh2RCGXW8cRujGD7mxxKPXgRjCzdx1p-PntXZv3uDXl75oTi_kckF23A6ajOTx--Jt9nAZwoAVRDRYyEHZQx_IHYGiXKzXHEWrwVJKTGJ-dnHOkTHA';

describe('sample 92: credentials in unusual forms', () => {
  it('finds a WeChat AppSecret in an api.weixin.qq.com URL, also followed by more parameters', () => {
    const url = 'https://api.weixin.qq.com/sns/oauth2/access_token?appid=wx4f2a9c0d1b3e5f7a&secret=9122c4e8a1b7f03d6e5c2a9b8d7f1e04&code=CODE';
    expect(blockingIds('notes/wechat-oauth.txt', url + '\n')).toEqual(['wechat-app-secret']);
    expect(blockingIds('notes/wechat-oauth.txt', url.replace(/secret=\w+/, 'secret=APPSECRET') + '\n')).toEqual([]);
  });

  it('reads a secret query parameter up to the next & instead of dismissing the query string', () => {
    const line = 'token_url = "https://api.example.com/oauth/token?app_id=7d1c&app_secret=Zr8vQ2mX7pL4tN9wK3bF&grant_type=client_credentials"\n';
    expect(blockingIds('src/oauth.py', line)).toEqual(['generic-secret-assignment']);
    // Short made-up values in a doctest callback URL stay quiet.
    const doctest = ">>> redirect_response = 'https://127.0.0.1/callback?oauth_token=kjerht2309uf&oauth_token_secret=lsdajfh923874&oauth_verifier=w34o8967345'\n";
    expect(blockingIds('src/session.py', doctest)).toEqual([]);
  });

  it('finds a Kubernetes service-account token pasted into a README or a Go test string', () => {
    expect(blockingIds('k8s/rbac/README.md', `users:\n- name: admin\n  user:\n    token: ${SA_TOKEN}\n`)).toEqual(['kubernetes-service-account-token']);
    expect(blockingIds('internal/watcher_test.go', `var config = "users:\\n- name: a\\n  user:\\n    token: ${SA_TOKEN}\\n"\n`)).toEqual(['kubernetes-service-account-token']);
  });

  it('finds a private key whose lines are commented out', () => {
    const body = ['MIICXAIBAAKBgQC7q9Zt4Wk2Lr8Yp3Nf6Hd1Jx5Vb0Cs7Mg2Qe9Ta4Uo8Ri6Pn3K', 'GaGA8M6Mhm8TzMcNi9tQE74OXrEXnm61kxKnmHScFuQo7KU6DJzla3AUXFFfozd'];
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----'];
    expect(blockingIds('deploy/keys.py', pem.map((l) => `# ${l}`).join('\n') + '\n')).toEqual(['private-key']);
    expect(blockingIds('deploy/keys.c', '/*\n' + pem.map((l) => ` * ${l}`).join('\n') + '\n */\n')).toEqual(['private-key']);
  });
});

describe('sample 92: image builds that skip the registry certificate check', () => {
  it('reports kaniko --skip-tls-verify and --tls-verify=false in a pipeline, not as blocking', () => {
    const job = 'build:\n  script:\n    - /kaniko/executor --context $CI_PROJECT_DIR --destination $CI_REGISTRY_IMAGE --skip-tls-verify\n';
    expect(scan('.gitlab-ci.yml', job)).toEqual([{ ruleId: 'registry-tls-verify-disabled', blocking: false }]);
    expect(scan('scripts/release.sh', 'buildah push --tls-verify=false "$IMAGE"\n')).toEqual([{ ruleId: 'registry-tls-verify-disabled', blocking: false }]);
    expect(scan('scripts/release.sh', 'podman push --tls-verify=true "$IMAGE"\n')).toEqual([]);
  });
});

describe('sample 96: database, ORM and broker configuration', () => {
  it("finds an OpenSearch or Elasticsearch master password in an http_auth tuple", () => {
    const app = "awsauth = ('master', 'Dq4#Lz8vNm2K')\nsearch = OpenSearch(hosts=ENDPOINT, http_auth=awsauth)\n";
    expect(blockingIds('app.py', app)).toEqual(['http-basic-auth-literal']);
    expect(blockingIds('app.py', "es = Elasticsearch(ES_URL, basic_auth=('elastic', 'Qv8nR2xLm5Tz'))\n")).toEqual(['http-basic-auth-literal']);
    expect(blockingIds('app.py', "es = Elasticsearch(ES_URL, basic_auth=(ES_USER, ES_PASSWORD))\n")).toEqual([]);
  });

  it('reports a Redis client or broker URL that accepts any certificate, and a search client with verify_certs off', () => {
    const medium = (ruleId: string) => [{ ruleId, blocking: false }];
    expect(scan('exports/redis.py', 'r = redis.Redis(host=H, password=P, ssl=True, ssl_cert_reqs=None)\n')).toEqual(medium('python-unverified-ssl-context'));
    expect(scan('.env.production', 'REDIS_URL=rediss://:${REDIS_PASSWORD}@redis.internal:6380/0?ssl_cert_reqs=none\n')).toContainEqual(medium('python-unverified-ssl-context')[0]);
    expect(scan('exports/redis.py', "r = redis.Redis(host=H, ssl=True, ssl_cert_reqs='required')\n")).toEqual([]);
    expect(scan('search.py', 'es = Elasticsearch(ES_URL, verify_certs=False)\n')).toEqual(medium('python-tls-verify-disabled'));
  });
});

describe('samples 93 and 94: deploy manifests and serverless apps', () => {
  it('reports a provider key in render.yaml once, and a Shopify API key (a client id) not at all', () => {
    const render = '    envVars:\n      - key: OPENAI_API_KEY\n        value: sk-proj-Xk9fQ2mZ7rT4vB8nL1pW3sD6T3BlbkFJq2mZ7rT4vB8nL1pW3sD6Xk9fQ\n';
    expect(blockingIds('render.yaml', render)).toEqual(['openai-api-key']);
    const shopify = '    envVars:\n      - key: SHOPIFY_UK_API_KEY\n        value: 7a30c4e8a1b7f03d6e5c2a9b8d7f1e04\n      - key: SHOPIFY_UK_API_SECRET\n        value: 9b41d5f9b2c8a14e7f6d3bac9e8a2f15\n';
    expect(scan('render.yaml', shopify)).toEqual([{ ruleId: 'render-yaml-literal-secret', blocking: true }]);
  });

  it('blocks a committed .env whose key is a Stripe test key (since samples 247 to 261: test mode is still an account)', () => {
    const env = 'STRIPE_SECRET_KEY=sk_test_51Nq8ZxKc2mLw9rTq4VbYp7Hd3Fj6Gs1Xa0Ue8Rk5Tz2Wn4Lm7Qp9Vc3Bd6Hf1Jk8Mn2Pq5Rs7Tu0Vw3Xy6Za9Bc4De7Fg\n';
    expect(blockingIds('functions/.env', env)).toEqual(['dotenv-file', 'stripe-test-key']);
    expect(blockingIds('functions/.env.example', env)).toEqual([]);
    expect(blockingIds('functions/.env', 'MAILER_API_KEY=Kq8vT2mXz4Lt9RwWp6Yb3Nc7Hd5Fj1\n')).toContain('dotenv-file');
  });

  it('drops a value masked by hand and a TypeScript non-null property chain; keeps an id:secret pair', () => {
    const masked = '{\n  "Values": {\n    "ACS": "endpoint=https://x.communication.azure.com/;accesskey=FXHK9q2mZ7rT4vB888888888888vB8nL1pW3sD6q2mZ7rT4=="\n  }\n}\n';
    expect(blockingIds('local.settings.json', masked)).toEqual([]);
    expect(blockingIds('infra/lib/stack.ts', 'const env = {\n  DB_SECRET_ARN: dbCluster.secret!.secretArn,\n};\n')).toEqual([]);
    const pair = 'SAND_API_KEY=48fb2c4e8a1b7f03d6e5c2a9b8d7f1e0:5969cf8f6d96b3df85176284e195c387\n';
    expect(blockingIds('src/config.env.ts', `export const ${pair.trim().replace('=', " = '")}';\n`)).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 95: PHP CMS and shop installs', () => {
  it('finds the Magento crypt key, the Drupal hash salt and the PrestaShop cookie keys', () => {
    const magento = "<?php\nreturn [\n    'crypt' => [\n        'key' => '1aa8562eed5864e7eea2b6a72792a676'\n    ],\n    'db' => ['connection' => ['default' => ['host' => 'mysql-prod.internal', 'username' => 'shop']]],\n";
    expect(blockingIds('app/etc/env.php', magento)).toEqual(['magento-crypt-key']);
    const local = magento.replace("'host' => 'mysql-prod.internal', 'username' => 'shop'", "'host' => '127.0.0.1', 'username' => 'root'");
    expect(blockingIds('app/etc/env.php', local)).toEqual([]);
    const salt = "$settings['hash_salt'] = 'ey0sschKp3GDHlNMHu1eWZyRCgbIm4k246KbwqRrg-Y6PSBnFtKrNVSiAnzVtv0hIpI457R-Ww';\n";
    expect(blockingIds('web/sites/default/settings.php', salt)).toEqual(['drupal-hash-salt']);
    expect(blockingIds('web/sites/default/settings.local.php', salt)).toEqual([]);
    expect(blockingIds('web/sites/default/settings.php', "$settings['hash_salt'] = 'local-dev-hash-salt-change-me-2526';\n")).toEqual([]);
    const ps = "    'cookie_key' => 'iB0uCRAsfYpMWllSPaFspjCoKzjuLWEgp77dclnC6HLwcWA4VMHfHJaJVanYC5WG',\n";
    expect(blockingIds('app/config/parameters.php', ps)).toEqual(['prestashop-cookie-key']);
  });

  it("reads PrestaShop's define() names with a trailing underscore", () => {
    expect(blockingIds('config/settings.inc.php', "define('_COOKIE_KEY_', '199qjn3ogCEeRioWbFoCVbQzAyG70grFDKXk3AzQqJwMJqbrxRWwHdwx');\n")).toEqual(['php-define-secret']);
    expect(blockingIds('includes/config.php', "define('_MAIL_PASSWORD_', 'Kv7rT2mXq9Lp4Wz8');\n")).toEqual(['php-define-mail-password']);
  });

  it("does not block a test site's two-letter WordPress database password", () => {
    const wp = "<?php\ndefine( 'DB_NAME', 'wp' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', 'wp' );\ndefine( 'DB_HOST', 'localhost' );\n";
    expect(blockingIds('tests/wp-config.php', wp)).toEqual([]);
  });

  it('reports PHP requests that skip certificate checks, except on a commented-out line', () => {
    const call = "$response = wp_remote_post( $endpoint, array( 'body' => $body, 'sslverify' => false ) );\n";
    expect(scan('includes/edd-license.php', call)).toEqual([{ ruleId: 'php-tls-verify-disabled', blocking: false }]);
    expect(scan('includes/edd-license.php', `// ${call}`)).toEqual([]);
    expect(scan('lib/api.php', 'curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, 0);\n')).toEqual([{ ruleId: 'php-tls-verify-disabled', blocking: false }]);
  });

  it('finds a Cloudflare Tunnel token in a README compose block', () => {
    const token = 'eyJhIjoiNTVlZGE2OGZkYTE2MjI1OGYwZTVjZDAwMzQyMmUzNGYiLCJ0IjoiZjJmOWYyNWUtNTg1Yy00NzhlLWE4YmQtZDY1YTRiOTk2MTY0IiwicyI6IlkzZ0l0OGpMSkN5Z0E4emVsZE9CWU5RSUN4a2REMm4xUWI4WDduemFVcms9In0';
    expect(blockingIds('README.md', `\`\`\`yaml\n    environment:\n      - TUNNEL_TOKEN=${token}\n\`\`\`\n`)).toEqual(['cloudflare-tunnel-token']);
  });
});

describe('left open from samples 92 and 93', () => {
  it('reports a provider key in a compose file, a Kubernetes env entry or a Dockerfile ENV once', () => {
    const key = 'sk-proj-Xk9fQ2mZ7rT4vB8nL1pW3sD6T3BlbkFJq2mZ7rT4vB8nL1pW3sD6Xk9fQ';
    expect(scan('k8s/deploy.yaml', `spec:\n  containers:\n    - name: web\n      env:\n        - name: OPENAI_API_KEY\n          value: ${key}\n`).map((f) => f.ruleId)).toEqual(['openai-api-key']);
    expect(scan('Dockerfile', `FROM node:20\nENV OPENAI_API_KEY=${key}\n`).map((f) => f.ruleId)).toEqual(['openai-api-key']);
  });

  it('reports a word as an sshpass password at confidence low', () => {
    expect(scan('deploy/push.sh', "sshpass -p 'tomatoeshunt' ssh root@203.0.113.10\n")).toEqual([{ ruleId: 'cli-login-password', blocking: false }]);
    expect(scan('deploy/push.sh', "sshpass -p 'password' ssh root@203.0.113.10\n")).toEqual([]);
  });

  it("finds an API key nested under an api section of a YAML config (Spring's weather.api.key)", () => {
    const yml = 'weather:\n  api:\n    key: 0a1f4a533c02f36b285a488192ed2b27\n    url: https://api.openweathermap.org\n';
    expect(blockingIds('src/main/resources/application.yml', yml)).toEqual(['yaml-api-section-key']);
    expect(blockingIds('src/main/resources/application.yml', yml.replace(/key: \w+/, 'key: ${WEATHER_API_KEY}'))).toEqual([]);
  });

  it('reports a production env file that turns secure cookies off, lowered in a development one', () => {
    expect(scan('.env.production', 'DISABLE_SECURE_COOKIE=true\n')).toContainEqual({ ruleId: 'cookie-secure-disabled', blocking: false });
    const dev = scan('.env', 'NODE_ENV=development\nSESSION_COOKIE_SECURE=false\n');
    expect(dev).toContainEqual({ ruleId: 'cookie-secure-disabled', blocking: false });
    expect(scan('.env.production', 'DISABLE_SECURE_COOKIE=false\n').map((f) => f.ruleId)).not.toContain('cookie-secure-disabled');
  });
});
