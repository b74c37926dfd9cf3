import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 157 to 164 (Nuxt, SvelteKit, Astro and Remix apps, Shopify and
// e-commerce back ends, retrieval-augmented LLM apps, web server and proxy configuration, backup scripts, Flutter
// apps). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 157: Nuxt, SvelteKit, Astro and Remix apps', () => {
  it("reports SvelteKit's and Astro's CSRF origin check turned off (medium)", () => {
    expect(scan('svelte.config.js', 'const config = {\n  kit: { adapter: adapter(), csrf: { checkOrigin: false } }\n};\n')).toEqual([{ ruleId: 'js-framework-csrf-origin-check-off', blocking: false }]);
    expect(scan('astro.config.mjs', 'security: { checkOrigin: true }\n')).toEqual([]);
  });

  it("blocks Remix cookie sessions signed with the docs' published secret, not one read from the environment", () => {
    expect(blockingIds('app/sessions.ts', "createCookieSessionStorage({\n  cookie: { name: '__session', secrets: ['s3cr3t'] },\n});\n")).toEqual(['weak-secret-key']);
    expect(blockingIds('app/sessions.ts', "createCookieSessionStorage({\n  cookie: { secrets: [process.env.SESSION_SECRET!] },\n});\n")).toEqual([]);
  });
});

describe('sample 158: Shopify apps and e-commerce back ends', () => {
  it('lowers a Shopify Storefront public token, not an Admin API token sent the same way', () => {
    const storefront = "const token = '5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b';\nfetch(`https://shop.myshopify.com/api/2024-01/graphql.json`, { headers: { 'X-Shopify-Storefront-Access-Token': token } });\n";
    expect(blockingIds('utils/index.js', storefront)).toEqual([]);
    expect(blockingIds('utils/index.js', 'STOREFRONT_PRIVATE_TOKEN = "5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app/routes/api.products.jsx', "headers: { 'X-Shopify-Access-Token': 'shpua_5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b' }\n")).toEqual(['shopify-access-token']);
  });
});

describe('sample 159: retrieval-augmented LLM apps', () => {
  it("blocks a key object built from a literal (Weaviate's new ApiKey / Auth.api_key), not one built from the environment", () => {
    // Reported by the Weaviate rule since sample 1094, which names the provider.
    expect(blockingIds('src/weaviate.ts', 'authCredentials: new weaviate.ApiKey("Yq7LZ2XKT9MWB4RFSm3vTk8pWr4nBc7dQx2A"),\n')).toEqual(['weaviate-api-key']);
    expect(blockingIds('chat.py', 'auth_credentials=Auth.api_key("Yq7LZ2XKT9MWB4RFSm3vTk8pWr4nBc7dQx2A")\n')).toEqual(['weaviate-api-key']);
    expect(blockingIds('src/weaviate.ts', 'authCredentials: new weaviate.ApiKey(process.env.WEAVIATE_API_KEY!),\n')).toEqual([]);
  });

  it('blocks Weaviate deployed with anonymous access, lowered in a compose file', () => {
    const render = '  - type: web\n    name: weaviate\n    envVars:\n      - key: AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED\n        value: "true"\n';
    expect(blockingIds('render.yaml', render)).toEqual(['database-container-no-password']);
    expect(blockingIds('docker-compose.yml', "services:\n  weaviate:\n    environment:\n      AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED: 'true'\n")).toEqual([]);
  });
});

describe('sample 160: web server and reverse proxy configuration', () => {
  it('blocks credentials a proxy adds to forwarded requests: Authorization in Apache, API-key headers in nginx and Caddy', () => {
    expect(blockingIds('apache/sap-proxy.conf', '    RequestHeader set Authorization "Basic c2hvcGFwaTpXcTR2VDh6TG0yUnA3Yw=="\n')).toEqual(['http-authorization-header']);
    expect(blockingIds('nginx/conf.d/api.conf', 'location /api/ {\n    proxy_set_header X-API-Key "Kv7rT2mXq9LpR4wZ8NcY";\n}\n')).toEqual(['proxy-api-key-header']);
    expect(blockingIds('Caddyfile', '    header_up X-Api-Key {env.API_KEY}\n')).toEqual([]);
  });

  it("reports Traefik's api.insecure (medium), not forwardedHeaders.insecure", () => {
    expect(scan('traefik/traefik.yml', 'api:\n  dashboard: true\n  insecure: true\n')).toEqual([{ ruleId: 'traefik-api-insecure', blocking: false }]);
    expect(scan('traefik/traefik.yml', 'entryPoints:\n  web:\n    forwardedHeaders:\n      insecure: true\n')).toEqual([]);
  });
});

describe('sample 161: backup and cron scripts', () => {
  it('blocks a password on a mysqldump or mongodump command line, once, and not a database name after a bare -p', () => {
    expect(blockingIds('db-backup.sh', "/usr/bin/mysqldump -u root -p'Kq8v~Tz2m!Xk' shop_live | gzip > /backup/shop.sql.gz\n")).toEqual(['database-cli-password']);
    expect(blockingIds('backup.sh', 'mysqldump --user=root --password=Wq7vTk2mLz9x --add-drop-table shop > shop.sql\n')).toEqual(['database-cli-password']);
    expect(blockingIds('mongo_backup.py', 'cmd = "mongodump -u admin -p  Rk4wXq9v2mTzL7pN  --authenticationDatabase admin --db erp"\n')).toEqual(['database-cli-password']);
    expect(blockingIds('restore.sh', 'mysql -u root -p shop_live < schema.sql\n')).toEqual([]);
  });
});

describe('sample 162: Flutter apps', () => {
  it('reads hex in dashed groups on its digits (a BunnyCDN storage password), not as punctuated text', () => {
    expect(blockingIds('lib/services/bunny.dart', "  static const String apiKey = 'b23a8c1f-4e2d-9a7b-5c3e1f8a2d4b-6c9e-0a3f';\n")).toEqual(['generic-secret-assignment']);
  });

  it('lowers a Web Push (VAPID) public key under a neutral name', () => {
    const vapid = `B${'Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAu_Qm4vT9xLw2ZpR7nKc3Hy8JdA6bWe1FgU-Zq8vTk2mLx9pWr4nBc7dY3h'.slice(0, 86)}`;
    expect(blockingIds('assets/.env', `TOKEN_KEY=${vapid}\n`)).toEqual([]);
    // The same length and alphabet without the point's leading 0x04 is a token like any other.
    expect(blockingIds('assets/.env', `TOKEN_KEY=Q${vapid.slice(1)}\n`)).toEqual(['dotenv-file', 'generic-secret-assignment']);
  });
});

describe('sample 163: data dashboards', () => {
  it('says why a lowered secret was lowered, not that every lowered value is short or guessable', () => {
    const renviron = 'host = "localhost"\npwd = "Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAu"\n';
    const [local] = detectChunk({ path: '.Renviron', text: renviron }, pack);
    expect(local).toMatchObject({ ruleId: 'generic-secret-assignment', confidence: 'low' });
    expect(local?.message).toContain('(a database on this machine; confidence lowered)');
  });

  it('judges each password by its nearest host, not by any localhost in the file', () => {
    const r = 'con <- dbConnect(RPostgres::Postgres(),\n  host = "pg.remote-analytics.io",\n  password = "Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAu")\ncon2 <- dbConnect(RPostgres::Postgres(),\n  host = "localhost",\n  password = "Qm4vT9xLw2ZpR7nKc3Hy8JdA6bWe1FgU")\n';
    expect(detectChunk({ path: 'db_connect.R', text: r }, pack).map((f) => [f.line, f.confidence])).toEqual([[3, 'medium'], [6, 'low']]);
  });
});

describe('sample 164: Next.js SaaS starters', () => {
  it("does not block a build's dummy value whose base64 body behind a provider-style prefix says dummy", () => {
    expect(blockingIds('Dockerfile', '# --- DUMMY BUILD-TIME VARIABLES ---\nENV VOICEFLOW_API_KEY="VF.ZHVtbXk="\n')).toEqual([]);
    expect(blockingIds('Dockerfile', 'ENV VOICEFLOW_API_KEY="VF.Kv7rT2mXq9LpR4wZ8NcY3bHd"\n')).toEqual(['dockerfile-secret-env-arg']);
  });

  it("blocks an account password hashed from a literal in a seed, not one read from the environment", () => {
    expect(blockingIds('prisma/seed.ts', "const hashedPassword = await bcrypt.hash('Kx7-ferret-52', 10);\n")).toEqual(['password-hash-literal']);
    expect(blockingIds('prisma/seed.ts', 'const hashedPassword = await bcrypt.hash(process.env.ADMIN_PASSWORD!, 10);\n')).toEqual([]);
  });

  it('reads a browser-exposed secret name that a formatter moved to the next line', () => {
    expect(blockingIds('src/lib/constants.ts', 'export const NEXT_PUBLIC_GOOGLE_SECRET = process.env\n  .NEXT_PUBLIC_GOOGLE_SECRET as string;\n')).toEqual(['client-exposed-secret-env-read']);
  });
});

describe('samples 165 and 168: business apps and game-server panels', () => {
  it("blocks Odoo's master password left in odoo.conf, not its stored hash", () => {
    expect(blockingIds('odoo.conf', '[options]\nadmin_passwd = admin\ndb_host = dpg-fake123-a.oregon-postgres.render.com\n')).toEqual(['odoo-master-password']);
    expect(blockingIds('odoo.conf', '[options]\nadmin_passwd = $pbkdf2-sha512$600000$Kv7rT2mX$Qm4vT9xLw2ZpR7nKc3Hy8JdA\n')).toEqual([]);
  });

  it("reads Dolibarr's cookie crypt key and names Pterodactyl panel keys", () => {
    expect(blockingIds('htdocs/conf/conf.php', "$dolibarr_main_cookie_cryptkey='d9bfd097fec6598d1501ec7a5f626c8c806f800b546b0f925f61ecbe809055a6';\n")).toEqual(['encryption-key-assignment']);
    expect(blockingIds('bot/config.py', "PTERO_API_KEY = 'ptlc_Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAuQm4vT9xLw2Z'\n")).toEqual(['pterodactyl-api-key']);
  });

  it("blocks a Twitch token copied with the redirect URL of Twitch's token page", () => {
    expect(blockingIds('generate_credentials.py', "URL = 'https://twitchapps.com/tmi/#access_token=iab64xgumy4c8kxs4f13kyre9um7ih&scope=chat%3Aread'\n")).toEqual(['twitch-api-token']);
  });
});

describe('sample 167: enterprise SaaS integration scripts', () => {
  it("blocks jsforce's login(user, password, callback) and an upper-case FRESHDESK_KEY", () => {
    expect(blockingIds('server.js', "conn.login('ops@shop.io', 'Tq8v#mW2pZr4', function(err, userInfo) {\n")).toEqual(['login-call-password']);
    expect(blockingIds('freshdesk/get_tickets.py', 'FRESHDESK_KEY = "Zq8vTk2mLx9pWr4nBc7d"\n')).toEqual(['freshdesk-api-key']);
  });

  it("leaves a HubSpot token to HubSpot's rule: a mangled one in a sample config is not a generic secret", () => {
    const token = 'pat-na1-5c2e9a7b-3d1f-8c6e-4a2b-0d9f7e5c3a1b';
    expect(blockingIds('config/hubspot.spc', `private_app_token = "${token}"\n`)).toEqual(['hubspot-private-app-token']);
    expect(blockingIds('config/hubspot.spc', `# private_app_token = "${token.slice(0, -1)}"\n`)).toEqual([]);
  });
});
