// Values that are templates filled in at deploy time: `${DB_PASSWORD}`, `{{ secret }}`, `%(pw)s`, `$TOKEN`, `%TOKEN%`,
// `$(openssl rand -hex 32)`.

const TEMPLATE_SHAPES: readonly RegExp[] = [
  /\$\{[^}]*\}?/, // ${VAR}, ${{ secrets.X }}, a `${` cut off by the pattern
  /\{\{[^}]*\}|\{\{[\s\w.$|()'",[\]:=/-]*$/, // {{ var }}, Jinja / Handlebars / Helm, or one the pattern cut (not `{{` inside a random salt: `9#1{{uX!)…`)
  /\{%.*%\}/, // Jinja blocks
  /%\([A-Za-z_][\w]*\)[sd]/, // Python %(name)s
  /^\$(?![a-z]{1,12}[0-9]{4,}$)[A-Za-z_][A-Za-z0-9_]*$/, // $VAR, not `$sc1965112`: lower-case letters then a run of digits are a password
  /^\$\(.+\)$/, // $(openssl rand -base64 48): a shell command's output
  /[-_:./@=,;]\$\([A-Za-z][\w.-]{0,60}(?:[ \t][^)]{0,200})?\)/, // a command's output after a prefix: PowerShell's "sk-$(New-Guid)", `key-$(date +%s)`
  /^\$[A-Za-z_]\w*\{['"]?\w+['"]?\}$/, // $DB{OTOBODBPassword}: a Perl hash element interpolated into the string
  /^(?:ENC\(.+\)|CRYPT:.+|\{cipher\}.+|eyJpdiI6[A-Za-z0-9+/]{40,}={0,2})$/, // encrypted, decrypted at start-up: jasypt ENC(…), light-4j CRYPT:…, Spring Cloud Config {cipher}…, Laravel's Crypt payload ({"iv":…})
  // Encrypted with the operating system's key store (Electron's safeStorage: `v10`/`v11` and AES-GCM), as Obsidian's
  // Copilot plugin saves keys in its data.json: useless without the owner's machine.
  /^enc_(?:desk|web)_dj(?:Ew|Ex)[A-Za-z0-9+/]{20,}={0,2}$/,
  /^[\w.:/@=,;-]*[:/@=,;-]\$[a-z_][a-z0-9_]{2,}$/, // a prefix and a lower-case variable ending the value: "sk-lf-$uuid" in a setup script, not the end of a Django key (`…)c3pf61e=$k59z`)
  /(?:^|[:/@=,;\s"'-])\$[A-Z_][A-Z0-9_]{2,}\b/, // an upper-case variable inside a value after a separator: anonymous:$FROM_EMAIL, webapp-$PROJECT_ID-env, a sed script's '"$SECRET_KEY"' (not a `$` in a random key)
  /^%[A-Za-z_][\w.-]{0,100}(?:%|:~-?[0-9]+(?:,-?[0-9]*)?%?)$/, // %VAR%, a TeamCity %github.bot-teamcity.token%, and a cmd substring %VAR:~0,10% (maybe cut at its comma)
  /^credentialsJSON:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // a TeamCity secure value's token: the value stays on the server
  /^#\{[^}]*\}$/, // Ruby #{var}
  // ColdFusion's #expr# (`#this.env.DB_PASSWORD#`, `#getSystemSetting("DB_PASS")#`), maybe after a prefix
  // (`encrypted:`).
  /^(?:[\w-]{1,20}:)?#(?:[A-Za-z_]\w*(?:\.\w+)+|[A-Za-z_]\w*\([^#]{0,100}\))#$/,
  /^\\\([A-Za-z_][\w.]*\)?$/, // Swift's \(Secrets.CLIENT_SECRET)
  /^%\{[A-Za-z_][\w.-]*\}$/, // a property reference: Shibboleth's %{idp.sealer.password}
  /^\{(?:[A-Za-z_][\w.]*|[0-9]{0,2})\}$/, // Python str.format {password}, {0}, {}
  /^\{[A-Za-z_][\w.]*(?:\(|\[)/, // an f-string expression: {os.getenv("DB_PASSWORD")}, {config['pw']}
  /^@[A-Za-z_][\w]*@$/, // @TOKEN@ (autoconf, maven filters)
  /^__[A-Z0-9_]+__$/, // __SECRET__ replaced by a build step
  /^##SECRET:[^#]{1,200}##$/, // ##SECRET:mail.pass## in a Jenkins config, filled from a secrets file at start-up
  /^env\([A-Za-z_][A-Za-z0-9_]*\)$/, // env(S3_SECRET_KEY): the Supabase CLI's config.toml reads the variable
  /^op:\/\/[^/\s]+\/[^/\s]+\/[^\s]+$/, // op://vault/item/field: a 1Password secret reference, filled by `op inject` or its operator
  // A Helm chart's own value (`{{- $ref := .Values.oidc.secret }}`); a Vault read in consul-template or a Nomad
  // template (`{{ $password := .Data.data.db_password }}`).
  /^\.(?:Values|Release|Chart|Capabilities|Files|Data)\.[\w.]+$/,
  /^\((?:\?:|\.[*+]|\[\^?|\\[sSdDwW])/, // a regex's capture group where the value goes (`(.+?)`, `([^"]+)`, `(\S+)`): a scanner's pattern table
];

// printf-style formats: 'InvalidToken:%s:%s' % (...), 'postgres://app:%s@db/app'.
const PRINTF = /%[sd](?![A-Za-z0-9])/;

/** Whether a value is a template or variable reference rather than a literal. */
export function isTemplate(value: string): boolean {
  return TEMPLATE_SHAPES.some((shape) => shape.test(value)) || (PRINTF.test(value) && !isGeneratedWithPercent(value));
}

// A generated key over letters, digits and symbols (Django's startproject alphabet holds `%`) may hold `%s` by
// chance: 40 characters or more, one `%s` or `%d`, digits and other symbols, no separators a format string has.
function isGeneratedWithPercent(value: string): boolean {
  return value.length >= 40 && (value.match(/%[sd]/g) ?? []).length === 1 && /[0-9]/.test(value) && /[!@#$^&*()=+-]/.test(value) && !/[\s:/.,]/.test(value);
}

/**
 * Whether a value is only the head of a string built at run time: it stops where an interpolation opens
 * (`\`xapp-1-A${rand(10)}\``, `"tok-#{id}"`, an f-string's `f"PVEAPIToken=root@pam!{token_id}"` after a separator),
 * or it is a prefix joined to something else (`"sk-proj-" + "a" * 40`).
 */
export function isTemplateHead(value: string, after: string): boolean {
  // The expression may index, call or test its name (`espn_s2={espn_s2[:20] if espn_s2 else None}`).
  if (/[-_:./@!=]$/.test(value) && /^\{[A-Za-z_][\w.]*(?:\}|\[|\(|\s+if\s)/.test(after)) return true;
  return (/[$#]$/.test(value) && after.startsWith('{')) || (/[-_:./]$/.test(value) && /^["'`]\s*(?:\+|\.\.?\s)/.test(after));
}

/**
 * Whether the rest of a URL after its password still holds a stand-in (`@host:1234/<database>`), or a host label
 * typed as filler (`@cluster0.a1b2c3.mongodb.net`, `@cluster0.xxxxx.mongodb.net`, `@xx.compute-1.amazonaws.com`): a
 * template URL.
 */
export function isTemplateUrlTail(after: string): boolean {
  if (ATLAS_DBNAME.test(after)) return false;
  return /^@[^\s'"`]{0,200}<[A-Za-z][\w -]{0,30}>|^@[\w-]{1,40}\.(?:a1b2c3(?:d4)?|abc123|x{4,}|abcde?f?|12345)\.|^@x{2,}\./i.test(after);
}

/**
 * Whether a login's password and the host after it open with the same stand-in word, as a README's template does
 * (`exists-user:exists-pass@tcp(exists-dbhost:3306)/exists-dbname`, "change the part `exists-*`").
 */
export function isStandInLogin(value: string, after: string): boolean {
  const word = /^([a-z]{3,12})[-_]/i.exec(value)?.[1];
  const host = /^@(?:[a-z]{2,6}\()?([a-z]{3,12})[-_]/i.exec(after)?.[1];
  return word !== undefined && word.toLowerCase() === host?.toLowerCase();
}

// Atlas's "connect your application" string left `<dbname>` in the path for the user to fill: a password filled in
// before a real cluster's host (`@cluster0.me2pt.mongodb.net/<dbname>`) is the password in use.
const ATLAS_DBNAME = /^@[\w-]{1,40}\.(?!a1b2c|abc12|xxxxx|abcde|12345)[a-z0-9]{5}\.mongodb\.net\/<dbname>(?=[?"'`\s]|$)/i;
