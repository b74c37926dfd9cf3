import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes from samples 19 and 20 of real-world files (Python apps; JS/TS apps with pm2, Docker and payments code).
// Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('false positives', () => {
  it('reports a Razorpay secret written after a test-mode key id without blocking; a live pair blocks', () => {
    const pair = (mode: string): string => `var rzp = new Razorpay({ key_id: 'rzp_${mode}_TaF0OjHRrvIeUX', key_secret: 'dYoFTmM8cWc7dQpQBsEokiFf' });\n`;
    expect(scan('controllers/payment.js', pair('test'))).toEqual([{ ruleId: 'razorpay-test-key-secret', blocking: false }]);
    expect(blockingIds('controllers/payment.js', pair('live'))).toEqual(['razorpay-live-key-secret']);
  });

  it('does not read a Dockerfile value made of its key name as a secret, nor a build-time dummy on a RUN line', () => {
    expect(scan('Dockerfile', 'env JWT_TOKEN_SECRET token-secret\n')).toEqual([]);
    expect(blockingIds('Dockerfile', 'RUN CI="1" BETTER_AUTH_SECRET="changeme" npm run build\n')).toEqual([]);
  });

  it('reads "your password" in Portuguese and Spanish as a placeholder', () => {
    for (const value of ['SUA_SENHA', 'tu_clave']) {
      expect(blockingIds('scripts/migrate.py', `DB_PASSWORD = "${value}"\n`), value).toEqual([]);
    }
  });

  it('reports one finding for a JWT key in app.config and for a Resend key used as the SMTP password', () => {
    expect(scan('app.py', 'app.config["JWT_SECRET_KEY"] = "Tq8vXm2Lz9Kw4Rp7Nb3Hc6Yd1Fg5Js0"\n').map((f) => f.ruleId)).toEqual(['jwt-hardcoded-secret-python']);
    const resend = 'EMAIL_HOST_USER = "resend"\nEMAIL_HOST_PASSWORD = "re_Kq8vT2mX_4Lt9RzWp6Yb3Nc7Hj1FsQ2wE"\n';
    expect(scan('backend/settings.py', resend).map((f) => f.ruleId)).toEqual(['resend-api-key']);
  });
});

describe('misses', () => {
  it('finds a Gmail app password with a letter three times in a row', () => {
    expect(blockingIds('config/settings.py', "EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_PASSWORD = 'lgbqqqvmzrtkwnhp'\n")).toEqual(['gmail-app-password']);
  });

  it('finds a JS env fallback that Prettier wrapped, and *_PASS fallbacks', () => {
    expect(blockingIds('server.js', 'const apiKey =\n  process.env.USDA_API_KEY ||\n  "Hq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yU";\n')).toEqual(['js-env-fallback-secret']);
    expect(blockingIds('config/db.js', "  password: process.env.DB_PASS || 'Hj7-Kq2vT9mXw4Lz8Rp3Nb6Yc1',\n")).toEqual(['js-env-fallback-secret']);
  });

  it('finds a Dockerfile ENV in the space form under a *_PASS name', () => {
    expect(blockingIds('Dockerfile', 'env DB_PASS Fq8vT2mXk4Lt9Rz\n')).toEqual(['dockerfile-secret-env-arg']);
  });

  it('finds a password ending in one or two stars, which is not a mask', () => {
    expect(blockingIds('ecosystem.config.js', "  env_production: {\n    SMTP_PASSWORD: 'Harbor@2019**',\n  },\n")).toEqual(['generic-secret-assignment']);
    expect(scan('ecosystem.config.js', "  env_production: {\n    SMTP_PASSWORD: '********',\n  },\n")).toEqual([]);
  });

  it('finds a zod env schema default and a basic-auth tuple', () => {
    expect(blockingIds('src/env.ts', '  JWT_SECRET: z.string().min(32).default("9021f4c8a7b3e6d5c2f1a0b9e8d7c6b5"),\n')).toEqual(['zod-env-default-secret']);
    expect(blockingIds('hotels/views.py', '    r = requests.get("https://api.shop.io/rooms", auth=("admin", "iE9qL2vTm7Xw"))\n')).toEqual(['http-basic-auth-literal']);
  });
});

describe('samples 21 and 22', () => {
  it('reads placeholder hosts, Supabase\'s local demo key and capitalised demo passwords as sample data', () => {
    expect(blockingIds('.env.replit', 'DATABASE_URL=postgresql://placeholder:placeholder@placeholder.supabase.co:5432/postgres\n')).toEqual([]);
    expect(blockingIds('.env', 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.Kq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yUiOp\n')).toEqual([]);
    expect(blockingIds('probe-login.mjs', "  .send({ email: 'gene@test.com', password: 'TestPassword123!' })\n")).toEqual([]);
  });

  it('takes no local host from commented-out lines for a live password, but does for a commented one', () => {
    const text = (password: string): string => `# USER = 'root'\n# PASSWORD = 'rootpw2024'\n# HOST = 'localhost'\n${password}\nHOST = 'eu-west.connect.psdb.cloud'\n`;
    expect(blockingIds('load_data.py', text("PASSWORD = 'pscale_pw_Kq8vT2mXk4Lt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yUiOpA'"))).toEqual(['planetscale-password']);
    expect(blockingIds('load_data.py', "# PASSWORD = 'Kq8vT2mXk4Lt'\n# HOST = 'localhost'\n")).toEqual([]);
  });

  it('reads a compose service with a version suffix as local', () => {
    expect(scan('utils/system_init.go', 'dsn := "root:Vd82kq1Lz@tcp(mysql8019:3306)/ginchat"\n')).toEqual([{ ruleId: 'mysql-go-dsn-password', blocking: false }]);
  });
});

describe('samples 22 and 24', () => {
  it('finds fallbacks of .NET configuration lookups and of Vite, Bun and Deno environment reads', () => {
    expect(blockingIds('backend/Program.cs', 'string GetJwtKey() => builder.Configuration["Jwt:Key"]\n    ?? Environment.GetEnvironmentVariable("JWT__Key")\n    ?? "Rz9wP6Yb3Nc7Hj1FsQ2vM5kT8dLeXpA4";\n')).toEqual(['dotnet-config-fallback-secret']);
    expect(blockingIds('src/lib/razorpay.ts', "const secret = import.meta.env.RAZORPAY_KEY_SECRET || 'Qe8vT2mXk4Lt9RzWp6Yb3Nc7';\n")).toEqual(['js-env-fallback-secret']);
  });

  it('reports a t3-env runtime mapping of a public secret name once', () => {
    expect(scan('src/env.mjs', '  runtimeEnv: {\n    NEXT_PUBLIC_RESEND_API_KEY: process.env.NEXT_PUBLIC_RESEND_API_KEY,\n  },\n').map((f) => f.ruleId)).toEqual(['client-exposed-secret-env-read']);
  });

  it('reads Mercado Pago tokens with a 15-digit app id, and test tokens at severity low', () => {
    expect(blockingIds('config/mercadopago.js', '  "access_token": "APP_USR-188957555218248-619307-76d468f4abc644441189548b4e55154d-9780438581",\n')).toEqual(['mercadopago-access-token']);
    expect(scan('config/mercadopago.js', '  "access_token": "TEST-188957555218248-619307-76d468f4abc644441189548b4e55154d-9780438581",\n')).toEqual([{ ruleId: 'mercadopago-test-access-token', blocking: false }]);
  });
});

describe('sample 23', () => {
  it('reads filler words with an ascending digit run, changethis typos and SecurePassword123! as placeholders', () => {
    expect(blockingIds('backend/.env.production', 'DATABASE_URL=postgresql://prod_user:secure_password_1234567890@db.shop-prod.io:5432/shop\n')).toEqual([]);
    expect(blockingIds('src/config/env.ts', "export const JWT_SECRET = process.env.JWT_SECRET || 'default-jwt-secret-key-12345678';\n")).toEqual([]);
    expect(blockingIds('backend/app/core/config.py', 'SECRET_KEY = "changelethis"\n')).toEqual([]);
    expect(blockingIds('backend/.env.production', 'ADMIN_PASSWORD=SecurePassword123!\n')).toEqual([]);
  });

  it('finds a Gmail app password under GMAIL_PASS', () => {
    expect(blockingIds('api/.env', 'GMAIL_USER=bookings.shop@gmail.com\nGMAIL_PASS=dqzvkmbrtxlwpnhj\n')).toContain('gmail-app-password');
  });
});

describe('Gmail app passwords in docs', () => {
  it('blocks a random one pasted into a setup doc, not a typed filler', () => {
    const doc = (value: string): string => `\`\`\`\nEMAIL_HOST=smtp.gmail.com\nEMAIL_HOST_USER=alerts.shop@gmail.com\nEMAIL_HOST_PASSWORD=${value}\n\`\`\`\n`;
    expect(blockingIds('docs/LOCAL_SETUP.md', doc('mzqvkbrtxlwpnhjd'))).toEqual(['gmail-app-password']);
    expect(blockingIds('docs/LOCAL_SETUP.md', doc('abcdefghijklmnop'))).toEqual([]);
  });
});

describe('sample 25', () => {
  it('reads password in leetspeak as a guessable word: reported at confidence low, not blocking', () => {
    expect(scan('mail.js', "  auth: { user: 'alerts@shop.io', pass: 'P@ssw0rd123!' }\n")).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
  });

  it('does not read a $ inside a random key as a variable', () => {
    expect(blockingIds('main.go', 'var secretKey = []byte("D!oGq8vT2mXk4Lt9R$ZWp6Yb3Nc7Hj1FsQ2wE5rT8yUiOpA4sDf6gH8jK0lZ2xC4vB6nM")\n')).toEqual(['jwt-hardcoded-secret-go']);
  });
});
