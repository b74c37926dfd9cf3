import type { LiteralSite } from './weak-literal.js';

// Where a password in a URL or connection string points: its user name and host, read from the text around it.
// A local database's default login is not a secret anyone chose.

// Hosts that mean "this machine" or a compose service beside it (`@db:5432`, `@postgres`): a password there
// protects a development database. Managed databases have qualified names (Render's internal `dpg-…-a` is not listed).
const LOCAL_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal|\(localdb\)[^;]*|\.|db|database|postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|redis|rabbitmq)$/i;

/** The user name of a URL whose password the value is (`postgres://app:` before it), or undefined. */
export function findUrlUser(before: string): string | undefined {
  return /:\/\/([^\s:@/]*):$/.exec(before)?.[1];
}

/**
 * Where a password that repeats its user name points (a URL's `app:app@`, a connection string's `User Id=shop;
 * Password=shop`): `local` for this machine (the default a framework or compose file sets up), `elsewhere` for any
 * other host; undefined when the password is not the user name.
 */
export function findRepeatedUserName(site: LiteralSite): 'local' | 'elsewhere' | undefined {
  const before = site.before ?? '';
  const after = site.after ?? '';
  const inUrl = findUrlUser(before);
  const user = inUrl ?? /(?:^|[;"'\s])(?:user(?:[ _]?id)?|uid|username)[ \t]*=[ \t]*([^;"'\s]+)[ \t]*;[^\n]*?(?:password|pwd)[ \t]*=[ \t]*$/i.exec(before)?.[1];
  if (user === undefined || user.length === 0 || user.toLowerCase() !== site.value.toLowerCase()) return undefined;
  const host = inUrl !== undefined ? findUrlHost(after) : /(?:server|data source|host|address|addr)[ \t]*=[ \t]*(?:tcp:)?([^;,"'\s]*)/i.exec(`${before} ${after}`)?.[1];
  return host !== undefined && LOCAL_HOST.test(host) ? 'local' : 'elsewhere';
}

/**
 * Whether the value is the password of a URL on this machine (`postgres://app:pw@localhost/db`): a development
 * database's login, reported at confidence low (and as sample data outside code) rather than blocking.
 */
export function isLocalUrlPassword(site: LiteralSite): boolean {
  if (findUrlUser(site.before ?? '') === undefined) return false;
  const host = findUrlHost(site.after ?? '');
  return host !== undefined && LOCAL_HOST.test(host);
}

/**
 * Whether the value is the password of a settings entry whose host, in the same `{…}` block, is this machine
 * (Django's `'PASSWORD': '…'` beside `'HOST': 'localhost'`): a development database's login.
 */
export function isLocalSettingsPassword(site: LiteralSite): boolean {
  if (site.block === undefined || !/password["']?\s*[:=]\s*["']$/i.test(site.before ?? '')) return false;
  const host = /["']?host["']?\s*[:=]\s*["']([^"'\s]*)["']/i.exec(site.block)?.[1];
  return host !== undefined && host.length > 0 && LOCAL_HOST.test(host);
}

// The host after a URL's password: `@host:5432/db` -> host.
function findUrlHost(after: string): string | undefined {
  return /^@\[?([^/:?#\s'"`\]]*)/.exec(after)?.[1];
}
