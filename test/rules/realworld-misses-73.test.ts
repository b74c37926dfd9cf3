import { describe, expect, it } from 'vitest';
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
