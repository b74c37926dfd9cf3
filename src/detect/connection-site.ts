import { isLocalHost, isManagedHost } from './database-hosts.js';
import { escapeRegExp } from './escape-regexp.js';
import { isStockValue, type LiteralSite } from './weak-literal.js';

// Where the password of an ADO.NET / ODBC / libpq connection string or of a database connect call points.

/**
 * Whether the value is the `Password=` of an ADO.NET / ODBC connection string whose server is this machine: `localhost`,
 * `.`, `(local)`, LocalDB, a named instance on one of them (`.\\SQLEXPRESS`), or a Windows workstation's default
 * name (`DESKTOP-3CSDKMT\\SQL2019`): a development database's login.
 */
export function isLocalConnectionStringPassword(site: LiteralSite): boolean {
  const host = findConnectionStringHost(site)?.replace(/\\{1,2}[^\\]*$/, '');
  return host !== undefined && (isLocalHost(host) || /^(?:\(local\)|(?:DESKTOP|LAPTOP)-[A-Z0-9]{4,15})$/i.test(host));
}

/**
 * Whether the value is the password argument of a connect call (`new mysqli("localhost", "root", "…")`, `new
 * PDO("mysql:host=127.0.0.1;…", "root", "…")`, JDBC's `getConnection("jdbc:mysql://localhost/…", "root", "…")`) to
 * this machine as root or postgres (the superusers a local install creates) or with up to 8 digits (XAMPP's and MAMP's
 * local install), or to a home-network host: a development login. `localhost` alone is not: shared hosting serves
 * production PHP from a database on localhost.
 */
export function isLocalCallPassword(site: LiteralSite): boolean {
  const before = site.before ?? '';
  const call = /\([ \t]*["']([^"']*)["'][ \t]*,[ \t]*["']([^"']*)["'][ \t]*,[ \t]*["']$/.exec(readCallHead(site));
  if (call !== null) return isDevelopmentLogin(readUrlHost(call[1] ?? ''), call[2] ?? '', site.value);
  const named = /\([ \t]*([A-Za-z_]\w{0,40})[ \t]*,[ \t]*["']([^"']*)["'][ \t]*,[ \t]*["']$/.exec(before);
  const setter = /\.setPassword\([ \t]*["']$/.test(before);
  if (named === null && !setter) return false;
  // The URL named by a variable (`getConnection(url, "root", "…")` after `url = "jdbc:mysql://localhost/…"`) or set on
  // the same data source (`ds.setUrl("jdbc:…")` beside `ds.setPassword("…")`), in the lines around. A live call reads
  // only the live assignments: `//url = "jdbc:mysql://…rds…"; //production` is not its URL.
  const slot = named === null ? '\\.set(?:Jdbc)?Url\\([ \\t]*' : `(?:^|[^\\w.])${named[1] ?? ''}[ \\t]*=[ \\t]*`;
  const assigned = new RegExp(`${slot}["']([^"'\\n]*)["']`);
  const live = !isCommentedLine(before);
  const urlsIn = (text: string, skipComments: boolean): string[] =>
    text.split('\n').flatMap((line) => (skipComments && isCommentedLine(line) ? [] : (assigned.exec(line)?.slice(1, 2) ?? [])));
  const near = urlsIn(site.block ?? '', live);
  // Else the variable's last assignment further up (a class's `private static String url = "jdbc:…"` above the method).
  const urls = near.length > 0 || named === null ? near : urlsIn(site.above ?? '', true).slice(-1);
  const user = named?.[2] ?? /\.setUser(?:name)?\([ \t]*["']([^"']*)["']/.exec(site.block ?? '')?.[1] ?? '';
  return urls.length > 0 && urls.every((url) => isDevelopmentLogin(readUrlHost(url), user, site.value));
}

// The value's line up to it, longer than `before` (120 characters) where the block holds it: a JDBC URL with its query
// options pushes the call's `(` further back (`getConnection("jdbc:mysql://localhost:3306/db?useUnicode=…", …)`).
function readCallHead(site: LiteralSite): string {
  const before = site.before ?? '';
  const block = site.block ?? '';
  const at = block.indexOf(before + site.value);
  if (at < 0) return before;
  return block.slice(Math.max(block.lastIndexOf('\n', at) + 1, at - 400), at) + before;
}

/**
 * Whether the value is the password a database client command reads from the environment before it
 * (`PGPASSWORD=… psql -h localhost …`, `MYSQL_PWD=… mysqldump …`) and the command connects to this machine: with a
 * local `-h` / `--host`, or none (the local socket); not on a command run over ssh.
 */
export function isLocalClientPassword(site: LiteralSite): boolean {
  // Not a command sent over ssh: 127.0.0.1 there is the server's own database.
  if (!/\b(?:PGPASSWORD|MYSQL_PWD)=["']?$/.test(site.before ?? '') || /\bssh\b/.test(site.before ?? '')) return false;
  const command = /^["']?[ \t]+(?:sudo[ \t]+(?:-\S+[ \t]+)*)?(?:psql|pg_dump|pg_dumpall|pg_restore|createdb|dropdb|mysql|mysqldump|mysqladmin)\b([^\n|;&]*)/.exec(site.after ?? '');
  if (command === null) return false;
  const host = /(?:^|[ \t])(?:-h[ \t]*|--host[= ])["']?([^\s"']+)/.exec(command[1] ?? '')?.[1];
  return host === undefined || isLocalHost(host);
}

/** Whether a line (or the start of one) is commented out: `#`, `//`, `--`, `;` or a block comment's `*`. */
export function isCommentedLine(text: string): boolean {
  return /^[ \t]*(?:#|\/\/|--|;|\/?\*)/.test(text);
}

// The host after a PDO DSN's `host=` or a JDBC URL's `//` (`jdbc:mysql://localhost:3306/shop`), or the text itself.
function readUrlHost(url: string): string {
  return /^(?:[a-z]+:[^"']*?host=|jdbc:[a-z]+:(?:[a-z]+:)?@?(?:\/\/)?)?([^;:/"']*)/.exec(url)?.[1] ?? '';
}

// Oracle's thin URL names its host after `@` with no slashes (`jdbc:oracle:thin:@localhost:1521:xe`); its DBA is
// `system`. A stock password on this machine (`welcome`, `root@123`) is a classroom install's.
function isDevelopmentLogin(host: string, user: string, password: string): boolean {
  if (/^192\.168\./.test(host)) return true;
  if (!isLocalHost(host)) return false;
  return user === 'root' || user === 'postgres' || user === 'system' || /^[0-9]{0,8}$/.test(password) || isStockValue(password);
}

/**
 * The server of the connection string whose `Password=` the value is (`Server=tcp:db.shop.io,1433;…` -> db.shop.io),
 * read from the whole line: an indented call puts `Host=` more than the 120 characters of `before` back. For a URL
 * that carries the password as a parameter (`jdbc:postgresql://localhost/shop?user=app&password=…`), the URL's host.
 */
export function findConnectionStringHost(site: LiteralSite): string | undefined {
  if (!/(?:password|pwd)[ \t]*=[ \t]*$/i.test(site.before ?? '')) return undefined;
  const slot = new RegExp(`(?:password|pwd)[ \\t]*=[ \\t]*${escapeRegExp(site.value)}`, 'i');
  const line = (site.block ?? '').split('\n').find((l) => slot.test(l)) ?? site.before ?? '';
  if (/[?&]password[ \t]*=[ \t]*$/i.test(site.before ?? '')) return /\/\/(?:[^\s/@?"']*@)?(\[[0-9a-f:]+\]|[^\s/:;?,"']+)[^\s?"']*\?[^\s"']*?[?&]password=/i.exec(line)?.[1];
  return readServer(line);
}

/** The first server or host setting in a connection string. */
export function readServer(text: string): string | undefined {
  return /(?:server|data source|host|address|addr)[ \t]*=[ \t]*(?:tcp:)?([^;,"'\s]*)/i.exec(text)?.[1];
}

/**
 * Whether the value is the password sshpass or PuTTY's plink passes to log in to a server at a public address
 * (`sshpass -p … ssh root@47.104.…`): however guessable, it opens that server to anyone who reads it.
 */
export function isPublicServerPassword(site: LiteralSite): boolean {
  if (!/\b(?:sshpass|plink|pscp)\b/.test(site.before ?? '')) return false;
  const host = /@(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(`${site.before ?? ''} ${site.after ?? ''}`)?.[1];
  return host !== undefined && isManagedHost(host);
}
