import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 113 to 116 (Flask and FastAPI apps, Next.js apps, Helm and GitOps
// repositories, AI agents). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const medium = (ruleId: string) => [{ ruleId, blocking: false }];

describe('sample 113: Flask and FastAPI apps', () => {
  it("takes FastAPI's tutorial key as published, and docker-compose-dev.yml as a development stack", () => {
    expect(scan('app/core/security.py', 'SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"\n')).toEqual([]);
    const compose = 'services:\n  api:\n    environment:\n      - SECRET_KEY=Kq8vTz2mXk4Lp9Wn3Rb7Yc5Hd1Jf6Gs\n';
    expect(blockingIds('docker-compose-dev.yml', compose)).toEqual([]);
    expect(blockingIds('docker-compose-prod.yml', compose)).toEqual(['compose-literal-secret-env']);
  });
});

describe('sample 113: mail passwords', () => {
  it('blocks a guessable mail password beside the address of a real mailbox at a public mail service', () => {
    const config = "MAIL_SERVER = 'smtp.googlemail.com'\nMAIL_USERNAME = 'maria.lopez1987@gmail.com'\nMAIL_PASSWORD = 'marialopez87'\n";
    expect(blockingIds('flaskblog/config.py', config)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('flaskblog/config.py', config.replace('maria.lopez1987', 'youremail'))).toEqual([]);
    expect(blockingIds('app/settings.py', "ADMIN_EMAIL = 'maria.lopez1987@gmail.com'\nDB_PASSWORD = 'marialopez87'\n")).toEqual([]);
  });
});

describe('sample 114: Next.js and Express apps', () => {
  it('does not block fake, documented or public values', () => {
    expect(blockingIds('docs/dokku.md', 'dokku config:set app GOOGLE_CLIENT_SECRET=GOCSPX-fakeCredentials99_fakefake-_fake\n')).toEqual([]);
    expect(blockingIds('lib/pusher.js', "new Pusher({ key: process.env.PUSHER_KEY || '33af5c1e9b7d2f4a6c80', cluster: 'eu' });\n")).toEqual([]);
    expect(blockingIds('PRODUCTION_IMPORT.md', 'DATABASE_URL=postgresql://neondb_owner:Kq8vTz2mXk4L@ep-name.region.aws.neon.tech/neondb\n')).toEqual([]);
  });

  it('keeps a random secret whose lower-case runs hold no vowel, and reports CORS headers of * with credentials', () => {
    expect(blockingIds('.env.production', 'BETTER_AUTH_SECRET=6EwpqvvVL7coVMttESmclvrkGKZZTWtx\n')).toEqual(['dotenv-file', 'generic-secret-assignment']);
    const vercel = '{ "headers": [{ "source": "/api/(.*)", "headers": [\n  { "key": "Access-Control-Allow-Credentials", "value": "true" },\n  { "key": "Access-Control-Allow-Origin", "value": "*" }\n] }] }\n';
    expect(scan('vercel.json', vercel)).toEqual(medium('cors-header-wildcard-credentials'));
  });

  it('reads a secret-named variable in a guide\'s environment table, kept beside a live provider key', () => {
    const table = '| `DATABASE_URL` | `postgresql://app:Kq8vTz2mXk4L@ep-cool-lab-12345.us-east-2.aws.neon.tech/app` |\n| `BETTER_AUTH_SECRET` | `6EwpqvvVL7coVMttESmclvrkGKZZTWtx` |\n';
    expect(blockingIds('DEPLOY.md', table)).toEqual(['database-url-password', 'docs-env-table-secret']);
    expect(scan('DEPLOY.md', '| `BETTER_AUTH_SECRET` | `<generate with openssl rand -base64 32>` |\n')).toEqual([]);
  });
});

describe('sample 115: Helm and GitOps repositories', () => {
  it('blocks an htpasswd -b password, an Alpha Vantage key of letters and a Cloudflare token in a cert-manager Secret', () => {
    expect(blockingIds('deploy-kibana.sh', 'htpasswd -c -b auth admin xpujqkrvmz\n')).toEqual(['htpasswd-batch-password']);
    expect(blockingIds('setup.sh', 'htpasswd -cb /etc/nginx/.htpasswd deploy "$BASIC_AUTH_PASSWORD"\n')).toEqual([]);
    expect(blockingIds('app/config.py', 'ALPHA_VANTAGE_API_KEY = "QMRJKTVWZXPLHNCB"\n')).toEqual(['alphavantage-api-key']);
    const secret = 'metadata:\n  name: cloudflare-api-token-secret\nstringData:\n  api-token: SSQ0kF2n8Lw4Pz7Rb3Yc5Hd1Jf6Gs0Tv2Qw8Ex4P\n';
    expect(blockingIds('content/posts/cert-manager.md', secret)).toEqual(['cloudflare-api-token-secret']);
  });
});

describe('sample 116: AI agents', () => {
  it("blocks Tavily's new keys and a split OpenAI key, not a key built from a variable; reports a password-less database", () => {
    expect(blockingIds('agent.py', 'TAVILY_API_KEY = "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"\n')).toEqual(['tavily-api-key']);
    expect(scan('setup.sh', 'uuid=$(uuidgen)\nLANGFUSE_SECRET_KEY="sk-lf-$uuid"\n')).toEqual([]);
    const split = 'OPENAI_API_KEY = "q4rTXYSnL5yfM90F2UsAQVafT3BlbkFJyQgMZZo8o21XiHiLjkNqWz"\nOPENAI_API_KEY = "sk-" + OPENAI_API_KEY\n';
    expect(blockingIds('config.py', split)).toEqual(['openai-api-key-body']);
    expect(blockingIds('k8s/postgres.yaml', '        env:\n          - name: POSTGRES_HOST_AUTH_METHOD\n            value: trust\n')).toEqual(['database-container-no-password']);
    expect(blockingIds('docker-compose.yml', 'services:\n  db:\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n')).toEqual([]);
  });
});
