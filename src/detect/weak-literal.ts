import { findUrlUser } from './credential-site.js';
import { isDemoPassword } from './placeholder.js';
import { isTemplate } from './template.js';

// The low tier of generic rules: a short or word-like literal under a password-named key (`password = tulip_garden`,
// Ruby's `:password => 'word'`) is a hardcoded password, just not random enough to block: reported at confidence low
// when written out as a literal, never as a variable, a type, a filler word or the key's own name.

/** A judged value with the text around it on its line. */
export interface LiteralSite {
  value: string;
  key: string;
  /** Text of the line before the value (bounded). */
  before?: string;
  /** Text of the line after the value (bounded). */
  after?: string;
  /** The `{…}` block around the value (from the start of its opening line) when it opens and closes within 400 characters, else 600 characters each side. */
  block?: string;
  /** The whole lines above the value's line, up to 2,000 characters: a class's fields, an annotation over the line. */
  above?: string;
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'passwort', 'pwd', 'pass', 'passphrase', 'secret', 'contrasena', 'senha']);
const KEY_WORDS = /pass(?:wo?r?d)?|pwd|secret|token|api_?key|credential/i;
// The key's own word with filler letters (`mypassword`, `SOME_PASSWORD`, `supersecret`) or a capitalised word
// (`Kennwort`, `Wachtwoord`: a translated label) or a shouted word (`PASS`/`FAIL`) is a placeholder or a label.
const FILLER = [/^[a-z_-]*(?:secret|token|pass|pwd)[a-z_-]*$/i, /^[A-Z]+$/];
// `password`, `mypassword1`, `SOME_PASSWORD`: the word with at most four other letters or digits is filler;
// `MyNewPassword123` is a password someone typed.
const PASSWORD_WORD = /passwor?[dt]|passwd/gi;
const LABEL = /^[A-Z][a-z]+$/;
// Two or more lower-to-upper joins: a type or member name (`V1SecretVolumeSource`), not a typed password.
const CAMEL_WORDS = /[a-z0-9][A-Z].*[a-z0-9][A-Z]/;
const NOT_A_PASSWORD = new RegExp(
  '^(?:string|str|int|integer|number|bool|boolean|bytes?|char|text|varchar|object|any|unknown|void|array|list|dict|map|' +
    'optional|required|hidden|none|null|nil|undefined|true|false|yes|no|on|off|env|environment|default|auto|prompt|' +
    'input|stdin|file|plain|plaintext|masked|sensitive|encrypted|hashed|bcrypt|argon2i?d?|scrypt|sha\\d*|md5|' +
    'new-password|current-password|one-time-code|username|login|user|guest|demo|anonymous|dynamic|static|flag|' +
    'define|undef|enabled?|disabled?)$',
  'i',
);
// Stock passwords: placeholders in a sentence, but written into a password slot they are the password in use.
const STOCK_PASSWORDS = /^(?:secret|admin|root|test|pass|toor|letmein|qwerty|welcome|master|user|guest|demo|asdf|xyzzy)$/i;
// A value ending the line after `KEY=` or `key: ` at the start of a line (.env, INI, YAML, properties, shell).
const CONFIG_LINE_START = /^\s*(?:(?:export|set|setx)\s+|[#;]\s*)?[A-Za-z_][\w.-]*\s*[=:]\s*$/;
const CONFIG_LINE_END = /^\s*(?:(?:#|;|\/\/).*)?$/;

/** Whether a value is a stock password, alone or with digits (`welcome`, `root@123`): the first guess anyone makes. */
export function isStockValue(value: string): boolean {
  return STOCK_PASSWORDS.test(value) || isStockWithDigits(value);
}

/** Account names kept as a password with digits added (`admin123`, `root@2024`); shared with password-grades.ts. */
export const STOCK_ACCOUNT_WORD = 'admin|user|root|test|demo|guest|secret';
/** The words everyone tries first (`Password1`, `Welcome1!`); shared with password-grades.ts. */
export const FIRST_GUESS_WORD = 'pass(?:word)?|welcome|qwerty|letmein';
// "password" in other languages (`Hasło`, `Wachtwoord`, `Contraseña`).
const TRANSLATED_WORD = 'has[lł]o|h[eé]slo|wachtwoord|passwort|kennwort|contrase[nñ]a|senha|parola|salasana|motdepasse';
const STOCK_WORD = `${STOCK_ACCOUNT_WORD}|${FIRST_GUESS_WORD}|master|${TRANSLATED_WORD}`;
const STOCK_WITH_DIGITS = new RegExp(`^(?:${STOCK_WORD})[-_.,@#!]{0,2}[0-9]{1,8}[-_.,@#!]{0,2}$`, 'i');

/** Whether a value is a stock word and digits (`admin123456`, `Welcome1!`, `Hasło123!`): the first guess anyone makes. */
export function isStockWithDigits(value: string): boolean {
  return STOCK_WITH_DIGITS.test(value);
}

/** Whether `key` names a password or secret itself (`DB_PASSWORD`, `adminPass`, `client_secret`, `SECRET_KEY`). */
export function isPasswordKey(key: string): boolean {
  const words = key
    .replace(/([Pp]ass)W(ord|d)\b/g, '$1w$2') // DbPassWord, PassWd: one word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const last = (words.at(-1) ?? '').replace(/(?<=[a-z])[0-9]{1,2}$/, ''); // Tasmota's STA_PASS1, PASSWORD2
  // A bare `pwd` is the working directory far more often than a password (`pwd = base_path`); `db_pwd` is not.
  if (last === 'pwd') return words.length > 1;
  if (last === 'by') return words[0] === 'identified'; // SQL's IDENTIFIED [WITH plugin] BY '…'
  if (last === 'p') return words.length === 1; // a login command's `-p` (sshpass, docker login)
  if (PASSWORD_WORDS.has(last) || /^[a-z]{2,12}(?:password|passwd)$/.test(last)) return true; // PHP's $dbpassword
  return last === 'key' && words.at(-2) === 'secret';
}

/** Whether the value is written out as a literal: quoted on both sides, or alone after `KEY=` on a config line. */
export function isWrittenLiteral(site: LiteralSite): boolean {
  const before = site.before ?? '';
  const after = site.after ?? '';
  const open = /(\\?["'`])$/.exec(before);
  // Quoted on both sides and not the head of a concatenation or format call ("user:" + key, '%s' % pw).
  if (open?.[1] !== undefined) return after.startsWith(open[1]) && !/^\s*(?:\+|%\s|\.\s*[$\w(])/.test(after.slice(open[1].length)) && !/[:=/]$/.test(site.value);
  return site.value.length >= 6 && CONFIG_LINE_START.test(before) && CONFIG_LINE_END.test(after);
}

/** Whether a value too weak for the default tier is still a hardcoded password worth a low-confidence finding. */
export function isWeakPassword(site: LiteralSite, wordLike = false): boolean {
  const { value, key } = site;
  // A command's password flag (`--password HeadlightAdmin1`) takes a literal, quoted or not.
  if (value.length < 4 || !isPasswordKey(key) || !(isWrittenLiteral(site) || key.startsWith('-'))) return false;
  const core = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  const label = LABEL.test(value) && !(wordLike && value.length >= 6);
  if (NOT_A_PASSWORD.test(core) || FILLER.some((re) => re.test(core)) || isPasswordFiller(core) || label || /^your[-_ ]?/i.test(core)) return false;
  // After a command's `-p` flag a capitalised word is a password, not a member name.
  if (/^[$%@&]|[$%]\{|\$\(|\//.test(value) || isTemplate(value) || (isMemberName(value) && !key.startsWith('-') && !wordLike)) return false;
  if (/--[\w-]+["']\s*:\s*["']$/.test(site.before ?? '')) return false; // a CLI flag's settings: {"--secret": "dynamic"}
  if (/\?\s*["'`][^"'`]*["'`]\s*:\s*["'`]$/.test(site.before ?? '')) return false; // a ternary: kind === 'x' ? 'secret' : 'other'
  return value.toLowerCase() !== key.toLowerCase();
}

// A member or type name (`V1SecretVolumeSource`), not `MyNewPassword123`: people end passwords with digits or symbols.
function isMemberName(value: string): boolean {
  return CAMEL_WORDS.test(value) && !/[0-9]{2,}$|[^A-Za-z0-9]/.test(value);
}

function isPasswordFiller(core: string): boolean {
  const rest = core.replace(PASSWORD_WORD, '');
  return rest !== core && rest.replace(/[^A-Za-z0-9]/g, '').length <= 4;
}

/**
 * Whether a stock password (`secret`, `admin`, `root`) is written into a password slot: a written-out literal under
 * a password key, a URL's password (even in a localhost database URL), a connection string's `Password=`, a
 * command's `-p` / `--password` option or the password argument of `DirectoryEntry` / `NetworkCredential`; not
 * when it repeats the key's own word (`secret: secret`) or the URL's user (`root:root@`).
 */
export function isStockPassword(site: LiteralSite): boolean {
  const { value } = site;
  const before = site.before ?? '';
  if (!STOCK_PASSWORDS.test(value) && !isDemoPassword(value)) return false;
  const user = findUrlUser(before, site.after);
  if (user !== undefined) return user.toLowerCase() !== value.toLowerCase();
  // A connection string's `Password=`; not a keyword argument naming a variable (`password=mysql_password,`).
  if (/(?:^|;)\s*(?:password|pwd)\s*=\s*$/i.test(before) && !/^\s*[,)]/.test(site.after ?? '')) return true;
  if (/(?:^|\s)(?:(?:-p|--password|--pass)(?:\s+|=)|-[Pp]assword\s+)$/.test(before)) return true; // a command's password option: psexec -p, mysql --password=, PowerShell's -Password
  if (/\b(?:DirectoryEntry|NetworkCredential)\s*\([^()]*,\s*@?["']$/.test(before)) return true; // a credential constructor's password argument
  const keyWord = /([a-z]+)[^a-z]*$/i.exec(site.key)?.[1]?.toLowerCase();
  if (!isPasswordKey(site.key) || keyWord === value.toLowerCase() || !isWrittenLiteral(site)) return false;
  // Unquoted, `password = secret` is as likely a variable; only `KEY=secret` (.env, properties) is surely a literal.
  return /["'`]$/.test(before) || /^\s*(?:export\s+)?[A-Za-z_][\w.-]*=$/.test(before);
}

/** Whether a UUID under a secret-named key is a credential (Heroku, Octopus, legacy npm issue UUID keys) rather than an id. */
export function isUuidCredential(site: LiteralSite): boolean {
  // An app's or a client's secret *id* names the secret (Tableau's connected-app `kid`, an Entra secret's key id);
  // Vault's AppRole secret id, under any other name, is the credential.
  if (/(?:client|app)[_.-]?secret[_.-]?id$/i.test(site.key)) return false;
  // `*key` too: only rules that read a secrets file (Streamlit's, Home Assistant's) or a key-named setting capture one;
  // and a plugin's licence (WP Migrate's `WPMDB_LICENCE` is a UUID).
  return KEY_WORDS.test(site.key) || /auth|key$|licen[cs]e$/i.test(site.key);
}
