// Which database and mail hosts mean development, a managed service on the internet, or documentation: the host
// half of deciding whether a password beside one is a secret (see credential-site.ts).

// Hosts that mean "this machine" (also `local`, a typo for it that resolves nowhere else), a home network
// (192.168/16; not 10/8 or 172.16/12, where cloud VPCs such as AWS's default 172.31/16 put production databases,
// except Docker's default bridge 172.17/16, a container on the developer's machine) or a compose service beside it
// (`@db:5432`, `@postgres`): a password there protects a development database, also with a version or role suffix
// (`@mysql8019`, `@postgres-db`, `@clickhouse-server`, `@postgres-postgis`) or an app's name before it
// (`@shop-master-db`, a compose or cluster service name: no dot, so not on the internet). Managed databases have
// qualified names (Render's internal `dpg-…-a` is not listed). `dockerhost` is the Docker host's alias in
// Mattermost's and other dev configs.
const LOCAL_HOST =
  /^(?:localhost|local|127(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.17(?:\.\d{1,3}){2}|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal|dockerhost|\(localdb\)[^;]*|\.|(?:db|database|postgres(?:ql)?|postgis|timescaledb|pg|mysql|mariadb|mssql|sqlserver|mongo(?:db)?|redis|valkey|rabbitmq|clickhouse)(?:[-_]?(?:\d{1,6}|db|server|service|svc|primary|master|dev|local))?|[a-z][a-z0-9]{0,30}(?:[-_][a-z0-9]{1,30}){0,3}[-_](?:db|database|postgres(?:ql)?|postgis|pg|mysql|mariadb|mongo(?:db)?|redis|clickhouse))$/i;

// Managed database services on the internet (PaaS databases too: Render, Railway, PythonAnywhere, Scalingo, Koyeb;
// mLab, whose URLs old Heroku apps still carry), EC2's public host names (Heroku Postgres, self-run databases), the
// MySQL hosts of shared and free hosting (Hostinger, InfinityFree, db4free) and dynamic-DNS names (a home server
// opened to the internet: `shop.ddns.net:3306`), as a name under the service's domain or the domain itself
// (`remotemysql.com`): a guessable login there is open to anyone who finds the host.
const MANAGED_DATABASE_HOST =
  /(?:^|\.)(?:ondigitalocean\.com|database\.azure\.com|main-hosting\.eu|hstgr\.io|epizy\.com|infinityfree\.(?:com|net)|freesqldatabase\.com|db4free\.net|remotemysql\.com|clever-cloud\.com|tidbcloud\.com|mongodb\.net|neon\.tech|clickhouse\.cloud|supabase\.com|supabase\.co|rds\.amazonaws\.com|redshift(?:-serverless)?\.amazonaws\.com|elephantsql\.com|mlab\.com|render\.com|railway\.app|rlwy\.net|pythonanywhere-services\.com|scalingo-dbs\.com|koyeb\.app|aivencloud\.com|psdb\.cloud|cockroachlabs\.cloud|redislabs\.com|redis-cloud\.com|upstash\.io|cleardb\.(?:net|com)|database\.windows\.net|compute-1\.amazonaws\.com|compute\.amazonaws\.com|ddns\.net|duckdns\.org|no-ip\.(?:org|com|biz|info)|noip\.me|hopto\.org|zapto\.org|sytes\.net|myftp\.(?:org|biz)|serveftp\.com|dyndns\.org|dynu\.net|freeddns\.org|mooo\.com)$/i;

/**
 * Whether a host is on the internet: a managed database's own, not the docs' stand-in for one (a documentation host
 * such as `cluster0.mongodb.net` or `db.supabase.co` without a project ref, or `your-redis.upstash.io`,
 * `db.abcd.supabase.co`, `placeholder.supabase.co`, `redis-12345.c123….redislabs.com`), or a public IPv4 address.
 */
export function isManagedHost(host: string): boolean {
  if (isPublicIPv4(host)) return true;
  if (!MANAGED_DATABASE_HOST.test(host) || isDocumentationHost(host) || hasSampleProjectRef(host)) return false;
  // An Atlas cluster's name is its owner's word (`project.b4wyhrv.mongodb.net`): after it, the cluster's id says
  // whether the host is real.
  const named = ATLAS_WITH_ID.test(host) ? host.slice(host.indexOf('.')) : host;
  return !/(?:^|[.-])(?:your|my|my-?(?:db|database|instance|cluster|server)|example|sample|host|hostname|project|ref|abcd|abc123|x{3,}|1234|12345|123456|placeholder|dummy|fake|demo)(?:[.-]|$)/i.test(named);
}

const ATLAS_WITH_ID = /^(?!your|example|sample)[a-z][a-z0-9-]{0,40}\.(?=[a-z]{0,6}[0-9])[a-z0-9]{5,7}\.mongodb\.net$/i;

// A public IPv4 address (`jdbc:mysql://175.24.…:3306/shop` in a prod profile): a database on the internet. Not the
// private, loopback, link-local, shared (100.64/10), multicast or documentation ranges, nor the addresses docs use
// as stand-ins (1.2.3.4, 123.45.67.89, one number four times).
function isPublicIPv4(host: string): boolean {
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return false;
  const parts = host.split('.').map(Number);
  const [a = 0, b = 0, c = 0] = parts;
  if (parts.some((n) => n > 255) || a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if ((a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  return !/^(?:1\.2\.3\.4|123\.45\.67\.89|12\.34\.56\.78|(\d{1,3})(?:\.\1){3})$/.test(host);
}

/**
 * Whether a host or user name holds the alphabet where docs put a project's id (`db.abcdefghijklmnop.supabase.co`,
 * the pooler's user `postgres.abcdefghijklmnop`).
 */
export function hasSampleProjectRef(name: string): boolean {
  return /abcdefgh/i.test(name);
}

// Names that resolve to this machine by design: `*.localhost`, the lvh.me and localtest.me loopback domains, and the
// local Cloud Foundry VMs of PCF Dev (`*.local.pcfdev.io`) and CF Dev (`*.dev.cfdev.sh`).
const LOOPBACK_DOMAIN = /(?:^|\.)(?:localhost|lvh\.me|localtest\.me|local\.pcfdev\.io|dev\.cfdev\.sh)$/i;

/** Whether a database host is this machine, a home network or a compose service. */
export function isLocalHost(host: string): boolean {
  return LOCAL_HOST.test(host) || LOOPBACK_DOMAIN.test(host);
}

/** Whether a host names this machine itself (`localhost`, a loopback or any-address, Docker's host alias). */
export function isLoopbackHost(host: string): boolean {
  return /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1|host\.docker\.internal)$/i.test(host);
}

// Mail services that catch test mail (Ethereal, Mailtrap) and local mail catchers: their logins reach no mailbox.
const TEST_MAIL_HOST = /(?:^|\.)(?:ethereal\.email|mailtrap\.io)$|^(?:mailhog|mailpit|maildev|smtp4dev)$/i;

/** Whether a mail host catches test mail. */
export function isTestMailHost(host: string): boolean {
  return TEST_MAIL_HOST.test(host);
}

// Hosts reserved for documentation and tests (RFC 2606, RFC 6761), the words docs write where a host goes
// (`@host/db`, `@your-host:5432`, `@db-host`), and an Atlas cluster without its id (`cluster0.mongodb.net`,
// `dev.mongodb.net`; a real one is `cluster0.ab1cd.mongodb.net`, on older clusters `cluster0-ab1cd.mongodb.net`), a
// service host with example inside its first label (`us1-example-12345.upstash.io`): no database answers there;
// Neon's `ep-name.region.aws.neon.tech` in its guides; a first label of one letter repeated
// (`aaa.ccc.us-east-1.redshift.amazonaws.com`); a label that is `example` or x's inside a managed host
// (`cluster0.xxxxx.mongodb.net`, `cluster0.example.mongodb.net`); a provider's domain with `db.` before it
// (`db.render.com`, `db.supabase.co`), not a database it serves.
const DOCUMENTATION_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid)$|^(?:[a-z0-9]+-)+example(?:-[a-z0-9]+)+\.|^(?:host|hostname|(?:your|my|db|database)[-_]?host(?:name)?|server[-_]?(?:name|address)|[a-z0-9]{1,40}\.mongodb\.net|db\.(?:supabase\.co|render\.com|railway\.app|neon\.tech))$|^ep-(?:name|x{3,}|your[\w-]*)\.|\.region\.aws\.neon\.tech$|^([a-z])\1{2,}\.|(?:^|\.)(?:example|x{3,})\./i;

/** Whether a host is one reserved for documentation or a word docs write in its place. */
export function isDocumentationHost(host: string): boolean {
  return DOCUMENTATION_HOST.test(host);
}
