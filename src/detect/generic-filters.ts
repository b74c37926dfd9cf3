import { hasKeyboardRun, isGeneratedMixed, isGeneratedPrintable } from './entropy.js';

// Extra defences for generic (non-provider) rules: UUIDs, hashes, lock files and minified code (typed runs are in
// typed-runs.ts).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH_HEX = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
const HASH_KEY = /(?:hash|sha(?:sum|1|224|256|384|512)?(?![a-z])|md5|checksum|integrity|digest|commit|etag|revision|fingerprint|nonce|salt|uuid|guid)/i;
const SRI = /^(?:sha(?:1|256|384|512))-[A-Za-z0-9+/]+={0,2}$/;
const EVM_ADDRESS = /^0x(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{1,16})$/; // an EVM address (a key has 64 digits), or a number (`Token = "0x600779D"`)
const LOCK_FILE = /(?:^|\/)(?:\.?package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Cargo\.lock|composer\.lock|Gemfile\.lock|go\.sum|[^/]+\.lock)$/;
// Also SvelteKit's built pages and chunks (`_app/immutable/nodes/3.js`, `_app/pages/docs.svelte-a1b2.js`).
const MINIFIED_FILE = /\.min\.(?:js|css|mjs)$|\.(?:js|css)\.map$|(?:^|\/)(?:dist|build)\/[^/]+\.bundle\.js$|(?:^|\/)_app\/(?:immutable\/)?(?:pages|chunks|nodes|components|entry)\/(?:[^/]+\/)*[^/]+\.m?js$/;

/** Whether a value is a UUID (an id, or an API key for the providers that issue UUIDs). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Whether a value is an id or hash (UUID, SRI, EVM address, hex under a digest's key but not `ID_HASH_SECRET`, base64 under a `*_hash` key). */
export function isIdentifierLike(value: string, key: string): boolean {
  if (UUID.test(value) || SRI.test(value) || EVM_ADDRESS.test(value)) return true;
  // A Scaleway access key (`SCW` and 17 capitals or digits) or an Exoscale API key (`EXO` and 24 hex) names its key
  // pair; the secret is the value beside it.
  if (/^SCW[A-Z0-9]{17}$|^EXO[0-9a-f]{24}$/.test(value)) return true;
  // A Paddle Billing entity id (`ntfset_`, a notification destination; `pri_`, `sub_`…: a prefix and 26 lower-case
  // letters and digits). A notification destination's secret is `pdl_ntfset_…`.
  if (/^(?:ntfset|ntf|pri|pro|sub|ctm|txn|add|biz|dsc|adj|ctr|evt|ntfe|apikey)_[0-9a-z]{26}$/.test(value)) return true;
  // A base64 digest under a key that ends in hash (RabbitMQ's `password_hash`, salted SHA-256 in definitions.json).
  if (/^[A-Za-z0-9+/]{27,}={0,2}$/.test(value) && /hash(?:ed)?$/i.test(key)) return true;
  // A SeatGeek client id: base64 of `<account>|<timestamp>` (`MTUy…`); its secret is a separate 64-hex value. A Google
  // Maps v2 key (`ABQIAAAA…`, 86 characters) went into every page's script URL, locked to its domain.
  if (/^ABQIAAAA[\w-]{78}$/.test(value)) return true;
  if (/^MT[A-Za-z0-9+/]{26,38}={0,2}$/.test(value) && /^\d{6,10}\|\d{10}(?:\.\d{1,6})?$/.test(Buffer.from(value, 'base64').toString('latin1'))) return true;
  // Alfresco's admin password as the MD4 hash its user store keeps (`alfresco_user_store.adminpassword=209c…`).
  if (/^[0-9a-f]{32}$/.test(value) && /^alfresco_user_store\.adminpassword$/i.test(key)) return true;
  return HASH_HEX.test(value) && HASH_KEY.test(key) && !/(?:secret|pepper|passw(?:or)?d)$/i.test(key);
}

/**
 * Whether a value is code, text or a path rather than a secret: non-ASCII text (translated messages),
 * expressions (`!flag`, `?Rule`, `#anchor`, `=x`, `a=b`, `function*`, comments), file and resource paths
 * (`./lib/x.js`, `ResourceTag/tag-key`), ARNs and other colon-separated ids, timestamps, version numbers, regex
 * literals, prefixes cut at a colon (`'user:' + key`) and query strings.
 */
export function isCodeOrText(value: string): boolean {
  // Non-ASCII is text (a translated message), except a currency or section sign typed into a password (`…}@x|£x)…`).
  if (/[^\x20-\x7e]/.test(value) && !(/^[\x20-\x7e£€¥§]{8,}$/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value))) return true;
  if (isGeneratedPrintable(value) || isDjangoGeneratedKey(value) || isLabelledKey(value)) return false;
  // A `*` is a glob, a pointer, a mask or an IAM wildcard (`Describe*`), except in a password (see isStarPassword) or
  // one a tool generated, which may hold a `*` or an `=` anywhere (Wazuh's `…9*aB.4…`, an Elastic reset's `…Qx=Lm-42…`).
  if (value.includes('*') && !isStarPassword(value) && !isGeneratedMixed(value)) return true;
  // An `@` opens a decorator, a package scope or a handle; one opening letters, digits and symbols, or capitals, lower
  // case and digits, is a password (`@shop@2024#$`, `@Rahul2024`).
  if (value.startsWith('@') && !/^@(?=[^@]*[a-z])(?=.*[0-9])(?=.*[#$%!&^*A-Z])[^/\s()]{7,}$/.test(value)) return true;
  // `!x`, `#id`, `=x` open expressions and selectors; one opening all of upper case, lower case and digits is a
  // password (`#Netw0rkQa7`, `!@m-gK7qz2`), and so is one whose letters and two digits or more mix past any name
  // (`!!4tr7ka2eq3d**`, not `!isReady2`).
  const symbolPassword = /^[!#](?=.*[0-9])(?=.*[A-Z])(?=.*[a-z])[^\s/(){}[\]<>]{7,}$/.test(value) ||
    /^[!#]{1,2}(?=(?:[^0-9]*[0-9]){2})(?=.*[a-z])(?![!#]{0,2}[A-Za-z_$][\w$]*(?:\.[\w$]+)*$)[^\s/(){}[\]<>,;'"]{7,}$/.test(value);
  if ((/^[!?&|#=:]/.test(value) && !symbolPassword) || /^function\b/.test(value) || /^(?:self|this|cls)\./.test(value)) return true;
  // The code between two string literals of a concatenation: `"…;Password="+Properties.Resources.Pw.ToString()+"…"`,
  // PHP's `";Pwd=".DB2_PASS.";"`, a lookup's name cut at its bracket (`"PWD="+db2cred['password']+";"`).
  if (/^\+\s*[A-Za-z_$][\w$]*(?:\.[\w$]+|\([^()]*\))+\s*\+$/.test(value)) return true;
  if (/^\.[A-Za-z_][\w]*\.$|^\+[a-z_][a-z0-9_]*$/.test(value)) return true;
  if (/^X-[A-Z][a-z]+(?:-?[A-Z][a-z]+){1,6}(?:-[0-9]{1,3})?$/.test(value)) return true; // a header's name: X-ChatWorkWebhookSignature, X-Hub-Signature-256
  if (/^[a-z]{2,12}(?:\.[a-z0-9_]{1,30}){1,8}\.[A-Z][A-Za-z0-9]{2,60}$/.test(value)) return true; // a Java class: org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider
  if (/^[a-z_]{3,20}(?::[\w,.]{1,40})?(?:\|[a-z_]{3,20}(?::[\w,.]{1,40})?)+$/.test(value)) return true; // Laravel's validation rules: nullable|string|max:255
  if (/^[A-Za-z_][A-Za-z_.]{0,40}=[\w./~]/.test(value) && !isGeneratedMixed(value)) return true; // `a=b`, `backup=/mnt/x` (the next setting), not two base64 blocks joined at their padding nor `Kq7vTx2=Lp9m`
  if (/^\/[^\s]{0,200}\$[A-Za-z_{]/.test(value)) return true; // a sed replacement writing a variable: s/rcon.password=/rcon.password=$passwd/g
  if (/^[^\s/]{1,100}\/[^\s/]{0,100}\$[A-Za-z_{][^\s/]{0,100}\/[gIi]{0,2}$/.test(value)) return true; // s/DB_PASSWORD=password/DB_PASSWORD=$pw/g
  if (/^[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)+|\$\{?[A-Za-z_]\w*\}?)$/.test(value)) return true; // an e-mail address (CREDENTIALS_ADMIN_EMAIL=..., MediaWiki's `"wiki@$domain"`)
  // Public key ids under a *_SECRET name (Razorpay, Stripe, Lalamove); an Airtable token's id half (`pat` and 14, no
  // `.` and secret); a Shopware sales channel's access key (`SWSC…`, in its storefront's pages); a Statsig client key;
  // an Alpaca paper account's key id (`PK` and 18 or 24; its secret is the value beside it).
  if (/^(?:rzp_(?:live|test)_[A-Za-z0-9]{14}|PK[A-Z0-9]{18}(?:[A-Z0-9]{6})?|pk_(?:live|test|prod|sandbox)_[A-Za-z0-9]{20,}|pat[A-Za-z0-9]{14}|SWSC[A-Z0-9]{22}|client-[A-Za-z0-9]{43})$/.test(value)) return true;
  if (/^[A-Za-z_$][\w$.]{0,40}(?:===?|!==?)[A-Za-z_$'"]/.test(value)) return true; // a comparison: noTokens=e===defaultInit
  if (/^(?:\.{1,2}|~)?\/[\w.-]*[a-z][\w.-]*(?:\/[\w.-]+)*\/?$/.test(value)) return true;
  // A Postfix lookup table (`smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`) names where logins are, not one.
  if (/^(?:hash|lmdb|btree|texthash|cdb|dbm|sdbm|regexp|pcre|cidr|proxy:[a-z]+|mysql|pgsql|ldap|sqlite|memcache|socketmap|inline|unionmap|pipemap|randmap):(?:\/(?!\/)|\{)/.test(value)) return true;
  // A relative path of letters (`group_vars/production/vault.yml`, a dotfile's `automation/.traefik-credentials`), no
  // digits but in a short segment naming a service (a pass store's `homelab/minio/s3/pass`): base64 has them.
  if (/^[A-Za-z][A-Za-z_.-]*(?:\/(?:\.?[A-Za-z][A-Za-z_.:-]*|[a-z]{1,3}[0-9](?=\/)))+\/?$/.test(value) || /^[a-z][a-z-]*\/$/.test(value)) return true;
  if (/^(?:arn:|[\w.-]+:\d{12}:)/.test(value) || /^[\w.-]+(?::[\w./*-]*){2,}$/.test(value)) return true;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return true;
  if (/^v?\d+(?:\.\d+)+[a-z]?$/i.test(value) || /^\/\^/.test(value) || /:$/.test(value)) return true; // versions, /^regex/, `'user:' + x`
  if (/^[a-z]+(?:-[a-z0-9.]+)*-per-(?:day|month|min(?:ute)?|sec(?:ond)?|hour|request)s?$/.test(value)) return true; // a quota: free-5k-per-day
  // A gensim-data model's name (pycontractions' `Contractions(api_key="glove-twitter-100")` loads one by it).
  if (/^(?:glove-(?:wiki-gigaword|twitter)|word2vec-google-news|fasttext-wiki-news-subwords)-[0-9]{2,3}$/.test(value)) return true;
  if (/^(?:[\^~]|[<>]=?|=)?v?\d+(?:\.(?:\d+|x|\*))+(?:-[\w.]+)?(?:\s*(?:\|\||-|<|>)[\s\S]*)?$/i.test(value)) return true; // npm ranges: ^3.972.86, ~1.2.x, >=2.0.0
  if (/^[a-z][a-z0-9]*#[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+$/.test(value)) return true; // a kind tag: identitytoolkit#VerifyPasswordResponse
  if (/^[a-z][a-z0-9_]*(?::[a-z][a-z0-9_]*)+#[a-z][a-z0-9_]*$/.test(value)) return true; // a namespace: oauth2client:secrets#ns (not `development#product`)
  if (/^>[A-Za-z][\w.-]*$/.test(value)) return true; // the text after a tag's `">`: href="…?token=B">package_name-0.1.2.tar.gz
  // A URL is where a secret is used, not the secret: the URL-credential rules judge a password inside one.
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(value) || /^[a-z]+:[a-z]+$/.test(value)) return true; // redis://:password@host, field:value
  if (/^\/\/[\w.-]/.test(value)) return true; // a URL cut at its scheme's colon: `username: "http", password: "//brd-customer-…"`
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+:[\w.-]+$/.test(value)) return true; // a secret reference: API_KEY:latest
  if (/^\d+\.(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/.test(value)) return true; // Ruby durations: 5.days.ago
  if (/^T\d{4}(?:\.\d{3})?$/.test(value) || /^--?[a-z][a-z0-9-]{0,40}$/.test(value)) return true; // ATT&CK ids (T1552.001), CLI flags (not a token_urlsafe value that starts with -)
  if (/^--?[A-Za-z][\w-]{0,20}=?\$\{?[A-Za-z_]/.test(value)) return true; // a flag built from a variable: PASS="-p$DB_PASS"
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:\/[\w./-]*)?$/.test(value)) return true; // an address: 85.10.1.2:8088/report
  if (/^[A-Z][A-Z_]{2,20}:\d{2,5}(?:\/[\w.-]*)?(?:\?[\w=&.-]*)?$/.test(value)) return true; // a URL template's HOST:5432/db
  if (/^\+[1-9][0-9]{7,14}$/.test(value)) return true; // a phone number (PASSWORDLESS_…_NUMBER = '+1…')
  // A PowerShell command on the right of an assignment: `$token = Get-GoogleAccessToken -clientId …`.
  if (/^(?:Get|Set|New|Update|Invoke|Read|Import|Export|ConvertTo|ConvertFrom|Add|Remove|Connect|Start|Test|Request|Resolve|Find)-[A-Z][A-Za-z]{2,60}$/.test(value)) return true;
  if (/^[a-z][a-z0-9-]*(?:\/[a-z0-9._-]+){2,}$/.test(value) || /^[a-z]+(?:\+[a-z]+)+$/.test(value)) return true; // projects/1/secrets/x, bold+italic
  // A dotted name ending a sentence (client.OAuth2Credentials.), not an unsigned JWT (eyJhbGciOiJub25lIn0.eyJ….).
  if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\.$/.test(value) && !value.startsWith('eyJ')) return true;
  return /&[A-Za-z_][\w.]*=/.test(value);
}

// A password holding a `*`: one or two ending a password that has digits or symbols (`Harbor@2019**`, also before a
// last symbol or two: `Harbor19*#`), one opening a password of letters and digits (`*Tern4Vik9`), single ones among
// every kind of character in a password of 12 or more (`@R9t$L7e!xP2w#Mn8Zq^Y4v&Bc6*Hd3J`, `R*G_hq7Lm*3Tz!X`; not
// `(*args)`), or one inside a password of capitals, lower case and digits (`Tani*ka2024`) or of lower case and two
// digits or more (`9ps5k*2q`).
function isStarPassword(value: string): boolean {
  return (
    /^(?=[^*]*[0-9@#$%!&^_.-])[^*/\s]{6,}\*{1,2}[!@#$%^&]{0,2}$/.test(value) ||
    /^\*(?=[^*]*[0-9])(?=[^*]*[A-Z])(?=[^*]*[a-z])[^*/.\s]{7,}$/.test(value) ||
    /^(?=.*[0-9])(?=.*[A-Z])(?=.*[a-z])(?=.*[!@#$%^&])(?!.*\*\*|.*\(\*|.*\*\))[^/.\s{]{12,}$/.test(value) ||
    /^(?=.*[0-9])(?=.*[A-Z])(?=.*[a-z])[^*/.\s(){}[\]:=]{2,}\*[^*/.\s(){}[\]:=]{2,}$/.test(value) ||
    /^(?=.{6,})(?=(?:[^*]*[0-9]){2})(?=[^*]*[a-z])[a-z0-9]{3,}\*[a-z0-9]{1,}$/.test(value)
  );
}

// A base64 key behind its algorithm's labels (CiviCRM's `aes-cbc:hkdf-sha256:<base64>`, `jwt-hs256:<base64>`): a key,
// not a path or a list of fields (a hex digest after `sha256:` has no capitals).
function isLabelledKey(value: string): boolean {
  return /^[a-z][a-z0-9-]{2,19}(?::[a-z][a-z0-9-]{2,19}){0,2}:(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{32,}={0,2}$/.test(value);
}

// Django's generated secret keys (and Sentry's, made the same way): 50 characters of lower case, digits and
// `!@#$%^&*(-_=+)`, which may open with any of them (`=^#2…`). Such a key holds about 14 symbols of most kinds; a
// query string of 50 characters (`tok&token_type_hint=refresh_token`) holds a few of two or three.
function isDjangoGeneratedKey(value: string): boolean {
  const symbols = value.replace(/[a-z0-9]/g, '');
  return /^[a-z0-9!@#$%^&*(\-_=+)]{50}$/.test(value) && /[0-9]/.test(value) && symbols.length >= 8 && new Set(symbols).size >= 5;
}

/**
 * Whether a value holds ten or more characters in keyboard order (`…!@#$%^&*()abcdefghij…`) or five doubled
 * characters in a row: typed filler, as no random value of any length does.
 */
export function hasFillerRun(value: string): boolean {
  // Five doubled characters in a row (`AA11BB22CC`, Slack's sample webhook): typed (one random hex value in 30,000).
  if (/([A-Za-z0-9])\1(?!\1)([A-Za-z0-9])\2(?!\2)([A-Za-z0-9])\3(?!\3)([A-Za-z0-9])\4(?!\4)([A-Za-z0-9])\5/.test(value)) return true;
  return hasKeyboardRun(value, 10) || hasCountingPairs(value);
}

// Five digit-and-letter pairs counting together (`0e1f2a3b4c`, `1a2b3c4d5e`; the digits may count down: `9e7f6a5b4c`):
// a documentation key typed by hand.
function hasCountingPairs(value: string): boolean {
  const v = value.toLowerCase();
  for (const step of [1, -1]) {
    for (let i = 0; i + 9 < v.length; i += 1) {
      let steps = 0;
      while (i + 2 * steps + 3 < v.length && isCountingStep(v, i + 2 * steps, step)) steps += 1;
      if (steps >= 4) return true;
    }
  }
  return false;
}

// Whether the pair at `at` (a digit, a letter) is followed by the digit one `step` on (9 wraps to 0, 0 to 9) and the
// next letter (f wraps to a).
function isCountingStep(v: string, at: number, step: number): boolean {
  const [d0, l0, d1, l1] = [v.charCodeAt(at), v.charCodeAt(at + 1), v.charCodeAt(at + 2), v.charCodeAt(at + 3)];
  const digits = d0 >= 48 && d0 <= 57 && d1 - 48 === (d0 - 48 + step + 10) % 10;
  const letters = l0 >= 97 && l0 <= 122 && (l1 === l0 + 1 || (l0 === 102 && l1 === 97));
  return digits && letters;
}

/**
 * Whether a value was masked by hand before it was pasted: eight of one character in a row (`FXHK…888888888…`), as
 * no random value holds. Not A or 0: zero bytes in base64 or hex (a gzip header in base64 is `H4sIAAAAAAAAA`).
 */
export function isMaskedByHand(value: string): boolean {
  return /([^A0=.\s_-])\1{7}/.test(value);
}

// node-config's map from settings to the environment variables that fill them: every value is a variable's name.
const ENV_NAME_MAP = /(?:^|\/)custom-environment-variables\.(?:json5?|ya?ml|[cm]?[jt]s|toml|hjson|properties|xml)$/;

/** Whether generic rules skip this whole file (lock files, minified bundles, source maps, node-config's variable map). */
export function isGenericExemptPath(path: string): boolean {
  return LOCK_FILE.test(path) || MINIFIED_FILE.test(path) || ENV_NAME_MAP.test(path);
}

/**
 * Whether base64 (or base64url) opens with a Unix time, in seconds or milliseconds, and a separator
 * (`MTYxMDYyMTA5Mi40…` is `1610621092.4…`): a session or form token stamped with its issue time, pasted from a
 * response, long expired; or a request stamp a site's front end sends in its Authorization header.
 */
export function isTimeStampedToken(value: string): boolean {
  if (!/^MT[A-Za-z0-9+/_-]{14}/.test(value)) return false;
  const head = Buffer.from(value.slice(0, 20).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^1[0-9]{9}(?:[0-9]{3})?[^0-9]/.test(head);
}
