import { isBareDerKey, isFakePrivateKey } from './fake-keys.js';
import { PLACEHOLDER_SHAPES, PLACEHOLDER_WORDS } from './placeholder-shapes.js';
import { isPublishedCredential } from './published-values.js';
import { isSamplePaseto } from './paseto-claims.js';
import { isSampleJwt } from './sample-jwt.js';

// Values people write where a secret will go later: `<token>`, `your-key-here`, `xxxx`, `changeme`, AWS EXAMPLE keys.

/**
 * Passwords that docs and templates publish (scott:tiger in SQLAlchemy and Oracle, myuser:mypass in Rails,
 * connectionstrings.com's myPassword, mydbpassword, Prisma's johndoe:randompassword, testpassword, secretpassword,
 * thisismypassword, the Postgres image's mysecretpassword, SuperSecretPassword123!, supersecretKey, mail how-tos'
 * app_password, a service named before the word: redis_password, redis_password_456, super-secret-pw;
 * local_db_password, myappsecret; the admin passwords products install with: Harbor's Harbor12345, Nexus 2's
 * deployment123, MinIO's minioadmin, qBittorrent's adminadmin, NZBGet's tegbzn6789, Nutanix's nutanix/4u (and its lab
 * guides' Nutanix/4u!), the d1r3ctu5 of Directus's compose guide; exchangelib's topsecret; xkcd's Tr0ub4dor&3;
 * hello-world stand-ins (Snowplow's quick-start `Hell0W0rld!`), the Wi-Fi password of ThingsBoard's device examples
 * (4Friends123!), FreeRADIUS's example client secrets (testing123, testing123-1), the admin password of ZincSearch's
 * install docs (Complexpass#123), VMware's lab defaults (VMware1!, VMware1!VMware1!), Red Hat's Ansible Automation
 * Platform workshops' ansible123!, a tutorial's mywifipassword1, driver samples' mypswd and MySimplePass1):
 * placeholders, though one written into a password slot may be the password in use (see isStockPassword). Lower or
 * camel case only (a capital first letter and one closing symbol allowed: `TestPassword123!`, a service's name after
 * strong, secure or super: `StrongGrafanaPassword123!`): an upper-case `SOME_PASSWORD` is a label, not a value anyone
 * uses.
 */
const DEMO_PASSWORD = /^(?:[Tt]iger|tr0ub4dor&3|[Hh]ello[-_]?[Ww]orld[0-9]{0,3}|4[Ff]riends123|testing123(?:-[0-9]{1,2})?|[Cc]omplexpass#123|[Hh]arbor12345|deployment123|VMware1!(?:VMware1!)?|ansible123!?|(?:my|test|home)[-_]?(?:wifi|wlan)[-_]?(?:password|pass)[0-9]{0,3}|minioadmin|adminadmin|tegbzn6789|[Nn]utanix\/4u!?|d1r3ctu5|[Mm]ypass|hunter[0-9]?|[Mm]y[-_]?(?:db|database|sql|mysql|pg|postgres|mongo|redis)[-_]?(?:[Pp]assword|[Pp]ass|[Pp]wd)|[Mm]y[-_]?[Aa]pp[-_]?(?:[Ss]ecret|[Pp]assword)|(?:this[-_]?is[-_]?)?(?:test|my|your|some|new|old|demo|sample|dummy|random|db|user|admin|auth|privacy|priv|prod|dev|staging|secure|strong|super|secret|app|redis|postgres|mysql|mongo|rabbitmq|minio|local|top)[-_]?(?:(?:db|database)[-_])?(?:(?:[Ss]ecret|[Ss]ecure|[Ss]trong|[Rr]eal|[Ss]imple)[-_]?)?(?:[Pp]assword|[Pp]asswd|[Pp]ass|[Pp]wd|[Pp]swd?|[Pp][Ww]|[Ss]ecret)(?:[-_@]?[0-9]{1,3})?|(?:[Ss]uper|[Mm]y)[-_]?[Ss]ecret[-_]?(?:[Kk]ey|[Tt]oken)(?:[-_]?[0-9]{1,3})?|(?:strong|secure|super)[A-Z][a-z]{2,15}(?:Admin)?Password[0-9]{0,4})$/;

/**
 * Whether a value is one of the published demo passwords above, also in leetspeak (`sup3r-s3cr3t`, `P@ssw0rd1`), whose
 * letters may then take any case (`Str0ngP4sS!`).
 */
export function isDemoPassword(value: string): boolean {
  const plain = value.charAt(0).toLowerCase() + value.slice(1).replace(/[!@#$.*]$/, '');
  // The count after the word stays digits (`SecureP@ss123!`: `securePass123`, not `securePassize`).
  const [, body = plain, count = ''] = /^(.*?)([0-9]{0,4})$/.exec(plain) ?? [];
  const unleeted = unleet(body) + count;
  const leet = /[a-z]/.test(plain) && (DEMO_PASSWORD.test(unleeted) || (unleeted !== plain && DEMO_PASSWORD.test(unleeted.toLowerCase())));
  return DEMO_PASSWORD.test(value) || DEMO_PASSWORD.test(plain) || leet || isLeetPassword(value);
}

/** Whether a secret value is a placeholder rather than a credential, also when base64 (a Kubernetes Secret's `data:`) or percent-encoding hides it. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.startsWith('-----BEGIN') || isBareDerKey(trimmed)) return isFakePrivateKey(trimmed) || isPlaceholderPem(trimmed) || isPublishedCredential(trimmed);
  const decoded = decodeBase64Text(trimmed) ?? decodePercentText(trimmed);
  return isPlainPlaceholder(trimmed) || (decoded !== undefined && isPlainPlaceholder(decoded));
}

// A whole key's body (a 2048-bit RSA key is about 1,600 base64 characters) holds short words such as `tbd` or `mock`
// by chance, even twice; only a word of six letters or more says a person typed it (`…REDACTED…`).
function isPlaceholderPem(pem: string): boolean {
  if (pem.length < 400) return isPlainPlaceholder(pem);
  const lower = pem.toLowerCase();
  return PLACEHOLDER_WORDS.some((word) => word.length >= 6 && lower.includes(word));
}

// A URL's password with its `@` or `!` percent-encoded (`s3cr3tP%40ss`).
function decodePercentText(value: string): string | undefined {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Printable ASCII behind a base64 value (`eW91ci1hcHAtcGFzc3dvcmQ=` is `your-app-password`), else undefined. */
export function decodeBase64Text(value: string): string | undefined {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  // `echo secret | base64` encodes the newline too.
  const text = Buffer.from(value, 'base64').toString('latin1').replace(/\r?\n$/, '');
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

// Leetspeak's stand-ins for letters (`P@ssw0rd`, `Pl3as3Chang3Th1s`).
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

function unleet(text: string): string {
  return text.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
}

const ABBREVIATION_ALONE = /(?:^|[^a-z])(?:tbd|todo)(?:[^a-z]|$)/;
const BIP39_STAND_INS: ReadonlySet<string> = new Set(['example', 'sample', 'dummy', 'insert']);

function isPlainPlaceholder(trimmed: string): boolean {
  if (trimmed.length === 0) return true;
  if (isDemoPassword(trimmed) || PLACEHOLDER_SHAPES.some((shape) => shape.test(trimmed)) || isSampleJwt(trimmed) || isSamplePaseto(trimmed) || isPublishedCredential(trimmed)) return true;
  if (isRepeatedBlock(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  // `Pl3as3Chang3Th1sK3yN0w`: an instruction in leetspeak is still one.
  const plain = unleet(lower);
  if (plain !== lower && /change(?:me|this|it)|replaceme|placeholder|example/.test(plain)) return true;
  // `s3cret%40pass-word`, `s3cr3tP@ss`, `p%40ss%3Aword`: the words "secret" and "password" alone, in leetspeak, a
  // test's stand-in for a password.
  if (plain !== lower && /^(?:(?:my|super|top)[-_.]?)?(?:secret|pass(?:word)?|word|pwd)(?:[-_.:a]*(?:secret|pass(?:word)?|word|pwd)){1,3}$/.test(plain)) return true;
  // A long random value may hold one such word by chance, never the same one twice (`GOCSPX-fakeCreds99_fakefake`),
  // nor beside a run of capitalised words (`hvs.CAESIFakeVaultTokenHereForHoneypot…`) or followed by what it fakes
  // (`…SecureFakeKeyDoNotLeak`, `Atza|IwEB…-example-access-token`), nor in a sentence of capitalised words
  // (`ya29.DUMMY_BEARER_TOKEN_FOR_LOCAL_DEV`), nor set off by underscores (`kXLnJy…_fake_id_DuA5…`, a key blanked out).
  // Nor open it as the first word (`REPLACE_WITH_64_CHAR_RANDOM_STRING_USE_openssl_rand_base64_48`).
  // A recovery phrase's words are BIP-39 words, `example`, `sample`, `dummy` and `insert` among them: whole words of a
  // 12- to 24-word phrase, they stand in for nothing.
  const phrase = /^[a-z]{3,8}(?: [a-z]{3,8}){11,23}$/.test(trimmed) ? new Set(trimmed.split(' ')) : undefined;
  // `tbd` and `todo` count as words of their own only: a runner token may open with `TBDe…` by chance.
  const alone = (word: string): boolean => (word !== 'tbd' && word !== 'todo') || ABBREVIATION_ALONE.test(lower);
  const found = PLACEHOLDER_WORDS.filter((word) => lower.includes(word) && alone(word) && !(phrase?.has(word) === true && BIP39_STAND_INS.has(word)));
  if (found.length === 0) return false;
  const opens = found.some((word) => word.length >= 6 && lower.startsWith(word) && /[-_ ]/.test(lower.charAt(word.length)));
  // A word of ten or more characters is never chance (`4r47NFo1ky-long.random.string.here-xaTatb`, Supervisely's docs token).
  const longWord = found.some((word) => word.length >= 10);
  return opens || longWord || !looksMixedRandom(trimmed) || found.some((word) => lower.indexOf(word) !== lower.lastIndexOf(word)) || /(?:[A-Z][a-z]{3,}){3}|(?:[A-Z]{2,}_){3}[A-Z]{2,}/.test(trimmed) || /(?:fake|dummy|mock|example|sample)[-_]?(?:(?:access|refresh|api|auth)[-_]?)?(?:key|token|secret)|_(?:fake|dummy|mock)_/i.test(trimmed);
}

// A block typed or pasted over and over to fill a token's length (`hvs.` and a 30-character run three times): at a
// shift of at most two fifths of its length, four in five characters repeat (a random value: 1 in 16 or fewer). Two
// copies are not enough: Finnhub's keys are two near-identical halves. Blocks of up to 100 characters are tried, in
// values of up to 400 (a long JWT would cost millions of comparisons for nothing).
function isRepeatedBlock(value: string): boolean {
  if (value.length < 24 || value.length > 400) return false;
  for (let shift = 4; shift <= Math.min(100, value.length / 2.5); shift++) {
    let same = 0;
    for (let i = shift; i < value.length; i++) if (value[i] === value[i - shift]) same++;
    if (same >= 0.8 * (value.length - shift)) return true;
  }
  return false;
}

// `P@ssw0rd123!`, `p4ssw0rd`, `S3cr3t`, `s@cret`, `s3cr3tP@ss`, `s$cretf0rt3st`: the word password or secret in
// leetspeak (or the secret for a test or dev setup), with digits or a symbol after it.
// Runs of symbols count too (`P@$$W3RD`, `P@55w0rd!`): each split into a word and a tail of up to four digits and a symbol is tried.
// A symbol may wrap it (`$pa33W0rd!`, with 3 for s).
function isLeetPassword(wrapped: string): boolean {
  const value = wrapped.replace(/^[$@!#*]/, '');
  if (value.length > 24 || !/[@0$3145]/.test(value)) return false;
  for (let cut = value.length; cut >= Math.max(1, value.length - 5); cut--) {
    const word = value.slice(0, cut).replace(/[@0$3145]/g, (c) => LEET[c] ?? c);
    if (word !== value.slice(0, cut) && /^[0-9]{0,4}[!@#$.]?$/.test(value.slice(cut)) && /^(?:pa+(?:ss?|ee)a?w[oe]?rd|s[ae]cret|admin)(?:pa+ss?(?:wo?rd)?|(?:for)?(?:test(?:ing)?|dev|local|demo))?$/i.test(word)) return true;
  }
  return false;
}

// A long random value may contain a placeholder word by chance ("...Fake..." inside 40 random chars).
function looksMixedRandom(value: string): boolean {
  return value.length >= 32 && /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value);
}
