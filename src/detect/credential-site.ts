import { findConnectionStringHost, isCommentedLine, readServer } from './connection-site.js';
import { hasSampleProjectRef, isDocumentationHost, isLocalHost, isLoopbackHost, isManagedHost, isTestMailHost } from './database-hosts.js';
import { escapeRegExp } from './escape-regexp.js';
import { isProviderDsnPassword } from './mail-site.js';
import { readLinesAbove } from './scan-windows.js';
import type { LiteralSite } from './weak-literal.js';

// Where a password in a URL, a Go DSN or a settings entry points: its user name and host, read from the text around
// it. A local database's default login is not a secret anyone chose; a guessable one on a managed service is open.

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
 * undefined when the password is neither the user name nor its stem with a word people add (see repeatsUserStem).
 */
export function findRepeatedUserName(site: LiteralSite): 'local' | 'managed' | 'elsewhere' | undefined {
  const before = site.before ?? '';
  const after = site.after ?? '';
  const inUrl = findUrlUser(before, after);
  // `User Id=shop;Password=shop` in a connection string, `?user=shop&password=shop` in a JDBC URL. stanch:allow -- shapes
  const named = inUrl ?? /(?:^|[;?&"'\s])(?:user(?:[ _]?id)?|uid|username)[ \t]*=[ \t]*([^;&"'\s]+)[ \t]*[;&][^\n]*?(?:password|pwd)[ \t]*=[ \t]*$/i.exec(before)?.[1];
  // Also the user given by position just before it, whose stem the password may repeat: `new Sequelize('shop',
  // 'shopuser', 'shoppass')`.
  const positional = named === undefined ? /\b(?:new[ \t]+Sequelize|getConnection)[ \t]*\([^()]*["'`]([^"'`\s]{1,64})["'`][ \t]*,[ \t]*["'`]$/.exec(before)?.[1] : undefined;
  const user = named ?? positional;
  if (user === undefined || user.length === 0) return undefined;
  if (!repeatsUser(user, site.value)) return undefined;
  const exact = user.toLowerCase() === site.value.toLowerCase();
  const host = inUrl !== undefined ? findUrlHost(after) : findConnectionStringHost(site) ?? readServer(`${before} ${after}`);
  // A URL's or connection string's stem and a word (`testuser:testpassword@127.0.0.1`) is still guessable on this
  // machine: reported low, where the exact user name or a Sequelize call's own default is dropped.
  if (host !== undefined && isLocalHost(host)) return exact || positional !== undefined ? 'local' : 'elsewhere';
  return host !== undefined && isManagedHost(host) ? 'managed' : 'elsewhere';
}

// The user name itself, or its stem with a word or year (see repeatsUserStem).
function repeatsUser(user: string, value: string): boolean {
  return user.toLowerCase() === value.toLowerCase() || repeatsUserStem(user, value);
}

// The user name's stem, alone or with the word or year people add for a password (`butler_admin` → `butler`,
// `pandauser` → `pandapass`, Boundary's example `boundary:boundarydemo@`, a compose file's `jarvis` → `jarvis2026`).
function repeatsUserStem(user: string, value: string): boolean {
  const stem = user.toLowerCase().replace(/[-_.]?(?:user|usr|admin|login)$/, '');
  return stem.length >= 2 && new RegExp(`^${escapeRegExp(stem)}(?:[-_.]?(?:pass|password|pw|pwd|demo|123|1234|(?:19|20)[0-9]{2}))?$`).test(value.toLowerCase());
}

/**
 * Whether a password repeats the user set beside it under the same prefix, or its stem with a word or year:
 * user `jarvis` in N8N_BASIC_AUTH_USER and `jarvis2026` in N8N_BASIC_AUTH_PASSWORD (or its `${N8N_PASS:-…}`
 * fallback), POSTGRES_USER beside POSTGRES_PASSWORD. Guessable by anyone who reads the user.
 */
export function repeatsSiblingUser(site: LiteralSite): boolean {
  const user = readSiblingUser(site);
  return user !== undefined && repeatsUser(user, site.value);
}

function readSiblingUser(site: LiteralSite): string | undefined {
  const name = /([A-Za-z0-9_.-]+)["']?[ \t]*[=:][ \t]*["']?\$\{[A-Za-z_]\w*:?-$/.exec(site.before ?? '')?.[1] ?? site.key;
  const prefix = /^([A-Za-z0-9_.-]*?)(?:PASSWORD|PASSWD|PASS|PWD)$/i.exec(name)?.[1];
  // A bare `pass: smtpPass` beside `user: smtpUser` names two variables, not a login.
  if (prefix === undefined || prefix.length < 2) return undefined;
  const setting = new RegExp(`(?:^|[\\s"'{,-])${escapeRegExp(prefix)}USER(?:NAME)?["']?[ \\t]*[=:][ \\t]*["']?([A-Za-z][\\w-]{0,63})["']?[ \\t]*(?:[,;]|\\r?\\n|$)`, 'im');
  return setting.exec(site.block ?? '')?.[1];
}

/**
 * Whether the value is the password of a URL on this machine (`postgres://app:pw@localhost/db`): a development
 * database's login, reported at confidence low (and as sample data outside code) rather than blocking.
 */
export function isLocalUrlPassword(site: LiteralSite): boolean {
  if (findUrlUser(site.before ?? '', site.after) === undefined) return false;
  // `@localhost/db?host=/cloudsql/project:region:instance` reaches Cloud SQL through its socket: a managed database.
  if (/[?&]host=\/cloudsql\//.test(site.after ?? '')) return false;
  const host = findUrlHost(site.after ?? '');
  if (host === undefined || !isLocalHost(host)) return false;
  // A mailer provider's DSN (`gmail://user:pw@localhost`, `sendgrid://KEY@default`) ignores its host: the login is the
  // provider's.
  if (isProviderDsnPassword(site.before ?? '')) return false;
  // A camera's stream (`rtsp://admin:…@192.168.1.64:554/…`) logs in to a device on the network, not to a development
  // database, unless its password is a stand-in or a vendor default; a restream on this machine (`@localhost:8554`)
  // stays local.
  return !/\brtsps?:\/\/[^\s'"`]*$/i.test(site.before ?? '') || isLoopbackHost(host) || STOCK_CAMERA_PASSWORD.test(site.value);
}

// What guides put in a camera URL, and the defaults cameras ship with (Hikvision's 12345, Dahua's 888888).
const STOCK_CAMERA_PASSWORD = /^(?:admin|pass(?:word)?|clave|senha|camera|cam|secret|user|12345|123456|888888)[-_.!@#]?[0-9]{0,6}$/i;

/**
 * Which local host the value is the password for, if any: a settings entry whose host, set beside it under the same
 * prefix, is this machine or a compose service (`database`: Django's `'PASSWORD'` beside `'HOST': 'localhost'`,
 * `DB_PASSWORD=` beside `DB_HOST=localhost`, a fallback beside `os.getenv("DB_SERVER", "sqlserver")`) or a test mail
 * catcher (`test mail`: `MAIL_PASS` beside `MAIL_HOST=smtp.ethereal.email`): a development login. Not wp-config.php's
 * `define()`: shared hosting serves production WordPress from a MySQL on localhost.
 */
export function findLocalSettingsHost(site: LiteralSite): 'database' | 'test mail' | undefined {
  if (/\bdefine\(\s*["'][^"']*["']\s*,\s*["']?$/.test(site.before ?? '') || isWifiPassword(site) || isWordmoveRemote(site)) return undefined;
  // The nearest such host: of two connections in one script, each password belongs to its own. A builder's
  // `.setPassword("…")` belongs to the `.setHost("…")` of its own chain (Vert.x, Jedis, HikariCP options).
  const setter = /\.set(?:Password|Pass)\(\s*["']$/.test(site.before ?? '');
  const [host] = setter ? [/\.set(?:Host|Server)(?:Name)?\(\s*["']([^"'\s]+)["']/.exec(site.block ?? '')?.[1]] : readSiblingHosts(site);
  if (host === undefined) return undefined;
  if (isLocalHost(host)) return isDeployedServiceBlock(host, site.block ?? '') || isSharedHostingUser(site.block ?? '') ? undefined : 'database';
  return isTestMailHost(host) ? 'test mail' : undefined;
}

// Hostinger names every database user `u<account number>_<name>` (`u510162695_shop`) and serves it on the hosting
// server's localhost: a login for the live site's database, not a developer's.
function isSharedHostingUser(block: string): boolean {
  return /\b(?:user(?:name)?|db_?user(?:name)?|DB_USER(?:NAME)?)["']?\s*(?:=>|[:=])\s*["']u\d{6,10}_[A-Za-z0-9_]{1,40}["']/i.test(block);
}

// Settings that run the app in production (`RAILS_ENV: production`) beside a public URL of its own (`FRONTEND_URL:
// https://chat.shop.com.br`): a stack deployed on a server (a Portainer or Coolify stack), whose compose service
// database (`POSTGRES_HOST: postgres`) is that server's. Not localhost, which a developer's production build also uses.
function isDeployedServiceBlock(host: string, block: string): boolean {
  if (isLoopbackHost(host)) return false;
  const production = /\b(?:RAILS|NODE|APP|RACK|FLASK|MIX|ASPNETCORE)_ENV["']?\s*[:=]\s*["']?production\b/i.test(block);
  return production && /\b[A-Z_]*(?:FRONTEND|PUBLIC|APP|SITE|BASE)_URL["']?\s*[:=]\s*["']?https:\/\/(?!localhost\b)[\w-]+(?:\.[\w-]+)+/.test(block);
}

// A Wordmove Movefile's `staging:` or `production:` database is on the server its `ssh:` block logs in to: `localhost`
// there is that server's own database (only the `local:` environment is this machine's).
function isWordmoveRemote(site: LiteralSite): boolean {
  const above = readLinesAbove(site);
  if (!above.some((line) => /^[ \t]{1,8}wordpress_path:/.test(line))) return false;
  const environment = above.findLast((line) => /^[A-Za-z][\w-]*:[ \t]*$/.test(line))?.split(':')[0];
  return environment !== undefined && environment !== 'local';
}

// A sketch's `password` beside its `ssid` opens the Wi-Fi, not the LAN host the sketch then talks to (`host =
// "192.168.0.150"`): home networks are where Wi-Fi passwords live.
function isWifiPassword(site: LiteralSite): boolean {
  return /(?:^|[^A-Za-z0-9_])(?:pass(?:word)?|psk|pwd)\s*(?:\[\s*\])?\s*[:=]\s*["']?$/i.test(site.before ?? '') && /\bssid\s*(?:\[\s*\])?\s*[:=]/i.test(site.block ?? '');
}

/**
 * Whether the value is the password of a database service on the internet (an RDS endpoint, Supabase, Neon...): in
 * a URL (`@db.abcd.supabase.co`), a connection string (`Server=…rds.amazonaws.com;…Password=`) or a settings entry
 * with its host beside it (`DB_HOST=…`). A guessable password there is open to anyone who finds the host.
 */
export function isManagedHostPassword(site: LiteralSite): boolean {
  const before = site.before ?? '';
  const user = findUrlUser(before, site.after);
  if (user !== undefined && hasSampleProjectRef(user)) return false;
  const inUrl = user !== undefined ? findUrlHost(site.after ?? '') : undefined;
  return [inUrl, findConnectionStringHost(site), ...readSiblingHosts(site, true)].some((host) => host !== undefined && isManagedHost(host));
}

// The hosts set under the password's prefix in the settings around it (`DB_HOST` for `DB_PASSWORD`, `HOST` for
// `PASSWORD`, `MONGO_CLUSTER` for `MONGO_PASS`), nearest first, and with `jdbcUrls` the hosts of JDBC URLs there
// (`dbURL = "jdbc:redshift://…"` above `MasterUserPassword`), and of MongoDB URLs given without a login or with a
// stand-in for it (`mongoURI: 'mongodb+srv://cluster0-ab12c.mongodb.net/shop'` above `password:`,
// `DATABASE=mongodb+srv://shop:<PASSWORD>@cluster0…` above `DATABASE_PASSWORD=`): those raise a guessable password on a managed host but
// never lower one, as another setting's URL may sit beside it.
function readSiblingHosts(site: LiteralSite, jdbcUrls = false): string[] {
  // The password may be a fallback after the variable that would override it (`password: process.env.DB_PASSWORD || '…'`).
  const prefix = /(?:^|[^A-Za-z0-9_.-])([A-Za-z0-9_.-]{0,40}?)(?:password|passwd|pass|pwd)(?:["']?\s*[:=]|["']\s*,)\s*(?:process\.env\.\w{1,60}\s*(?:\|\||\?\?)\s*)?["']?$/i.exec(site.before ?? '')?.[1];
  const block = prefix === undefined ? undefined : site.block; // built on first read: only when a prefix is read
  if (block === undefined || prefix === undefined) return [];
  // Spring's `spring.datasource.url=jdbc:mysql://localhost/shop` names the host of `spring.datasource.password`.
  const jdbcKey = prefix === '' ? '' : `|url["']?\\s*[:=]\\s*["']?jdbc:[a-z0-9]{2,20}://`;
  const hostKey = new RegExp(`(?:^|[^A-Za-z0-9_.-])${prefix.replace(/[.]/g, '\\.')}(?:(?:host|hostname${prefix === '' ? '' : '|server|cluster'})(?:["']?\\s*[:=]|["']\\s*,)\\s*["']?${jdbcKey})([^"'\\s,;:}/]*)`, 'gi');
  // `DB_SERVER = os.getenv("DB_SERVER", "sqlserver")` names the key twice: the value after either counts. A
  // commented-out host (`# HOST = 'localhost'` above the live one) says nothing about a live password; it does
  // about a password commented out beside it.
  const live = !isCommentedLine(site.before ?? '');
  const commented = (match: RegExpExecArray): boolean => {
    const key = match.index + (/^[^A-Za-z0-9_.-]/.test(match[0]) ? 1 : 0);
    return isCommentedLine(block.slice(block.lastIndexOf('\n', key - 1) + 1, key));
  };
  // A password commented out reads the hosts commented out beside it when there are any (a `// host: "localhost"`
  // block above the live settings), else every host.
  const urls = jdbcUrls ? [...block.matchAll(/\b(?:jdbc:[a-z0-9]{2,20}|mongodb(?:\+srv)?):\/\/(?:[^@\s/'"]{1,200}@)?([A-Za-z0-9.-]{4,253})/g)] : [];
  const matches = [...block.matchAll(hostKey), ...urls];
  const beside = live ? matches.filter((match) => !commented(match)) : matches.filter(commented);
  const at = block.indexOf(site.value);
  const distance = (match: RegExpExecArray): number => Math.abs(match.index - at);
  return (beside.length > 0 || live ? beside : matches).sort((a, b) => distance(a) - distance(b)).flatMap((match) => readHost(match, block));
}

// A host as set, or Django's `'HOST': ''` (quotes around nothing: the database on this machine); an unquoted empty
// setting (`DB_HOST=`) names none.
function readHost(match: RegExpExecArray, block: string): string[] {
  const [whole, host = ''] = match;
  if (host !== '') return [host];
  const quote = whole.at(-1);
  return (quote === '"' || quote === "'") && block.charAt(match.index + whole.length) === quote ? ['localhost'] : [];
}

// The servers of the connection strings that docs copy: connectionstrings.com's `Aron1`, `190.190.200.100` and
// `myServerAddress`, the `afx` and `mydb` data sources of Microsoft's MFC CRecordset docs, and a stand-in's name
// (`Server=MyServerName`, `YOUR_SERVER`).
const SAMPLE_SERVER = /\b(?:data source|server|dsn)[ \t]*=[ \t]*(?:Aron1|190\.190\.200\.100|afx|mydb|(?:my|your)[_-]?server(?:[_-]?(?:name|address))?|server[_-]?name)(?![\w.])/i;

/**
 * Whether the value is the password of a URL or a .netrc entry on a documentation host (`postgres://u:pw@db.example.com`,
 * `machine api.example.com login bob password …`), of a URL whose port no server can listen on (Nightscout's README
 * `@ds099999.mongolab.com:99999/`) or of a connection string on a documentation sample's server: sample data.
 */
export function isExampleHostPassword(site: LiteralSite): boolean {
  if (SAMPLE_SERVER.test(site.before ?? '')) return true;
  const netrcHost = /\bmachine[ \t]+(\S+)[ \t]+login[ \t]+\S+[ \t]+password[ \t]+$/.exec(site.before ?? '')?.[1];
  if (netrcHost !== undefined) return isDocumentationHost(netrcHost);
  if (findUrlUser(site.before ?? '', site.after) === undefined) return false;
  const host = findUrlHost(site.after ?? '');
  const port = /^@[^/:?#\s'"`]*:([0-9]{1,7})(?![0-9])/.exec(site.after ?? '')?.[1];
  return (host !== undefined && isDocumentationHost(host)) || (port !== undefined && Number(port) > 65535);
}

// The host after a URL's password: `@host:5432/db` -> host; a Go DSN's `@tcp(host:3306)/db` -> host.
function findUrlHost(after: string): string | undefined {
  return /^@(?:tcp6?\(|unix\()?\[?([^/:?#\s'"`\])]*)/.exec(after)?.[1];
}

/**
 * Whether a URL's login was blanked by hand before committing: a stand-in user name (`unknown`, `user`, `xxx`) with a
 * digit run or filler as the password (`mongodb+srv://unknown:12345@cluster0…`). Either alone is still a login.
 */
export function isBlankedUrlLogin(site: LiteralSite): boolean {
  const user = findUrlUser(site.before ?? '', site.after);
  if (user === undefined || !/^(?:unknown|user(?:name)?|your[_-]?user(?:name)?|db[_-]?user|x{3,}|\*{3,})$/i.test(user)) return false;
  return /^(?:1234[0-9]{0,6}|0{4,}|x{4,}|\*{4,})$/i.test(site.value);
}
