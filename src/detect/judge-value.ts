import type { CompiledRule } from '../types.js';
import { isLocalCallPassword, isLocalConnectionStringPassword } from './connection-site.js';
import { findRepeatedUserName, findUrlUser, isExampleHostPassword, isLocalSettingsPassword, isLocalUrlPassword, isManagedHostPassword } from './credential-site.js';
import { looksRandom, shannonEntropy } from './entropy.js';
import { hasFillerRun, isCodeOrText, isIdentifierLike, isMaskedByHand, isPublicClientIdKey, isSequential, isTimeStampedToken, isTypedPattern, isUuid } from './generic-filters.js';
import { isBareIdentifier, isIndirection } from './indirection.js';
import { decodeBase64Text, isDemoPassword, isPlaceholder } from './placeholder.js';
import { isBrowserGoogleKey, isClientPrefixedSetting, isPublicJwt, isPublicProjectKey } from './public-key.js';
import { isTemplate, isTemplateHead } from './template.js';
import { isPasswordKey, isStockPassword, isStockWithDigits, isUuidCredential, isWeakPassword, type LiteralSite } from './weak-literal.js';

// Decides whether a matched value is a finding: the path-independent false-positive filters of DESIGN.md §4.

/** A candidate match: the value, the key it was assigned to (generic rules) and the text around it on its line. */
export type Candidate = LiteralSite;

/**
 * The verdict on a candidate: `keep` (a finding at the rule's confidence), `weak` (a hardcoded but guessable
 * literal: a finding at confidence low) or `drop` (not a finding), with the reason for the last two.
 */
export type Judgement = { verdict: 'keep' } | { verdict: 'weak' | 'drop'; reason: string };

const KEEP: Judgement = { verdict: 'keep' };

/** Judges one candidate of `rule`: template, placeholder, indirection, entropy and, for generic rules, shape. */
export function judgeValue(rule: CompiledRule, allow: readonly RegExp[], candidate: Candidate): Judgement {
  const { value, key } = candidate;
  // A number is a setting (a timeout, a port; rules allow them), and `Password1` a docs filler, except as a database
  // password beside a managed host (`password: '12345678'` next to an RDS endpoint, an Atlas URL's `Password1`):
  // anyone who finds the host can guess it; so is the user name as the password there (`postgres:postgres@…rds…`), a
  // stock value the rule would otherwise allow.
  const repeated = rule.kind === 'secret' ? findRepeatedUserName(candidate) : undefined;
  if (repeated === 'managed' || isGuessOnManagedHost(rule, candidate)) return KEEP;
  if (allow.some((re) => re.test(value))) return drop('allowed by rule');
  if (isPublicClientIdKey(key)) return drop('a public client id');
  if (rule.kind !== 'secret') return rule.lowerGuessable === true ? judgeDeployedValue(value) : judgeSecretSetting(rule, candidate);
  if (isTemplate(value) || isTemplateHead(value, candidate.after ?? '')) return drop('template');
  // A local database's user-name-as-password default is not a secret; on another host it is a guessable one.
  if (repeated === 'local') return drop('the user name repeated');
  if (repeated === 'elsewhere') return weak('the user name repeated');
  if (isPlaceholder(value)) return isStockPassword(candidate) ? weak('stock password') : drop('placeholder');
  const basic = /\bbasic\s{1,3}$/i.test(candidate.before ?? '') ? decodeBase64Text(value) : undefined;
  if (basic !== undefined) return judgeBasicPair(basic);
  const encoded = rule.generic ? judgeEncodedValue(value) : undefined;
  if (encoded !== undefined) return encoded;
  if (isPublicJwt(value) || isBrowserGoogleKey(candidate) || isPublicProjectKey(value)) return weak('a key made to be public');
  // A provider token such as `dt0c01.AB12…` or `hvs.CAES…` has the shape of a dotted identifier; digits tell them apart.
  // Inside a URL (`mongodb+srv://shop:shop.in@…`) a password is a literal, whatever its shape.
  if (isIndirection(value) && (rule.generic || !/[0-9]/.test(value)) && findUrlUser(candidate.before ?? '', candidate.after) === undefined) return drop('indirection');
  if (rule.entropy !== undefined && shannonEntropy(value) < rule.entropy) return weakOrDrop(rule, candidate, 'low entropy');
  // A provider-format credential (`pscale_pw_…`, confidence high) is not lowered by a local host set beside it.
  const localSettings = rule.confidence !== 'high' && isLocalSettingsPassword(candidate);
  if (localSettings || isLocalUrlPassword(candidate) || isLocalConnectionStringPassword(candidate) || isLocalCallPassword(candidate)) return weak('a database on this machine');
  if (isExampleHostPassword(candidate)) return weak('a documentation host');
  // Ten characters in keyboard order (`sk_live_1234567890…`) are typed filler in any key: no random value holds them.
  if (hasFillerRun(value)) return drop('keyboard filler');
  if (!rule.generic) return KEEP;
  // The keyboard's top row after a prefix (`sk-alias-1234567890`). Generic values only: a value in a provider's exact
  // format is left to that format (the peers' test keys hold the run and count as positives).
  if (value.includes('1234567890')) return drop('keyboard filler');
  if (isMaskedByHand(value)) return drop('masked');
  if (isClientPrefixedSetting(candidate)) return weak('a browser-public setting');
  if (/^\s*\(/.test(candidate.after ?? '')) return drop('call'); // creds = _GetCredentials(): the pattern stops at `(`
  if (isEcho(value, key) || value.endsWith(`/${key}`)) return drop('the key repeated'); // oauthCreds: OauthCreds; sed's s/pw = a/pw = $X/
  // A made-up UUID (`1234abcd-1234-abcd-…`) has far less entropy than a random one (about 3.7 bits per hex digit).
  if (isUuid(value)) return isUuidCredential(candidate) && shannonEntropy(value.replace(/-/g, '')) >= 3.3 ? KEEP : drop('uuid');
  if (isCodeOrText(value)) return drop('code, text or path');
  if (isIdentifierLike(value, key)) return drop('hash');
  if (isSequential(value)) return isHumanSequence(value) ? weakOrDrop(rule, candidate, 'sequential') : drop('sequential');
  if (isTypedPattern(value)) return weakOrDrop(rule, candidate, 'keyboard filler'); // sample values, or a typed password (low)
  if (isStockWithDigits(value)) return weakOrDrop(rule, candidate, 'a stock word and digits');
  if (isBareIdentifier(value) || isWrappedWord(value)) return weakOrDrop(rule, candidate, 'identifier');
  if (!looksRandom(value) && !isHexPassword(candidate)) return weakOrDrop(rule, candidate, 'not random enough');
  return KEEP;
}

// Hex that short (`8618a0c3f2b4d5c8`) is mostly an id or a digest, but not as a password: there it was generated.
function isHexPassword({ value, key }: Candidate): boolean {
  return /^(?=[a-f]*[0-9])(?=[0-9]*[a-f])[0-9a-f]{12,19}$/i.test(value) && isPasswordKey(key) && shannonEntropy(value) >= 2.8;
}

// Only generic rules have a low tier: a provider rule's value either has the provider's shape or is not a finding.
// A guessable password beside the host of a database service on the internet is kept: anyone who finds it can try it.
function weakOrDrop(rule: CompiledRule, candidate: Candidate, reason: string): Judgement {
  if (!rule.generic || !isWeakPassword(candidate)) return drop(reason);
  return isManagedHostPassword(candidate) ? KEEP : weak(reason);
}

function isGuessOnManagedHost(rule: CompiledRule, candidate: Candidate): boolean {
  const { value, key } = candidate;
  // Digits or short hex (ClearDB issues 8 hex digits) read as ids elsewhere; as a managed database's password they are its login.
  const digits = rule.generic && /^(?:[0-9]{4,12}|(?=[a-f]*[0-9])(?=[0-9]*[a-f])[0-9a-f]{8,19})$/i.test(value) && isPasswordKey(key);
  // A stock or demo password with digits or a symbol added (`Password1`, `admin123`, `MyPassword!`); a bare
  // `password` stays a placeholder.
  const stock = /^(?:pass(?:word)?|admin|secret|welcome|qwerty|letmein)[0-9!@#$.]{1,6}$/i.test(value) || isDemoPassword(value);
  const demo = rule.kind === 'secret' && stock && /[^A-Za-z]/.test(value) && !/^your/i.test(value); // YourSecurePassword123! is a placeholder
  return (digits || demo) && isManagedHostPassword(candidate);
}

// What base64 inside a generic value says: a Kubernetes Secret's `Z3Vlc3Q=` is the word `guest`, as guessable as the
// word itself; `eyJhbGciOiJIUzI1Ni…` alone is a JWT header, no key; `MTYxMDYyMTA5Mi40…` opens with a Unix time.
function judgeEncodedValue(value: string): Judgement | undefined {
  const decoded = decodeBase64Text(value);
  if (decoded !== undefined && decoded.length <= 16 && isGuessable(decoded)) return weak('a guessable value in base64');
  if (decoded !== undefined && /^\{"(?:alg|typ)"/.test(decoded)) return drop('a JWT header');
  return isTimeStampedToken(value) ? weak('a token stamped with its issue time') : undefined;
}

// A deployment file's literal setting (a Kubernetes Secret, a compose environment): a placeholder, also as base64, is
// no finding; a default or guessable value (`postgres`, `dbpassword`, a phrase) is a demo stack's login, reported low.
function judgeDeployedValue(value: string): Judgement {
  const text = decodeBase64Text(value) ?? value;
  if (isTemplate(text) || isPlaceholder(text)) return drop('placeholder');
  return isGuessable(text) ? weak('guessable') : KEEP;
}

// A weak signing key (`secretOrKey: "secret"`) in a config object still waiting to be filled in (a course's
// `config/keys.js` with `mongoURI: "YOUR MONGO URI HERE"` or `mongodb://<user>:<passwd>@<host>`, or keys set to their
// own names) is the template's default.
function judgeSecretSetting(rule: CompiledRule, candidate: Candidate): Judgement {
  if (!rule.redact || !isGuessable(candidate.value)) return KEEP;
  const block = candidate.block ?? '';
  // Another key set to its own name (`"githubClientID": "githubClientID"`), not the value's own `secret: 'secret'`.
  const echoes = [...block.matchAll(/(?<![\w$])["']?(\w{4,40})["']?[ \t]*:[ \t]*["']\1["']/g)].some(([, name]) => name !== candidate.value);
  const unfilled = /\byour[ _-](?:[a-z]+[ _-]){0,4}here\b|<your[^<>\n]{0,40}>|<(?:user(?:name)?|pass(?:wd|word)?|host(?:name)?|db[_-]?name)>/i.test(block) || echoes;
  return unfilled ? weak('an unfilled template') : KEEP;
}

// A default or made-up value rather than a generated one: a word or name, a sequence, a short or low-entropy run.
// Hyphen-joined chunks that each hold a digit (`Zq81-mVt3-LpR9`) are generated, not the words of a name.
function isGuessable(text: string): boolean {
  const chunks = /^(?:[A-Za-z0-9]{3,8}-){2,}[A-Za-z0-9]{3,8}$/.test(text) && text.split('-').every((c) => /[0-9]/.test(c));
  return isSequential(text) || (isBareIdentifier(text) && !chunks) || isWrappedWord(text) || !looksRandom(text);
}

// An HTTP Basic credential decodes to `user:password`; text without the colon is no login, a guessable password a weak one.
function judgeBasicPair(pair: string): Judgement {
  const colon = pair.indexOf(':');
  if (colon < 0) return drop('not a user:password pair');
  const password = pair.slice(colon + 1);
  return isGuessable(password) || password === pair.slice(0, colon) ? weak('a guessable password') : KEEP;
}

function isEcho(value: string, key: string): boolean {
  const bare = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  // A rule without a `key` group passes its whole match, which contains the value itself.
  return !key.includes(value) && bare(value).length > 0 && bare(value) === bare(key.split(/[.:>]/).at(-1) ?? key);
}

// `abc12345` and `123@Qwertyqwerty@123` (capitals and symbols mixed in by a person) are passwords; `abcdefgh12345678` is filler.
function isHumanSequence(value: string): boolean {
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return value.length <= 12 || (value.length <= 32 && /[A-Z]/.test(value) && /[^A-Za-z0-9]/.test(value));
}

// `-anonymous@`, `ftpuser@`: a word of letters wrapped in punctuation is still a word.
function isWrappedWord(value: string): boolean {
  const core = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return core !== value && /^[A-Za-z][A-Za-z_]*$/.test(core) && isBareIdentifier(core);
}

function weak(reason: string): Judgement {
  return { verdict: 'weak', reason };
}

function drop(reason: string): Judgement {
  return { verdict: 'drop', reason };
}
