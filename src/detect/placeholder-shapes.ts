// Values people write where a secret will go later, as words and shapes; placeholder.ts applies them.

/** Words that mark a value as a stand-in wherever they appear (`sk_live_example123`). */
export const PLACEHOLDER_WORDS = [
  'changeme', 'change_me', 'change-me', 'change me', 'replaceme', 'replace_me', 'replace-me', 'replace_with',
  'replace-with', 'replacewith', 'change-this', 'change_this', 'changethis', 'change-it', 'change_it', 'changeit',
  'change-in-prod', 'change_in_prod', 'override-me', 'override_me', 'overrideme', 'set-me', 'set_me', 'placeholder',
  'redacted', 'nuevaclave', 'nueva_clave', 'nueva-clave', 'novasenha', 'nova_senha', 'nova-senha',
  'example', 'sample', 'dummy', 'fake', 'mock', 'synthetic', 'notreal', 'not_real', 'not-a-real', 'insert', 'todo', 'tbd',
  'fixme', 'yourkey', 'your_key', 'your-key', 'secret_here', 'foobar', 'lorem', 'ipsum', 'blahblah', 'demokey',
  'helloworld', 'hello_world', 'hello-world', 'not set', 'not_set', 'not-set', 'notset', 'string.here',
  'string-here', 'string_here', 'key-here', 'key_here', 'token-here', 'token_here',
];

/** Whole-value shapes of stand-ins: brackets, `your_…`, labels in capitals, published test keys, filler runs. */
export const PLACEHOLDER_SHAPES: readonly RegExp[] = [
  // <token>, <your password>; not a random key pasted between the brackets (`<Zx4KqWp9Tn2…>`: 24 or more letters,
  // digits, `_` or `-`, three of them digits, and no word of a name).
  /^<(?!(?=(?:[A-Za-z_-]*[0-9]){3})(?![\w-]*(?:your|token|secret|access|passw|key|api))[\w-]{24,}>$)[^<>]*>$/i,
  /^\[+[^[\]]*\]+$/, // [PASSWORD], redis://[[username]:[password]]@host
  /^\((?:[^()]*)\)$/, // (secret)
  /^\{[^{}":]*\}$/, // {API key goes here}, {ここにAPIキーを入れてください}: braces around words (not JSON, not a decoded token)
  /^MY[-_][A-Z0-9._-]{3,60}$/, // MY-VELERO.ACCESS-SECRET123, MY_API_KEY: a name in capitals, not a value
  /^(?:test|live)_[a-z]{1,4}_docs_[A-Za-z0-9]{10,}$/, // Toss Payments' documentation keys (`test_gsk_docs_OaPz…`)
  // Test keys their providers publish: Google's always-pass reCAPTCHA pair (any value on its key id: guides copy it
  // with typos), Tap Payments' test key, data.gov.in's sample key, Microsoft Advertising's sandbox developer token,
  // the client secret of Singpass MyInfo's STG2-MYINFO-SELF-TEST demo app, Safaricom's M-Pesa sandbox passkey for the
  // test shortcode 174379, EOD Historical Data's demo token, the test access token of OPPWA's (HyperPay's) guide, the
  // older key pair Toss Payments' API guides still print, the keys of Microsoft's local emulators (Azurite's
  // devstoreaccount1, the Cosmos DB emulator's), the app token and user and group keys of Pushover's API docs,
  // GameAnalytics' REST docs sandbox secret, the RPC secret of Drone's install docs (`openssl rand -hex 16` output),
  // the graph keys of Apollo's schema-registry docs and full-stack tutorial, the secret of Play's production docs and
  // the example keys of Mollie's API reference, the default SECRET_KEY and live-server keys Plane ships in its
  // env files, compose setup and Helm chart, the secret of 2C2P's demo merchant JT01 in its sample code, bKash's
  // tokenized-checkout sandbox password, wppconnect-server's default secretKey, Google AMP's AMP_TOKEN cookie when no
  // client id was found (`%24NOT_FOUND`) and AMP (CubeCoders) images' AMP_SUPPORT_TOKEN, a fixed support-tier tag.
  /^(?:BBD37VB98|60gp0byfz2dvffa45cxl20p1scy9xbpf6d8c5y0geejgkyp1b5|2FiJk1U2aiVPEQtzLehYGlTSnTnrs7LW|htbqvBJAgpm9bzvf3r4urJer0ENReatceh|(?:live|test)_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM|QCY\?tAnfk\?aZ\?iwrNwnxIlR6CTf:G3gf:90Latabg@5241AB(?:`R5W:1uDFN(?:\];Ik@n)?)?|service:(?:foobar:d1rzyrmanmrZXxTTQLxghX|my-service-439:E4VSTiXeFWaSSBgFWXOiSA)|OGE4Mjk0MTc0YjdlY2IyODAxNGI5Njk5MjIwMDE1Y2N8c3k2S0pzVDg=|OeAFFmMliFG5orCUuwAKQ8l4WWFQ67YX|44d953c796cccebcec9bdc826852857ab412fbe2|bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919|6LeIxAcTAAAAA[\w-]{27}|sk_test_XKokBfNWv6FIYuTMg5sLPjhJ|579b464db66ec23bdd000001cdd3946e44ce4aad7209ff7b23ac571b|test_[cs]k_zXLkKEypNArWmo50nX3lmeaxYG5R|Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq\/K1SZFPTOtr\/KBHBeksoGMGw==|C2y6yDjf5\/R\+ob0N8A7Cgv30VRDJIWEHLM\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw\/Jw==|azGDORePK8gMaC0QOYAMyEEuzJnyUi|uQiRzpo4DXghDmr9QzzfQu27cmVRsG|gznej3rKEVAvPUxu9vvNnqpmZpokzF|16813a12f718bc5c620f56944e1abc3ea13ccbac|bea26a2221fd8090ea38720fc445eca6|7jYcp4FxFdf0|sandboxTokenizedUser\d{2}@\d{3,5}|THISISMYSECURETOKEN|\$?NOT_FOUND|AST0\/[A-Z]{4})$/,
  // your_api_key, yourpassword; Spanish, Portuguese, French and German `your` need a separator (`tu_password`, not
  // `tutorial_key`), and may end in their own word for password or secret (`SUA_SENHA`, `tu_clave`, `tu_valor_secreto`);
  // also after a provider's prefix (`sk_live_your-stripe-key`) or before more words (`your_api_key_from_step_2.3`).
  /(?<![a-z0-9])(?:your[-_ ]?|(?:tu|su|seu|sua|votre|dein|ihr|mein|meine|tvoj[ei]?|tvuj|twoj[ae]?)[-_ ])(?:[a-z0-9]+[-_ ]){0,5}[a-z0-9]*?(?:here|key|token|secret[oa]?|password|pass|pwd|id|api|oauth|user[-_ ]?name|login|senha|clave|chave|valor|contrase(?:n|ñ)a|passwort|string|value|phrase|code|hash|pat|chars?|cl[eé]|caract[eè]res|characters)(?:\b|(?=[-_])|(?=[0-9!@#$%^&*]{1,6}$))/i,
  // Run into a provider's prefix with no separator (`AIzaSyyour-api-key…`, `K005your_actual_secret_key_here`): `your-`
  // and a credential's name.
  /your[-_](?:(?:actual|real|own)[-_])?(?:api[-_]?|secret[-_]?)?(?:key|token|secret|password)/i,
  /^(?:tu|su|sua|seu)(?:contrase(?:n|ñ)a|clave|senha|password|pass)$/i, // tucontraseña, suasenha: "your password" as one word
  // contraseñaUsuario, senha_do_usuario, passwordUsuario: "the user's password" in Spanish or Portuguese.
  /^(?:contrase(?:n|ñ)a|clave|senha|password|pass)[-_]?(?:d[eo][-_]?|del[-_]?)?(?:usuario|usuário|user|utilizador)$/i,
  // The same in camel case, whose capitals separate the words (`SuaNovaSenhaSeguraAqui123!`, `TuClaveSecreta`,
  // `suaSenha`).
  /^(?:[Ss]ua|[Ss]eu|[Tt]u|[Ss]u|[Vv]otre|[Dd]ein|[Ii]hr)(?:[A-Z][a-zà-ü]+){0,5}(?:Senha|Clave|Chave|Contrase(?:n|ñ)a|Passwort|Password|Secret[oa]?|Token|Key)(?:[A-Z][a-zà-ü]+){0,3}[0-9!@#$%^&*]{0,6}$/,
  /[-_]default[-_]?(?:api[-_]?)?(?:key|secret|token|password)$/i, // censorhub-default-key: a project's built-in stand-in
  // Test values told apart by a name and a counter (`alpha-key-0001` beside `beta-key-0002`, `other_token_2`).
  /^(?:alpha|beta|gamma|delta|foo|bar|baz|qux|first|second|third|other|another|sample|fake|dummy|mock|stub)[-_](?:api[-_]?)?(?:key|token|secret)[-_]?[0-9]{1,6}$/i,
  // A provider's prefix before capitalised words that name a secret (`glpat-AdminRootSecretToken123`): a seed
  // script's made-up token, not a generated one.
  /^[a-z]{2,8}[-_](?:[A-Z][a-z]{2,12}){2,7}(?:Secret|Token|Key|Password)(?:[A-Z][a-z]{2,12}){0,2}[0-9]{0,6}$/,
  // MyFatoorah's demo test token (688 characters, in its docs and plugins' defaults), by its start: a rule may read a
  // long value's first 200 characters only.
  /^rLtt6JWvbUHDDhsZnfpAhpYk4dxYDQkbcPTyGaKp2TYqQgG7FGZ5Th_WD53Oq8Ebz6A53/,
  /^your[-_]?strong[-_!@#$%(). ]{0,4}pass(?:w[o0]rd)?[0-9!@#$]{0,4}$/i, // Microsoft's SQL Server samples: YourStrong@Passw0rd, yourStrong(!)Password
  /^![A-Za-z0-9]{40}$/, // Django's unusable-password marker (set_unusable_password), as dumpdata writes it: no password exists
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|PAT)$/, // SECURE_PASSWORD, DB_PASS, GITHUB_PAT: a label
  /^[A-Z][A-Z0-9]*(?:__[A-Za-z0-9]+){1,6}__(?:password|secret|token|key)$/i, // TYPO3__DB__Connections__Default__password: a variable's name
  /^(?:DB|MYSQL|SQL|PG|SMTP|FTP|MAIL|ADMIN|ROOT|USER)(?:PASSWORD|PASSWD|PASS|PWD)$/, // DBPASS beside DBHOST, DBUSER: a label
  // MI_SECRETO_SUPER_SEGURO_12345, minhasenhaforte123: "my super secure secret" in Spanish and Portuguese, and a count
  // (not a bare `minhaSenha`: a word password in use)
  /^(?:mi|minha|meu|tu|su)[-_ ]?(?=.*(?:super|muy|segur|fuerte|forte))(?:(?:super|muy|secreto|secreta|segur[oa]|clave|contrase(?:n|ñ)a|senha|chave|forte|fuerte)[-_ ]?){2,5}(?:0?1234?5?6?)?$/i,
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSE|SENHA|CONTRASENA|CLAVE|CHAVE|PASSWORT|KENNWORT)$|^MY(?:PASS|PASSWORD|PASSWD|PWD|SECRET|TOKEN|KEY)$/, // TON_MOT_DE_PASSE, MYPASS
  // Transbank's published integration API key (the same for every developer), also cut short by a character or two.
  /^579B532A7440BB0C9079DED94D31EA1615BACEB5661033226463/,
  /(?:^|[-_])openssl[-_]rand(?:[-_]|$)/i, // genera-con-openssl-rand-base64-32: how to make one, not one
  /(?:^|[-_])a[-_]secret[-_]to[-_]everybody$/i, // sk_live_a-secret-to-everybody: a Dockerfile's dummy for `collectstatic`
  /^(?:md5)?(?:d41d8cd98f00b204e9800998ecf8427e|da39a3ee5e6b4b0d3255bfef95601890afd80709|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855)$/i, // MD5 (also as PgBouncer's `md5…`), SHA-1, SHA-256 of nothing
  /^(?:098f6bcd4621d373cade4e832627b4f6|5f4dcc3b5aa765d61d8327deb882cf99|21232f297a57a5a743894a0e4a801fc3)$/i, // MD5 of test, password, admin (ILIAS's template setup pass)
  /^_{1,2}[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_{0,2}$/, // _WP_PASS, __SECRET__: a token an entrypoint script replaces
  /^(?:x{2,}[a-z]?|\*{3,}|\.{3,}|#{3,}|-{3,}|_{3,}|0{6,}|1{6,}|9{6,})$/i,
  /(?:x{6,}|\*{4,}|\.{3}|…)/i, // sk_live_xxxxxxxx, ****, trailing ellipsis
  /^x{4,}(?:123|1234|12345|123456)$/i, // xxXX1234: x's and the start of a count
  /^(?![A-Z]?[a-z]{3,}[0-9]{1,4}\.\.$).*[^.]\.\.$/, // a value cut short in docs: tok_c2lnbk.. (not a word, digits and `..`)
  /^123e4567-e89b-/i, // the example UUID of RFC 4122 and countless docs
  /unleash-insecure-(?:api|admin|client|frontend)-token$/, // the tokens Unleash's dev server and docker-compose ship with
  /(?:paste|enter|put)[-_ ]?(?:[a-z0-9]+[-_ ]){0,4}here(?![a-z])/i, // sk.eyJ….PASTE_REAL_TOKEN_HERE, enter-key-here
  /^Atzr\|[\w-]{0,100}$/, // an Amazon refresh token cut to its prefix (real ones run to 300 and more characters)
  /^[^:\s]*:(?:password|passwd|pass|pwd|secret)$/i, // user:password, user%40example.com:pass
  /^(?:null|nil|none|undefined|true|false|empty|secret|password|passwd|pass|token|key|test|admin|root|string|value|required|optional)$/i,
  /^(?:secret|api|access|auth)[-_]?(?:key|token)$/i, // a setting's name in its own slot (`https://id:secretkey@api.exotel.com`)
  /^(?:senha|contrase(?:n|ñ)a|mot[-_]?de[-_]?passe|passwort|kennwort|parola|sifre|şifre|has(?:l|ł)o|wachtwoord|losenord|secret[oa]|segredo|geheim(?:nis)?)$/i, // "password" and "secret" in other languages
  /^(?:senha|contrase(?:n|ñ)a|clave|passwort|kennwort|wachtwoord)[@#!._-]?\d{1,4}[!@#.]?$/i, // Senha@123: "Password@123" in another language
  // jwt-secret-32-chars-min, app-encryption-key-32bytes, another-super-secret-64-char-string
  /[-_](?:at[-_]least[-_])?\d{2,3}[-_]?(?:chars?|characters|bytes)(?:[-_](?:min|minimum|long|string|value))?$/i,
  /^\d{1,3}[-_]?(?:bytes?|chars?|characters|bits?)[-_](?:[a-z]{2,12}[-_]){0,3}[a-z]{2,12}$/i, // 32-byte-encryption-key, 16-byte-init-vector: a size and a kind
  /^(?:base64|hex)[-_]?(?:encoded)?[-_]?(?:string|value|secret|key)=*$/i, // base64encodedstring==: what goes here, not a value
  /a1b2c3d4e5|1a2b3c4d5e/i, // letters and digits counted up in turn (sk_test_a1b2c3d4e5f6g7h8…): typed filler
  /(?:abc){3}/i, // FB-…-0-abcabcabcabc123: a run typed over, no random key holds it
  /^abcdef(?:12|123|1234|12345|123456)[!@#$.]?$/i, // ABCdef123!: the alphabet and a count, a textbook password
  /^[a-z]{2,10}-test-[0-9]{1,4}$/, // devto-test-456, sk-test-123: a service's name, `test` and a number in a test's fixture
  /^[a-z]{2,8}(?:-[a-z]{2,10}){1,4}-(?:0?12345|23456|34567|45678|56789|67890|98765|54321)$/i, // sk-user-key-67890: a prefix, words and a counted run
  /([0-9a-f])(?!\1)([0-9a-f])(?:\1\2){3}$/i, // …5c5c5c5c: a hex pair typed over to fill a made-up key's tail
  // this_is_an_insecure_non_production_key, api-key-this-is-not-used-can-be-ignored!, 32-LONG-SECRET-NOT-SECURE-AT-ALL,
  // dev-encryption-key-32-chars-minimum-not-for-prod, there_is_no_security_here_we_are_just_testing
  /^(?=[a-z0-9]+(?:[-_][a-z0-9]+){2,}[!.]?$).*(?:insecure|not[-_]secure|no[-_]security|non[-_]?prod|not[-_]for[-_]prod|do[-_]not[-_]use|not[-_]used|can[-_]be[-_]ignored|just[-_]testing)/i,
  /^not[-_]?(?:a[-_]?)?(?:very[-_]?|real[-_]?|so[-_]?)?(?:secure|secret|strong|good)[-_]?(?:password|passwd|pass|secret|key|token)?$/i, // notaverysecurepassword, notasecret: says it is none
  /^[a-z][a-z0-9]{1,9}[-_](?:[a-z]{2,8}[-_])?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // sq0csp-ACME_PROD_SECRET: a provider's prefix, then a label
  /[-_](?:strong|random|secure|long)(?:[-_](?:strong|random|secure|long))*[-_](?:value|string|secret)(?:[-_]?\d{1,4})?$/i, // my-strong-random-value-456 (`random_string` alone is a key in use)
  /(?:should|must|needs?[-_]?to)[-_]?be[-_]?(?:very[-_]?|at[-_]?least[-_]?)?(?:long|random|changed|replaced|secure|strong|rotated|kept|[0-9]{2})/i, // supersecretjwtkeythatshouldbeverylongandrandom: the value says what it should be
  // What kind of value goes there, not which: strong-postgres-password, secure-jwt-secret (not secure-shopname-key-123).
  // Also after an intensifier and with the stage named: ultra-secure-production-jwt-secret-2024.
  /^(?:(?:a|ultra|super|very|extra|really)[-_])?(?:strong|secure|random|complex)[-_](?:(?:prod|production|db|database|postgres(?:ql)?|mysql|mongo(?:db)?|redis|rabbitmq|jwt|api|admin|root|user|session|app|access|refresh|encryption|signing|secret)[-_]){0,3}(?:password|passwd|pass|secret|key|token)(?:[-_]?\d{1,4})?$/i,
  /^SG\.\./, // a SendGrid key with its id cut out (`SG..` and a fragment): no key
  /_or_(?:[a-z]{2,8}_)?(?:live|test|prod|dev|sandbox)(?:_|$)/i, // sk_live_or_sk_test_xxx: two kinds of key offered, not one
  /^ZXlK[A-Za-z0-9+/]{20,60}={0,2}$/, // base64 of a JWT's header alone (the prefix of every Paymob API key): too short for a token
  /^eyJ(?:hbGciOi|0eXAiOi)[A-Za-z0-9_-]{0,60}$/, // a JWT's header alone, its payload and signature cut off: `eyJhbGciOiJIUzI1NiIsInR5`
  /^(?:postgres|mysql|mariadb|mongo|redis|rabbitmq|minio|admin|root|db|app)@local(?:host)?$/i, // MINIO@local: a local stack's login named for it
  // An M-Pesa STK push password built from Daraja's published sandbox shortcode and passkey (base64 of
  // `174379bfb279…` and a timestamp): anyone can rebuild it.
  /^MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkx/,
  /^pruebas2011$/, // the sandbox password Facturama publishes for its test account
  // TOTP seeds the docs publish: every two-factor tutorial's (base32 of "Hello!\xde\xad\xbe\xef"), RFC 6238's test seed
  // (`12345678901234567890` in base32) and pyotp's README's.
  /^(?:JBSWY3DPEHPK3PXP$|GEZDGNBVGY3TQOJQ|base32secret3232$)/,
  // A value whose last part or end was typed over: a7c1e905-d24b-4a9e-c3f7-xxxxx, NZ8Kq2xxxx (four x's close a random
  // value one time in 15 million).
  /[-_.:]x{4,}$|.{3}[^xX](?:x{4,}|X{4,})$/i,
  /[A-Za-z].{6}[^0]0{8,}$/, // AIzaSyB3kQ…0000000000: a key's end padded with zeros (eight close a random hex value one time in 4 billion)
  /^(?:foo|bar|baz|qux|psw|pwd)$/i, // foo:bar, val:psw
  // super_secret_password, super-secret-arena-key-2026: words that say what goes there.
  /^(?:(?:super|very|top|ultra|my)[-_]?)?secret[-_]?(?:[a-z]+[-_]){0,4}(?:key|token|password|passwd|pass|pwd)(?:[-_]?\d{1,4})?$/,
  /^my[-_](?:[a-z]{2,12}[-_]){0,3}(?:api[-_]?)?(?:key|token|secret|password)(?:[-_]?\d{1,4})?$/, // my-static-token-123
  /^[a-z0-9]{2,10}:<[^<>]{1,60}>$/i, // sha1:<password_hash>: a hash's algorithm tag before a stand-in
  /^@?([a-z])\1+(?:password|passwd|pass|secret|pwd)\1+$/i, // zzpasswordzz, `user:@xxpassxx@host`: a stock word between filler letters
  // DEMO-API-KEY (TheCatAPI's docs), ghl-demo-key-acme-987654321 (seed data); sample-, fake-, test-… are caught above
  // and by the words.
  /(?:^|[-_.])demo[-_.](?:[a-z0-9]+[-_.]){0,3}?(?:key|token|secret|pass(?:word)?)(?:[-_.]|$)/i,
  /^[a-z]{2,10}[-_](?:SECRET|TOKEN|KEY|PASSWORD|STREAM_?KEY)[0-9]{0,6}$/, // live_SECRET123: a prefix and a label
  /^(?=[A-Za-z]*My[A-Z])(?:[A-Z][a-z]{0,10}){3,10}(?:Password|Passwd|Secret|Token|Key)$/, // ImNotGonnaShareMyPassword: a sentence, not one
  // The kind of token that goes there, spelled out: personal-access-token, deploy_token, api-access-key.
  /^(?:(?:personal|access|api|auth|deploy|bearer|service|account|client|app|oauth|refresh|private|read|write|registry|package|github|gitlab|npm|pypi|nuget|maven|nexus|artifactory|jfrog)[-_]){1,4}(?:token|key|secret|pat)$/i,
  /^(?:(?:sender|email|e-mail|mail|gmail|smtp|account|login|user)[ _-]){1,2}(?:password|passwd|pass|pwd)$/i, // "Sender Password", email_password: whose password goes here
  /^[a-z][a-z0-9]{1,20}[-_](?:password|passwd|pwd)$/, // exporter_password, app-password: an account's name and what goes there
  /^django-insecure-[a-z]{2,20}(?:[-_][a-z]{2,20}){1,8}$/i, // django-insecure-default-key-for-development: words, not a key
  /EXAMPLE/, // AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, AWS docs' AQoEXAMPLEH4aoAH0...
  /4eC39HqLyjWDarjtT1zdp7dc|BQokikJOvBiI2HlWgH4olfQ2/, // the keys in Stripe's API reference, now and before 2017 (sk_test_…)
  /^09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7$/, // the SECRET_KEY of FastAPI's OAuth2/JWT tutorial
  // The first accounts of the Hardhat, Anvil and Ganache test mnemonic (`test test … junk`, printed as publicly known)
  // and zkSync's local node rich wallet.
  /^(?:0x)?(?:ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80|59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d|5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a|7726827caac94a7f9e1b160f7ea819f172f7b6f9d2a97f992c38edeab82d4110)$/,
  /^(?:123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11|\d{5,12}:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw)$/, // the bot tokens of Telegram's Bot API docs
  /^wOEI9rqqbDwnN8\/Bpp22sVz48T71vJ4fYmFWujulwUU=$/, // the WireGuard private key of gluetun's README and wiki, copied into compose files
  /^(?:wANpEQEsMYGOwLxwXQ76Ggtt|OurklwV5XsDJTIE1NJaD2wtt)$/, // Storyblok's demo space token of its docs and its Nuxt module's playground
  /^b6907d289e10d714a6e88b30761fae22$/, // OpenWeatherMap's sample appid (samples.openweathermap.org), in countless tutorials
  /^(?:099eb0cd-02cf-4e2a-8aca-3e6c6aff0399|96434309-7796-489d-8924-ab56988a6076)$/, // PhonePe's public UAT salt keys of its shared test merchants (PGTESTPAYUAT, PGTESTPAYUAT86)
  /^650f7eed3d900273d6fafd635a$/, // the sample key in the docblock of the widely copied CodeIgniter Instamojo config
  /^(?:ZmssLNjJy2998hD4CTg2ejr2|d-FL95Q19q7MQmFpd7hHD0Ty|v6V3fKV_zWU7iw1DrpO1rknX)$/, // the installed-app client secrets of the Google Cloud SDK and clasp, published in their source
  /^change[a-z_ -]{0,6}(?:this|me|it)[!.]{0,3}$/i, // changethis, its typos (changelethis), `Change Me!`
  /^ch[a4]ng[e3][-_]?m[e3](?:[-_!@#.][A-Za-z0-9!@#._-]{0,20})?$/i, // ChangeMe in leetspeak with a tail: Ch4ngeMe_Db!2024
  /^(?:cfabdegwdoklmawdzdo98xt2fo512y|uo6dggojyb8d6soh92zknwmi5ej1q2)$/, // the token and client id of Twitch's API reference
  /^SuperS3cr3t!{3,4}$/, // the WinRM password of Packer's Windows examples
  /^[a-z]{2,8}_(?:secret|password|pass|example|dummy|fake)[0-9]{1,6}$/i, // a key prefix, a stand-in word and digits: npg_secret123
  /[_.-]abc123def456/i, // the alphabet and digits typed in turns after a key's prefix: dckr_pat_abc123def456ghi789…
  /(?:[a-z]{3}[0-9]{3}){4}/, // three letters and three digits typed in turns: hvs.CAESIGxyz123abc456def789ghi012…
  /(?:^|[_.:-])abc123(?:xyz|def)?(?:[_.:-]|$)/i, // a typed run as a segment: pscale_pw_ABC123XYZ, live_abc123_secretkey
  /^(pass|password|secret|test|admin|demo)\1[0-9!]{0,3}$/i, // a stock word typed twice: PassPass, secretsecret
  /^([a-z]{8,20})\1$/i, // a long word typed twice, the second time in capitals: biglonghashBIGLONGHASH
  /^(?:(?:cafebabe|deadbeef|feedface|baadf00d|deadc0de|c0ffee|8badf00d|facefeed|defec8ed|abad1dea)[:._-]?){2,}$/i, // hexspeak: cafebabe:deadbeef
  /^(?:[a-z]{2,12}[-_]){1,3}pass(?:word|wd)$/, // a value naming what it stands for: `current-command-password`, `wp_db_password`
  /^you-will-never-guess(?:[-_][a-z]{1,12})?$/, // the Flask Mega-Tutorial's SECRET_KEY fallback, also with a word added (`…-this`)
  /^[A-Za-z0-9]{2}oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o\/Vo=$/, // the cookie_secret of Tornado's docs and demos (`61oE…`), also with its first two characters retyped
  /^(?:[a-z]+[-_]){0,4}[a-z]{0,24}(?:password|passwd|pass|secret|key|token|salt)[-_]?(?:goes)?[-_]?here$/i, // productionpasswordhere, database_password_here, salt-goes-here, a-very-complex-password-here
  // What the password should be like, not one: very_secret_password, a-very-strong-password, really-long-secret-key.
  /^(?:a[-_])?(?:very|really|super)[-_](?:(?:long|strong|complex|secure|secret|random|hard|safe)[-_]){1,3}(?:password|passwd|pass|secret|key|token|passphrase)(?:[-_][0-9]{1,3})?$/i,
  /^(?:[a-z]+ ){1,2}(?:password|passwd|pass|pwd)$/i, // "zabbix pass", "db user password": a label with a space
  // An instruction to create one, in English, Portuguese or Spanish: generate-a-secret-key, cria-um-segredo-qualquer.
  /^(?:create|generate|put|insert|cria|crie|gere|gera|coloque|crea|cree|genera|pon)[-_ ](?:[a-z]+[-_ ]){0,3}(?:secret|key|token|password|segredo|secreto|secreta|chave|clave|senha|contrase(?:n|ñ)a)(?:[-_ ][a-z]+){0,3}$/i,
  // How to make one, down to the command: generate-with-openssl-rand-base64-32, use_python_secrets_token_hex_32.
  /^(?:generate|use|run|create|make)[-_](?:(?:with|via|using|by)[-_])?(?:openssl|python3?|node|ruby|php|artisan|rails|uuidgen|pwgen|rand|random|secrets|crypto|ssh-keygen)(?:[-_][a-z0-9]+){0,6}$/i,
  /^H@Sh1CoR3!$/, // the administrator password of the azurerm Terraform provider's examples
  /^[A-Za-z0-9]{1,8}[_-]x{3,}$/i, // a key prefix and x's: npg_xxx, sk_xxxx
  /^(?:APP_USR|TEST)-[a-z]{3,15}$/, // Mercado Pago's token prefix and a word: APP_USR-producao
  /^my-super-secret(?:-[a-z]{2,12}){0,3}(?:-[0-9]{1,3})?$/, // a guide's stand-in in words: my-super-secret-webhook-key-123
  /^(?=(?:[A-Z0-9]+_)*(?:CHARS?|CHARACTERS?|HEX|BASE64|RANDOM|BYTES?|BITS?)(?:_|$))[A-Z0-9]+(?:_[A-Z0-9]+){2,}$/, // what goes there: SECURE_16_CHAR_HEX_IV
  /^(?:[A-Za-z0-9]{1,10}[_-]){1,2}[*•]{2,}$/, // a key prefix and a mask: sk-proj-**, ghp_•••
  /[█▇■●•◼▪]{3,}/, // masked on screen with block or bullet glyphs: pg4s█████, no password holds three
  /^(?:sha256~|glpat-|gh[pousr]_|github_pat_|sk-|sk_live_|xox[abp]-)[.…]*$/, // a token's prefix alone: `--token=sha256~.` describing the format
  /^[A-Za-z]{2,10}(?:[-_][A-Za-z0-9]{1,10}){0,2}[-_](?:1234|12345|123456|1234567|12345678)$/, // a prefix and 1234 (`rk_test_1234`, `sk-or-v1-12345`)
  // A chunk of letters and digits typed twice, also after a key prefix: ABCDE12345ABCDE12345…, whsec_AbCdEf1234567890AbCdEf1234567890.
  // Not 71 hex digits: a VK service token opens with its app's 8-digit chunk three times.
  /^(?![0-9a-f]{71}$)(?:[a-z]{2,8}_)?(?=[A-Za-z]{0,11}[0-9])(?=[0-9]{0,11}[A-Za-z])([A-Za-z0-9]{4,20})\1/,
  /(?:^|[a-z0-9])Your[_-]?[A-Z][A-Za-z0-9_-]{0,40}(?:Key|Token|Secret|Here)$/, // after a provider's prefix: AIzaSyYourGeminiApiKeyHere, …Your_Live_Secret_Key
  /^(?:密码|密碼|口令|パスワード|비밀번호|пароль|contraseña|senha|mot_de_passe|passwort|wachtwoord|şifre|mật_khẩu)$/i, // the word password, in another language
  // "Fill in / enter … here" and "your …" in Chinese, Japanese and Korean: 在这里填写密码, 请输入用户名, ここに入力, 여기에 입력.
  /(?:在这里|在這裡|此处|此處|请输入|請輸入|请填写|請填寫|填写|填寫|填入|你的|您的|ここに|入力して|여기에|입력하)/,
  /(?:^|[^A-Za-z])test[-_](?:[a-z]+[-_]){0,4}(?:secret|key|token|password|passphrase)(?:[-_][a-z0-9]{1,6}){0,4}$/i, // test-jwt-secret-03-04: a test helper's value, also after a prefix (`1//03test-refresh-token`)
  // Key words and the start of an ascending run alone: secret-key-123, jwt_secret_1234 (a Kubernetes Secret, a fixture).
  /^(?:(?:my|jwt|token|api|app|admin|secret|key|access|refresh)[-_]?){2,4}0?123(?:4(?:5(?:6(?:7(?:8(?:90?)?)?)?)?)?)?$/i,
  // Words that say "put a value here" and an ascending digit run: secure_password_1234567890,
  // default-jwt-secret-key-12345678 (not test12345678 or Admin12345: people use those, on real hosts too).
  /^(?:(?:my|jwt|token|api|app|admin|secret|key|password|pass)[-_]?){0,4}(?:default|secure|strong|sample|your|change)[-_]?(?:(?:my|jwt|token|api|app|admin|secret|key|password|pass)[-_]?){0,4}0?1234(?:5(?:6(?:7(?:8(?:90?)?)?)?)?)?$/i,
  // Two or more words that describe the value, then the kind of value and a run of one digit or an ascending one: a
  // test's label (`parent-env-token-9999`, `repo-local-regression-token-1234`).
  /^(?:[a-z]{2,12}-){2,5}(?:token|key|secret|password)-(?:(\d)\1{2,5}|0?1234(?:5(?:6(?:7(?:8(?:90?)?)?)?)?)?)$/,
  // Czech, Slovak and Polish "your …" before the value's description, whatever words follow
  // (`tvoje_super_tajne_heslo_produkce_min_32_znaku`).
  /^(?:tvoj[ei]?|tvuj|twoj[ae]?)[-_](?:[a-z0-9]+[-_]){1,9}[a-z0-9]+[-_]?$/i,
  // Words ending in "here", after a key's head (`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.primary_key_here`).
  /[._-](?:[a-z0-9]+_){0,4}[a-z0-9]+_here$/i,
  // Capital words that describe the value typed into it (yahoo_oauth's README sample `…VERY_LONG_ACCESS_TOKEN…`,
  // `…THIS_IS_THE_CS…`, Dhall's `env:POSTGRESQL_ADDON_PASSWORD`), inside the value after its first characters: a
  // setting's own name (`SVIX_API_KEY=…`) is not one.
  /[a-z0-9:](?:[A-Z]{2,12}_){2,5}(?:TOKEN|SECRET|KEY|PASSWORD)(?:[^A-Z]|$)|THIS_IS_(?:THE|MY|YOUR|A)_/,
  // A length and what goes there, words joined by `_` or `-` (`32_character_hex_key_for_aes_256_gcm`).
  /^\d{2,3}[-_](?:char(?:acter)?s?|bytes?|digits?)[-_](?:[a-z0-9]+[-_]){0,8}[a-z0-9]+$/i,
  // Capitals that name the value and an ascending run of digits: a sample request's `XOXO_PROD_SECRET_67890`.
  /^(?=[A-Z_]*(?:KEY|SECRET|TOKEN|PASSWORD|PASS)_)(?:[A-Z]{2,12}_){2,6}\d{0,3}(?:1234|2345|3456|4567|5678|6789|7890)\d{0,3}$/,
];
