import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1533 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('mobile apps', () => {
  it("reports a Xamarin.Forms.GoogleMaps key and the Firebase console's Web API Key below blocking, as keys that ship in the app", () => {
    expect(scan('App.iOS/AppDelegate.cs', '    Xamarin.FormsGoogleMaps.Init("AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e");\n')).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    expect(scan('Services/Register.cs', '    static string WebAPIKey = "AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e";\n')).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    const call = '    var authProvider = new FirebaseAuthProvider(new FirebaseConfig("AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e"));\n';
    expect(scan('Services/Register.cs', call)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    expect(blockingIds('Services/Translate.cs', '    static string TranslateKey = "AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e";\n')).toEqual(['google-api-key']);
  });

  it("reports a Firebase app's google_api_key string resource below blocking, and drops a key padded with zeros", () => {
    const resources = '//<string name="gcm_defaultSenderId" translatable="false">818394930758</string>\n//<string name="google_api_key" translatable="false">AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e</string>\n//<string name="google_app_id" translatable="false">1:818394930758:android:9368c25c3bad4866</string>\n';
    expect(scan('firebase/build.gradle.kts', resources)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    expect(scan('README.md', '<string name="key_prod" translatable="false">AIzaSyD4kQ8mX2vL7pR9tW3nB6c0000000000</string>\n')).toEqual([]);
  });

  it("does not block a Meta app's client token, which Meta builds into every copy of the app", () => {
    const auth = "module.exports = {\n  'redirect_uri': 'https://shop.example.org/auth/facebook/callback',\n  'client_token': \"d8f3a91c4b7e2d06f5a1c9b83e7d4f20\"\n};\n";
    expect(blockingIds('config/auth.js', auth)).toEqual([]);
  });
});

describe('database logins on hosts', () => {
  it('blocks a password typed as a repeated run on a managed host, and not the same run in a guide on a stand-in host', () => {
    expect(blockingIds('app.py', "DB = 'mysql://kog:q7q7q7q7@kog.mysql.pythonanywhere-services.com/kog$app'\n")).toEqual(['database-url-password']);
    expect(blockingIds('app.py', "DB = 'mysql://kog:q7q7q7q7@db.example.com/app'\n")).toEqual([]);
  });

  it("blocks an mLab password that repeats its user name with digits (a managed host), and treats a host named `local` as this machine", () => {
    expect(blockingIds('config/keys.js', "module.exports = {mongoURI: 'mongodb://shopper:shopper4821@ds263927.mlab.com:63927/heroku_a1b2c3'};\n")).toEqual(['database-url-password']);
    expect(scan('config.py', "SQLALCHEMY_DATABASE_URI = 'postgres://postgres:Vq8Tn2xL5m@local:5432/fyyur'\n")).toEqual([{ ruleId: 'database-url-password', blocking: false }]);
  });
});

describe('payments and test files', () => {
  it("blocks Instamojo's sandbox key and token (private, though shaped like Paddle's public client token)", () => {
    const views = "API_KEY = \"test_bd12ee81e21968b13d9b606f6b0\"\nAUTH_TOKEN = \"test_07720fd6b90dc5cb8f67fca285b\"\napi = Instamojo(api_key=API_KEY, auth_token=AUTH_TOKEN, endpoint='https://test.instamojo.com/api/1.1/')\n";
    expect(blockingIds('store/views.py', views)).toEqual(['generic-secret-assignment', 'generic-secret-assignment']);
    expect(blockingIds('src/checkout.ts', 'Paddle.Initialize({ token: "test_bd12ee81e21968b13d9b606f6b0" });\n')).toEqual([]);
  });

  it("leaves a URL-masking test's descriptive password on a provider's bare domain alone", () => {
    expect(blockingIds('tests/test_mask.py', 'url = "postgresql://myuser:super_secret_password@db.render.com:5432/mydb"\n')).toEqual([]);
  });

  it('reads a login call whose user is a variable', () => {
    expect(blockingIds('send.py', 'server = SMTP("smtp.office365.com", 587)\nserver.login(from_email, "Vw7kq2Lm9Rt4")\n')).toEqual(['login-call-password']);
    expect(blockingIds('send.py', 'server.login(from_email, password)\n')).toEqual([]);
  });
});

describe('stand-ins people type', () => {
  it("drops Spanish and Portuguese words for the user's password and a capitalised `YOUR…` after a token's prefix", () => {
    expect(blockingIds('api/users.php', '<?php\n$conn = new mysqli("db.shop-demo.net", "nombreUsuario", "contraseñaUsuario", "tienda");\n')).toEqual([]);
    expect(blockingIds('obs_bot.py', "bot = Bot(irc_token='oauth:YOUROAUTH', client_id='abc', nick='bot')\n")).toEqual([]);
  });

  it("reports a stock word and a digit count below blocking, as a setup script's or guide's default login", () => {
    expect(scan('scripts/setup.js', "// default account\nawait pb.admins.authWithPassword('ops@shop-fake.dev', 'admin123456');\n")).toEqual([{ ruleId: 'login-call-password', blocking: false }]);
    expect(blockingIds('scripts/setup.js', "await pb.admins.authWithPassword('ops@shop-fake.dev', 'Kq7vT2xWm9Lp');\n")).toEqual(['login-call-password']);
  });

  it('drops a value of words that say what goes there, with a year after them', () => {
    const preset = (value: string): string => `export const presets = \`\n      - SECRET=${value}\n\`;\n`;
    expect(blockingIds('src/DockerPresets.tsx', preset('super-secret-arena-key-2026'))).toEqual([]);
    expect(blockingIds('src/DockerPresets.tsx', preset('Vq8Tn2xL5mR7cK4wZ9pB'))).toEqual(['generic-secret-assignment']);
  });
});

describe('hosting and bot tokens', () => {
  it("blocks a Hostinger database password on the hosting server's localhost (its `u<account>_` user names the live site)", () => {
    const php = "<?php\n$host = '127.0.0.1';\n$username = 'u510162695_judging';\n$password = 'Kq7vT2xWm9Lp';\n";
    expect(blockingIds('alter_subevent.php', php)).toEqual(['generic-secret-assignment']);
    expect(scan('alter_subevent.php', php.replace('u510162695_judging', 'judging'))).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
  });

  it("blocks a VK service token, whose first 8 hex digits repeat three times", () => {
    expect(blockingIds('config.py', "VK_TOKEN = '9209dcb49209dcb49209dcb468e07e032fd0db161b56bb9a2f5fe555a6323d188a3b99e'\n")).toEqual(['vk-legacy-token']);
  });
});

describe('Firebase keys and pretty-printed tokens', () => {
  it("reads a pretty-printed JWT's claims: Supabase's self-hosting demo key is public, a project's own service key blocks", () => {
    const header = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
    const demo = `${header}.eyAgCiAgInJvbGUiOiAic2VydmljZV9yb2xlIiwKICAiaXNzIjogInN1cGFiYXNlLWRlbW8iLAogICJpYXQiOiAxNjQxNzY5MjAwLAogICJleHAiOiAxNzk5NTM1NjAwCn0.Xq8vTk2mLz9RwP4nBc7dYs3HjF6gA1eU0iO5tK8mN2b`;
    const own = `${header}.eyAgCiAgInJvbGUiOiAic2VydmljZV9yb2xlIiwKICAiaXNzIjogInN1cGFiYXNlIiwKICAiaWF0IjogMTc0MTc2OTIwMCwKICAiZXhwIjogMTg5OTUzNTYwMAp9.Xq8vTk2mLz9RwP4nBc7dYs3HjF6gA1eU0iO5tK8mN2b`;
    expect(blockingIds('deploy.ps1', `SUPABASE_SERVICE_KEY=${demo}\n`)).toEqual([]);
    expect(blockingIds('deploy.ps1', `SUPABASE_SERVICE_KEY=${own}\n`)).not.toEqual([]);
  });

  it('reports a Google key beside a Firebase Storage bucket below blocking', () => {
    const controller = '    public static string ApiKey = "AIzaSyD4kQ8mX2vL7pR9tW3nB6cY1hJ5sF0gA2e";\n    public static string Bucket = "lifesum-99433.appspot.com";\n';
    expect(scan('Controllers/MealController.cs', controller)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
  });
});
