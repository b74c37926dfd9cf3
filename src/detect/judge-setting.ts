import type { CompiledRule } from '../types.js';
import { looksRandom } from './entropy.js';
import { isTimeStampedToken, isUuid } from './generic-filters.js';
import { isSequential } from './typed-runs.js';
import { isBareIdentifier } from './indirection.js';
import { decodeBase64Text, isPlaceholder } from './placeholder.js';
import { isTemplate } from './template.js';
import type { LiteralSite } from './weak-literal.js';

// The verdicts on values that are not a bare provider key: a setting in a deployment file, a signing key in a config
// object, base64 inside a generic value, an HTTP Basic pair; and the guessability test they share with judgeValue.

/**
 * The verdict on a candidate: `keep` (a finding at the rule's confidence), `weak` (a hardcoded but guessable
 * literal: a finding at confidence low) or `drop` (not a finding), with the reason for the last two.
 */
export type Judgement = { verdict: 'keep' } | { verdict: 'weak' | 'drop'; reason: string };

/** The verdict that keeps a finding at its rule's confidence. */
export const KEEP: Judgement = { verdict: 'keep' };

// What base64 inside a generic value says: a Kubernetes Secret's `Z3Vlc3Q=` is the word `guest`, as guessable as the
// word itself, also behind a provider-style prefix (a build's dummy `VF.ZHVtbXk=`, `dummy`); `eyJhbGciOiJIUzI1Ni…`
// alone is a JWT header, no key; `MTYxMDYyMTA5Mi40…` opens with a Unix time.
export function judgeEncodedValue(value: string): Judgement | undefined {
  const answer = decodeAnswerFilePassword(value);
  if (answer !== undefined) return answer === '' ? drop('an empty password') : isGuessable(answer) ? weak('a guessable password in base64') : KEEP;
  const decoded = decodeValueText(value);
  if (decoded !== undefined && decoded.length <= 16 && isGuessable(decoded)) return weak('a guessable value in base64');
  const phrase = judgePhrase(decoded);
  if (phrase !== undefined) return phrase;
  if (decoded !== undefined && /^\{"(?:alg|typ)"/.test(decoded)) return drop('a JWT header');
  // An htpasswd line in base64 (an ingress-nginx `auth:`), `user:$apr1$…` or bcrypt: the hash opens nothing until cracked.
  if (decoded !== undefined && /^[^\s:]{1,64}:\$(?:apr1|2[aby]|1|5|6)\$/.test(decoded)) return weak('a password hash in base64');
  return isTimeStampedToken(value) ? weak('a token stamped with its issue time') : undefined;
}

/**
 * A sentence in base64 (`This is not a real key`, `local development key, change me`): a placeholder, or at best a
 * passphrase anyone who decodes it can read. No key of any format decodes to words.
 */
export function judgeEncodedPhrase(value: string): Judgement | undefined {
  return judgePhrase(decodeValueText(value));
}

function judgePhrase(text: string | undefined): Judgement | undefined {
  // Words run together in camel case (`ThisIsASecretKeyForESPHomeAPI`) are read one by one.
  const decoded = text?.trim().replace(/^[A-Za-z]{12,}$/, (run) => run.replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' '));
  if (decoded === undefined || !/^(?:[A-Za-z][A-Za-z'’]*[,.!:;]?[ _-]{1,2}){3,}[A-Za-z0-9][A-Za-z0-9'’]*[.!?]*$/.test(decoded)) return undefined;
  const placeholder = isPlaceholder(decoded) || /(?:^|[ _-])(?:not[ _-](?:a[ _-])?real|fake|dummy|example|sample|change(?:[ _-](?:it|this|me)|[ _-]?me)?|replace)(?:$|[ _.!-])/i.test(decoded);
  return placeholder ? drop('a placeholder in base64') : weak('a phrase in base64');
}

// The text a value encodes in base64, whole or behind a short provider-style prefix (`VF.ZHVtbXk=`).
function decodeValueText(value: string): string | undefined {
  const body = /^[A-Za-z]{1,8}[._]([A-Za-z0-9+/]{4,40}={0,2})$/.exec(value)?.[1];
  return decodeBase64Text(value) ?? (body === undefined ? undefined : decodeBase64Text(body));
}

// A Windows answer file's password: base64 of UTF-16LE text that ends in the setting's name (`…AdministratorPassword`).
function decodeAnswerFilePassword(value: string): string | undefined {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  const isText = bytes.length % 2 === 0 && bytes.every((byte, i) => (i % 2 === 1 ? byte === 0 : byte >= 0x20 && byte < 0x7f));
  return isText ? bytes.toString('utf16le').replace(/(?:Offline)?(?:Administrator)?Password$/, '') : undefined;
}

// A deployment file's literal setting (a Kubernetes Secret, a compose environment): a placeholder, also as base64, is
// no finding; a default or guessable value (`postgres`, `dbpassword`, a phrase) is a demo stack's login, reported low.
// A URL with a login is judged by its password (`postgres://demo:PASSWORD@…` is a template); a SQLite file by none.
export function judgeDeployedValue(value: string): Judgement {
  const text = decodeValueText(value) ?? value;
  if (/^(?:file|sqlite):/i.test(text)) return drop('a file path');
  const judged = /^[a-z][a-z0-9+.-]{1,20}:\/\/[^:/@\s]{0,100}:([^@\s]{1,200})@/i.exec(text)?.[1] ?? text;
  if (isTemplate(judged) || isPlaceholder(judged)) return drop('placeholder');
  return isGuessable(judged) ? weak('a guessable value') : KEEP;
}

// A weak signing key (`secretOrKey: "secret"`) in a config object still waiting to be filled in (a course's
// `config/keys.js` with `mongoURI: "YOUR MONGO URI HERE"` or `mongodb://<user>:<passwd>@<host>`, or keys set to their
// own names) is the template's default.
export function judgeSecretSetting(rule: CompiledRule, candidate: LiteralSite): Judgement {
  if (!rule.redact || !isGuessable(candidate.value)) return KEEP;
  const block = candidate.block ?? '';
  // Another key set to its own name (`"githubClientID": "githubClientID"`, also its last word in capitals:
  // `mongodb_username: 'USERNAME'`), not the value's own `secret: 'secret'`.
  const own = candidate.value.toLowerCase();
  const echoes = [...block.matchAll(/(?<![\w$])["']?(?:\w{1,40}_)?(\w{2,40})["']?[ \t]*:[ \t]*["']\1["']/gi)].some(([, name]) => name?.toLowerCase() !== own);
  // Or other values still `your-…` (`SMTP_PASSWORD="your-app-password"` beside `NEXTAUTH_SECRET="your-secret-key"`).
  const yours = (block.match(/[=:][ \t]*["']?your[-_ ]?[a-z]/gi) ?? []).length >= 2;
  const unfilled = /\byour[ _-](?:[a-z]+[ _-]){0,4}here\b|<your[^<>\n]{0,40}>|<(?:user(?:name)?|pass(?:wd|word)?|host(?:name)?|db[_-]?name)>/i.test(block) || echoes || yours;
  return unfilled ? weak('an unfilled template') : KEEP;
}

// A default or made-up value rather than a generated one: a word or name, a sequence, a short or low-entropy run.
// Hyphen-joined chunks that each hold a digit (`Zq81-mVt3-LpR9`) are generated, not the words of a name.
export function isGuessable(text: string): boolean {
  const chunks = /^(?:[A-Za-z0-9]{3,8}-){2,}[A-Za-z0-9]{3,8}$/.test(text) && text.split('-').every((c) => /[0-9]/.test(c));
  return isSequential(text) || (isBareIdentifier(text) && !chunks) || isWrappedWord(text) || !looksRandom(text);
}

// An HTTP Basic credential decodes to `user:password`; text without the colon is no login (but a UUID is an API key
// sent that way, as OneSignal's were), a guessable password a weak one.
export function judgeBasicPair(pair: string): Judgement {
  const colon = pair.indexOf(':');
  if (colon < 0) return isUuid(pair) ? KEEP : drop('not a user:password pair');
  const [user, password] = [pair.slice(0, colon), pair.slice(colon + 1)];
  // An API key sent as the user name with no password (`sk_test_…:`, Stripe's and PayMongo's Basic scheme) is the key.
  if (password === '' && user.length >= 20 && looksRandom(user)) return KEEP;
  return isGuessable(password) || password === user ? weak('a guessable password') : KEEP;
}

/** `-anonymous@`, `ftpuser@`: a word of letters wrapped in punctuation is still a word. */
export function isWrappedWord(value: string): boolean {
  const core = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return core !== value && /^[A-Za-z][A-Za-z_]*$/.test(core) && isBareIdentifier(core);
}

/** A finding at confidence low, for `reason`. */
export function weak(reason: string): Judgement {
  return { verdict: 'weak', reason };
}

/** Not a finding, for `reason`. */
export function drop(reason: string): Judgement {
  return { verdict: 'drop', reason };
}
