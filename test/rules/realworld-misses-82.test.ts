import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1132 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('session and signing secrets of small web apps and bots', () => {
  it("reads Koa's cookie keys, not its docs' values or a variable", () => {
    expect(blockingIds('src/app.js', "const app = new Koa();\napp.keys = ['f3a9c8e1b27d4c6a9e0b5d7f1a2c3e4b'];\n")).toEqual(['express-session-literal-secret']);
    expect(blockingIds('src/app.js', "app.keys = new KeyGrip(['im a newer secret', 'i like turtle'], 'sha256');\n")).toEqual([]);
    expect(blockingIds('src/app.js', 'app.keys = [process.env.COOKIE_KEY];\n')).toEqual([]);
  });

  it('reads a secret fallback whose name and value a formatter wrapped onto their own lines', () => {
    const config = '    # openssl rand -hex 32\n    SECRET_KEY: str = getenv(\n        "SECRET_KEY", "686759e62f2bfac1a446c9d53b51c7af90d9d5940705f312a86b87c7157deea2"\n    )\n';
    expect(blockingIds('app/core/config.py', config)).toEqual(['env-fallback-secret']);
    expect(blockingIds('app/core/config.py', '    SECRET_KEY: str = getenv(\n        "SECRET_KEY", default_key\n    )\n')).toEqual([]);
  });

  it("reads a WhatsApp bot's session id, which holds its saved login's MEGA link and key", () => {
    const config = "global.SESSION_ID = 'QueenBot;;;rzWJxFla#uISgHtlN5YGzJnbeJUkHQHAHQyoXt-TdaTPaAEWLpBU' // PUT your session ID\n";
    expect(blockingIds('config.js', config)).toEqual(['whatsapp-bot-session-id']);
    expect(blockingIds('config.js', "global.SESSION_ID = 'put your session id here'\n")).toEqual([]);
  });

  it("reads a Redis password in a compose command's list form and a live Telegram payments token of five digits", () => {
    expect(blockingIds('docker-compose.yml', '    command: ["redis-server", "--requirepass", "Tq4vB8mWz2RkLp6xNc3H"]\n')).toEqual(['redis-requirepass']);
    expect(blockingIds('bot.py', 'PROVIDER_TOKEN = "390540012:LIVE:58231"\n')).toEqual(['telegram-payment-provider-token']);
    expect(scan('bot.py', 'PROVIDER_TOKEN = "381764678:TEST:58231"\n').filter((f) => f.blocking)).toEqual([]);
  });

  it('names a YooKassa key behind a type annotation as YooKassa', () => {
    const config = '    YOOKASSA_SECRET_KEY: Optional[str] = "live_Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1Ms5Ut0Xe2Ab7Cd"\n';
    expect(blockingIds('config.py', config)).toEqual(['yookassa-secret-key']);
  });
});

describe('keys read once, under the right name', () => {
  it('reports a Mailgun key given to an SMTP login once, as Mailgun', () => {
    const login = 'smtp.login("postmaster@sandbox1.mailgun.org", "8f3e2a1c9b7d4e6f0a5c3b1d9e7f2a4c-45f7aa85-029a5394")\n';
    expect(blockingIds('send.py', login)).toEqual(['mailgun-private-api-key']);
  });

  it("reads an ESPHome key below a notes file's label", () => {
    const notes = '**Device Name:** hall-panel\n**API Encryption Key:**\n```\nq3Vt8Lm2Xr9Kw4Pz7Hn1Bc6Yd0Fs5Gj2Ta8Ue4Ri7Wo=\n```\n';
    expect(blockingIds('docs/ESPHOME_KEYS.md', notes)).toEqual(['esphome-api-encryption-key']);
  });

  it("reads WP Mail SMTP's password constant pasted into a setup note", () => {
    expect(scan('wp-mail-smtp.txt', "define( 'WPMS_SMTP_PASS', 'Kv7rT2mXq9Lp4Wz8' );\n").map((f) => f.ruleId)).toEqual(['php-define-mail-password']);
  });
});

describe('keys given by position or piped into a store', () => {
  it("reads an AWS secret given after its key id, and a static S3 credential call's secret", () => {
    const ruby = "Aws.config.update(credentials: Aws::Credentials.new('AKIA2KYSLO7KIXRKU37Q', 'S6xxMYHxq2B5kRP0r6UV1cZB3urJ1mKpWx/KA7Ev'))\n";
    expect(blockingIds('config/initializers/aws.rb', ruby)).toEqual(['aws-access-key-id', 'aws-secret-key-beside-key-id']);
    const go = '    Creds:  credentials.NewStaticV4("IUIDq7Wm2xTv9LpK4sNb", "mqPbR2xTv9LpK4sNb8HdZ3cFq7Wm2xTv9LpK4sNb", ""),\n';
    expect(blockingIds('storage/minio.go', go)).toEqual(['s3-static-credentials-call']);
    expect(blockingIds('storage/minio.go', '    Creds:  credentials.NewStaticV4("minioadmin", "minioadmin", ""),\n')).toEqual([]);
  });

  it('reads a secret piped into Google Secret Manager, across a PowerShell line break too', () => {
    expect(blockingIds('deploy.ps1', 'echo -n "Kq7vT2xWm9LpQz4RnB8cHd3F" | `\n  gcloud secrets create JWT_SECRET --data-file=-\n')).toEqual(['secret-piped-to-platform-cli']);
    expect(blockingIds('deploy.sh', 'echo -n "$JWT_SECRET" | gcloud secrets create JWT_SECRET --data-file=-\n')).toEqual([]);
  });

  it('reads a Databricks account token and a Firebase server key split over two literals', () => {
    expect(blockingIds('jobs/orchestrator.py', 'account_token = "dsapi7e19c4b2a8d05f3e6b1c9a74d2e8f0b3"\n')).toEqual(['databricks-api-token']);
    const head = 'AAAAz8dawjV:APA91bHSbavpjag-1ykPE5X6Gsqm30Mdw9A9-3kDRH7747SWqGHx9qa945BBj4HZ1X7I';
    const tail = 'GbcqnpqGuLXfn4zIjsrEvvPSPLhR0yAFHUkOp8Ox1_DtGu1MMZrxkJEwulw9cj9MCL31eZaQ';
    const kotlin = `    const val SENDER_ID = "849641919488"\n    const val SERVER_KEY = "${head}" +\n            "${tail}"\n`;
    expect(blockingIds('app/src/main/java/utils/Constants.kt', kotlin)).toEqual(['firebase-cloud-messaging-server-key']);
  });
});

describe('mail logins in Go and Rust', () => {
  it('reads a lettre login and a Gmail app password in four groups given to gomail', () => {
    const rust = 'use lettre::{SmtpTransport, Transport};\nlet creds = Credentials::new("shop.fake@gmail.com".to_owned(), "wqzhrnvbkmtpxldj".to_owned());\nlet mailer = SmtpTransport::relay("smtp.gmail.com").unwrap().credentials(creds).build();\n';
    expect(blockingIds('src/main.rs', rust)).toEqual(['lettre-smtp-credentials']);
    expect(blockingIds('src/s3.rs', 'let creds = Credentials::new("AKIDTEST", "Zq8LmR3vXt7W", None, None, "test");\n')).toEqual([]);
    expect(blockingIds('controllers/email.go', 'd := gomail.NewDialer("smtp.gmail.com", 587, "shop.fake@gmail.com", "wqzh rnvb kmtp xldj")\n')).toEqual(['go-smtp-login-password']);
  });

  it('reads a free MySQL host password of ten letters in scrambled case', () => {
    const php = '$servername = "sql11.freesqldatabase.com";\n$username = "sql11191189";\n$password = "NbYAQrkTVx";\n';
    expect(blockingIds('webhook.php', php)).toEqual(['generic-secret-assignment']);
  });
});

describe('keys given to SDKs and named for their service', () => {
  it("reads an Airtable key given to the SDK and an OpenWeatherMap key named APP_ID", () => {
    expect(blockingIds('screens/LoginForm.js', "const base = new Airtable({ apiKey: \"keyQm4vT8zKx2Lp7W\" }).base('appD5wusZEIfj2zMv');\n")).toEqual(['airtable-api-key']);
    const kotlin = 'const val BASE_URL = "https://api.openweathermap.org/data/2.5/"\nconst val APP_ID = "7c1e9a3f5b2d8e4a6c0f9b7d3e1a5c8f"\n';
    expect(blockingIds('utils/Constants.kt', kotlin)).toEqual(['openweathermap-api-key']);
  });

  it("reads no key in a service account's field names looked up from the environment, nor MySQL's own name as a password", () => {
    expect(blockingIds('functions/transcribe.js', '  auth_provider_x509_cert_url: process.env.GATSBY_auth_provider_x509_cert_url,\n')).toEqual([]);
    expect(blockingIds('layouts/config.php', "define('DB_HOST', 'localhost');\ndefine('DB_PASSWORD', 'mysql');\n")).toEqual([]);
  });
});

describe('device keys', () => {
  it("reads a Firebase Realtime Database secret beside its database's host", () => {
    const ino = '#define FIREBASE_HOST "shop-sensors-default-rtdb.firebaseio.com"\n#define FIREBASE_AUTH "UdLpAAlacB6WR5IzvjIYUvPEaX6DwdrsEML2CSfs"\n';
    expect(blockingIds('firebase_dht11.ino', ino)).toEqual(['firebase-database-secret']);
    expect(blockingIds('firebase_dht11.ino', ino.replace('UdLpAAlacB6WR5IzvjIYUvPEaX6DwdrsEML2CSfs', 'Your FIREBASE AUTH'))).toEqual([]);
  });
});

describe('logins in use', () => {
  it("reads HERE's legacy app_code beside its app_id", () => {
    const php = "    $geoKeys = ['app_id=Qq1KiRzV3RpQLvVc95RZ&app_code=HRVLUJ3WyuSX9avBRydxH0'];\n";
    expect(blockingIds('app/Parsers/ListingParser.php', php)).toEqual(['here-legacy-app-code']);
    expect(blockingIds('config.py', 'APP_CODE=STA\n')).toEqual([]);
  });

  it('reads a key in a script named test.py that builds a live SDK client and tests nothing', () => {
    const script = 'from mistralai import Mistral\napi_key = "UA8fKq7vT2xWm9LpQz4RnB8cHd3Fj6Gy"\nclient = Mistral(api_key=api_key)\n';
    expect(blockingIds('oldwrapper/test.py', script)).toEqual(['generic-secret-assignment']);
  });

  it("keeps a name-read key in a README's .env block beside a live provider key", () => {
    const env = 'CLOUDINARY_CLOUD_NAME=drzyjxfzz\nCLOUDINARY_API_KEY=349481526374815\nCLOUDINARY_API_SECRET=Sfrr8Kq2Lm7Xv4Tn9Wb3Rc6Yd1Z\n\nOPENAI_API_KEY=sk-proj-Kq7vT2xWm9LpQz4RnB8cHd3Fj6Gy1Ms5T3BlbkFJUt0Xe2Ab7Cd9Ef4Gh1Jk6Lm\n';
    expect(blockingIds('README.md', env)).toEqual(['cloudinary-api-secret', 'openai-api-key']);
    expect(blockingIds('README.md', env.split('\n\n')[0] ?? '')).toEqual([]);
  });

  it("reads an Atlas login whose user is its password on a cluster its owner named 'project'", () => {
    const uri = 'ENV MONGO_URI=mongodb+srv://hikio010217:hikio010217@project.b4wyhrv.mongodb.net/?retryWrites=true&w=majority\n';
    expect(blockingIds('Dockerfile', uri)).toEqual(['database-url-password']);
    expect(blockingIds('Dockerfile', uri.replace('b4wyhrv', 'xxxxx'))).toEqual([]);
  });

  it("reads a Cognito app client's secret in a live test script", () => {
    const script = '        client_secret = os.environ.get("COGNITO_CLIENT_SECRET", "vy5ib062c0z0imxyagq3fnvr0ta58sbz7cavccdktgvyozrbhx5")\n';
    expect(blockingIds('test_mcp_server.py', script)).toEqual(['aws-cognito-client-secret']);
  });
});

describe('stand-ins and public keys', () => {
  it("leaves a demo login an app shows its visitors, and Pusher's public app key, alone", () => {
    const page = 'const demoCredentials = {\n  adminEmail: "admin@demo.shop.io",\n  adminPassword: "Demo123!@#",\n}\n';
    expect(blockingIds('app/launch/page.tsx', page)).toEqual([]);
    expect(blockingIds('app/launch/page.tsx', page.replace('demoCredentials', 'credentials'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('README.md', 'PUSHER_APP_KEY=7wg8Kq2mXr9LpT4vWz3N\nPUSHER_APP_SECRET=4f8a2c9e1b7d3f6a0c5e\n')).toEqual(['pusher-app-secret']);
  });

  it('drops a value that names what it stands for, and published tutorial values', () => {
    expect(blockingIds('tests/RuntimeApplyTest.php', "$this->assertStringContainsString(\"define('DB_PASSWORD', 'current-command-password');\", $runtime);\n")).toEqual([]);
    expect(blockingIds('config.py', "    SECRET_KEY = os.environ.get('SECRET_KEY') or 'you-will-never-guess-this'\n")).toEqual([]);
    expect(blockingIds('services/pay.js', 'const MERCHANT_ID = "PGTESTPAYUAT86";\nconst SALT_KEY = "96434309-7796-489d-8924-ab56988a6076";\n')).toEqual([]);
  });

  it('reads no secret in an API address, in a stock password in leetspeak, or in a server module named like a browser env', () => {
    expect(blockingIds('js/main.js', "const XANO_PLAYLISTS_API = 'https://xuvv-ysql-w1uc.n2.xano.io/api:Pjks2U_C';\n")).toEqual([]);
    expect(blockingIds('Dockerfile', "RUN htpasswd -c -b /etc/nginx/htpasswd user 'P@55w0rd!'\nRUN htpasswd -b /etc/nginx/htpasswd user3 'PassPass'\n")).toEqual([]);
    expect(blockingIds('Dockerfile', "RUN htpasswd -c -b /etc/nginx/htpasswd user 'Vq7mLx2Tz9Rk'\n")).toEqual(['htpasswd-batch-password']);
    expect(blockingIds('docs/GITHUB_SECRETS.md', 'DOCKERHUB_TOKEN: dckr_pat_abc123def456ghi789jkl012mno345\n')).toEqual([]);
    expect(blockingIds('docs/CONFIGURAR_BD_URL.md', 'DATABASE_URL="mysql://abc123xyz:pscale_pw_ABC123XYZ@aws.connect.psdb.cloud/shop"\n')).toEqual([]);
    expect(blockingIds('tests/fixtures/secrets_sample.py', 'VAULT_TOKEN = "hvs.CAESIGxyz123abc456def789ghi012jkl345mno678"\n')).toEqual([]);
    const server = "import mongoose from 'mongoose';\nconst uri = process.env.NEXT_PUBLIC_MONGODB_URI;\n";
    expect(blockingIds('lib/connectDB.js', server)).toEqual([]);
    expect(blockingIds('src/components/Db.jsx', 'const uri = process.env.NEXT_PUBLIC_MONGODB_URI;\n')).toEqual(['client-exposed-secret-env-read']);
  });

  it("lowers a local database's stock password whose URL a class field sets further up, and a Semgrep rule's test case", () => {
    const java = 'public class JDBCDelete {\n  private static String url = "jdbc:mysql://localhost/javaex?serverTimezone=Asia/Seoul";\n\n  public static void main(String[] args) {\n    Connection conn = null;\n    try {\n      Class.forName("com.mysql.cj.jdbc.Driver");\n      conn = DriverManager.getConnection(url, "root", "1234");\n    } catch (Exception e) {}\n  }\n}\n';
    expect(blockingIds('src/JDBCDelete.java', java)).toEqual([]);
    expect(blockingIds('src/JDBCDelete.java', java.replace('localhost', 'db.shop.io'))).toEqual(['positional-db-password']);
    const semgrep = '// ruleid: hardcoded-llm-api-key\nexport const openai = new OpenAI({ apiKey: "Zq8LmR3vXt7WkP2nQz4RnB8cHd3F" });\n';
    expect(blockingIds('rules/hardcoded-llm-api-key.ts', semgrep)).toEqual([]);
    expect(blockingIds('src/openai.ts', semgrep.replace('// ruleid: hardcoded-llm-api-key\n', ''))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('tests/test_redaction.py', '    raw = "postgresql://neondb_owner:npg_secret123@ep-example.aws.neon.tech/neondb"\n')).toEqual([]);
  });

  it("drops code in a header call, a numbered key name, and a product's default login", () => {
    const cpp = '        headers.emplace("X-SecretKey", request.authenticationContext == nullptr ? this->GetOrCreateAuthenticationContext()->developerSecretKey : request.authenticationContext->developerSecretKey);\n';
    expect(blockingIds('source/PlayFabAdminInstanceApi.cpp', cpp)).toEqual([]);
    expect(blockingIds('src/data/vulnerableSamples.js', 'const JWT_SECRET = "jwt_super_secret_signing_key_2024123";\n')).toEqual([]);
    expect(blockingIds('customer_details.py', 'es = Elasticsearch(basic_auth=("elastic", "elastic"))\n')).toEqual([]);
    expect(blockingIds('src/google/config.rs', '            "refresh_token": "1//03test-refresh-token",\n')).toEqual([]);
  });

  it("lowers a value inside a Zig test block, not the same line outside one", () => {
    const zig = 'test "parses an authorized_user file" {\n    const refresh_token = "Zq8LmR3vXt7WkP2n";\n    try expectParse(refresh_token);\n}\n';
    expect(blockingIds('src/adc_file.zig', zig)).toEqual([]);
    expect(blockingIds('src/adc_file.zig', 'pub fn main() !void {\n    const refresh_token = "Zq8LmR3vXt7WkP2n";\n}\n')).toEqual(['generic-secret-assignment']);
  });

  it("leaves RevenueCat's Test Store SDK key alone in RevenueCat code, not a test_ key elsewhere", () => {
    const plugin = '"plugins": [["./plugins/with-revenuecat", {"iosApiKey": "test_gKMq7Wm2xTv9LpK4sNb8HdZ3cFr"}]]\n';
    expect(blockingIds('app.json', plugin)).toEqual([]);
    expect(blockingIds('app.json', '{"x": {"iosApiKey": "test_gKMq7Wm2xTv9LpK4sNb8HdZ3cFr"}}\n')).toEqual(['generic-secret-assignment']);
  });
});
