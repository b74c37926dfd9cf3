import type { CompiledRule } from '../types.js';
import { isLocalCallPassword, isLocalClientPassword, isLocalConnectionStringPassword, isPublicServerPassword } from './connection-site.js';
import { findLocalSettingsHost, findRepeatedUserName, findUrlUser, isBlankedUrlLogin, isExampleHostPassword, isLocalUrlPassword, isManagedHostPassword, repeatsSiblingUser } from './credential-site.js';
import { isPublicMailboxPassword } from './mail-site.js';
import { hasKeyboardRun, isRandomByteEscapes, looksRandom, shannonEntropy } from './entropy.js';
import { hasFillerRun, isCodeOrText, isIdentifierLike, isMaskedByHand, isUuid } from './generic-filters.js';
import { hasPeriodicClasses, isHumanSequence, isSequential, isTypedPattern } from './typed-runs.js';
import { isBareIdentifier, isIndirection, isUnquotedCode } from './indirection.js';
import { drop, isWrappedWord, judgeBasicPair, judgeDeployedValue, judgeEncodedPhrase, judgeEncodedValue, judgeSecretSetting, KEEP, weak, type Judgement } from './judge-setting.js';
import { decodeBase64Text, isPlaceholder } from './placeholder.js';
import { isTruncatedMacaroon } from './macaroon.js';
import { isHollowGrafanaToken } from './tunnel-token.js';
import { isBareDerKey } from './fake-keys.js';
import { isTruncatedKey } from './pem-length.js';
import { isBrowserGoogleKey, isClientPrefixedSetting, isBrowserUrlKey, isPaddleClientToken, isPublicJwt, isPublicProjectKey } from './public-key.js';
import { isAppClientId, isBackendlessClientKey, isStreamApiKey, isVeriffPublicKey } from './app-client-keys.js';
import { isAnalyticsBrowserKey, isBadgeToken, isFacebookClientToken, isMailchimpSdkKey, isPairedPublicKey, isPublicKeyCopy, isPushSubscriptionKey, isRollbarClientToken, isSearchOnlyKey, isStorefrontToken } from './sdk-public-keys.js';
import { isSamplePaseto } from './paseto-claims.js';
import { isJwtWithoutSignature, isShortLivedJwt, isSignedWithStockSecret } from './sample-jwt.js';
import { isStandInLogin, isTemplate, isTemplateHead, isTemplateUrlTail } from './template.js';
import { isDeclaredPublic } from './declared-public.js';
import { isEmbeddedKey } from './embed-keys.js';
import { isDemoLogin, isShownAsExample } from './example-labels.js';
import { isGeneratedPassword, isGuessOnManagedHost, isMailAppPassword, isStockPasswordValue, isStockWordCount, LOCAL_DATABASE, TYPED_URL_PASSWORD } from './password-grades.js';
import { isStockPassword, isStockWithDigits, isUuidCredential, isWeakPassword, isWrittenLiteral, type LiteralSite } from './weak-literal.js';

/** Why a key made to be public is lowered; copies of its value elsewhere are lowered with it. */
export const PUBLIC_KEY_REASON = 'a key made to be public';

// Decides whether a matched value is a finding: the path-independent false-positive filters of DESIGN.md §4.

/** A candidate match: the value, the key it was assigned to (generic rules) and the text around it on its line. */
export type Candidate = LiteralSite;

/** Judges one candidate of `rule`: template, placeholder, indirection, entropy and, for generic rules, shape. */
export function judgeValue(rule: CompiledRule, allow: readonly RegExp[], candidate: Candidate): Judgement {
  const judged = judgeLiteral(rule, allow, candidate);
  // Only a value kept on every other count (or a URL password a guide may have typed) is lowered for its local host,
  // so a production file can take it back. A provider-format credential (`pscale_pw_…`, confidence high) is not
  // lowered by a local host set beside it.
  const typed = judged.verdict === 'weak' && judged.reason === TYPED_URL_PASSWORD;
  if (judged.verdict !== 'keep' && !typed) return judged;
  const settingsHost = rule.confidence !== 'high' ? findLocalSettingsHost(candidate) : undefined;
  // Not beside a real mailbox's address (`MAIL_USERNAME` at gmail.com): Laravel's default `mailpit` host stays in a
  // config whose login is a real Gmail one.
  if (settingsHost === 'test mail' && !isPublicMailboxPassword(candidate)) return weak('a test mail inbox');
  const local = settingsHost === 'database' || isLocalUrlPassword(candidate) || isLocalConnectionStringPassword(candidate) || isLocalCallPassword(candidate) || isLocalClientPassword(candidate);
  return local ? weak(LOCAL_DATABASE) : judged;
}

function judgeLiteral(rule: CompiledRule, allow: readonly RegExp[], candidate: Candidate): Judgement {
  const { value, key } = candidate;
  const after = candidate.after ?? '';
  // A stand-in user with a digit run (`unknown:12345@cluster0…`) was blanked by hand before the commit.
  if (rule.kind === 'secret' && isBlankedUrlLogin(candidate)) return weak('a login blanked by hand');
  // A number is a setting (a timeout, a port; rules allow them), and `Password1` a docs filler, except as a database
  // password beside a managed host (`password: '12345678'` next to an RDS endpoint, an Atlas URL's `Password1`):
  // anyone who finds the host can guess it; so is the user name as the password there (`postgres:postgres@…rds…`), a
  // stock value the rule would otherwise allow.
  const repeated = rule.kind === 'secret' ? findRepeatedUserName(candidate) : undefined;
  // Not a managed host still typed as a stand-in (`@cluster0.a1b2c3.mongodb.net`): a template, judged below; nor a
  // login that asks for the reader's own (`ftp://yourusername:yourusername@…`), nor one filled in at run time
  // (`sprintf("mongodb://%s:%s@…mongodb.net…", user, pw)`).
  const fillIn = /^your[-_]?/i.test(value);
  if ((repeated === 'managed' || isGuessOnManagedHost(rule, candidate)) && !fillIn && !isTemplate(value) && !isTemplateUrlTail(after)) return KEEP;
  if (allow.some((re) => re.test(value))) return drop('allowed by rule');
  // A value cut short by an ellipsis (`Bearer eyJrIjoiT0tT…` in a comment or a guide, `--token "1//0hQZ ...` in a
  // pasted error) shows where a key goes.
  if (/^ ?(?:…|\.{3}(?!\.))/.test(after)) return drop('cut short with an ellipsis');
  // A generic rule reads at most 200 characters of a value: the token goes on after them.
  if (value.startsWith('eyJ') && isJwtWithoutSignature(value + (/^[\w-]*/.exec(after)?.[0] ?? ''))) return drop('a JWT cut short before its signature');
  if (/^v[1-4]\.(?:local|public)\./.test(value) && isSamplePaseto(value + (/^[\w.-]*/.exec(after)?.[0] ?? ''))) return drop('a PASETO sample');
  if (isAppClientId(candidate)) return drop('a public client id');
  // The password Visual Studio sets for the localhost development HTTPS certificate (`Kestrel:Certificates:Development:Password`).
  if (/Certificates(?::|__)Development(?::|__)$/i.test((candidate.before ?? '').replace(/Password["']?\s*[:=]\s*["']?$/i, ''))) return weak('the development certificate');
  if (rule.kind !== 'secret') return rule.lowerGuessable === true ? judgeDeployedValue(value) : judgeSecretSetting(rule, candidate);
  if (isTemplate(value) || isTemplateHead(value, after)) return drop('template');
  // A URL whose host or database is still a stand-in is a template, whatever its password.
  if (isTemplateUrlTail(after)) return weak('a URL template');
  if (isStandInLogin(value, after)) return drop('template');
  // A local database's user-name-as-password default is not a secret; on another host it is a guessable one.
  if (repeated === 'local') return drop('the user name repeated');
  if (repeated === 'elsewhere') return weak('the user name repeated');
  if (isPlaceholder(value)) return isStockPassword(candidate) ? weak('a stock password') : drop('placeholder');
  // On a managed host it was kept above.
  if (isStockWordCount(value)) return weak('a stock word and a count');
  // A bcrypt hash's stand-in (`$2b$12$your-bcrypt-hash`): the part after the cost is the placeholder.
  const hashBody = /^\$2[aby]?\$\d{2}\$(.+)$/.exec(value)?.[1];
  if (hashBody !== undefined && isPlaceholder(hashBody)) return drop('placeholder');
  // A login (`NEO4J_AUTH=neo4j/password`, `user:changeme`, a Dagster+ `api_token: user:123ABC`) is judged on its
  // password.
  const login = rule.generic ? /^[\w.@-]{1,64}[/:]([^/:]+)$/.exec(value)?.[1] : undefined;
  if (login !== undefined && (isPlaceholder(login) || isSequential(login))) return drop('placeholder');
  // A count of all ten digits inside a key (`sk_test_51234567890abcdef…`, `12345678-ABCD-…-1234567890AB`, down:
  // `ak-test-9876543210fedcba`) was typed; as the password of a database on the internet it is the one people type,
  // and anyone can try it.
  if (/0123456789|1234567890|9876543210/.test(value) && !isManagedHostPassword(candidate)) return weak('a count of all ten digits: typed, not generated');
  if ((value.startsWith('-----BEGIN') || isBareDerKey(value)) && isTruncatedKey(value)) return weak('a key cut short: its body is a fraction of its declared length');
  if (value.startsWith('pypi-') && isTruncatedMacaroon(value.slice(5))) return weak('a token cut short: it stops before its signature');
  if (isHollowGrafanaToken(value)) return weak('a made-up token: its JSON holds no key');
  if (value.startsWith('eyJ') && isShortLivedJwt(value)) return weak('a token that expired within minutes of being issued');
  if (value.startsWith('eyJ') && isSignedWithStockSecret(value)) return weak('a test token signed with a stock key (`secret`): anyone can make one');
  // After `Basic `, or under a name that says the value is an encoded Basic login (`encoded_auth_string = "…"`, an
  // .npmrc's `_auth=`).
  const basic = /\bbasic\s{1,3}$|(?:(?:basic|base64|b64|encoded)[_-]?auth|auth[_-]?(?:base64|b64|basic)|(?<![A-Za-z0-9])_auth)[a-z_]{0,12}["']?\s{0,4}(?:=|:|=>)\s{0,4}["'`]?$/i.test(candidate.before ?? '') ? decodeBase64Text(value) : undefined;
  if (basic !== undefined) return judgeBasicPair(basic);
  const encoded = rule.generic ? judgeEncodedValue(value) : judgeEncodedPhrase(value);
  if (encoded !== undefined) return encoded;
  const publicKey = isPublicJwt(value) || isPublicProjectKey(value) || isPaddleClientToken(candidate) || isBrowserGoogleKey(candidate) || isBrowserUrlKey(candidate) ||
    isSearchOnlyKey(candidate) || isStorefrontToken(candidate) || isAnalyticsBrowserKey(candidate) || isBadgeToken(candidate) || isMailchimpSdkKey(candidate) || isRollbarClientToken(candidate) || isFacebookClientToken(candidate) || isPublicKeyCopy(candidate) ||
    isEmbeddedKey(candidate) || isDeclaredPublic(candidate) || isBackendlessClientKey(candidate) || isStreamApiKey(candidate) || isVeriffPublicKey(candidate) ||
    (rule.generic && (isPairedPublicKey(candidate) || isPushSubscriptionKey(candidate)));
  if (publicKey) return weak(PUBLIC_KEY_REASON);
  // A provider token such as `dt0c01.AB12…` or `hvs.CAES…` has the shape of a dotted identifier; digits tell them apart.
  // Inside a URL (`mongodb+srv://shop:shop.in@…`) a password is a literal, whatever its shape. stanch:allow -- a shape
  // So is a quoted value of mixed case and digits with a dot in it (a Packer template's vCenter password) that opens
  // with no object's or module's name (`"settings.Db2Password"` names a setting, `'google_oauth2.Credentials'` a type).
  const quotedMixed = /["'`]$/.test(candidate.before ?? '') && isWrittenLiteral(candidate) && /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && !/^(?:[a-z]{4,}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\./.test(value);
  if (isIndirection(value) && !quotedMixed && (rule.generic || !/[0-9]/.test(value)) && findUrlUser(candidate.before ?? '', candidate.after) === undefined) return drop('indirection');
  if (isUnquotedCode(value, candidate.before ?? '', after)) return drop('code');
  if (rule.entropy !== undefined && shannonEntropy(value) < pickEntropyFloor(rule.entropy, value)) return weakOrDrop(rule, candidate, 'low entropy');
  if (isExampleHostPassword(candidate)) return weak('a documentation host');
  // A Supabase project's ref (20 lower-case letters, its API URL's host) typed where the database password goes
  // (`postgres:<ref>@aws-0-….pooler.supabase.com`) is the public project id, not a password.
  if (/^[a-z]{20}$/.test(value) && new RegExp(`\\b${value}\\.supabase\\.co\\b`).test(candidate.block ?? '')) return drop('a project ref');
  // A URL's password typed as runs (`abc123def456`, `xyz789abc`) in a guide is its filler; in code it is the password.
  if (!rule.generic && isSequential(value) && findUrlUser(candidate.before ?? '', candidate.after) !== undefined) return weak(TYPED_URL_PASSWORD);
  // Ten characters in keyboard order (`sk_live_abcdefghij…`) are typed filler: no random value holds them (a digit
  // count was judged above, low).
  // A count of the digits in a managed database's password was judged above: a person's password, guessable or not.
  if (hasFillerRun(value) && !(/0123456789|1234567890|9876543210/.test(value) && isManagedHostPassword(candidate))) return drop('keyboard filler');
  // A Google API key is `AIza` and 35 more: a generic value that opens so at another length is made up (a Google key
  // rule would have named a real one).
  if (rule.generic && /^AIza[\w-]{20,}$/.test(value) && value.length !== 39) return drop('not the length of a Google key');
  // An AWS KMS ciphertext blob (`AQICAH…`, `AQECAH…`, base64 of the key's version and ARN then the data) is encrypted
  // to be committed: Terraform's `aws_kms_secrets` decrypts it at apply time.
  if (rule.generic && /^AQ[EI]CAH[A-Za-z0-9+/]{100,}={0,2}$/.test(value)) return drop('an AWS KMS ciphertext');
  // A value that spells its own setting's name (`REFRESH_TOKEN_SECRET: "refresh-token-secret"`) names what goes there.
  if (!rule.generic && isEcho(value, key)) return drop('the key repeated');
  // Fourteen letters along the keyboard between other characters (`…uI0oP1aSdF3gH5jKlZxCvB…`, a test's WireGuard key):
  // typed, though in a provider's shape.
  if (!rule.generic && hasKeyboardRun(value.replace(/[^A-Za-z]/g, ''), 14)) return weak('letters typed along the keyboard');
  if (hasPeriodicClasses(value)) return weak('lower case, upper case and digits in turn: a made-up value');
  // A provider-less password rule's stock value (`password123` in a login call, `0000` in a .my.cnf): a first guess.
  if (!rule.generic && rule.lowerGuessable === true && isStockPasswordValue(value)) return weak('a stock password');
  if (!rule.generic) return keepUnlessMarked(candidate, false);
  // The first word of a quoted sentence (`secret_handling: "9-pattern scan run pre-push on …"`): prose, not a value.
  if (/["'`]$/.test(candidate.before ?? '') && /^[ \t]+[A-Za-z][\w-]*(?:[ \t]+[^\s"'`]+)+[ \t]*["'`]/.test(after)) return drop('a sentence');
  // A setting's name and its `=` (`secret="api-token="`, a script that appends the token and passes `--from-literal`).
  if (/^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+=$/.test(value)) return drop('a setting name');
  // Excel's sheet protection (`Sheets("Plan").Unprotect Password:="…"`) stops accidental edits and guards no account.
  if (/\.(?:Un)?[Pp]rotect\b[^\n]{0,80}\bPassword:=[ \t]*"$/.test(candidate.before ?? '')) return weak('a sheet protection password');
  // The keyboard's top row after a prefix (`sk-alias-1234567890`). Generic values only: a value in a provider's exact
  // format is left to that format (the peers' test keys hold the run and count as positives).
  // The same for the alphabet or a letter row typed between digits (`aB1cD2eF3gH4…`, `pQ4wE7rT2yU9…`).
  if (value.includes('1234567890') || hasKeyboardRun(value.replace(/[^A-Za-z]/g, ''), 10)) return drop('keyboard filler');
  if (isMaskedByHand(value)) return drop('masked');
  if (isClientPrefixedSetting(candidate)) return weak('a browser-public setting');
  // creds = _GetCredentials(): the pattern stops at `(`. Not a pasted value's length noted after it
  // (`TOKEN=Q7KX…  (20 characters)`), nor a `(` inside a password that no name starts and nothing closes
  // (`1mWLq8_I(si@…`), nor a note a guide writes after it (`Hw7t…  (for view-only access)`).
  const call = /^[A-Za-z_$][\w$.]*$/.test(value) || after.includes(')');
  const note = /^[ \t]+\((?:for|used|only|from|see|read|to)\b/.test(after);
  if (call && !note && /^\s*\((?![0-9]{1,4}[ \t]?(?:chars?|characters|bytes|digits)\))/.test(after)) return drop('call');
  if (isEcho(value, key) || value.endsWith(`/${key}`)) return drop('the key repeated'); // oauthCreds: OauthCreds; sed's s/pw = a/pw = $X/
  // A made-up UUID has far less entropy than a random one (about 3.7 bits per hex digit; under 3.05: 0.02% of random
  // ones), a typed run (`12345678-1234-…`, `…-aaaaa…`) or one chunk typed three times (`1234abcd-1234-abcd-…`).
  if (isUuid(value)) return isUuidCredential(candidate) && isRandomUuid(value) ? KEEP : drop('uuid');
  // A password hash in PHC or crypt form (Vaultwarden's `ADMIN_TOKEN='$argon2id$v=19$…'`, a whole bcrypt `$2b$10$…`
  // of 60 characters, not Amazon Payment Services' 16-character `$2y$10$…` phrases) is what the server checks a
  // password against: it opens nothing until it is cracked. Also a bcrypt hash whose leading `$`
  // a template string or a shell ate (`2a$10$…` in a seed file), and Django's own form (`pbkdf2_sha256$720000$…`,
  // also how django-oauth-toolkit stores client secrets), and phpass's portable hash (`$P$…`, TYPO3's install tool
  // password).
  if (/^\$(?:argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d{1,3})?|[156])\$|^\$?2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$|^(?:pbkdf2_sha(?:1|256)|argon2|bcrypt(?:_sha256)?|scrypt)\$[^$\s]{1,100}\$|^\$[PH]\$[./0-9A-Za-z]{31}$/.test(value)) return weak('a password hash');
  // A SealedSecret's ciphertext (`Ag…`, hundreds of base64 characters, only the cluster's controller decrypts it) is
  // made to be committed, in YAML or in a Jsonnet/CUE rendering of the manifest.
  if (/^Ag[A-Za-z0-9+/]{150,}={0,2}$/.test(value) && isSealedCiphertext(candidate)) return drop('sealed');
  // A Fernet token (`gAAAAAB…`: version 0x80 and a timestamp) is data encrypted with a key, not the key; a public
  // key's setting (`PLAID_PUBLIC_KEY`, `VAPID_PUBLIC_KEY`) holds the half made to be shared.
  if (/^gAAAAAB[A-Za-z0-9_-]{60,}={0,2}$/.test(value)) return drop('ciphertext');
  if (/(?:^|[_.-]|[a-z])public[_.-]?key$/i.test(key)) return drop('a public key');
  if (isCodeOrText(value) && !isRandomByteEscapes(value)) return drop('code, text or path'); // not pasted bytes: `\xdd/\xb0…`
  // A setting named for an API (`XANO_PLAYLISTS_API = 'https://….xano.io/api:Pjks2U_C'`) holding an address with no
  // login and no query is where the API is, not a key to it.
  if (/(?:^|[_.-])api$/i.test(key) && /^https?:\/\/[^\s@/?#]+(?:\/[^\s?#@]*)?$/.test(value)) return drop('an API address');
  if (isIdentifierLike(value, key)) return drop('hash');
  // Laravel Sanctum stores the SHA-256 of a token in personal_access_tokens.token, beside the row's `tokenable_id` and
  // `tokenable_type`: a seeder or dump of that table holds hashes, which open nothing (the token is shown once).
  if (/^[0-9a-f]{64}$/.test(value) && /^token$/i.test(key) && /personal_access_tokens|PersonalAccessToken|\btokenable_(?:id|type)\b/.test(candidate.block ?? '')) return drop('hash');
  if (isSequential(value)) return isHumanSequence(value) ? weakOrDrop(rule, candidate, 'a typed sequence') : drop('sequential');
  // A user name before a long key (Veryfi's `apikey <user>:<key>`) may repeat a syllable (`shashwatsharma`): the
  // key after it is what was typed or generated.
  const typed = /^[A-Za-z][\w.@+-]{2,63}:[A-Za-z0-9_-]{20,}$/.test(value) ? value.slice(value.indexOf(':') + 1) : value;
  if (isTypedPattern(typed)) return weakOrDrop(rule, candidate, 'keyboard filler'); // sample values, or a typed password (low)
  if (isStockWithDigits(value)) return weakOrDrop(rule, candidate, 'a stock word and digits');
  if (/[-_=.]insecure$/i.test(value)) return weak('marked insecure by its author'); // <base64>=INSECURE: a dev key
  if (isMailAppPassword(candidate)) return KEEP;
  if (isBareIdentifier(value) || isWrappedWord(value)) return weakOrDrop(rule, candidate, 'a word or identifier');
  if (!looksRandom(value) && !isGeneratedPassword(candidate)) return weakOrDrop(rule, candidate, 'not random enough');
  // A comment showing a shell prompt (`# $ TOKEN=… scripts/users/index.sh`) shows how to run the script: a sample.
  if (/^[ \t]*(?:#|\/\/)[ \t]*\$[ \t]/.test(candidate.before ?? '')) return weak('a usage example');
  return keepUnlessMarked(candidate, true);
}

// Beside its manifest's words, or longer than a generic rule reads (the value runs on after the 200 characters read).
function isSealedCiphertext(candidate: Candidate): boolean {
  return /^[A-Za-z0-9+/]{40}/.test(candidate.after ?? '') || /\bencryptedData\b|SealedSecret/.test(candidate.block ?? '');
}

// A value its name calls a stand-in (`DUMMY_SIGNING_KEY := …`, a fallback for local builds; `DUMMY_PRIVATE_KEY =
// """-----BEGIN…`) is reported low, and so is a generic secret set beside a sandbox mode (`paypal.configure({ mode:
// 'sandbox', client_secret: … })`, Braintree's `environment: braintree.Environment.Sandbox`, Plaid's `basePath:
// PlaidEnvironments.sandbox`): it moves no money. A provider's format says on its own whether it is a test key, except
// Africa's Talking's, the same for its sandbox app (`username="sandbox"` beside it).
const SANDBOX_ALIKE = /^atsk_/;

function keepUnlessMarked(candidate: Candidate, generic: boolean): Judgement {
  const named = /(?:^|[^A-Za-z0-9_])((?:dummy|fake|mock)[_-]?[A-Za-z0-9_]{0,40})[ \t]*[:=][ \t]*(?:\(?[ \t]*[rbf]?(?:"{3}|'{3}|["'`]))?$/i.exec(candidate.before ?? '')?.[1];
  if (/^(?:dummy|fake|mock)[_-]/i.test(candidate.key) || named !== undefined) return weak('named as a stand-in');
  if (isShownAsExample(candidate, generic)) return weak('a usage example');
  if (generic && isDemoLogin(candidate)) return weak('a demo login');
  if (generic && repeatsSiblingUser(candidate)) return weak('the user name repeated');
  // `block` is built on its first read: only for generic values, not for every provider key.
  const sandbox = (generic || SANDBOX_ALIKE.test(candidate.value)) && /["']?\b(?:mode|environment|basePath|username)["']?\s*[:=]\s*(?:["']sandbox["']|[\w.]{1,60}\.sandbox\b)/i.test(candidate.block ?? '');
  return sandbox ? weak('a sandbox account') : KEEP;
}

// Only generic rules have a low tier: a provider rule's value either has the provider's shape or is not a finding.
// A guessable password beside the host of a database service on the internet, beside a public mailbox's address, or
// given to sshpass for a server at a public address, is kept: anyone who finds it can try it.
function weakOrDrop(rule: CompiledRule, candidate: Candidate, reason: string): Judgement {
  // A made-up key phrase with a number (`HarborShopSecretKey2031`) is a weak key in use, not a variable's name.
  const phrase = /^(?=[A-Za-z]*(?:Secret|Key|Token|Pass))(?:[A-Z][a-z]+){2,8}[0-9]{2,4}[!@#$.]?$/.test(candidate.value);
  if (rule.generic && phrase) return weak('a made-up key phrase');
  if (!rule.generic) return drop(reason);
  // Beside a real mailbox's address, words in camel case (`GardenLampRiver`) or one capitalised word of six letters
  // or more (`Lanternfish`) are the mailbox's password, not a name or a label.
  const plain = isWeakPassword(candidate);
  if (!plain && !isWeakPassword(candidate, true)) return drop(reason);
  const mailbox = isPublicMailboxPassword(candidate);
  if (!plain && !mailbox) return drop(reason);
  const reachable = isManagedHostPassword(candidate) || mailbox || isPublicServerPassword(candidate);
  return reachable && !isShownAsExample(candidate, true) ? KEEP : weak(reason);
}

function isEcho(value: string, key: string): boolean {
  const bare = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  // A rule without a `key` group passes its whole match, which contains the value itself.
  const name = bare(key.split(/[.:>]/).at(-1) ?? key);
  const echoed = bare(value);
  if (key.includes(value) || echoed.length === 0) return false;
  // A secret's name with a number stuck on (`_4363_blowfish_secret_`), not a password's (`password123` is one), nor a
  // user name a rule reads as its key (lftp's `-u hulinchao,hulinchao@123`: a guessable password in use).
  const numbered = /secret|key|token|salt/.test(name) && !/pass|pwd/.test(name) && echoed.replace(/[0-9]/g, '') === name;
  return echoed === name || numbered;
}

function isRandomUuid(value: string): boolean {
  const hex = value.replace(/-/g, '').toLowerCase();
  return shannonEntropy(hex) >= 3.05 && !/01234|12345|23456|34567|45678|56789|abcde|bcdef|(.)\1{4}|(.{4}).*\2.*\2/.test(hex);
}

// Hex has 16 symbols: one random 32-digit key in five falls under 3.5 bits a character, one in 250 under 3.2. A
// floor near hex's ceiling of 4 asks for a wider alphabet (Django's punctuated keys), and stays.
function pickEntropyFloor(floor: number, value: string): number {
  return floor <= 3.5 && /^[0-9a-fA-F]{32,}$/.test(value) ? Math.min(floor, 3.2) : floor;
}
