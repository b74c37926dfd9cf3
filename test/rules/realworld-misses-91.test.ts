import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1613 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('round four: sports, weather, forms, education and video', () => {
  it('blocks Sportradar keys in a file that calls its API, and a SportsDataIO key in a relative path above its base URL', () => {
    expect(blockingIds('server.js', "var key = 'q7x2m9kd4tr8wz3hpn6cy5fb';\nvar baseUrl = 'http://api.sportradar.us/nfl-ot1';\n")).toEqual(['sportradar-api-key']);
    expect(blockingIds('server.js', "var key = 'q7x2m9kd4tr8wz3hpn6cy5fb';\nvar baseUrl = 'https://api.example.org/nfl';\n")).toEqual([]);
    const retrofit = '    @GET(value = "teams?key=5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b3")\n    fun teams(): Call<List<Team>>\n    .baseUrl("https://api.sportsdata.io/v3/nhl/scores/json/")\n';
    expect(blockingIds('data/RemoteDataSource.kt', retrofit)).toEqual(['sportsdataio-api-key']);
  });

  it("blocks a Google Calendar's secret iCal address, and not its public one", () => {
    const secret = 'url: "https://calendar.google.com/calendar/ical/family.k7q2%40gmail.com/private-9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c/basic.ics"\n';
    expect(blockingIds('config/config.js', secret)).toEqual(['google-calendar-private-ical-url']);
    expect(blockingIds('config/config.js', 'url: "https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics"\n')).toEqual([]);
  });

  it('reads a lower-case `bearer` token kept in a string, a Canvas token without the word canvas, and Mux and JW Player clients', () => {
    expect(blockingIds('assets/js/app.js', 'const authToken = "bearer Hq8vT3mWz7Lp4Rw9Xk2Nc5Yd1Fs6Gj0Ta.Ub3Qe7Zr2Mv9Kx";\n')).toEqual(['bearer-token-literal']);
    expect(blockingIds('create_modules.py', "access_token = input('token (e.g. 4511~OctPlgystteqzcd4Qp4N2ZHebA1iGIDVLoLHYNFsyRhlokWW2GsI9t8LKuAChlHf): ')\n")).toEqual(['canvas-lms-access-token']);
    const mux = "const { Video } = new Mux('4c1e9a7f-2b3d-4e8a-9c6f-5d2b8e1a7c3f', 'Kq9ZtW2mXv7LpRcWm4cYn8BdH1sJe6GuA5oPi0TkNf3Rc7Wm4cYn8BdH1sJe6GuA5oPi0TkN+q9Zt');\n";
    expect(blockingIds('src/App.js', mux)).toEqual(['mux-token-secret']);
    expect(blockingIds('scripts/update_views.py', "client = jwplatform.Client('Kq7mWz2p', 'Tn4Lx9RbVc2Hd8Ys1Jf6GaQe')\n")).toEqual(['jwplayer-api-secret']);
  });

  it("does not take PowerShell's escaped quote for a browser-exposed secret's value", () => {
    expect(blockingIds('scripts/setup-env.ps1', '    "VITE_GEMINI_API_KEY=`"$geminiKey`"",\n')).toEqual([]);
  });
});

describe('round five: accounting, support, shipping and e-signature', () => {
  it("blocks a Crisp plugin key beside its identifier, a Freshdesk key given as the user with password X, and a TaxJar token (not Viam's)", () => {
    const crisp = "const TOKEN = {\n\tidentifier: '4c1e9a7f-2b3d-4e8a-9c6f-5d2b8e1a7c3f',\n\tkey: '3c8e1f5a9d2b7e4c0a6f3d8b1e5c9a2f7d4b0e8c3a6f1d9b5e2c7a4f0d8b3e61',\n}\n";
    expect(blockingIds('src/utils/crisp.ts', crisp)).toEqual(['crisp-plugin-key']);
    const freshdesk = "    url: 'https://shop.freshdesk.com/api/v2/tickets',\n    auth: {\n        'user': 'Hq8vT3mWz7Lp4Rw9Xk2N',\n        'pass': 'X'\n    }\n";
    expect(blockingIds('src/App.js', freshdesk)).toEqual(['freshdesk-api-key']);
    expect(blockingIds('scripts/pay.php', "$tax_client = TaxJar\\Client::withApiKey('5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b3');\n")).toEqual(['taxjar-api-token']);
  });

  it("reads a client secret built as a C# KeyValuePair, a Dropbox Sign key on the SDK call's next line, and a Lokalise SDK key", () => {
    expect(blockingIds('Controllers/ShippingController.cs', '    new KeyValuePair<string, string>("client_secret", "9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c"),\n')).toEqual(['generic-secret-pair-initializer']);
    const hellosign = "const hellosign = require('hellosign-sdk')({\n  key: '3c8e1f5a9d2b7e4c0a6f3d8b1e5c9a2f7d4b0e8c3a6f1d9b5e2c7a4f0d8b3e61'\n});\n";
    expect(blockingIds('routes/sign.js', hellosign)).toEqual(['dropbox-sign-api-key']);
    expect(blockingIds('scripts/create_project.js', "  const lokaliseApi = new LokaliseApi({ apiKey: '5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b37d0c4e82' });\n")).toEqual(['lokalise-api-token']);
  });

  it("leaves a header's name, a client id read as an env name and a bearer value masked with asterisks alone", () => {
    expect(blockingIds('CmcApi.java', '    private static String apiKeyHearder= "X-CMC_PRO_API_KEY";\n')).toEqual([]);
    expect(blockingIds('qb_session_manager.py', "        self.client_id = os.environ.get('ABq7Lm2Xw9Tz4Kp8Rn3Vb6Yc1Hd5Fs0Gj7Ue2Io8Ma4Tk6Qw9Zx')\n")).toEqual([]);
    expect(blockingIds('qb_session_manager.py', "        self.client_secret = os.environ.get('Tq9vL2xR7mK4wZ8pN3cH6yB1dF5gJ0sA')\n")).toEqual(['secret-as-env-var-name']);
    expect(blockingIds('baseUris.ps1', '$header = @{"Authorization" = "Bearer 3AAABLblqZhBkR3x****** your access token here ******IojNCU2WqAsaG1oYtl"}\n')).toEqual([]);
  });
});

describe('round six: growth scripts and small web teams', () => {
  it("reads a Mailjet key under `keyPrivate` and an API Ninjas key quoted whole in a file that names the service", () => {
    expect(blockingIds('backend_functions/Email.java', '    private static final String keyPrivate = "9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c";\n')).toEqual(['generic-secret-assignment']);
    const dart = "  final String apiKey = 'Qm7tXw3LpA9cVn2RzK8bYe==Hd6sUgF1Lr5Kq8vT'; // API Ninjas\n";
    expect(blockingIds('lib/screens/register_screen.dart', dart)).toEqual(['api-ninjas-key']);
  });

  it('drops a password that says it is synthetic in a test', () => {
    const guard = "const url = 'postgresql://test:synthetic@postgres.railway.internal:5432/railway';\n";
    expect(blockingIds('test/db/contact-ops-production-guard.test.ts', guard)).toEqual([]);
  });

  it('blocks Fonnte and UltraMsg WhatsApp gateway tokens, and not a shell command in backticks', () => {
    const fonnte = "  CURLOPT_URL => 'https://api.fonnte.com/send',\n  CURLOPT_HTTPHEADER => array(\n    'Authorization: #7Kq2Wz9Tp4Lx8Rb3Nc5'\n  ),\n";
    expect(blockingIds('application/controllers/User.php', fonnte)).toEqual(['fonnte-device-token']);
    expect(blockingIds('admin/expiration.php', '$ultramsg_token = "q7x2m9kd4tr8wz3h";\n')).toEqual(['ultramsg-instance-token']);
    expect(blockingIds('dns/AddRecord.sh', "\tapi_token=\"`/bin/echo ${credentials} | /usr/bin/awk -F':::' '{print $2}'`\"\n")).toEqual([]);
  });
});

describe('round seven: student projects, Lambda, Ruby and boilerplates', () => {
  it("blocks a Twilio auth token given to Ruby's Twilio::REST::Client.new, with or without brackets", () => {
    expect(blockingIds('app.rb', "client = Twilio::REST::Client.new 'AC3e7b91c04fa2d8e65b1c7a09f43d2e8b', '9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c'\n")).toEqual(['twilio-client-auth-token']);
    expect(blockingIds('lib/order.rb', "@client = Twilio::REST::Client.new('AC5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b3', '7d0c4e825c1e4a7b9f2d48e6a0b4c8d2')\n")).toEqual(['twilio-client-auth-token']);
  });

  it("blocks a Pushover token in a curl form field to api.pushover.net, and a Google key whose comment says it is Gemini's behind VITE_", () => {
    const curl = 'curl -s -F "token=ak7q2wz9tp4lx8rb3nc5vy6hd1fs0g" -F "message=hello" https://api.pushover.net/1/messages.json\n';
    expect(blockingIds('README.md', curl)).toEqual(['pushover-token']);
    const env = '# Gemini API Key (required)\n# Get your API key from: https://makersuite.google.com/app/apikey\nVITE_API_KEY=AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e\n';
    expect(blockingIds('.env.local', env).filter((id) => id !== 'dotenv-file')).toEqual(['google-api-key']);
    expect(blockingIds('.env.local', 'VITE_MAPS_API_KEY=AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e\n')).toEqual([]);
  });

  it("reads a Tuya local key that holds a quote of the other kind, and drops a lab's `sk-user-key-67890`", () => {
    const blink = "import tinytuya\nd = tinytuya.OutletDevice('eb885ae9d9d24f7f0a1b2c', '192.168.1.39', \"7k!mQRTZWPs'HVdx\")\n";
    expect(blockingIds('blink.py', blink)).toEqual(['tuya-local-key']);
    expect(blockingIds('app/server.js', "  carol: { password: 'x', apiKey: 'sk-user-key-67890' },\n")).toEqual([]);
  });
});

describe('round nine: vaults, PHP frameworks and pipelines', () => {
  it("blocks the secrets of Bitwarden's global.override.env once, and not the installer's stand-ins", () => {
    const env = 'globalSettings__internalIdentityKey=Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1Lr5Kq8vTz3Wm7Xp2Nc9Bv4Gh6Jk1Ls8Dq\n';
    expect(blockingIds('writeups/bitwarden-vault.md', env)).toEqual(['bitwarden-global-settings-secret']);
    expect(blockingIds('bwdata/env/global.override.env', 'globalSettings__installation__key=REPLACE\n')).toEqual([]);
    const kubectl = 'kubectl create secret generic bw -n bitwarden --from-literal=globalSettings__installation__key="Tq9vL2xR7mK4wZ8pN3cH"\n';
    expect(blockingIds('README.md', kubectl)).toEqual(['bitwarden-global-settings-secret']);
  });

  it('drops a salt that says there is no security in it', () => {
    expect(blockingIds('app/Config/core.php', "\tConfigure::write('Security.salt', 'there_is_no_security_here_we_are_just_testing');\n")).toEqual([]);
  });
});

