import type { CompiledRule } from '../types.js';
import type { ContentHit } from './content-hits.js';
import { isManagedHostPassword } from './credential-site.js';
import { shannonEntropy } from './entropy.js';
import { isDemoPassword } from './placeholder.js';
import { FIRST_GUESS_WORD, isPasswordKey, isStockValue, STOCK_ACCOUNT_WORD, type LiteralSite } from './weak-literal.js';

// Passwords whose grade depends on more than their letters: generated-looking short values, mail app passwords,
// guesses beside a managed database's host, and the weak grades a file's context takes back.

/** Why a kept password is lowered when its host is this machine; a production-only config file keeps it. */
export const LOCAL_DATABASE = 'a database on this machine';

/** Why a URL's password typed as runs is weak: a guide's filler outside code (dropped there); in code it is kept. */
export const TYPED_URL_PASSWORD = 'a password typed as runs';

/**
 * Whether short hex (`8618a0c3f2b4d5c8`, mostly an id or a digest elsewhere) or 14 or more mixed digits (a FRITZ!Box's
 * 16-digit Wi-Fi key) sits under a password name: there it was generated.
 */
export function isGeneratedPassword({ value, key }: LiteralSite): boolean {
  const hex = /^(?=[a-f]*[0-9])(?=[0-9]*[a-f])[0-9a-f]{12,19}$/i.test(value) && shannonEntropy(value) >= 2.8;
  const digits = /^[0-9]{14,32}$/.test(value) && shannonEntropy(value) >= 2.9;
  return (hex || digits) && isPasswordKey(key);
}

/**
 * Whether a value is a mail service's app password or authorisation code (Gmail's, QQ and 163 Mail's): 16 random
 * lower-case letters under a mail key; few vowels tell it from a long word (`internationalize`).
 */
export function isMailAppPassword({ value, key, before }: LiteralSite): boolean {
  if (!/^[a-z]{16}$/.test(value) || (value.match(/[aeiou]/g) ?? []).length > 5) return false;
  return /mail|smtp|imap/i.test(`${key} ${before ?? ''}`) && isPasswordKey(key);
}

// Words people keep as a password with digits added: on a managed host a guess anyone can try, elsewhere a default.
const STOCK_WORD = `${STOCK_ACCOUNT_WORD}|administrator|senha`;
const STOCK_WORD_COUNT = new RegExp(`^(?:${STOCK_WORD})[-_@.]?123(?:4(?:5(?:6(?:7(?:8(?:90?)?)?)?)?)?)?[!@#.]?$`, 'i');
const STOCK_WITH_DIGITS = new RegExp(`^(?:${FIRST_GUESS_WORD}|${STOCK_WORD})[0-9!@#$.]{1,6}$`, 'i');

/**
 * Whether a value is a stock word and the digits counted after it (`admin123456`, `senha123456`): the login a setup
 * script or guide starts with.
 */
export function isStockWordCount(value: string): boolean {
  return STOCK_WORD_COUNT.test(value);
}

/**
 * A stock password in any slot: a stock word alone or with digits, a short run of digits, a count or a word and
 * `password` (`1234pass`, `masterpassword`).
 */
export function isStockPasswordValue(value: string): boolean {
  return isStockValue(value) || /^[0-9]{1,6}$/.test(value) || /^(?:[0-9]{1,4}|[a-z]{2,10})[ _-]?pass(?:word)?$/i.test(value);
}

/** Whether a guessable password sits beside a managed database's host, where anyone who finds the host can try it. */
export function isGuessOnManagedHost(rule: CompiledRule, candidate: LiteralSite): boolean {
  const { value, key } = candidate;
  // Digits or short hex (ClearDB issues 8 hex digits) read as ids elsewhere; as a managed database's password under a
  // password key they are its login, and so are digits as a connection string's password (`root:123456@tcp(47.…)`);
  // a guide's `abc123def456` there is typed filler.
  const digits = rule.generic
    ? /^(?:[0-9]{4,12}|(?=[a-f]*[0-9])(?=[0-9]*[a-f])[0-9a-f]{8,19})$/i.test(value) && isPasswordKey(key)
    : rule.kind === 'secret' && /^[0-9]{4,12}$/.test(value);
  // A stock or demo password with digits or a symbol added (`Password1`, `admin123`, `MyPassword!`); a bare
  // `password` stays a placeholder.
  const stock = STOCK_WITH_DIGITS.test(value) || isDemoPassword(value);
  const demo = rule.kind === 'secret' && stock && /[^A-Za-z]/.test(value) && !/^your/i.test(value); // YourSecurePassword123! is a placeholder
  // A short run of letters and digits typed again and again (`p2p2p2p2`): filler in a guide, a login on a real host.
  const runs = /^([a-z0-9]{2,4})\1{1,7}$/i.test(value) && /[0-9]/.test(value) && /[a-z]/i.test(value);
  return (digits || demo || (runs && rule.kind === 'secret')) && isManagedHostPassword(candidate);
}

/** In a file only production reads, a database on localhost is the production server's own: its password is kept, outside development or CI blocks. */
export function keepProductionPassword(hit: ContentHit): ContentHit {
  return hit.devBlock === true ? hit : takeBackWeak(hit, LOCAL_DATABASE);
}

/**
 * A URL password typed as runs that survived the context filter sits in code: there it is the password in use
 * (`mongodb+srv://shop:Zxcvbnm@12345@cluster0…`), not a guide's filler.
 */
export function keepCodeUrlPassword(hit: ContentHit): ContentHit {
  return takeBackWeak(hit, TYPED_URL_PASSWORD);
}

// The hit at its rule's confidence again when it was weak for `why` alone.
function takeBackWeak(hit: ContentHit, why: string): ContentHit {
  if (hit.grade !== 'weak' || hit.why !== why) return hit;
  const { grade: _grade, why: _why, ...kept } = hit;
  return kept;
}
