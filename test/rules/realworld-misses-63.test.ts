import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 567 onwards (redone in full). Every value is invented, but for the published ones named as such.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 567 to 570: vector stores, low-code tools, form backends and social posting', () => {
  it('blocks a Chroma Cloud key in a setup note and a Zilliz token in a connection check named test_*', () => {
    const note = '## Chroma Cloud\n- Tenant: shop\n- API Key: `ck-Yij4ChuYcqH8YBwLdPxJoV5VRXK7XiVNwRdiX8thjViC`\n';
    expect(blockingIds('CHROMA_CLOUD.md', note)).toEqual(['chroma-api-key']);
    expect(blockingIds('CHROMA_CLOUD.md', '- API Key: `ck-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` (chroma)\n')).toEqual([]);
    const check = 'HOST = "in03-0a1b2c3d4e5f6a7.serverless.gcp-us-west1.cloud.zilliz.com"\nTOKEN = "a88b7e260498e28dd66c28f927fbfa0a7830d41716a9c492e7a64815dfee59ef1c98c8c0a98962f201841aeffec853988e66e1f8"\n';
    expect(blockingIds('test_milvus_connection.py', check)).toEqual(['zilliz-api-key']);
  });

  it("blocks a Baserow MCP URL and a provider's Api-Key header set with addHeader", () => {
    expect(blockingIds('API_DOCUMENTATION.md', 'MCP_SERVER_URL=https://api.baserow.io/mcp/cbR9N0Svy709i6dUJrOeWaxHllKs1rqr/sse\n')).toEqual(['baserow-database-token']);
    const java = 'Request request = new Request.Builder().url(url)\n    .addHeader("Softr-Api-Key", "2DwQl9I3pKraInEVRuYPrXQfa")\n    .build();\n';
    expect(blockingIds('src/main/java/SoftrClient.java', java)).toEqual(['softr-api-key']);
  });

  it("leaves the admin password of Directus's compose guide, in a doc or a setup script", () => {
    expect(blockingIds('docs/docker.md', "```yaml\n    environment:\n      ADMIN_EMAIL: 'admin@example.com'\n      ADMIN_PASSWORD: 'd1r3ctu5'\n```\n")).toEqual([]);
    expect(blockingIds('setup-ssr.sh', 'DIRECTUS_ADMIN_EMAIL=admin@example.com\nDIRECTUS_ADMIN_PASSWORD=d1r3ctu5\n')).toEqual([]);
  });

  it('blocks a versioned encryption key and a password piped into gcloud secrets', () => {
    expect(blockingIds('config/app.env', 'ENCRYPTION_KEY_V1=a8196ea0fbf6aff023c1da3c905bd70e8d7b9a1425fa72cb4a5d8fa1b3d8215c\n')).toEqual(['encryption-key-assignment']);
    const step = (value: string): string => `echo -n "${value}" | gcloud secrets create shop-db-password --data-file=-\n`;
    expect(blockingIds('scripts/setup-secrets.sh', step('OsW4a5wKxmNqjseAE7'))).toEqual(['secret-piped-to-platform-cli']);
    expect(blockingIds('scripts/setup-secrets.sh', step('$DB_PASSWORD'))).toEqual([]);
  });

  it("blocks an hCaptcha secret beside its siteverify call and a Formspree deploy key in a guide", () => {
    const php = "$secret = '0x7bdb42a3dce3f42e73c90196d0a0d9f4f3eac30f';\n$verify = file_get_contents('https://hcaptcha.com/siteverify?secret='.$secret.'&response='.$token);\n";
    expect(blockingIds('contact/index.php', php)).toEqual(['hcaptcha-secret-key']);
    expect(blockingIds('docs/SKILL.md', '```bash\nexport FORMSPREE_DEPLOY_KEY="1f4d0b06b9a9a242dc0f1a71f685a72c"\n```\n')).toEqual(['formspree-deploy-key']);
  });

  it("leaves a mistyped copy of Google's reCAPTCHA test secret, not another secret", () => {
    const env = (secret: string): string => `RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\nRECAPTCHA_SECRET_KEY=${secret}\n`;
    expect(blockingIds('RAILWAY_DEPLOY.txt', env('6LeIxAcTAAAAAGG-FmYCrFkyJPLZfOyQGqroGlv8'))).toEqual([]);
    expect(blockingIds('RAILWAY_DEPLOY.txt', env('6Lgk5FQRojH6ns3ISR1te-1l_qX84ILmCXlSdik6'))).toContain('recaptcha-secret-key');
  });

  it('blocks a LinkedIn WPL_AP1 client secret under a browser prefix, commented out', () => {
    expect(blockingIds('src/config.js', '//   REACT_APP_CLIENT_SECRET: "WPL_AP1.AXbQHf1kG9J5BeWg.4kQKQU==",\n')).toEqual(['linkedin-client-secret-wpl']);
  });
});

describe('samples 571 to 574: LLM inference, WordPress, game servers and VPNs', () => {
  it('blocks a Together key by its prefix in a docs table', () => {
    expect(blockingIds('docs/PROVIDERS_PRICING.md', '### Together AI\n- **API Key**: `tgp_v1_ivY0pUNO-ZcaQW9Gcckr8NEKCRb6TRSMeFUIAc6e4st`\n')).toEqual(['together-api-key']);
  });

  it('reads PHP constants aligned with spaces: an SMTP password, a licence key, a *_KEY', () => {
    expect(blockingIds('wp-config.php', "define( 'SMTP_USER',    'noreply@shop.example' );\ndefine( 'SMTP_PASS',    'AZ3B05EgqUg2' );\n")).toEqual(['php-define-mail-password']);
    expect(blockingIds('functions.php', "define( 'GF_LICENSE_KEY', 'e5041cef1231c9dc45c07bd11ecf30fd' );\n")).toEqual(['php-define-secret']);
    expect(blockingIds('gd-config.php', "define( 'GD_ASAP_KEY', '5bc891b14b5165f43f5c795afce26d95' );\n")).toEqual(['key-named-constant']);
  });

  it('blocks WordPress salts set as environment variables, but for a database on this machine', () => {
    const salt = 'WORDPRESS_NONCE_SALT=\'8BIdYxxZ2EuCURFRDlVX0evpCF0yIbtwLaxHqAbgWFFB6fQHUNJiCRilp84kqgSc\'\n';
    expect(blockingIds('deploy/wordpress.env', `WORDPRESS_DB_HOST=mysql.internal.example.net\n${salt}`)).toEqual(['wordpress-auth-salts-env']);
    expect(blockingIds('deploy/wordpress.env', `WORDPRESS_DB_HOST=db\n${salt}`)).toEqual([]);
  });

  it('blocks an application password in six groups and a GitHub token given to plugin-update-checker', () => {
    const script = (value: string): string => `wp_username = "editor"\nwp_password = "${value}"  # application password\n`;
    expect(blockingIds('create_post.py', script('m8lL 1l6p 4hUK nO89 NVX0 UUhu'))).toEqual(['wordpress-application-password']);
    expect(blockingIds('create_post.py', script('xxxx xxxx xxxx xxxx xxxx xxxx'))).toEqual([]);
    expect(blockingIds('functions.php', "$myUpdateChecker->setAuthentication('bb20b558b59734a7350249759eae567f9a0eb34c');\n")).toEqual(['plugin-update-checker-token']);
  });

  it("reads a game server's bare rcon_password and ngrok's newer tokens given to pyngrok", () => {
    expect(blockingIds('server.cfg', '# change this\nrcon_password Q4XsB0wUqQP3Id\n')).toEqual(['game-server-cfg-secret']);
    expect(blockingIds('server.cfg', 'rcon_password changeme\n')).toEqual([]);
    expect(blockingIds('run_ngrok.py', 'from pyngrok import ngrok\nngrok.set_auth_token("3K6JeuwkmBT8EcUW224q5uNFAcr_viAejpqKwucpOnMpMAuI")\n')).toEqual(['ngrok-authtoken']);
  });

  it("checks a Cloudflare Tunnel token's JSON: an invented one in a guide does not block", () => {
    const token = (fields: object): string => Buffer.from(JSON.stringify(fields)).toString('base64');
    const guide = (value: string): string => `Copy the Docker command shown (example):\n\n    docker run cloudflare/cloudflared tunnel run --token ${value}\n`;
    const real = token({ a: '169c7f3b3afdb5ece1d2942121a89a1f', t: 'c088b445-73bb-4c56-87ff-a258e3963755', s: 'Hkql97Y5PGC2I9i/MNTwFQav3sIMHVgvrEkLuERA4Pc=' });
    const invented = token({ a: 'f31bcf84-50b6-4c00-a5ec-d823ec794104', t: 'c088b445-73bb-4c56-87ff-a258e3963755', s: 'ExcbtbVj3LI=' });
    expect(blockingIds('CLOUDFLARE_SETUP.md', guide(real))).toEqual(['cloudflare-tunnel-token']);
    expect(blockingIds('CLOUDFLARE_SETUP.md', guide(invented))).toEqual([]);
  });

  it('blocks a ZeroTier Central token handed to its client', () => {
    const py = "from zerotier import client\ntoken = 'xVBIabOAgVS8ZP0q3mllqwLw6JI9gB7K'\nclient.set_auth_header(\"Bearer \" + token)\n";
    expect(blockingIds('example.py', py)).toEqual(['zerotier-api-token']);
  });
});
