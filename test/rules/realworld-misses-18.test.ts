import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 85 to 92 (everyday commits, workflows and containers, docs, mobile
// apps, a hunt for leaked credentials) and left open from the samples before. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 88: docs and tutorials', () => {
  it('reads the word password in another language and an RDS host named mydb as placeholders', () => {
    expect(blockingIds('docs/migration.md', 'SQL_DSN=root:密码@tcp(老库地址:3306)/new-api\n')).toEqual([]);
    expect(blockingIds('docs/DATABASE_CONFIG.md', 'DATABASE_URL=postgresql://ocruser:MyPassword123@mydb.abc123.us-east-1.rds.amazonaws.com:5432/ocr\n')).toEqual([]);
    expect(blockingIds('config/prod.env', 'DATABASE_URL=postgresql://ocruser:MyPassword123@ocr.c9akciq32.us-east-1.rds.amazonaws.com:5432/ocr\n')).toEqual(['database-url-password']);
  });

  it('finds a DashScope key, also in a deploy doc', () => {
    expect(blockingIds('DEPLOY.md', "cat > .env << 'EOF'\nNODE_ENV=production\nQWEN_API_KEY=sk-f3a8c1e2b7d94c06a5e1f8b3d2c7a9e4\nEOF\n")).toEqual(['dashscope-api-key']);
  });

  it('keeps a generated password holding a * among every other kind of character', () => {
    expect(blockingIds('app.py', "ADMIN_PASSWORD = os.environ.get('ADMIN_PASSWORD', \"@R9t$L7e!xP2w#Mn8Zq^Y4v&Bc6*Hd3J\")\n")).toEqual(['env-fallback-secret']);
    expect(blockingIds('policy.py', 'ALLOWED_SECRET_ACTIONS = "secretsmanager:Get*"\n')).toEqual([]);
  });
});

describe('samples 85 and 86: everyday Python and Node commits', () => {
  it("lowers DEBUG in an e2e settings module and a dev login to a compose service named for its app", () => {
    expect(blockingIds('config/settings/e2e.py', 'DEBUG = True\nALLOWED_HOSTS = ["shop.example.com"]\n')).toEqual([]);
    expect(blockingIds('.env.example', 'DATABASE_URL=postgresql://dev:Wq7mZ2pLk9@shop-master-db:5432/shop\n')).toEqual([]);
    expect(blockingIds('.env.production', 'DATABASE_URL=postgresql://dev:Wq7mZ2pLk9@shop-master-db.internal.example-prod.io:5432/shop\n')).toContain('database-url-password');
  });

  it('reports an SFTP or SSH client that accepts any host key', () => {
    expect(scan('custody/tasks.py', 'cnopts = pysftp.CnOpts()\ncnopts.hostkeys = None\n')).toEqual([{ ruleId: 'ssh-host-key-check-disabled', blocking: false }]);
    expect(scan('deploy.py', 'client.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n')).toEqual([{ ruleId: 'ssh-host-key-check-disabled', blocking: false }]);
  });
});

describe('sample 87: workflows and containers', () => {
  it("lowers a Dockerfile's development and test stages and Dockerfile.dev, not the stage that ships", () => {
    const stages = 'FROM python:3.12-slim AS base\nFROM base AS development\nENV DEBUG=true\nFROM base AS production\nENV DEBUG=true\n';
    expect(blockingIds('Dockerfile', stages)).toEqual(['paas-debug-enabled']);
    expect(scan('Dockerfile', stages).map((f) => f.blocking)).toEqual([false, true]);
    expect(blockingIds('Dockerfile.dev', 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n')).toEqual([]);
  });

  it('reads npg_xxx as a placeholder and a user-name-plus-digits password to a cluster service as a development login', () => {
    expect(blockingIds('README.md', 'DATABASE_URL=postgresql://neondb_owner:npg_xxx@ep-xxx.c-2.ap-southeast-1.aws.neon.tech/neondb\n')).toEqual([]);
    expect(blockingIds('deploy/kubernetes.py', 'DATABASE_URL = "postgresql://yaz:yaz123@postgres-service:5432/yaz"\n')).toEqual([]);
  });

  it('finds an unquoted stock key in a Dockerfile ENV, npm config set strict-ssl false, and nginx reflecting origins with credentials', () => {
    expect(blockingIds('Dockerfile', 'ENV DEBUG=False\nENV SECRET_KEY=S3cr3t\n')).toEqual(['weak-secret-key-config']);
    expect(blockingIds('Dockerfile', 'RUN npm config set strict-ssl false && npm ci\n')).toEqual(['tls-verification-disabled-env']);
    const nginx = '  location /api/ {\n    add_header Access-Control-Allow-Origin $http_origin always;\n    add_header Access-Control-Allow-Credentials "true" always;\n  }\n';
    expect(blockingIds('nginx/nginx.conf', nginx)).toEqual(['nginx-cors-reflect-origin-credentials']);
    expect(blockingIds('nginx/nginx.conf', `map $http_origin $cors_origin {\n  "https://shop.example.com" $http_origin;\n}\n${nginx}`)).toEqual([]);
  });
});

describe('provider keys behind a shell default (left open from sample 87)', () => {
  it('reads the fallback of ${NAME:-value} as the literal in effect', () => {
    expect(blockingIds('scripts/variables.sh', 'export HEROKU_API_KEY=${HEROKU_API_KEY:-a9328c1e-9a4d-4f7b-8e2c-1d5a6b7c8e9f}\n')).toEqual(['heroku-api-key']);
    expect(blockingIds('scripts/variables.sh', 'export HEROKU_API_KEY=${HEROKU_API_KEY}\n')).toEqual([]);
  });
});

describe('sample 89: Rails and Laravel everyday commits', () => {
  it("finds a Gemfury token in a Gemfile source, not the token read from the environment", () => {
    expect(blockingIds('Gemfile', 'source "https://hKxDq8Lz2XvW7mPn4Rb9@gem.fury.io/shop-apps/" do\n  gem "shop-core"\nend\n')).toEqual(['gemfury-source-token']);
    expect(blockingIds('Gemfile', 'source "https://#{ENV[\'FURY_TOKEN\']}@gem.fury.io/shop-apps/"\n')).toEqual([]);
  });
});

describe('sample 90: Go, Spring and .NET everyday commits', () => {
  it("finds a Spring jwt.signerKey and a Gmail app password in Spring's nested mail settings", () => {
    expect(blockingIds('src/main/resources/application.yml', 'jwt:\n  signerKey: "1TjXq8Lz2XvW7mPn4Rb9Tk3Yd6Hs1Jc5Ng0Mf8Vx2Wz7Lq4Rp9Kt3Hb6Nd1Fs5G"\n')).toEqual(['generic-secret-assignment']);
    const mail = 'spring:\n  mail:\n    host: smtp.gmail.com\n    port: 587\n    username: orders.fake@gmail.com\n    password: xqvmztrklpwnhdbj\n';
    expect(blockingIds('src/main/resources/application-prod.yml', mail)).toEqual(['gmail-app-password-spring']);
    expect(blockingIds('src/main/resources/application-prod.yml', mail.replace('xqvmztrklpwnhdbj', '${MAIL_PASSWORD}'))).toEqual([]);
  });
});

describe('samples 91 and 92: mobile apps and a hunt for leaked credentials', () => {
  it("reads Maps and Firebase iOS keys pasted into docs as public, and Swift's optional subscript as a read", () => {
    const manifest = '<meta-data\n    android:name="com.google.android.geo.API_KEY"\n    android:value="AIzaSyBq8Lz2Xv7Km4Tp9Rw3Nc6Hy1Jd5Fg0Ks8" />\n';
    expect(blockingIds('README.md', manifest)).toEqual([]);
    expect(blockingIds('SECURITY_AUDIT.md', '<key>API_KEY</key>\n<string>AIzaSyBq8Lz2Xv7Km4Tp9Rw3Nc6Hy1Jd5Fg0Ks8</string>\n')).toEqual([]);
    expect(blockingIds('Sources/Geocoding.swift', 'static let apiKey = Bundle.main.infoDictionary?["GoogleMapsAPIKey"] as? String ?? ""\n')).toEqual([]);
  });

  it('finds a keystore password holding a parenthesis, and Dart clients that accept any certificate outside debug mode', () => {
    expect(blockingIds('android/key.properties', 'storePassword=Wd/d8(Lq2x!Vz7m\nkeyPassword=Wd/d8(Lq2x!Vz7m\n')).toEqual(['android-signing-password', 'android-signing-password']);
    const overrides = 'class MyHttpOverrides extends HttpOverrides {\n  HttpClient createHttpClient(SecurityContext? context) {\n    return super.createHttpClient(context)\n      ..badCertificateCallback =\n          (X509Certificate cert, String host, int port) => true;\n  }\n}\n';
    expect(blockingIds('lib/main.dart', overrides)).toEqual(['dart-bad-certificate-callback']);
    expect(blockingIds('lib/main.dart', '  if (kDebugMode) {\n    client.badCertificateCallback = (cert, host, port) => true;\n  }\n')).toEqual([]);
  });

  it("lowers JDBC logins to this machine and leaves tests' made-up private keys alone", () => {
    expect(blockingIds('src/Query.java', 'Connection con = DriverManager.getConnection("jdbc:mysql://localhost:3306/shop", "root", "Wq7mZ2pLk9");\n')).toEqual([]);
    expect(blockingIds('src/Query.java', 'Connection con = DriverManager.getConnection("jdbc:mysql://db.shop-prod.net:3306/shop", "root", "Wq7mZ2pLk9");\n')).toEqual(['positional-db-password']);
    const fake = 'const KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAFAKEKEY\n-----END OPENSSH PRIVATE KEY-----`;\n';
    expect(blockingIds('scripts/redact.js', fake)).toEqual([]);
  });
});
