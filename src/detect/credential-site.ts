import type { LiteralSite } from './weak-literal.js';

// Where a password in a URL or connection string points: its user name and host, read from the text around it.
// A local database's default login is not a secret anyone chose.

// Hosts that mean "this machine", a home network (192.168/16; not 10/8 or 172.16/12, where cloud VPCs such as AWS's
// default 172.31/16 put production databases) or a compose service beside it (`@db:5432`, `@postgres`): a password
// there protects a development database. Managed databases have qualified names (Render's internal `dpg-…-a` is not listed).
const LOCAL_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal|\(localdb\)[^;]*|\.|db|database|postgres(?:ql)?|pg|mysql|mariadb|mssql|sqlserver|mongo(?:db)?|redis|rabbitmq)$/i;

// Managed database services on the internet, and EC2's public host names (Heroku Postgres, self-run databases): a
// guessable login there is open to anyone who finds the host.
const MANAGED_DATABASE_HOST =
  /\.(?:mongodb\.net|neon\.tech|supabase\.com|supabase\.co|rds\.amazonaws\.com|elephantsql\.com|render\.com|railway\.app|rlwy\.net|aivencloud\.com|psdb\.cloud|cockroachlabs\.cloud|redislabs\.com|redis-cloud\.com|upstash\.io|cleardb\.net|database\.windows\.net|compute-1\.amazonaws\.com|compute\.amazonaws\.com)$/i;

// A managed database's own host, not the docs' stand-in for one (`cluster.mongodb.net`, `your-redis.upstash.io`,
// `db.abcd.supabase.co`).
function isManagedHost(host: string): boolean {
  return MANAGED_DATABASE_HOST.test(host) && !/^cluster\.mongodb\.net$|(?:^|[.-])(?:your|my|example|sample|host|hostname|project|ref|abcd|x{3,})(?:[.-]|$)/i.test(host);
}

// Go's MySQL driver writes a connection as a DSN without a scheme: `app:pw@tcp(db.internal:3306)/shop`.
const GO_DSN_AFTER = /^@(?:tcp6?|unix)\(/;

/**
 * The user name of a URL or Go DSN whose password the value is (`postgres://app:` before it, or `"app:` when `@tcp(`
 * follows), or undefined.
 */
export function findUrlUser(before: string, after = ''): string | undefined {
  const inUrl = /:\/\/([^\s:@/]*):$/.exec(before)?.[1];
  return inUrl ?? (GO_DSN_AFTER.test(after) ? /(?:^|[\s"'`=(])([^\s:@/"'`=(]+):$/.exec(before)?.[1] : undefined);
}

/**
 * Where a password that repeats its user name points (a URL's `app:app@`, a connection string's `User Id=shop;
 * Password=shop`): `local` for this machine (the default a framework or compose file sets up), `managed` for a
 * database service on the internet (MongoDB Atlas, Neon, Supabase, RDS...), `elsewhere` for any other host;
 * undefined when the password is not the user name.
 */
export function findRepeatedUserName(site: LiteralSite): 'local' | 'managed' | 'elsewhere' | undefined {
  const before = site.before ?? '';
  const after = site.after ?? '';
  const inUrl = findUrlUser(before, after);
  const user = inUrl ?? /(?:^|[;"'\s])(?:user(?:[ _]?id)?|uid|username)[ \t]*=[ \t]*([^;"'\s]+)[ \t]*;[^\n]*?(?:password|pwd)[ \t]*=[ \t]*$/i.exec(before)?.[1];
  if (user === undefined || user.length === 0 || user.toLowerCase() !== site.value.toLowerCase()) return undefined;
  const host = inUrl !== undefined ? findUrlHost(after) : findConnectionStringHost(site) ?? readServer(`${before} ${after}`);
  if (host !== undefined && LOCAL_HOST.test(host)) return 'local';
  return host !== undefined && isManagedHost(host) ? 'managed' : 'elsewhere';
}

/**
 * Whether the value is the password of a URL on this machine (`postgres://app:pw@localhost/db`): a development
 * database's login, reported at confidence low (and as sample data outside code) rather than blocking.
 */
export function isLocalUrlPassword(site: LiteralSite): boolean {
  if (findUrlUser(site.before ?? '', site.after) === undefined) return false;
  const host = findUrlHost(site.after ?? '');
  return host !== undefined && LOCAL_HOST.test(host);
}

/**
 * Whether the value is the `Password=` of an ADO.NET / ODBC connection string whose server is this machine: `localhost`,
 * `.`, `(local)`, LocalDB, a named instance on one of them (`.\\SQLEXPRESS`), or a Windows workstation's default
 * name (`DESKTOP-3CSDKMT\\SQL2019`): a development database's login.
 */
export function isLocalConnectionStringPassword(site: LiteralSite): boolean {
  const host = findConnectionStringHost(site)?.replace(/\\{1,2}[^\\]*$/, '');
  return host !== undefined && (LOCAL_HOST.test(host) || /^(?:\(local\)|(?:DESKTOP|LAPTOP)-[A-Z0-9]{4,15})$/i.test(host));
}

/**
 * Whether the value is the password argument of a connect call (`new mysqli("localhost", "root", "…")`, `new
 * PDO("mysql:host=127.0.0.1;…", "root", "…")`) to this machine as root or with up to 8 digits (XAMPP's and MAMP's
 * local install), or to a home-network host: a development login. `localhost` alone is not: shared hosting serves
 * production PHP from a database on localhost.
 */
export function isLocalCallPassword(site: LiteralSite): boolean {
  const call = /\([ \t]*["'](?:[a-z]+:[^"']*?host=)?([^;"']*)[^"']*["'][ \t]*,[ \t]*["']([^"']*)["'][ \t]*,[ \t]*["']$/.exec(site.before ?? '');
  if (call === null) return false;
  const [, host = '', user = ''] = call;
  return /^192\.168\./.test(host) || (LOCAL_HOST.test(host) && (user === 'root' || /^[0-9]{0,8}$/.test(site.value)));
}

// The server of the connection string whose `Password=` the value is (`Server=tcp:db.shop.io,1433;…` -> db.shop.io),
// read from the whole line: an indented call puts `Host=` more than the 120 characters of `before` back.
function findConnectionStringHost(site: LiteralSite): string | undefined {
  if (!/(?:password|pwd)[ \t]*=[ \t]*$/i.test(site.before ?? '')) return undefined;
  const slot = new RegExp(`(?:password|pwd)[ \\t]*=[ \\t]*${site.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
  const line = (site.block ?? '').split('\n').find((l) => slot.test(l)) ?? site.before ?? '';
  return readServer(line);
}

// The first server or host setting in a connection string.
function readServer(text: string): string | undefined {
  return /(?:server|data source|host|address|addr)[ \t]*=[ \t]*(?:tcp:)?([^;,"'\s]*)/i.exec(text)?.[1];
}

// Mail services that catch test mail (Ethereal, Mailtrap) and local mail catchers: their logins reach no mailbox.
const TEST_MAIL_HOST = /(?:^|\.)(?:ethereal\.email|mailtrap\.io)$|^(?:mailhog|mailpit|maildev|smtp4dev)$/i;

/**
 * Whether the value is the password of a settings entry whose host, set beside it under the same prefix, is this
 * machine, a compose service or a test mail catcher (Django's `'PASSWORD'` beside `'HOST': 'localhost'`,
 * `DB_PASSWORD=` beside `DB_HOST=localhost`, `MAIL_PASS` beside `MAIL_HOST=smtp.ethereal.email`, a fallback beside
 * `os.getenv("DB_SERVER", "sqlserver")`): a development login. Not wp-config.php's `define()`: shared hosting serves
 * production WordPress from a MySQL on localhost.
 */
export function isLocalSettingsPassword(site: LiteralSite): boolean {
  if (/\bdefine\(\s*["'][^"']*["']\s*,\s*["']?$/.test(site.before ?? '')) return false;
  return readSiblingHosts(site).some((host) => LOCAL_HOST.test(host) || TEST_MAIL_HOST.test(host));
}

/**
 * Whether the value is the password of a database service on the internet (an RDS endpoint, Supabase, Neon...): in
 * a URL (`@db.abcd.supabase.co`), a connection string (`Server=…rds.amazonaws.com;…Password=`) or a settings entry
 * with its host beside it (`DB_HOST=…`). A guessable password there is open to anyone who finds the host.
 */
export function isManagedHostPassword(site: LiteralSite): boolean {
  const before = site.before ?? '';
  const inUrl = findUrlUser(before, site.after) !== undefined ? findUrlHost(site.after ?? '') : undefined;
  return [inUrl, findConnectionStringHost(site), ...readSiblingHosts(site)].some((host) => host !== undefined && isManagedHost(host));
}

// The hosts set under the password's prefix in the settings around it (`DB_HOST` for `DB_PASSWORD`, `HOST` for `PASSWORD`).
function readSiblingHosts(site: LiteralSite): string[] {
  const prefix = /(?:^|[^A-Za-z0-9_.-])([A-Za-z0-9_.-]{0,40}?)(?:password|passwd|pass|pwd)(?:["']?\s*[:=]|["']\s*,)\s*["']?$/i.exec(site.before ?? '')?.[1];
  if (site.block === undefined || prefix === undefined) return [];
  const hostKey = new RegExp(`(?:^|[^A-Za-z0-9_.-])${prefix.replace(/[.]/g, '\\.')}(?:host${prefix === '' ? '' : '|hostname|server'})(?:["']?\\s*[:=]|["']\\s*,)\\s*["']?([^"'\\s,;:}]+)`, 'gi');
  // `DB_SERVER = os.getenv("DB_SERVER", "sqlserver")` names the key twice: the value after either counts.
  return [...site.block.matchAll(hostKey)].map(([, host = '']) => host);
}

// Hosts reserved for documentation and tests (RFC 2606, RFC 6761), and the words docs write where a host goes
// (`@host/db`, `@your-host:5432`, `@db-host`): no database answers there.
const DOCUMENTATION_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid)$|^(?:host|hostname|(?:your|my|db|database)[-_]?host(?:name)?|server[-_]?(?:name|address))$/i;

/** Whether the value is the password of a URL on a documentation host (`postgres://u:pw@db.example.com`): sample data. */
export function isExampleHostPassword(site: LiteralSite): boolean {
  if (findUrlUser(site.before ?? '', site.after) === undefined) return false;
  const host = findUrlHost(site.after ?? '');
  return host !== undefined && DOCUMENTATION_HOST.test(host);
}

// The host after a URL's password: `@host:5432/db` -> host; a Go DSN's `@tcp(host:3306)/db` -> host.
function findUrlHost(after: string): string | undefined {
  return /^@(?:tcp6?\(|unix\()?\[?([^/:?#\s'"`\])]*)/.exec(after)?.[1];
}
