import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Shapes missed in samples 12-16 of real-world files: Go MySQL DSNs, literals in next.config.js `env`, Render
// deploy hooks in CI files, base64 master keys. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('Go MySQL DSNs (user:password@tcp(host)/db)', () => {
  it('blocks the password of a DSN on another host', () => {
    const text = 'db, err := sql.Open("mysql", "shop:Tq8v!mW2pZ@tcp(10.24.14.37:3306)/shop?parseTime=true")\n';
    expect(blockingIds('internal/db/db.go', text)).toEqual(['mysql-go-dsn-password']);
  });

  it('reports a DSN on this machine or a compose service without blocking, and drops user-as-password defaults', () => {
    for (const host of ['localhost:3306', '127.0.0.1:3306', 'mysql:3306']) {
      expect(scan('config/db.go', `dsn := "root:Vd82kq1Lz@@tcp(${host})/cards"\n`)).toEqual([{ ruleId: 'mysql-go-dsn-password', blocking: false }]);
    }
    expect(scan('config/db.go', 'dsn := "app:app@tcp(localhost:3306)/app"\n')).toEqual([]);
  });

  it('does not read a format string or a URL as a DSN', () => {
    expect(scan('config/db.go', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)\n')).toEqual([]);
    expect(blockingIds('config/db.go', 'url := "mysql://shop:Tq8v!mW2pZ@db.internal:3306/shop"\n')).toEqual(['database-url-password']);
  });
});

describe('literals in next.config.js env', () => {
  it('blocks a secret-named literal, whatever its shape, once per value', () => {
    const text = 'const nextConfig = {\n  env: {\n    SERVER: "http://localhost:3000",\n    NEXTAUTH_SECRET: "@zq480213",\n  },\n};\n';
    expect(scan('next.config.mjs', text)).toEqual([{ ruleId: 'nextjs-config-env-secret', blocking: true }]);
    const random = 'module.exports = {\n  env: {\n    NEXTAUTH_SECRET: "9f2c41be7a0d83e6b5c1f4a27d9e08b3c6a5f1d2e7b40c98a3d6f2e1b5c7a904",\n  },\n};\n';
    expect(scan('next.config.js', random)).toEqual([{ ruleId: 'nextjs-config-env-secret', blocking: true }]);
  });

  it('reports an environment read below the blocking level (Next inlines it), and leaves browser keys and placeholders alone', () => {
    const text = 'module.exports = {\n  env: {\n    JWT_SECRET: process.env.JWT_SECRET,\n    MAPS_API_KEY: "shop-maps-key-fake",\n    NEXTAUTH_SECRET: "your-secret-here",\n  },\n};\n';
    expect(scan('next.config.js', text)).toEqual([{ ruleId: 'nextjs-config-env-passthrough', blocking: false }]);
  });
});

describe('other shapes', () => {
  it('blocks a Render deploy hook in a CI file', () => {
    const text = "    stage('Deploy') {\n      steps { sh 'curl -X POST https://api.render.com/deploy/srv-ejg3doyjs5t1xbwvb46q?key=90lRnvo24Ee' }\n    }\n";
    expect(blockingIds('Jenkinsfile', text)).toEqual(['render-deploy-hook']);
  });

  it('blocks a master key whose name says it is base64', () => {
    expect(blockingIds('apps/api/src/crypto.ts', 'const MASTER_KEY_BASE64 = "Vq8Zr1xk3Tt5Yb7Nc9Md2Lf4Hg6Js8Kw0Qe2Rt4Wp6=";\n')).toEqual(['encryption-key-assignment']);
  });
});

describe('samples 14 and 17: false positives', () => {
  it('reports the secret_key_base Phoenix generates in config/config.exs without blocking; prod.exs still blocks', () => {
    const text = 'config :shop, ShopWeb.Endpoint,\n  secret_key_base: "IrDo1jWsHMRUAX4xAjeFwQc+kGwGTFBDE09z8VEKWte409iw4rGtkzrT6FyvLch0",\n';
    expect(scan('config/config.exs', text)).toEqual([{ ruleId: 'phoenix-generated-secret-key-base', blocking: false }]);
    expect(blockingIds('config/prod.exs', text)).toEqual(['generic-secret-assignment']);
  });

  it('reports Paystack test keys like Stripe test keys, without blocking; live keys block', () => {
    expect(scan('src/pay.js', "const key = 'sk_test_k2v9q1z8m4x7w3r6t0y5u8i2o4p1a9s7d3f6g0h2';\n")).toEqual([{ ruleId: 'paystack-test-key', blocking: false }]);
    expect(blockingIds('src/pay.js', "const key = 'sk_live_k2v9q1z8m4x7w3r6t0y5u8i2o4p1a9s7d3f6g0h2';\n")).toEqual(['paystack-secret-key']);
  });

  it('does not read the head of an interpolated template string as a secret', () => {
    expect(scan('scripts/gen-fixtures.ts', '  { secret: `xapp-1-A${rand(UPPER, 10)}-${rand(DIGITS, 13)}`, kind: "slack" },\n')).toEqual([]);
    expect(scan('app/models/token.rb', '    token = "tok9Kq2Wm#{SecureRandom.hex(8)}"\n')).toEqual([]);
  });

  it('blocks a literal password passed to smtplib login outside tests only', () => {
    const line = '    server.login("alerts.shop@gmail.com", "qzvkmbrtxlwpnhjd")\n';
    expect(blockingIds('app.py', line)).toEqual(['login-call-password']);
    expect(blockingIds('tests/test_mail.py', line)).toEqual([]);
  });
});

describe('sample 18: other stacks', () => {
  it("reads the Supabase CLI's env(NAME) as a reference, not a literal", () => {
    expect(scan('supabase/config.toml', '[storage.s3_protocol]\ns3_secret_key = "env(S3_SECRET_KEY)"\n')).toEqual([]);
  });

  it("reports an Android app's google-services.json key without blocking", () => {
    const text = '      "api_key": [\n        {\n          "current_key": "AIzaSyQ4kV8mT2xR9nL3cB6hY1wZ7pD5fG0jK2s"\n        }\n      ],\n';
    expect(scan('app/google-services.json', text)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
  });

  it('ignores FLASK_DEBUG as a Python variable, which Flask never reads', () => {
    expect(scan('app.py', 'app = Flask(__name__)\nFLASK_DEBUG=1\n')).toEqual([]);
    expect(blockingIds('.env', 'FLASK_DEBUG=1\n')).toContain('flask-debug-env');
  });

  it('lowers PHP connect calls to this machine as root; blocks them against a remote database', () => {
    expect(scan('admin/profile.php', '$conn = new mysqli("localhost", "root", "Kq8vT2mXk4", "shop");\n')).toEqual([{ ruleId: 'php-db-connect-password', blocking: false }]);
    expect(blockingIds('db.php', '$conn = new mysqli("localhost", "shop_user", "Kq8vT2mXk4", "shop");\n')).toEqual(['php-db-connect-password']);
    const pdo = '$db = new PDO("pgsql:host=shop.c9akcs1.us-east-1.rds.amazonaws.com;port=5432;dbname=shop", "shop", "Kq8vT2mXk4");\n';
    expect(blockingIds('php/db.php', pdo)).toEqual(['php-db-connect-password']);
  });

  it('blocks a DataSource password set in code and a misspelt PASWORD setting', () => {
    expect(blockingIds('src/main/java/shop/DataSourceConfig.java', '        ds.setPassword("cWq8vT2mXk4Lt9Rz");\n')).toEqual(['password-setter-literal']);
    expect(blockingIds('Dockerfile', 'ENV SPRING_DATASOURCE_PASWORD=dDGLq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1Fs\n')).toContain('generic-secret-assignment');
  });

  it('blocks a guessable password beside the host of a database service on the internet, not beside a local or docs host', () => {
    const settings = (host: string): string => `DB_CONFIG = {\n    'user': 'admin',\n    'password': 'shopping24',\n    'host': '${host}',\n}\n`;
    expect(blockingIds('app.py', settings('shop.c7qldhnfrqvy.ap-northeast-2.rds.amazonaws.com'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app.py', settings('10.0.3.7'))).toEqual([]);
    expect(blockingIds('README.md', 'Set `MONGO_URI=mongodb+srv://user:pass@cluster.mongodb.net/shop`\n')).toEqual([]);
  });

  it('reads the server of an indented connection string more than 120 characters before its password', () => {
    const line = (host: string): string => `            optionsBuilder.UseNpgsql("Host=${host};Port=5432;Username=postgres;Password=postgres;Database=fit;");\n`;
    expect(blockingIds('Data/DataContext.cs', line('fitdb.clbfkbqft4wd.eu-west-1.rds.amazonaws.com'))).toEqual(['connection-string-password']);
    expect(scan('Data/DataContext.cs', `        //optionsBuilder.UseNpgsql("Host=localhost;Database=postgres;");\n${line('localhost')}`)).toEqual([]);
  });

  it('blocks a Flask or Django key written as a phrase in app code, not a development or placeholder one', () => {
    for (const value of ['supersecretkeyomg', 'clave-secreta-proyecto', 'a-production-secret-key']) {
      expect(blockingIds('app.py', `app = Flask(__name__)\napp.config["SECRET_KEY"] = "${value}"\n`), value).toEqual(['phrase-secret-key-in-code']);
    }
    for (const value of ['dev-key-for-local-use', 'your-secret-key-here', 'FLASK_SECRET_KEY']) {
      expect(blockingIds('app.py', `app.config["SECRET_KEY"] = "${value}"\n`), value).toEqual([]);
    }
    expect(blockingIds('tests/conftest.py', 'app.config["SECRET_KEY"] = "supersecretkeyomg"\n')).toEqual([]);
  });
});
