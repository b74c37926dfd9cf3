import { createHash } from 'node:crypto';

// Credentials their owners publish on purpose and every copy of which is the same public value, kept by SHA-256 so that
// the repository holds none of them in clear: the Epic Games Launcher's own OAuth client secret, which the open-source
// launchers (Legendary, Heroic, Playnite) sign in with; the default keys of self-hosted AI platforms' example configs,
// copied into countless deployments and guides: LibreChat's CREDS_KEY, CREDS_IV, JWT_SECRET, JWT_REFRESH_SECRET and
// MEILI_MASTER_KEY, Dify's SECRET_KEY; the client secret of Easemob's `easemob-playground` demo app, printed in its
// REST documentation (also as the docs' `…dd` variant); the cut-short API key in every example request of Grafana's
// HTTP API docs (`Authorization: Bearer eyJrIjoiT0tTcG1p…`); the `secret-live-80JA…` secret of every Stytch SDK's
// README; the API and application keys of Datadog's documentation examples (`9775a0…`, `87ce4a…`, in its docs and
// client libraries' READMEs); the access token of Steampipe's LaunchDarkly plugin config (`api-dd8ce1…`); the PostgREST
// JWT secret of ToolJet's Dockerfiles and NocoDB's README `docker run` JWT secret; the owner-API client secret of
// Tesla's own mobile app (`c7257e…`), which every Tesla owner-API library sends; the example API keys of Paddle's
// authentication docs (`pdl_live_apikey_01gtgztp…`, and its `pdl_sdbx_` twin); the API key of Helicone's seeded local
// test organisation (`sk-helicone-aizk36y…`, in its seed SQL, docs and tests); the sandbox transaction key of
// Authorize.Net's sample code (`346HZ3…`); the server token of Bridge Interactive's public `test` dataset (`6baca5…`),
// in its API docs and countless real-estate demos; Conekta's documented test private and public keys (`key_eYvW…`,
// `key_KJys…`, in its SDKs' tests and docs), PayU Latam's sandbox API key (`4Vj8eK…`, in every integration guide), the
// private key of Openpay's API reference (`sk_e568…`), the sandbox app token and secret of Sumsub's API examples
// (`sbx:uY0C…`, `Hej2…`, copied into its users' code), the secret key of 2C2P's public sandbox demo merchant JT04
// (`CD2296…`), the nkey seeds of the NATS docs' nsc walkthrough, the SECRET_KEY taiga-back's local.py.example ships,
// the shared secret of Blindside's public BigBlueButton test server (`8cd8ef…`, the default of Greenlight and every LMS
// plugin), the write key of the ThingSpeak library's example channel (`LD79…`), MoMo's sandbox secret key (`K951…`),
// ZaloPay's demo app 554 key1 (`8NdU…`), the API key of 2C2P's PHP sample merchant (`M5WC…`), the Content API key of
// Ghost's demo site (`2244…`, read-only), the password of Solución Factible's shared CFDI sandbox account (`timb…`) and
// the webhook code of the Bitrix24 PHP libraries' README example (`9cyb…`), the API key FusionAuth's client libraries'
// tests and load-test scripts expect (`bf69…`) and those scripts' client secret (`ZDA5…`), and the client secret of the
// public Casdoor demo app (`app-casibase`, `8bc3…`) that Casibase's SDKs and default conf ship, the test secret key of
// PAY.JP's SDK READMEs (`sk_test_c62f…`), the MAC key of Interswitch's WebPay sandbox product 6205 (`D3D1…`) and the
// secret key of KOMOJU's demo merchant in its sample servers (`degi…`) and the signKey of KG Inicis's test merchant
// INIpayTest (`SU5J…`, in every Inicis integration guide), the Clojars deploy token of Leiningen's DEPLOY.md example
// (`CLOJARS_677e…`), the test secret key of Khalti's ePayment docs (`05bf…`), the app secret of bKash's
// tokenized-checkout sandbox (`2is7…`) the secret key of eSewa's EPAYTEST merchant (`8gBm…`), and the sandbox bearer
// tokens of the OPPWA gateway's test entities that DataFast's, HyperPay's and Peach Payments' guides print (`OGE4…`,
// base64 of `<entity>|<password>`), the demo tokens of Tibber's public demo home (`5K4M…`, and pyTibber's older
// `d100…`), the ISPConfig database password of its autoinstall.ini.sample (`afSt…`), the cookie and webflow keys of
// Apereo CAS's own test suite and CI scenarios (`u696…`, `zPdN…`, `qLhv…`, `oZeA…`), the Fernet key of Airflow's
// configuration docs (`81Hq…`, in compose files, tutorials and Fernet examples), the wazuh-wui API password of Wazuh's
// docker deployment (`MyS3…`), the webservice keys of the PrestaShop PHP library's examples (`JXAP…`, `VIVE…`), the
// token of Unleash's public demo in @unleash/nextjs's README (`test…`), the API key of TeleSign's sample code
// (`TE8s…`), the director password of Bacula's regression suite templates (`xevr…`), the webhook key of Squadcast's API
// docs example (`d3c3…`), the user seed of the NATS docs' example creds file (`SUAO…`), the integration token of
// Grafana OnCall's formatted-webhook docs example (`m12x…`), the preauth secret key of Flutterwave's Rave SDK READMEs
// (`FLWSECK-c518…`), the server private key of Psono's install guide (`3026…`), the read-only master key of Back4App's
// public Database Hub datasets (`gIo7…`, in their query snippets), the API key of Namecheap's API docs examples
// (`56b4…`, ApiUser=apiexample), the PowerDNS sample credential of Nginx Proxy Manager's certbot plugin list (`AbCb…`),
// the secret of WayForPay's test merchant test_merch_n1 (`flk3…`), the sandbox secret keys of Checkout.com's SDK test
// suites (`sk_sbox_m73d…` in the Java, .NET, PHP, Python and Go SDKs, and the Node SDK's own), the read-only SDK
// download key CardinalCommerce gives every Braintree integrator for its Artifactory (`AKCp…`, user
// braintree_team_sdk), the ApiUser passwords of voxpupuli/puppet-icinga2's examples (`Eih5…`, `12e2…`), the
// AccessKeyValue of Solar.web Query API's HTTP header example (`47c0…`), the client secret of Epic Online Services' SDK
// samples (`hs6O…`, product EOSTest), Giphy's public beta key (`dc6z…`), the app secret of Omie's public demo app
// (`fed2…`, with app key 3833…), the bundler key of Biconomy's quick-start docs (`nJPK…`), the test keys of Lob's SDK
// examples and snippets (`test_0dc8…`, `test_fc26…`), the plugin daemon's inner API key of Dify's docker/.env.example
// (`QaHb…`), the signing secret of the Svix libraries' own tests (`whsec_MfKQ…`), the second key of PayU's openpayu_php
// examples (POS 145227, `13a9…`) and the OAuth client secret and second key of PayU's public sandbox POS 300746
// (`2ee8…`, `b6ca…`), the API key of Atlassian Statuspage's API docs examples (`89a2…`, page gytm4qzbx9t6), the web app
// key that resy.com's own JavaScript sends with every request (`VbWk…`, in every Resy client's `ResyAPI api_key="…"`),
// the SECRET_KEY bytes of a much-copied "Flask login with MongoDB" tutorial (`\xcc^\x91…`), the htpasswd hashes of
// Traefik's basic-auth docs (test:test `$apr1$H6us…`, test2:test2 `$apr1$d9hr…`; also with `$$` as compose labels
// double it) and the dashboard login of 11notes' Traefik image's example compose (admin/traefik, `$2a$12$…`), the
// secret_key bytes of Flask-Discord's and Quart-Discord's example app and tests (`%\xe0'…`), the SECRET_KEY of the
// much-copied Flask-SocketIO chat tutorial (`vnkd…`) and of the Yandex Lyceum Flask course handouts (`yand…`), the
// session token beside AWS's example key pair in the Lambda runtime interface emulator's tests (`FwoG…EMj//…`), the
// api_hash of Telegram's own open-source clients (Telegram Desktop's, app 2040, `b184…`; Telegram for Android's, app
// 6, `eb06…`; Webogram's, app 2496, `8da8…`), which userbots borrow: no one but Telegram can rotate them; the Fernet
// key the Astronomer CLI writes into every local Airflow project's compose file (`d6Ve…`), the InnerTube API key every
// youtube.com page serves to its web client (`AIzaSyAO…`), which yt-dlp-style extractors carry; the Databricks token of
// Steampipe's Databricks plugin config (`dsapi5c72…`); the AccountKey of Microsoft's Cosmos DB data-import docs
// (`wJmF…`, in every translation) and the SAS signature of its Synapse COPY INTO docs (`IEoO…`); the Google refresh
// and access tokens of the OPI library's Google Workspace docs (`1//09au…`, `ya29.a0Af…`, broken by typed letters);
// the validator and faucet recovery phrases of Xion's local testnet (cw-orchestrator's `LOCAL_MNEMONIC`, `clin…`, `deco…`);
// the private token of python-gitlab's getting-started docs (`JVNS…`); the Security.salt CakePHP 2 shipped in every
// app's core.php (`DYhG…`), still the fallback of ported `env('SECURITY_SALT', …)` configs; the read-only master keys
// of Back4App's Database Hub datasets (`WEYd…`, `j9dr…`, "the fake app's readonly master key"); the access token of
// Mercado Pago's Checkout Pro certification exercise (`APP_USR-6317…`), handed to every candidate; the SecureToken of
// SmtpJS's documented `Email.send` example (`C973…`), copied into countless contact forms; the age identity cuegen's
// embed example hands its readers to decrypt the example's secrets (`AGE-SECRET-KEY-114QU…`); the Infura project id
// MetaMask ships in its wallet and its SDK examples (`9aa3…`), and the API key every Google Chat incoming-webhook URL
// carries (`AIzaSyDdI0hC…`; the webhook's `token=` is its secret); the updater signing keys of Tauri's own tests (the
// app-updater test's and the old bundler's, `dW50…`); the Kamereon API key every Renault client sends (renault-api's
// `oF09…`); the bot token in DiscordSRV's configuration docs (`MTA4…`, in a heading's anchor); the default Cesium ion
// access token CesiumJS 1.84 shipped in its Ion.js for every viewer (`eyJh…`, account 57733); the `[security]
// secret_key` Grafana ships in its defaults.ini and sample.ini (`SW2Y…`); the Steam Guard shared secrets of the
// node-steam-totp and browserify-steam-totp READMEs (`cnOg…`, `uB08…`); the wallet mnemonic and API key of API3
// Airnode's `secrets.env` example (`achi…`, `bba3…`); the PAN-OS API key of Palo Alto's keygen docs
// (`LUFRPT14…`); the SECRET_KEY of Flask-User's starter app, in bytes escapes (`\xb9\x8d…`); the Group Policy
// Preferences cpassword of the MS14-025 write-ups and Get-GPPPassword's docs (`j1Uy…`, `Local*P4ss!` decrypted); the
// sample API key of Mailgun's docs and `samples.mailgun.org` (`key-3ax6…`); the secret key of MinIO's public play
// server (`zuf+…`, with play.min.io in every SDK's quick start); the SAS signature of the HDInsight docs' sample
// output (`NAxe…`, for the `myPolicyPS` policy); the API keys gsutil and gcloud's crash reporter send (`AIzaSyAp…`,
// `AIzaSyCU…`, `AIzaSyDn…`) and bq's installed-app client secret (`wbER…`), which Google ships in every Cloud SDK;
// the refresh and access tokens of Salesforce's OAuth docs' example response (`5Aep8614…`, `00Dx0000000BV7z!AR8A…`);
// the RS256 private key of Ktor's JWT guide (`MIIB…`), in every translation of its docs and the projects built on it;
// the partner secret of KASIKORNBANK's API sandbox exercises (`d4bd…`, partner PTR1051673, merchant KB102057149704);
// the public test key of EasyPost's client libraries' READMEs and tests (`cueq…`, "easypost public test key"); the
// OneDrive client secret rclone ships (`qtyf…`, beside its client id `b15665d9-…`), which tools borrowing its app send;
// the reCAPTCHA secret of a Stack Overflow answer that DVWA set-up guides copy (`6LdK7xITAzzAAL…`, broken by its `zz`);
// two more OPPWA test-entity bearer tokens HyperPay's docs and packages print (`OGE4…aA==`, `OGE4…0o=`); the sandbox
// API key and secret of iyzico's iyzipay samples (`sandbox-afXh…`, `sandbox-wbwp…`), in every iyzipay client's README;
// the fee payer and Alice keypairs of the Solana Cookbook's examples (`588F…`, `4NMw…`), copied into countless scripts;
// the Basic authorization of Lulu's Print API reference examples (`ZjJj…`, client key `f2c47f17-…`); the example
// token of Mercury's API reference (`mercury_production_wma_24SC…`, also after `secret-token:`), read by generic rules;
// the password of GearHost's connection-string docs (`Str0ngP2…`, beside `mssql#.gear.host` and `DBName`); the
// client and access tokens of Mews' public demo environment (`E0D4…`, `C66E…`, for api.mews-demo.com); the example
// access key id of GoToSocial's storage docs (`AKIAJSIE…`, in every translation); the salts and at-rest key of
// Mattermost's default config.json (`vZ4D…`, `bjlS…`, `A705…`, `7rAh…`), copied into install scripts and guides; the
// test service account of the yup-oauth2 crate's own tests (project yup-test-243420, key id `26de29…`); the function
// key of Azure AD B2C's REST API claims-exchange docs (`bAZ4…`, on myfunction.azurewebsites.net); the gateway secret of
// Tyk's sample tyk.conf (`352d…`), copied into most self-hosted gateways' configs and templates.
// A copy is no leak (anyone can read it in the project); a deployment still running on one is weak, a setting to change
// rather than a secret to rotate, and not reported.
const PUBLISHED_SHA256: ReadonlySet<string> = new Set([
  '9be68005f7aef2b77d21beb70215d0d619c3e6b9f807f6abe5c80f7ddb3ceb87',
  '714c3f93433433b15a3d19a022d9aa08f33b100ee8a1a64f5b0076c06cf1006d',
  '71275e200660d2d3d159b5a31168f9d7baad1a1ba306cd2515b1f136a1564c9e',
  'e1bb72ff7816ebe8b386d913fe30fd89538b0d4bc680576699d573ff71762ba0',
  'e0e67cd24c030148b4048aac2d1d30b61f42b992d9abd347f2befc23a04db43a',
  '2ef24b3736e748d8616e575cd0be8499ac8e21aab1552e6d47032ab82cc2d85c',
  '2e326e5c6fe47280c8be3f9f8a616515433a8039bc76345b39c97f6ac8a4c9c5',
  'fa1f76713a59950afc62f03d53d0949f89aa20fbf24d00d889d694fb6f78e630',
  'ef914fc32b4d39267a1ba199bc049a4329a599c92fa1f9b041ee040ef6150277',
  '684ce821497d4cd8b8201ec7a0285021b6d2962394b9c48c118c64a790013e92',
  'd026aff07e4b8e1603dff025543323a882461af86d6ea6e98ac80f50b0f7b11c',
  'df954a8cc197af2d38073ef4fd49565a5bfede8a3076e7a68b5d7de083fa8943',
  'cc102385b1b32c8d50968d4f7409a00f7ec260782477d1771a41e72cf05dbdfe',
  'eb35c7a351cbfc4703e9b181b4361b9a3cb4baf4813a34500704e15c48fee023',
  'c39c8dd16f26e4af81e450eedbf22d37c783daec37b7a70c1925177138e41646',
  'f32da92686d829ffef874358fd20d947a2c45398e9bddaad5680ab732df5664b',
  'cbb791b00e724d1b8fed71854c18d2efbfe12e67d9cc6f412aa254e87320b40e',
  'db9ac64bb01cd2c55defd3deffb026762d87d8c48511c8a6a520340888b7433c',
  'fe14fdbd0212b10320e4c036d5f152f75be21a3359a6503230748ec3552d514a',
  'c180e2acc0ea9ff078a141c799d89a7a1b361d0e12abd026b052c795428c03c1',
  '2b8ad6c101bedc4f369abd5f24fc7650ce1ea52886db24df2b6f82088687e298',
  '7bc101fe530208d6f2039b42e8ae95e2e315a702a84dd430a9ff1290844eaa49',
  '52c1dd59ccbec83e2babcd951c907e38e7e61f4b6d6b2349f8dcc5e8ff284ab5',
  '90093a8e1de7b51b996d1aad1e1d923ec8c0e8aa371884e9cb957063d6d16700',
  'd01b6ba85e7a7887a57df4ebb9e98031a742f2a7e045407db66a529a966a6615',
  '78633895101e77b6eb2ef330f72f4f05975807b5ec45ef9272c7bec5d6ff06a4',
  '37ab2f62ab867805407b47de841d947c13a5aeff92056b29c04cbd1266fd6d3b',
  'af1efb26bd63a9a030e998efbf059a3ddc2cc775f1fcdf1bfdec69674ad7be38',
  'f7ad033506ddbc4cd2c3adc6ebb139e44e3803efd65d3aff4e35462b7c04f3b2',
  'bb960fdb1f0e0e49681d98fdd11c2b097fa14c0c959ee033a5e76b0b95067a4d',
  '16f0f58467b744dd8061ea08b1c276fb33832d79e562758a018d986b8b668bb3',
  '7c1154b5152983978147ea87e4a2066d4768673e9d85d6a792cddc2f784efd2f',
  '06d2e911edb4d45985b9d6338ec3d4c6b4bde69f8143437797c187ab07085531',
  '69024f21e9ad17594dcccd93e87399af24a5426ccfe6108d1787f0335966abc4',
  '282ad5f60261639fefed381976b4d0dde52eab5527a1ab2ec75d5be1efa1165b',
  'c042516e4eac1bafaa3027eb7ea04103fdfb652583eeb916124aebe882e9cefb',
  '0f44b34c6311bcb547867d393c1c56e6564e03d905fdd023637f549358bf3670',
  'd28507697e9e11824f191be3a4806289a714c095090dac52ffedb4fff7a62f1d',
  '8af6a4310f79019fa6282fbab52edb951cbe7a8d09deec42d2135edf76054a73',
  'feb26c1fdafee077295232efc68397442bb9fc3d0d35bbbde6ec6d1fa049170e',
  'b170ffcaed5bb9f977184de55c3922ca31131e2e8f5163e8589a8a53808d525b',
  '374b54794dbadf23436d62759c658a54c2c2bca53ad83fe7f2080705c76a7e06',
  '9fd48845a784316d5d5c3967b61d9b99820d7f83e02566b8ab04ccc47f2dac1b',
  '48fbfa434da596a76270e50b3c7e95bf02f9e823f0bb4b8880b5a728de589c49',
  '5fdf298e9a0ca254d541fed33d30e189e7f24c155d8277b7bb5ab4af58486768',
  'f6f8e93c7bc3a1db4fb2ca7667a51d3f86b6a00046adf682a1ede09bc55cf438',
  '533c454ce0a98eb23ea12b8343b540ba469914e1d286c5d061ae21a62eaff585',
  '2a9fb7aafb2d1b0a369c7a47903bb5c5c5914190fdf03c331b8c82a858ba0fbd',
  '31273b1d41b7022a433dbb189e8f9d24e59e640ad8972d61cb0af9968f87f6a3',
  '231fb29f375b43816500d11d72108e7d7d622e45c1b2f69ab13c2270a29f791a',
  '79bb53844f332c44713cc0da5183b9760d3e983283ad137341c17471ed0792f2',
  '883a3279aef8df46242e06d9c3300f1e23dd910cbef37fa67856e3f3946049d2',
  '4eca0641f9a9c11bd716d0516a5699d3a90e618483633d079768467461caf3e3',
  '043541917c87cbb5984639a94b6f1512c546809f75698b4bc21bf5df64ca2487',
  '10fda988dbe282908c5778414b50eb1cdda9a575ab11c6123346e14e66a68149',
  '24b32347b3ea1a3b8fd421161047b4f4215cf55100813f548b96681393a885be',
  'aeb0dc495d3bfefd39987eac2f2a19b7b056a8d35a8689b11674067af7efd2ec',
  '625ba956142dee70862e946faf78b25c1066be79feebccf0d6f7b7c0b010c3b1',
  '05adee7f03b7df11254edadaaa96f80613472f6ecddf6f44cb548cc26cce5065',
  '927fb79876143df074e0274d715f4b60afb684153641bf3b2220d470957102eb',
  '76199a2747ae1b440f003431cb1f583b420de55bdd279c62a1c56ed90d612e20',
  'a698ecf36c1f3e7e580c68d296b66bb81a5251d10dd2920640fbdde042e41a20',
  '60cb9faab5f549425cd025471980991737befe44062a681fada705f0f0e2d929',
  '4ee3095b49f37cdc3a3d771256b0bb9d0b136af5f649fb840f79f78e175aa4ce',
  '1473a46103fa20b097fa48528aa68558d4a2b43e5e0b65018de2b580dbdb5caf',
  '597603e3cca404e406b7ef3881db370789413296b2112cebad9af23740919e34',
  'fd5a68a4a0249c34faef31d9208bba3b336a4dff437351f70b7297faa898532d',
  '5383ff3f31b2d75f78aeb0b19f9588731f67b70004dd4e9a1d58c702608943be',
  '3a9503069192f207491d4b19bd743fc249a761ed94246c8c42fed06c3cd15a33',
  '2e72adba5fad9c8fc3fec6e5cd1475391c322f7db5051e11626aa90369cf1954',
  '682f0a78c317693302df0a5869dc753ca979a04b026695803b2dc0c940e58471',
  '6f5d01e533d289b0e6e3c53e28348d5ed11330a143515f819fc9be4bd3281471',
  '7ce046f24b565cc3ab34577d399fd49c839413f32ce9ac9425188f693856446c',
  'ae527fbc74a6e67d3efdcc913d972c86f9da1dfac7877b61ab0af91fe86fa7fe',
  'b3319d001fac03b3feaebcd1e7339438b28cec2c55648b16096b7a2ca4f8abfe',
  'a8d18cf7d206da3d2881f8cc8b7553cd490b88ba4322696f8a725a42d43cac33',
  '45f9af60db8dc522a2d2f8d302f80d4eab1452fb4ad437bbe4f6fb819608efcc',
  'bed3688d698654559ddad9e27679361bdc95bf51f9846b338ef5134faa3df89e',
  '81c443fe6f2a9f753729e29522384dd5419a310a34b1c1e3fddf33066edb11ec',
  'a94b7d21c2ede4e355ced7dcb5df9c82d186a08a3ee33e38e7ead72232e34136',
  '97907c553edfc244ba2695b8b8a0ceea8eb9eee585192ab23a2e0b721e300cc1',
  '1dd297c11af04b6de291528dba4bc36c6040c510bedcb0fd9007f6ae25e42047',
  '16d66b9e4da606a5cf2fc1acb3afce6b23c6021cb11aec9af1edbc476a455bb1',
  '8f9fe0974980ebd58c7e246818a65b423362d0c8c5ec67962695c7c7a8afbad8',
  '23d8e4b8d83a2f27d17e809ca284e8a6115323b554ca86341cc83d49fb375683',
  '4a1c38fea9b72d1adc0ca64c6165826ff9a44d9ad4de230dd42ffb141154a9da',
  'a6c185419c260cd660498cd61f0029265d15fae322767b46ea3bb50d44fef25e',
  'd7d2213aa1ada37118d4354ddf5e4b024c9a8c9faeb2d52a33b42ee655415e22',
  '3ec0c52ae23ea02f5fee08f99e51967935575863eb5746e8e2d0dfb684431c48',
  '0c6a20b3c90580164a536db31f9d8d7ced5ffdc74c91851b4e4436790e225d2f',
  '09d18133f6c542884c46fa8b1dc880fa52c3061dde45f4cb5c58a25eb8a6a12f',
  '217ef27f7b2a2f8949eb2e0973f7dfa099f887427b9a6626b2395e2417239ff2',
  '96ad2ccd81462a766178ae09a71df55f548a3f66da11606f9cdf40b391e22dd0',
  '4b0963616a640fdb7854056bf85a72afe91e4d565f9e1eb7f90a220dc4b39150',
  '9f7c1018c1a464ffff7ed4ed3e7c88be5655a701cfc6e05b8d4d8420fbe084db',
  '004a67d07e35a39504d58bbfb89108319f864b1cfeb6015d82de14af1855080c',
  '0bc95b65d6114d143b40234391a4183b860ee77da019c1715dceda33cbac1563',
  '9eb4be9f54b343fffa96e391151ab9a7d275fe396bcc5f5f21e9d711e2bf9a5c',
  '5b1572235b3a2cefdff6c5267d2bd2efd0490eb212af252784c1a59cd73d0fab',
  'db88a1fb4d12a9e1ed160833dfd85c3546fa23abaab9285ba3f4f56cdeb2c9d6',
  '9a3eed6a1158c5e18f68177656f85daeb345125192541918122f112f8326ecd6',
  '994f6dfd28458f7bfc9f2c8114c98173ebd3c24a1a99539c6b0ad9fade29d8cc',
  '16e331c03ea47632f060029e498dea2b7b65173e948749401a85e756f6a63964',
  '231d8054113bedc2c80850911cd3488fb8d73a2850076f579f61e03bd8f0dc97',
  '3eeb01b2dd7672f0bfa9666567b25573fc38f98c10e6d4d2eeeb06e7540f55a1',
  'd11a27c9e6ac4a49895a8cd0c633039a94aee5106251b3840a7e9b3e06afb2ad',
  '38c816f20d65794332fb4a5514a8f6cdc136f6bdbd5d0d51290f9ac13e5603d9',
  '821608a7f555f559cbe2ef2879fe6e1493d79c87d06120a3a952a0ccb8c5db45',
  '2eca32762ce92f1fc903c9c28d80c2422c6af5ce1e14d743e371c315619b398b',
  '7040c8c231a73f64842a41eff7f67eb0747fc4a5870e7a30342bcabba73d9a6d',
  'dbf7afadf786b937c2817eea4b425c56bd4fb91843f17ff1f036180ef5e19d1a',
  '31043aae8be22df7c8159c11f0b029a8a0da56817f00ea996a37cc48db57482c',
  'c9b947f0b86f2a73e0a2ad5bb0dc0e1d687f89e2f3eb0ab847df3b53c3d8e210',
  '7b71844aa46817470d955c75535ab44ca96f4417d5dd65ff32d4781a6bc51f86',
  'c354897c17537cfb7edaa7c6f073849773f2ce8da05f4b4c3e3c60d665baa324',
  'f49edb8509c5ffb82feddcfb83e55cd65b6ffd22f3acf3988a5a62218d477f07',
  '9b3cd2fef84dd5da0aaba6239be78db66b60d15ac4f8e269e6f361b2b09a068f',
  '0cc7ddc19e9b537c6c580acb1542653893110afecaccb537b0d8fff0cb76aa89',
  '8f1ab5414d2d1f31527c750418d1f15f763f18e89e5fd7af791c41b77e091c1b',
  '34eefbded8d87d618399ebdc9b55710f8d2980332c3ce12ffc73069c3478dc7b',
  'b2fc7396f13e72e85db76905eb428e5612ab20b86e9d3e1dc0ee638eb63e730b',
  '2329b6f26abcf39897efbae93e73ac7390fde41a0409537fe01d74acc30ac559',
  '22ca4749e261c0e1d19ae3ff80cf3fd753bc50eeff9ad6f30b9f4589b4628d7a',
  '4a39f1c14fb7dc5ce143882f1d10e21e0dbc270d3749a4a3ed02d52f0a765df0',
  'a120ee1f3801b8085a6d8b77e99f4ffb3cc4eafdd9f4346631cb1cb7a58f1062',
  '2d1a200124f5f10abdf07dacc7905e83103b2685e23c81478e0cb8795d56020a',
  '5d6eeff564caad6d23144abcdd87d25db0a29f3ffec49ee71abf46a04ae6c709',
  '74170575123fcbfc8a830f337f5f67000e6f0933c6e39c30b727d2d8155b2dcd',
  '4d093b13dbc8aa8a2a91e5eb042ab74e11209cc1f260691efe5e9c3d8869026c',
  '6dc4171b627aa6a9fc6474a092c3d9b784d1f4f2f6ce8c0aeca35a38888b0758',
  'c76695cb70a773808dca3f71d8b0c74b99c43027748993ad6fa935a87dd91727',
  '746420dd59e9d0e065d03644beaf0f899fc6e9594e6c26372e206eadb4b5442b',
  '4df193b388cd3323069d9a0a8197ea4598322b6b853ae9fdf7c8d4fe198fd590',
  'f3c3964ca854e172366f81d8bdb327da487c2f8a15f954b116e28961dd6585c0',
  '2b413874750c140cefce91da4811eb5770f1a1720da9afd522d0b421a6b3c161',
  '1956b5686de983fee9d36c430b1da87c39fb61a4e1e3bc25c79417532e408b09',
  '899b725a4427d68b05cb89745a59e0a8dba7a44b6300d35b36b7a611d670249f',
  'b86d829e5ebd507744d7760038e9f88f2b8435733c89cbdf597cd1bdab3c53f6',
  'd724e02a051c9017537bd7675bd59d40dc85ed558b4fb7cca8f6e3dda9253284',
  'da0b195e1fc9a73a1eb272ec05a2c8d1f0282677202b373de52e04c3f525e2ad',
  '3735b28f42e6934de87d100e244fbebc5ce0c149ced53ba8e23951c3227d234f',
  '9c846fdf0fa8955c377d0301542ee20ecd4585c5f359aa0a4cf15d44424f573d',
  'df452eef23e8cf2c74af54c0c7419c05a5ec70ef4d5c2eb04082b02af8c55598',
  '0a47db3cd8c477855ebc0d69e30b85e8273884a2aaa8b3be1e5c05804436b034',
  'f461f5fc406198ba480bd2030dbd3878b0a0137c3039a5605062bb077a211765',
  '6189b36d964849f34370088524ad63c235eba30974ee3da0d966ed6bac16b50d',
  'a73b3ad3b416d981fce267795785aee45bf39224fa07ce8a2e2f5a9fa89ef979',
  'b3f19cc85129501b94306e7892b522f46fa2dcda7da664cc74a0ca9314d7d984',
  '486743a2eab4395e9aa988000e855c5291ce88be9dda6adb680537076941c28d',
  'b43ad5614e5cf84d8e74cd1f2113f38af0a0e223a4440019f4d535794103e524',
  '670437bad851517ddcb5990a60720c3eb656962d51cf9322c577480531fd7b70',
  '7ff1a53b5b357038884ac6313f782ba9fca38f73e0f7b74a27cfc790604b1730',
  'cfad7c06ec67e7209f632fcf0d1e79dd88bec27f7917167668a894d6c5a677fb',
  '67f5f377147711c553c95ff7055c9e6a20c3fb8e3d30f33386c403f3ba51b415',
  '6a46bbae23ba8f52e43efd87d76316c7f2a738db54dc3e045ef21b200129cb3d',
  'ed3db726467234178b455e6064a0873ec95faeb9a49503b19d59796b562ac00d',
  '3953fab01337678e9df8c5ae06f3035f890213e363305604bed4ff8cd431220a',
  '2a3d3656e32247d05fba76c9a0202b03d019b15432a3f8655652db71dbb3e5e6',
  'cd95dff287bbfa2ca305a360caa959a4a1800a20279292847cef764b1799842c',
  '2c3663fe9938ac289e87c874d83508b5c17fed36628d135249910f1954941eeb',
  'e5d1f299cd9de03e8446f299be3502becf1e9caa8a38ebef70fd25790b4f33d1',
  'b15fa7a1a66e07adbb118dc38c22f71b5a83bece0f18c94ab1079b4b037f6ad1',
  '4e9eb6a9bcf381797b679bbd297a9bcc9aae442c917c1a31c884929e5a6ff84e',
  '9ee2d0732af9028b7162a23b469104ca5c3b4f74ebe7f3e5e83d8f200383b63c',
  'a10d9a12435c223e82edf49c90355e8e46caa71da9076eece9ba7baf1165d798',
  '88108864a204f3053d00778b27e3da0008d0fda70e3ed7b9947a08835ba936b5',
  '925f31e598b50a0e2a7bc2e2643bfb64addb29b1f7921aded73f585ec7f7dc12',
  '27a72b658fea17ff7d8410627ecbc3478c393236f4a14b449b7f46c4e10856c3',
  'e7fcd8b29db2a050c13650c2ad47a3fb32fc7f3d73ee67d4ba19d8b6fe18f456',
  '22cc3076909505eaf607c3a7bceab8ff2f34496bac0e7253909480dc721f777a',
  '06549ae12f3f679648081ac2f4ad6408732c3397ef533e1064c5d40ec05b70ab',
  '9ae799a32d1ec31733ddf2ac34fed9399805515f4188535c703d1495902c15d3',
  '17f797e5995ad3e4fcc013a0a9c3bd7c39a0978d99ad4dc49aeb018cc72f039e',
  '98537c2689284b521a56c37a3eb950d59d2a8da938a196912c056ed10953e546',
  'd0abb76232e8637548d28542bfa90b04b0adbe9d33340d376c348c4cc5971884',
  '92c3484d3d8cb1ad1637fa02c806d20e5593c887d6a4ebf0653712b3080e5b22',
  '45c3523c41d3a5471cae7db003c5da9197dc354e0fbb608dbdd3e7d664fca62e',
]);

/** Whether a value is a credential its owner publishes, matched by its SHA-256 (`hashes`: the list to match). */
export function isPublishedCredential(value: string, hashes: ReadonlySet<string> = PUBLISHED_SHA256): boolean {
  if (value.length < 12 || value.length > 512) return false;
  const has = (text: string): boolean => hashes.has(createHash('sha256').update(text).digest('hex'));
  // A compose label doubles each `$` of a hash (`$$apr1$$…`), a shell string escapes it (`\$apr1\$…`).
  return has(value) || (value.includes('$') && has(value.replace(/\\\$|\$\$/g, '$')));
}
