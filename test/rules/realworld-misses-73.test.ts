import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 699 onwards. Every value is invented, except the published docs values that must stay silent.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 699 to 706: dashboards, Japanese payments, identity servers, brokers, health apps, African payments', () => {
  it('blocks a Portainer access token, in a README too', () => {
    const curl = 'curl -k -s -H "X-API-Key: ptr_G+c8/IjDm76q9e9u46kYFDPcgMug+VU5yNZBBRrMHjo=" \\\n  "https://localhost:9443/api/stacks"\n';
    expect(blockingIds('README.md', curl)).toEqual(['portainer-access-token']);
  });

  it('blocks an account password given by position to a Garmin, Dexcom or Fitbit client', () => {
    expect(blockingIds('connector.py', "        self.client = Garmin('runner@mail.com', 'bmz8a15l7j4HXyPF')\n")).toEqual(['account-client-password']);
    expect(blockingIds('glucose.py', 'dexcom = Dexcom("hugo.b", "BmNLHzECNkM", ous=True)\n')).toEqual(['account-client-password']);
    expect(blockingIds('app/views.py', "    unauth_client = fitbit.Fitbit('22BH7X', '96efc3cf32200660a1310194542cf583')\n")).toEqual(['account-client-password']);
    expect(blockingIds('garmin_client.py', "    client = Garmin('tu_email@ejemplo.com', 'tu_password')\n")).toEqual([]);
  });

  it('reads no key in a URL user name that holds a secret word', () => {
    const uri = '  -e POSTGRESQL_CONNECTION_URI="postgresql://supertokens:supertokens@localhost:5432/supertokens?schema=public" \\\n';
    expect(blockingIds('scripts/run-supertokens.sh', uri)).toEqual([]);
  });

  it("leaves FusionAuth's example API key and the Casdoor demo app's client secret alone", () => {
    const fusion = 'API_KEY="bf69486b-4733-4470-a592-f1bfce7af580"\nFUSIONAUTH_URL="http://localhost:9011"\n';
    expect(blockingIds('scripts/setup_clients.py', fusion)).toEqual([]);
    const casibase = 'clientId = af6b5aa958822fb9dc33\nclientSecret = 8bc3010c1c951c8d876b1f311a901ff8deeb93bc\n';
    expect(blockingIds('conf/app.conf', casibase)).toEqual([]);
  });

  it("reports Flutterwave's test-mode secret key below the blocking level, its live key still blocks", () => {
    expect(scan('.env', 'FLW_SECRET_KEY=FLWSECK_TEST-8cb359a2405cd13313df8ed7bf9ae087-X\n')).toEqual([
      { ruleId: 'dotenv-file', blocking: false },
      { ruleId: 'flutterwave-test-secret-key', blocking: false },
    ]);
    expect(blockingIds('services/pay.js', "const flw = new Flutterwave(PUBLIC_KEY, 'FLWSECK-b28f3e3039aa2e69e05bfb989b72bd86-X');\n")).toEqual(['flutterwave-secret-key']);
  });

  it("leaves a vendor demo's camel-case credential names in a Basic auth call alone", () => {
    expect(blockingIds('Demo.php', '$auth = new BasicAuth("clientId", "clientSecret");\n')).toEqual([]);
  });

  it("leaves Microsoft's SQL Server sample password alone", () => {
    const conn = 'host;Database=Agent;User Id=sa;Password=YourStrong@Passw0rd;TrustServerCertificate=true",\n';
    expect(blockingIds('docs/configuration.md', conn)).toEqual([]);
  });

  it('blocks a broker password set through a property constant or given to pika or STOMP', () => {
    expect(blockingIds('JmsPutGet.java', '        cf.setStringProperty(WMQConstants.PASSWORD, "BklGjhfj1Hg7vAA-K2TAhq9GUVygWZi69zi2THDM0SH2");\n')).toEqual(['option-pair-password']);
    const solace = '        properties.setProperty(AuthenticationProperties.SCHEME_BASIC_PASSWORD, "ZhXMIcBpyQJ4d7vmmmiBFNvmr3");\n';
    expect(blockingIds('CustomerWindow.java', solace)).toEqual(['option-pair-password']);
    expect(blockingIds('send.py', "credentials = pika.PlainCredentials('orders', 'rSGJvjiPG4jgVL')\n")).toEqual(['login-call-password']);
    expect(blockingIds('send.py', "credentials = pika.PlainCredentials('guest', 'guest')\n")).toEqual([]);
    expect(blockingIds('publisher.js', "  connectHeaders: { login: 'orders', passcode: 'v3BV3J2DBVBQfxaewOE5WGv47H' },\n")).toEqual(['generic-secret-assignment']);
  });

  it("blocks vtiger's application_unique_key and a raw 32-character Laravel APP_KEY", () => {
    expect(blockingIds('config.inc.php', "$application_unique_key = 'GMhvBRZjtwebjGM1XBMytPmlX2f2HF';\n")).toEqual(['vtiger-application-unique-key']);
    expect(blockingIds('config.inc.php', "$application_unique_key = '_VT_APP_UNIQKEY_';\n")).toEqual([]);
    expect(blockingIds('setup.sh', '-e APP_KEY=SBwB3mV6Kun2D17nv3tR4HCdGpA5Mjal \\\n')).toEqual(['laravel-app-key-raw']);
    expect(blockingIds('setup.sh', '-e APP_KEY=SomeRandomStringOf32CharsExactly \\\n')).toEqual([]);
  });

  it('names PAY.JP and fincode keys, blocks their live keys and reports test keys below the blocking level', () => {
    const live = "    Payjp.api_key = 'sk_live_b5664bb6b9ae6240d7b12c5686c05fc8f38e9931cf28fc0d73e1278a'\n";
    expect(blockingIds('app/controllers/orders_controller.rb', live)).toEqual(['payjp-secret-key']);
    const test = "    Payjp.api_key = 'sk_test_c14fe01a74d011d06628fe2f'\n";
    expect(scan('app/controllers/orders_controller.rb', test)).toEqual([{ ruleId: 'payjp-test-secret-key', blocking: false }]);
  });

  it("leaves PAY.JP's README test key, KOMOJU's demo merchant key and Interswitch's sandbox MAC key alone", () => {
    expect(scan('example.py', "payjp.api_key = 'sk_test_c62fade9d045b54cd76d7036'\n")).toEqual([]);
    expect(blockingIds('server.js', "const KOMOJU_SECRET_KEY = 'degica-mart-test';\n")).toEqual([]);
    const mac = 'D3D1D05AFE42AD50818167EAC73C109168A0F108F32645C8B59E897FA930DA44F9230910DAC9E20641823799A107A02068F7BC0F4CC41D2952E249552255710F';
    expect(blockingIds('interswitch_webpay.py', `MAC_KEY = "${mac}"\n`)).toEqual([]);
  });

  it("blocks an API gateway's primary key listed after a bold label in a setup guide", () => {
    expect(blockingIds('MTN_MOMO_SETUP.md', '## Your Keys\n- **Primary Key**: `4a401d433f2b0e366c350948d7920ede`\n')).toEqual(['docs-bold-label-secret']);
  });

  it("does not block a URL password on a port no server can listen on (a README's sample)", () => {
    const sample = '# export MONGO_CONNECTION=mongodb://sally:sallypass@ds099999.mongolab.com:99999/nightscout\n';
    expect(blockingIds('start_nightscout.sh', sample)).toEqual([]);
    expect(blockingIds('start_nightscout.sh', 'export MONGO_CONNECTION=mongodb://sally:P4oGWan2GXeh70cl7xyF@ds012345.mlab.com:12345/ns\n')).toEqual(['database-url-password']);
  });
});

describe('samples 707 to 714: Korean APIs, RPA, device fleets, Microsoft 365, Lua, functional configs, streaming, publishing', () => {
  it('blocks an OBS WebSocket password given to obs-websocket-js or obs-websocket-py', () => {
    expect(blockingIds('record.js', "\tobs.connect('ws://127.0.0.1:4455', 'aMymfDqbYSF7QwP0')\n")).toEqual(['obs-websocket-password']);
    expect(blockingIds('launcher.py', '        client = obsws("localhost", 4455, "2q7tAdgQuER3Bhwk")\n')).toEqual(['obs-websocket-password']);
    expect(blockingIds('obs_websockets.py', '        self.ws = obsws("localhost", 4455, "OBSWebSocketPassword")\n')).toEqual([]);
  });

  it('blocks a Redis password given to lua-resty-redis and a GMod tmysql password on a remote host', () => {
    expect(blockingIds('lua/fare.lua', 'local r, e = red:auth("28f3783611441e198dfd07ec1b63")\n')).toEqual(['lua-redis-auth-password']);
    const gmod = '\ttmysql.initialize("51.75.12.9", "gmod", "S1e2UNvJHcXSg", "main", 3306, 3, 2)\n';
    expect(blockingIds('lua/autorun/server/sv_lobby.lua', gmod)).toEqual(['positional-db-password']);
  });

  it('blocks secrets in Erlang tuples and Clojure keyword maps', () => {
    expect(blockingIds('config/sys.config', '  {oracle, [{user, "report"},\n            {password, "KUeSXOjr4noj"}]},\n')).toEqual(['erlang-tuple-secret']);
    expect(blockingIds('resources/config.edn', ' :twilio-auth-token "afec8fcc6094f128649ecdba76a02ad3"\n')).toEqual(['edn-secret-keyword']);
  });

  it('blocks Naver Cloud secret keys and API gateway keys set on a request header', () => {
    expect(blockingIds('exporter.py', '    ncloud_secretkey = "ncp_iam_BPKSKRaX2RIEPUFMLnm6VVPBeYyb1I2BSz"\n')).toEqual(['ncloud-iam-secret-key']);
    const header = '            webRequest.SetRequestHeader("X-NCP-APIGW-API-KEY", "S7uMSNgoNyrLLboVRyXQsFiWmWSGt7axbrhvQeuL");\n';
    expect(blockingIds('Assets/Scripts/GeoCoder.cs', header)).toEqual(['api-key-header-literal']);
  });

  it("blocks a payment gateway's signKey but not KG Inicis's published test key", () => {
    expect(blockingIds('OrderController.java', '\t\tString signKey = "DJgqowH85mKuTuLiAkXZ";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('IniPayReqService.java', '\t\tString signKey = "SU5JTElURV9UUklQTEVERVNfS0VZU1RS";\n')).toEqual([]);
  });

  it('reads the expiry of a JWT whose padded parts carry an ISO date (the scan lowers it once past)', () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64');
    const claims = Buffer.from('{"sub":"shop","iss":"NICEPAY","exp":"2023-06-02T01:01:17Z"}').toString('base64');
    const token = `${header}.${claims}.${Buffer.from('aMymfDqbYSF7QwP0aMymfDqbYSF7QwP0').toString('base64')}`;
    expect(token).toContain('=');
    const [finding] = detectChunk({ path: 'exampleCreateQRIS.py', text: `nicepaySNAP.setAccessToken = "${token}"\n` }, pack);
    expect(finding?.expiresAt).toBe(Date.parse('2023-06-02T01:01:17Z') / 1000);
  });

  it('blocks a password typed by a Selenium IDE recording', () => {
    const side = '      "command": "type",\n      "target": "id=password",\n      "targets": [\n        ["id=password", "id"]\n      ],\n      "value": "NWzJ7X5N2GqA9c"\n';
    expect(blockingIds('recordings/login.side', side)).toEqual(['selenium-ide-typed-password']);
  });

  it('blocks a curl login whose -u closes a cluster of short flags', () => {
    expect(blockingIds('list_computers.sh', 'curl -sku admin:NWzJ7X5N2GqA9c https://acme.jamfcloud.com/JSSResource/computers\n')).toEqual(['curl-user-password']);
  });

  it("blocks an Entra ID secret given to ClientSecretCredential, not a GUID there (the secret's id)", () => {
    const tenant = '9c7f3297-d123-4b8e-8137-12bdb4d70129';
    const client = 'dcd216f9-de30-4322-ad54-16a0e3eb9691';
    const cred = (secret: string): string => `            var tc = new ClientSecretCredential("${tenant}", "${client}", "${secret}");\n`;
    expect(blockingIds('Program.cs', cred('T_DO_y9VTQxsrmnGAGjlh7.WIkQN9Alvmr'))).toEqual(['msal-client-secret-literal']);
    expect(blockingIds('Program.cs', cred(client))).toEqual([]);
  });

  it("reads an Azure Container Apps secretref and a browser key's name as what they are", () => {
    expect(blockingIds('scripts/deploy-azure.sh', '    REDIS_PASSWORD=secretref:redis-password \\\n')).toEqual([]);
    expect(blockingIds('README.md', '              :dashboard-google-browser-api-key "AIzaSyA0S7uMSNgoNyrLLboVRyXQsFiWmWSGt7a"\n')).toEqual([]);
  });

  it("leaves a placeholder OAuth code, a project's default key and Leiningen's example Clojars token alone", () => {
    expect(blockingIds('bot.py', 'TWITCH_TOKEN = "oauth:your_oauth_code"\n')).toEqual([]);
    expect(blockingIds('bench/detect.lua', 'wrk.headers["X-API-Key"] = "censorhub-default-key"\n')).toEqual([]);
    const lein = ' {:username "milgrim" :password "CLOJARS_677eb77a08974e2797bbd17a402464e5cd0f987689487633895e649b312e"}}\n';
    expect(blockingIds('doc/DEPLOY.md', lein)).toEqual([]);
  });

  it("does not block a stand-in setting in a Dockerfile's build stage, a key written there still blocks", () => {
    const stage = (env: string): string => `FROM node:20-alpine AS builder\n\nENV ${env}\nRUN npm run build\n\nFROM node:20-alpine AS runner\nCOPY --from=builder /app/.next ./.next\n`;
    expect(scan('Dockerfile', stage('NEXTAUTH_SECRET=default'))).toEqual([{ ruleId: 'weak-secret-key-config', blocking: false }]);
    expect(blockingIds('Dockerfile', stage('DATABASE_URL=postgresql://app:uja6AvcHVoEeDhyH6q@db.shop.io:5432/app'))).toEqual(['database-url-password']);
  });

  it("blocks a Discord webhook posted through a Roblox webhook proxy", () => {
    const url = 'https://webhook.lewisakura.moe/api/webhooks/1197990614671820417/nAPSaJ8drr7dWeJdrOtvQTFlnAPSaJ8drr7dWeJdrOtvQTFlnAPSaJ8drr7dWeJdrOtv';
    expect(blockingIds('discord.ts', `const webhook = "${url}";\n`)).toEqual(['discord-webhook-url']);
  });

  it("blocks Composer's github-oauth token and the password of sbt's four-argument Credentials", () => {
    const composer = `echo '{"github-oauth": {"github.com": "0e5fbb689a4769908e9ba8b4513a1d1f00abd848"}}' > auth.json\n`;
    expect(blockingIds('scripts/after_install.sh', composer)).toEqual(['composer-github-oauth-token']);
    const sbt = 'credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.shop.io", "deploy", "nAPSaJ8drr7dWeJdrOtvQTFl")\n';
    expect(blockingIds('build.sbt', sbt)).toEqual(['login-call-password']);
    expect(blockingIds('build.sbt', 'credentials += Credentials("Sonatype Nexus", "nexus.shop.io", "admin", "admin123")\n')).toEqual([]);
  });
});

describe('samples 715 to 722: South Asian and Gulf payments, telematics, music APIs, virtualization, translation, secret tools, web3', () => {
  it("leaves the published sandbox keys of Khalti, bKash, eSewa and the OPPWA gateway's guides alone", () => {
    expect(blockingIds('khalti_config.php', "define('KHALTI_SECRET_KEY', '05bf95cc57244045b8df5fad06748dab');\n")).toEqual([]);
    const bkash = '    "password": "sandboxTokenizedUser02@12345",\n    "app_secret": "2is7hdktrekvrbljjh44ll3d9l1dtjo4pasmjvs5vl5qr3fug4b"\n';
    expect(blockingIds('utils/bkashconfig.js', bkash)).toEqual([]);
    expect(blockingIds('restaurant_api/settings.py', "ESEWA_SECRET_KEY = '8gBm/:&EnhH.1/q('\n")).toEqual([]);
    const peach = "        'Authorization': 'Bearer OGE4Mjk0MTc0ZTczNWQwYzAxNGU3OGNmMjY2YjE3OTR8cXl5ZkhDTjgzZQ=='\n";
    expect(blockingIds('payments/peach.py', peach)).toEqual([]);
    // MyFatoorah's demo token is known by its start (a rule may read only a long value's first 200 characters).
    const demo = 'rLtt6JWvbUHDDhsZnfpAhpYk4dxYDQkbcPTyGaKp2TYqQgG7FGZ5Th_WD53Oq8Ebz6A53xJAVQnhGlAxkCd0gvr3s_ZKsvL6VLpKi9pBsS3EqDQ-25JJcnZPZtdOjDSs8OzU_aVkxt1VkIOxXoO8ffwut1B5RFH24RW3CPfObBlueyqZbVpH1yO2iQnB-eQOQ5nKTy1h1L0Qgaip2XgVhOfWx8_9m80GOD2BoSVNS2nCjYHOW5WIi79DJ-A_5oBZ7sBXrSnMuw3CzEAznHa-OpMrwOEpas8Evs6YJkeqJAN22qi8fc7DEe1o6jNpw35U5_I-MF7g15E-GjVbm74m-2HLv54ihn_u5yFzJqhPDes1KoTRNDjHBGOwc1b_b25E8Zrmw49w14oXkNfMHpw9HyZqyZBbAJ6JfXAgw5VH8YVUIlXTobu1m04xsTR5IyO2eMI4HEFM5j4GUgwnsMvvCqItzn3pdQ2CqhykrybBp0icdgYghy8QOA3eoch6ZDB1C7uVxDW6MF6Kt7zQtBXiy-07gQllSU3XdNupkmSEXYiX8Arvz5Vt1EKgDv31C9Xu28HPFVKbOy2nOd1oQ6TtCejCHc-0Sx9WIlkIsddXQG-j8sSVP-WJbC_zrJduBKAMmN00l220Gx5a2RMMAdzpn8rBfS6Wp';
    expect(blockingIds('config/myfatoorah.php', `    'api_key' => '${demo}',\n`)).toEqual([]);
  });

  it("blocks JazzCash's integrity salt and PayFort's SHA phrases, also a $2y$-shaped phrase no hash is that short", () => {
    expect(blockingIds('book_appointment.php', '        $pp_IntegritySalt = "fHo1gQOqWH"; // your Integrity Salt\n')).toEqual(['jazzcash-integrity-salt']);
    expect(blockingIds('routes/payment.js', '    let sha_request_phrase = "B9Vcsji4CmzzP2XR6bxruA";\n')).toEqual(['payfort-sha-phrase']);
    const fallback = '  shaResponsePhrase:\n    process.env.PAYFORT_SHA_RESPONSE_PHRASE || "B9Vcsji4CmzzP2XR6bxruA",\n';
    expect(blockingIds('src/config/payfort.ts', fallback)).toEqual(['payfort-sha-phrase']);
    expect(blockingIds('tokenization.php', "    $req_pass_phrase = '$2y$10$fHo1gQOqW';\n")).toEqual(['payfort-sha-phrase']);
  });

  it('blocks flespi and Samsara tokens, also as an MQTT user name', () => {
    const flespi = "MQTT_USERNAME = 'FlespiToken bfGs1CmyiCiFcXCJ1JTqlnmofVKKLEh7VkNVVE2oQzoQCcq9i3emuoUXH33IP0jh'\n";
    expect(blockingIds('app.py', flespi)).toEqual(['flespi-token']);
    expect(blockingIds('samsara.py', "    'Authorization': 'Bearer samsara_api_A9oykN4485ZngwcIn4Apl0e4BoZRx0',\n")).toEqual(['samsara-api-token']);
  });

  it("blocks a Genius token given to lyricsgenius, CoinGecko and Dynamic keys, a Bitwarden CLI session key", () => {
    expect(blockingIds('lyrics.py', 'genius = lyricsgenius.Genius("fIizNkRciu0sjlj8YZueaIaKzLBRFVzG7XpNXaEac6hD1DhSagomFUVxhrW-o7AF")\n')).toEqual(['genius-client-access-token']);
    expect(blockingIds('.env', 'COINGECKO_API_KEY=CG-gY3PBZHm47iq5B5CE4HjdRE0\n')).toContain('coingecko-api-key');
    expect(blockingIds('server/dynamic.ts', 'const key = "dyn_oYuCbbNVKCzooaMlOkxXXIFjBDmUxUSBWNjAhmoY5cucO1RnOBfqqIzq";\n')).toEqual(['dynamic-api-key']);
    const bw = 'export BW_SESSION="Is8Q5n/Y/TTjqWdO1P6DsZ3xsuAQyBD5Es76thGC67eFGkmpNs3KTIm74j0pYFvumHs6V/dl6/38S7VuMwDyCA=="\n';
    expect(blockingIds('.zshrc', bw)).toEqual(['bitwarden-cli-session-key']);
  });

  it('blocks a committed Ansible vault password file and a password in a Java XML properties file', () => {
    expect(blockingIds('.vault_pass', 'QP7JjI7TFfw1j1\n')).toEqual(['ansible-vault-password-file']);
    expect(blockingIds('conf/traccar.xml', "    <entry key='database.password'>QP7JjI7TFfw1j1</entry>\n")).toEqual(['xml-properties-secret']);
  });

  it('blocks Yandex Translate keys and a Translation API key behind a browser prefix', () => {
    const yandex = "key = 'trnsl.1.1.20190428T121532Z.18ff2e0c4fff9d43.3ab54be426896e638fcbd0ec0c402aaa4ed34979'\n";
    expect(blockingIds('translate.py', yandex)).toEqual(['yandex-translate-api-key']);
    expect(blockingIds('app.config.ts', 'const key = process.env.EXPO_PUBLIC_GOOGLE_TRANSLATE_API_KEY || "AIzaSyB9Vcsji4CmzzP2XR6bxruAfHo1gQOqWH9";\n')).toContain('google-api-key');
  });

  it("reads a Terraform default's `$` as literal unless it opens `${`, and `PASSWORD NOT SET` as a stand-in", () => {
    expect(blockingIds('variables.tf', 'variable "vsphere_password" {\n  default = "Kt$how8Vq2LmQP7"\n}\n')).toEqual(['terraform-variable-default-secret']);
    expect(blockingIds('variables.tf', 'variable "vsphere_password" {\n  default = "PASSWORD NOT SET"\n}\n')).toEqual([]);
  });
});

describe('samples 723 to 730: Windows deployment, newsletters, clinics, affiliate platforms, WhatsApp gateways, ERPs, game panels, rentals', () => {
  it('keeps a quoted password of mixed case and digits that has a dot in it', () => {
    expect(blockingIds('windows-server.pkr.hcl', 'source "vsphere-iso" "win" {\n  password = "Zb9.Zt85gstZ"\n}\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('settings.py', 'DB_PASSWORD = settings.Db2Password\n')).toEqual([]);
  });

  it('blocks private calendar feed links of Airbnb, Booking.com and Vrbo listings, and Cloudbeds keys', () => {
    const feeds = [
      "  'https://www.airbnb.com/calendar/ical/1237076374831130516.ics?s=54ba0ef165de9c0557d537423a80bc80',",
      'BOOKING_ICAL=https://ical.booking.com/v1/export?t=b2fa993e-b6ce-47ce-99ef-70a6b8092f57',
      "const vrbo = 'http://www.vrbo.com/icalendar/5376af15a7c6f3ebddaca6962df0b52f.ics';",
    ];
    for (const line of feeds) expect(blockingIds('src/lib/calendar.ts', `${line}\n`)).toEqual(['rental-calendar-feed-url']);
    expect(blockingIds('src/lib/calendar.ts', "  'https://www.airbnb.com/calendar/ical/12345.ics?s=YOUR_TOKEN',\n")).toEqual([]);
    expect(blockingIds('CLOUDBEDS_REQUIREMENTS.md', '- ✅ API Key: `cbat_i02e0nJHLBG9YyYIvrinBDOHgGNw2jSa`\n')).toEqual(['cloudbeds-api-key']);
  });

  it("blocks LinuxGSM's Steam password and game server token, not its stock steampass", () => {
    expect(blockingIds('Dockerfile', "RUN sed -i 's/gslt=\"\"/gslt=\"F6BBC259B6E56C7F0C2D617301E477CE\"/' lgsm/config-lgsm/csgoserver/csgoserver.cfg\n")).toEqual(['linuxgsm-steam-credential']);
    expect(blockingIds('Dockerfile', `RUN echo "steamuser='serverbot' \\n steampass='xrEsB9KqS2w'" > lgsm/config-lgsm/common.cfg\n`)).toEqual(['linuxgsm-steam-credential']);
    expect(blockingIds('lgsm/config-default/common.cfg', "steamuser=\"username\"\nsteampass='password'\n")).toEqual([]);
  });

  it("blocks the IOP SDK's app secret, Shopee session cookies and a TotalVoice token given by position", () => {
    expect(blockingIds('aliexpress_token.py', '    client = iop.IopClient("https://api-sg.aliexpress.com/rest", "34271827", "HJoVmMzeZz9xB40QUv60y7PpEQ883oTm")\n')).toEqual(['lazada-app-secret']);
    const shopee = "    'SPC_EC': '9rijFja/O5nN/SPhw3ogu3skXe20y+RN5N6X7Te0PCsUvGdIUB3WYea6U+zkXtD/CmrkJ1vy5eLAckzLXz1qEWymWOvqZJ48sC2eUd+qb2LVaBkP/w9ECgY1GwJaMg8laNYrQ/0GEeJcaINmawBl7jTJtxRxwrqu721LwOAp7no=',\n";
    expect(blockingIds('__api.py', shopee)).toEqual(['social-session-cookie']);
    expect(blockingIds('models/totalvoice.py', "client = Cliente(\"6a5728f3f9e6ec41da962a2ccbbfe8a9\", 'api.totalvoice.com.br')\n")).toEqual(['totalvoice-access-token']);
  });

  it("leaves WPPConnect's default secret, AMP's NOT_FOUND cookie and AMP images' support tag alone", () => {
    expect(blockingIds('src/config.ts', "  secretKey: 'THISISMYSECURETOKEN',\n")).toEqual([]);
    expect(blockingIds('__api.py', "    'AMP_TOKEN': '%24NOT_FOUND',\n")).toEqual([]);
    expect(blockingIds('Dockerfile', 'ENV AMP_SUPPORT_TOKEN=AST0/MTAD\n')).toEqual([]);
  });

  it('blocks an answer file password in clear inside the script that writes the answer file', () => {
    const script = 'cat > Autounattend.xml <<EOF\n      <AdministratorPassword>\n        <Value>w1gv08mvX2IK</Value>\n        <PlainText>true</PlainText>\n      </AdministratorPassword>\nEOF\n';
    expect(blockingIds('gerar-autounattend.sh', script)).toEqual(['unattend-plaintext-password']);
  });

  it('blocks passwords on PowerCLI Add-VMHost and ansible-playbook extra vars', () => {
    expect(blockingIds('Build-vCenter.ps1', 'Add-VMHost -Name esx02.shop.io -Location $dc -User root -Password zp73m5dIL1I1P1 -Force\n')).toEqual(['powercli-password']);
    expect(blockingIds('deploy.sh', "ansible-playbook site.yml -e 'db_host=db.shop.io db_password=zp73m5dIL1I1P1'\n")).toContain('ansible-extra-vars-secret');
  });
});

