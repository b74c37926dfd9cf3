import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 407 to 414: Express and FastAPI apps in production, RAG stacks, workflow automation, mobile back ends,
// Laravel on shared hosting, CI and Kubernetes manifests, Terraform for small clouds. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

const secretManifest = (lines: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n${lines}`;

describe('samples 407, 408 and 412: deploy guides, FastAPI and Laravel settings', () => {
  it("blocks a Gmail app password given under an env guide's own label", () => {
    expect(blockingIds('RENDER_ENV_VARS.md', '```\nNAME_OF_VARIABLE: EMAIL_PASS\nvalue: qwpt zmkd hyrb nlce\n```\n')).toEqual(['docs-env-split-secret']);
  });

  it('blocks FastAPI CORS with every origin and credentials when a comment between them holds parentheses', () => {
    const main = 'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],  # Narrow to your site domain(s) before launch\n    allow_credentials=True,\n)\n';
    expect(blockingIds('app/main.py', main)).toEqual(['cors-wildcard-credentials']);
  });

  it('blocks a live signing key left as a REPLACE_ME placeholder, not a made-up key with a counted-up run', () => {
    expect(blockingIds('app/core/config.py', 'class Settings:\n    SECRET_KEY = "MY_JWT_SIGNING_KEY_REPLACE_ME"\n')).toEqual(['weak-secret-key']);
    expect(blockingIds('app/.env.production', 'ADMIN_API_KEY="secure-admin-key-123456"\n').filter((id) => id !== 'dotenv-file')).toEqual([]);
  });

  it('blocks a script that writes a production .env with debug on, not a local one', () => {
    const script = (env: string): string => `#!/bin/sh\ncat > .env <<'ENVEOF'\nAPP_NAME=Shop\nAPP_ENV=${env}\nAPP_DEBUG=true\nENVEOF\n`;
    expect(blockingIds('start.sh', script('production'))).toEqual(['script-writes-debug-env']);
    expect(blockingIds('start.sh', script('local'))).toEqual([]);
  });

  it('blocks a Gmail app password in a PHP array', () => {
    expect(blockingIds('config/mail.php', "return [\n    'GMAIL_APP_PASSWORD' => 'qwptzmkdhyrbnlce',\n];\n")).toEqual(['gmail-app-password']);
  });
});

describe('samples 409 and 414: vector stores and Scaleway', () => {
  it('blocks Upstash Vector tokens and Qdrant JWT keys, also in a README', () => {
    const payload = Buffer.from(JSON.stringify({ access: 'm' })).toString('base64url');
    const qdrant = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${payload}.Qz8fLmNpRt3WvYx7Ka2rTq9wLm4bXe7HpV1sNc6jKd0`;
    expect(blockingIds('README.md', `\`\`\`env\nQDRANT_API_KEY=${qdrant}\n\`\`\`\n`)).toEqual(['qdrant-api-key-jwt']);
    const token = `ABcF${Buffer.from('0brave-otter-41873-us1admin').toString('base64')}Tm1Ga01qRTBOR0V0T1dWbE9TMDBNek5rTFdKbE1qY3RPV1F6WmpjeQ`;
    expect(blockingIds('DEPLOYMENT.md', `\`\`\`bash\nUPSTASH_VECTOR_REST_TOKEN="${token}"\n\`\`\`\n`)).toEqual(['upstash-vector-rest-token']);
  });

  it('reports a Scaleway secret key with a run of four in it, and one in a file naming only a region', () => {
    const provider = 'provider "scaleway" {\n  access_key = "SCW7KQ2M9XW4T8HB6RN3"\n  secret_key = "0a7c4e91-5d2b-4f86-b3e0-7c9a1d4e0000"\n}\n';
    expect(blockingIds('main.tf', provider)).toEqual(['scaleway-secret-key']);
    expect(blockingIds('upload.ts', 'const REGION = "fr-par";\nconst ACCESS_KEY = "SCW7KQ2M9XW4T8HB6RN3";\nconst SECRET_KEY = "0a7c4e91-5d2b-4f86-b3e0-7c9a1d4e3f8b";\n')).toEqual(['scaleway-secret-key']);
  });
});

describe('sample 413: Kubernetes Secrets', () => {
  it('judges a URL by its password and skips a SQLite path', () => {
    expect(blockingIds('k8s/secrets.yaml', secretManifest('  DATABASE_URL: "postgres://demo:PASSWORD@10.20.30.4/DATABASE_NAME"\n  SQLITE_URL: "file:/app/data/dev.db"\n'))).toEqual([]);
    expect(blockingIds('k8s/secrets.yaml', secretManifest('  API_URL: "https://svc:Kq7vT2xWm9LpR4sN@api.internal/v1"\n'))).toContain('kubernetes-secret-literal');
  });
});
