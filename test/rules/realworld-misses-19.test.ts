import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 93 to 96 and left open from sample 92 (a hunt for leaked
// credentials in unusual forms). Every value is invented; the private key is a well-formed but made-up body.
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
    const body = ['MIICXAIBAAKBgQC7q9Zt4Wk2Lr8Yp3Nf6Hd1Jx5Vb0Cs7Mg2Qe9Ta4Uo8Ri6Pn3K', 'Wm5Yz1Hx7Dc2Fv9Lb4Qs8Gt0Jp6Re3Na5Ko1Uw7Ti9Mz2Xc4Vb8Hd6Fj0Lq3Ps5'];
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
