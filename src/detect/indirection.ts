import { hasKeyboardRun } from './entropy.js';

// Values that read a secret from somewhere else instead of containing it: env lookups, config access, calls.

const INDIRECTIONS: readonly RegExp[] = [
  /^(?:os\.)?(?:getenv|environ)\b/, // os.getenv("X"), os.environ["X"]
  /^process\.env\b/, // process.env.X
  /^(?:import\.meta\.env|Deno\.env|Bun\.env|System\.getenv|ENV\[|env\(|config\(|settings\.|config\.|secrets\.|vars\.|\$\{?[Ee]nv:)/, // also PowerShell's $env:NAME
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\((?:.*\))?$/, // a function call: get_secret("x"), vault.read(...), not 'Xk9(mPq2…'
  /^[A-Za-z_$][\w$]*!?(?:\.[A-Za-z_$][\w$]*!?)+$/, // a dotted identifier: settings.SECRET_KEY, self.token, TypeScript's cluster.secret!.secretArn
  /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*\?\.(?:[A-Za-z_$[]|$)/, // optional chaining: response.headers?.[name], user?.token
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\?$/, // Swift's optional subscript, cut at its `[`: Bundle.main.infoDictionary?["MapsKey"]
  /^[A-Za-z_$][\w$]*\[['"][^'"]*['"]\]$/, // a lookup: config['token']
  /^secretref:[a-z0-9][a-z0-9.-]{0,252}$/, // an Azure Container Apps secret's name: az containerapp --env-vars REDIS_PASSWORD=secretref:redis-password
  /^[A-Za-z][A-Za-z0-9_-]{1,80}:(?:latest|[0-9]{1,4})$/, // a Secret Manager secret and version: gcloud run deploy --set-secrets DB_PASSWORD=db-password:latest, DBPASS=DBPASS:latest
  // Perl and PHP variables: $auth_param->{qop}, $CPAN::Config, $password; not a password that opens with `$` and then
  // holds lower-case letters and a run of digits, a password's shape (`$sc1965112` in an FTP client's JSON).
  /^\$(?![a-z]{1,12}[0-9]{4,}$)[A-Za-z_]\w*(?:->?|::|$)/,
];

/** Whether a value is an expression that fetches the secret rather than the secret itself. */
export function isIndirection(value: string): boolean {
  const trimmed = value.trim();
  // A Discord token (`MTQy….G5XZ6T.qltn…`) has a dotted name's shape when each part starts with a letter.
  if (/^[\w$.]+$/.test(trimmed) && trimmed.split('.').some(isRandomSegment)) return false;
  // Nor is a short password of random letters with a dot in it (`BBwfYXH.xOyBY2`), where no part is a camel-case name
  // (`sts.StsCredentials`).
  if (/^[A-Za-z]+[0-9]{0,3}(?:\.[A-Za-z]+[0-9]{0,3})+$/.test(trimmed) && isRandomDotted(trimmed)) return false;
  // Nor a password that ends like a domain after a run of digits (`Name12ab.com`): no expression reads so.
  if (/^(?=[A-Za-z]*[0-9])[A-Za-z0-9]+\.(?:com|net|org|in|cn|io|co)$/.test(trimmed)) return false;
  return INDIRECTIONS.some((shape) => shape.test(trimmed));
}

function isRandomDotted(value: string): boolean {
  const parts = value.split('.');
  return !parts.some((part) => /^(?:[A-Z]?[a-z]+)+[0-9]{0,3}$/.test(part)) && isRandomLetters(value.replace(/[0-9.]/g, ''), 10);
}

// A part of eight characters or more that switches between letters and digits four times, in both cases (an Atlas
// password `k3tQZ9mPxaB.rdq`), or 20 letters or more that read as no words (a Vault token's body without a digit,
// `hvs.QrTk…`): not a name anyone typed.
function isRandomSegment(part: string): boolean {
  const switches = (part.match(/[A-Za-z](?=[0-9])|[0-9](?=[A-Za-z])/g) ?? []).length;
  // A digit or two among random letters (a Baseten key's body) leaves the letters random.
  const mixed = /[a-z]/.test(part) && /[A-Z]/.test(part);
  return (mixed && part.length >= 8 && switches >= 4) || isRandomLetters(part.replace(/[0-9]/g, ''), 20);
}

/**
 * Whether a value is a name rather than a secret: an identifier with at most a short numeric suffix
 * (`previousToken2`, `gibson042`), snake_case names, or short words joined by hyphens (`cross-platform`).
 */
export function isBareIdentifier(value: string): boolean {
  if (isUnspeakable(value)) return false;
  // Letters only: a name unless it is long and breaks into one- and two-letter runs (`qZmTwRbKxNvLpHcJ` is random,
  // also with a digit after it or an underscore among them: `kRqYHzBdmLuQ…FN_`).
  if (/^[A-Za-z_$][A-Za-z_$]*[0-9]{0,3}$/.test(value)) {
    const letters = value.replace(/[0-9]{1,3}$/, '').replace(/_/g, '');
    return !isRandomLetters(letters) && !isCaseScrambled(letters);
  }
  if (/^[a-z]+[0-9]{1,3}[a-z]+$/.test(value)) return true; // b64decode
  if (/^_*[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(value)) return !value.split('_').some(isRandomRun); // _convert_oauth2_credentials, not e2b_<40 hex>
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)+$/.test(value)) return true; // constants: SOCKS5_NO_ACCEPTABLE_AUTH
  if (/^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*[-_]auth$/.test(value)) return true; // names an auth section: Asterisk's `auth=1000-auth`
  // cross-platform, x-goog-iam-authorization-token, X-Api-Key: words; not a secret cut by hyphens (`IMowq-xKqwRtz…`).
  if (value.length <= 40 && /^[A-Za-z][A-Za-z0-9]{0,19}(?:-[A-Za-z][A-Za-z0-9]{0,19})+\.?$/.test(value)) return value.split('-').every(isWordChunk);
  if (value.length <= 60 && /^_{0,2}[A-Za-z]{2,20}(?:[-.][A-Za-z]{2,20})+$/.test(value) && /\.[A-Za-z]/.test(value) && /-/.test(value)) return true; // cookie names: next-auth.session-token
  return isWordy(value);
}

// Letters and digits whose letters (six or more, not from one keyboard row) hold at most one vowel in six
// (`KPWmrta295`, `qkzmw3pavr7d`): no word or name is spelled that way, a typed-in or generated password is.
function isUnspeakable(value: string): boolean {
  if (!/^[A-Za-z0-9]+$/.test(value) || !/[0-9]/.test(value)) return false;
  const letters = value.replace(/[0-9]/g, '');
  // Not a mash along one row of the keyboard (`sdlfkj452` in a docstring): typed filler.
  if (/^(?:[qwertyuiop]+|[asdfghjkl]+|[zxcvbnm]+)$/i.test(letters)) return false;
  return letters.length >= 6 && countVowels(letters) * 6 <= letters.length;
}

function countVowels(text: string): number {
  return (text.match(/[aeiou]/gi) ?? []).length;
}

// Words change from lower to upper case at most once per chunk (`platform`, `IAM`, `S3session`, `ChildItem`); a
// random run does so again and again (`xKqwRtzLpWsbNE9`).
function isWordChunk(chunk: string): boolean {
  return (chunk.match(/[a-z][0-9]*[A-Z]/g) ?? []).length <= 1;
}

// Long, letters only, mixed case (or in one case with few vowels) and not joined words: random. Alternating-case fakes
// (`rEfrEshtOkEn`, `ThIsIsAsEcReT`) spell a key word and are not.
function isRandomLetters(value: string, minLength = 12): boolean {
  if (value.length < minLength || !/^[A-Za-z]+$/.test(value) || /secret|token|passw|key/i.test(value)) return false;
  // In one case, 16 or more letters with a vowel in four or fewer: generated (an exchange's `QWHXKZMT…` key), not words.
  if (value.length >= 16 && /^(?:[A-Z]+|[a-z]+)$/.test(value)) {
    return countVowels(value) * 4 <= value.length && !hasKeyboardRun(value, 4); // not `abcdefghijklmnop`
  }
  return /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(value) && !isWordy(value);
}

// Eight letters or more in six or more runs of one case, none longer than two (`LtLdQwErTy`: a hosting panel's
// generated password) and no key word in them: no name switches case so often.
function isCaseScrambled(letters: string): boolean {
  if (!/^[A-Za-z]{8,}$/.test(letters) || /secret|token|passw|key/i.test(letters)) return false;
  const runs = letters.match(/[A-Z]+|[a-z]+/g) ?? [];
  // One run of three (`NbYAQrkTVx`) when capitals also come in pairs: camel-cased short words (`ApiKeyAnda`) do not.
  const triples = runs.filter((run) => run.length === 3).length;
  return runs.length >= 6 && runs.every((run) => run.length <= 3) && (triples === 0 || (triples === 1 && runs.some((run) => /^[A-Z]{2}/.test(run))));
}

/**
 * Whether an alphanumeric value reads as joined words (`PKCS7PrivateKeyTypes`, `OAuth2Token`): at least 70% of
 * its characters sit in word-like runs of three or more, where random strings break into one- and two-letter runs.
 */
function isWordy(value: string): boolean {
  if (!/^[A-Za-z0-9]+$/.test(value)) return false;
  const runs = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g) ?? [];
  const digitRuns = runs.filter((r) => /^[0-9]/.test(r)).length;
  // A word has a vowel; a random run of lower case often has none (`Smclvrk` in `…ESmclvrkGKZZ…`); acronyms are capitals.
  const long = runs.filter((r) => r.length >= 3 && !/^[0-9]/.test(r) && (/^[A-Z]+$/.test(r) || /[aeiouy]/i.test(r))).reduce((n, r) => n + r.length, 0);
  return digitRuns <= 2 && long >= 0.7 * value.length;
}

// A prefixed key's body (`e2b_3f9a1c7e…`): 16 or more characters, a quarter or more each of letters and digits,
// changing places at least six times (`99f3810a9c8491823` is mostly digits: typed, not generated).
function isRandomRun(part: string): boolean {
  const letters = (part.match(/[a-z]/g) ?? []).length;
  const quarter = part.length / 4;
  const changes = (part.match(/[a-z](?=[0-9])|[0-9](?=[a-z])/g) ?? []).length;
  return part.length >= 16 && letters >= quarter && part.length - letters >= quarter && changes >= 6;
}

/**
 * Whether an unquoted value is code around a setting, not its value: an attribute with a comment glued on
 * (`db_password=user.password#use the hash`), a member chain inside an expression, a struct field's type
 * (`private_key: Ed25519PrivateKey,`), the replacement of a sed line that comments a setting out
 * (`sed -i 's/^TOKEN=/#TOKEN=/g'`).
 */
export function isUnquotedCode(value: string, before: string, after: string): boolean {
  if (/["'`]$/.test(before)) return false;
  if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+#/.test(value)) return true;
  // A member chain an expression goes on from (`request.authenticationContext == nullptr ? …`), also
  // one whose `->` the value ran into (`request.authenticationContext-` before `>developerSecretKey`); not a token
  // a URL's query follows (`…/update/eyJ….eyJ….sig?temp=`).
  if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+-?$/.test(value) && /^[ \t]*(?:[=!]=|\?[ \t]|->|&&|\|\|)/.test(value.endsWith('-') ? `-${after}` : after)) return true;
  if (/[/|]#/.test(value) && /\bsed\b[^\n]*\bs[/|]\^?[A-Za-z_][\w.-]*=$/.test(before)) return true;
  // A name a Python conditional expression tests (`auth=OX1A2B3C4D if OX1A2B3C4D else None`, obfuscated code).
  if (/^[A-Za-z_]\w*$/.test(value) && /^[ \t]+if[ \t]+[^\n]{1,200}?[ \t]else\b/.test(after)) return true;
  const typeName = /^(?:[A-Z][a-z]+[0-9]*){2,6}$/.test(value) && /[A-Z][a-z]{3,}/.test(value);
  return typeName && /:[ \t]*$/.test(before) && /^[ \t]*[,}]/.test(after);
}
