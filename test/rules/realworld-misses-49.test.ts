import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/index.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Left-overs of earlier samples and samples 319 to 326. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 309: a connection URL whose `@` was percent-encoded with the password', () => {
  it('blocks the password before `%40` when the URL has no other `@`', () => {
    const uri = "const uri = 'mongodb+srv://jdoe77:Qzt4418027%40cluster0.k2m9x.mongodb.net/shop?retryWrites=true';\n";
    expect(blockingIds('config/db.js', uri)).toEqual(['database-url-password']);
  });

  it('still ends the password at the real `@`, whatever `%40` comes later in the query', () => {
    const uri = "DATABASE_URL = 'postgres://app:Xk82jd9Qw7@db.shop.io:5432/app?notify=ops%40shop.io'\n";
    const found = detectChunk({ path: 'config/settings.py', text: uri }, pack);
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([['database-url-password', 'Xk82jd9Qw7']]);
  });
});

describe('sample 322: a PyPI token that stops before its signature', () => {
  // pypi- and a version-2 macaroon: location pypi.org, identifier, a caveat, then the 32-byte signature.
  const macaroon = (parts: Buffer[]): string => `pypi-${Buffer.concat(parts).toString('base64url')}`;
  const field = (type: number, data: string): Buffer => Buffer.concat([Buffer.from([type, data.length]), Buffer.from(data)]);
  const header = [Buffer.from([2]), field(1, 'pypi.org'), field(2, '5f0c1e2a-7b3d-4c8e-9a6f-2d1b0e3c4a5f'), Buffer.from([0])];
  const caveat = [field(2, '{"permissions": "user", "version": 1}'), Buffer.from([0])];
  const signature = Buffer.concat([Buffer.from([0, 6, 32]), Buffer.from('9c2e7a41d05b83f6e1a4c7d92b8e05f3', 'hex'), Buffer.from('4a7c1e9b3d5f0a2c8e6b4d1f7a3c9e05', 'hex')]);

  it('blocks a whole token and reports one cut after its identifier at confidence low', () => {
    expect(blockingIds('scripts/upload.sh', `export TWINE_PASSWORD=${macaroon([...header, ...caveat, signature])}\n`)).toEqual(['pypi-upload-token']);
    expect(scan('scripts/upload.sh', `export TWINE_PASSWORD=${macaroon(header)}\n`)).toEqual([{ ruleId: 'pypi-upload-token', blocking: false }]);
  });

  it('keeps a token whose body is not a macaroon at all', () => {
    expect(blockingIds('deploy.js', 'var pypiToken = "pypi-AgEIcHlwaS5vcmc7f3b9e1d4c6a8b2e0f5d7c9a1b3e5f7d9c2a4b6e8f0a1c3e5d7b9f2a4c6e8b0d1f3a5"\n')).toEqual(['pypi-upload-token']);
  });
});

describe('sample 320: self-hosted mail servers', () => {
  it('blocks a relay login in sasl_passwd, in a guide writing it and as a static map, not the map naming the file', () => {
    expect(blockingIds('postfix/sasl_passwd', '[smtp-relay.brevo.com]:587 shop.alerts@gmail.com:Xk2mQ9vR7tLp4Wz8\n')).toEqual(['postfix-sasl-password']);
    expect(blockingIds('docs/mail.md', 'echo "[smtp.gmail.com]:587 ops.team@gmail.com:qwkr ztmv hplc nbxe" > /etc/postfix/sasl_passwd\n')).toEqual(['postfix-sasl-password']);
    expect(blockingIds('postfix/main.cf', 'smtp_sasl_password_maps = static:relay@shop.io:Xk2mQ9vR7tLp4Wz8\n')).toEqual(['postfix-sasl-password']);
    expect(scan('postfix/main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n')).toEqual([]);
    expect(scan('docs/relay.md', 'smtp_sasl_password_maps = lmdb:/etc/postfix/sasl_passwd\n')).toEqual([]);
  });

  it('leaves placeholders and environment references in sasl_passwd alone, and reports a provider key once', () => {
    expect(scan('postfix/sasl_passwd', '[smtp.gmail.com]:587 yourgmail@gmail.com:your-app-password\n')).toEqual([]);
    expect(scan('postfix/sasl_passwd', '[smtp.sendgrid.net]:587 apikey:${SENDGRID_API_KEY}\n')).toEqual([]);
    const sendgrid = '[smtp.sendgrid.net]:587 apikey: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\n';
    expect(blockingIds('postfix/sasl_passwd', sendgrid)).toEqual(['sendgrid-api-key']);
  });

  it('blocks passwords hashed on a doveadm command line, not a variable', () => {
    expect(blockingIds('update-users.sh', "H1=$(doveadm pw -s SHA512-CRYPT -p 'Qm4xTfLp#Wz8rYcV' 2>/dev/null)\n")).toEqual(['doveadm-pw-password']);
    expect(blockingIds('update-users.sh', 'H1=$(doveadm pw -s SHA512-CRYPT -p "$PASSWORD")\n')).toEqual([]);
  });

  it('finds a DKIM key written on one line with `|` for its line breaks', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().split('\n').join('|');
    expect(blockingIds('README.md', `DKIM_PRIVATE_KEY="${pem}"\n`)).toEqual(['private-key']);
  });
});

describe('sample 323: a made-up key in a fastlane guide', () => {
  it('reads a PKCS#8 body that is not DER as made up, and keeps a real one and an OpenSSH body under a PEM header', () => {
    const made = 'n71bPtn68iah8pyRbjmN55ArYDDsu0z5S1Pfm93mXk2Lq8Wv4Zt7Yx1Rc3Nb6Md0Hs9Jf5Gp2Ke7Tw4Qa8Uy1Io3';
    const fastfile = (body: string): string => `    key_content: "-----BEGIN PRIVATE KEY-----\\n${body}\\n${body}\\n-----END PRIVATE KEY-----",\n`;
    expect(scan('fastlane/Fastfile', fastfile(made))).toEqual([]);
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const p8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().split('\n').slice(1, -1).join('\\n');
    expect(blockingIds('fastlane/Fastfile', `    key_content: "-----BEGIN PRIVATE KEY-----\\n${p8}\\n-----END PRIVATE KEY-----",\n`)).toEqual(['private-key']);
  });
});

describe('samples 319 and 321: LLM gateways, LINE bots, Toss Payments', () => {
  it('blocks a Helicone key in its header and a PagerDuty routing key under a prefixed name', () => {
    expect(blockingIds('chat.ts', '  "Helicone-Auth": "Bearer sk-helicone-q7m2xk4-vt9rz3w-p8lh6cn-d2bf5yj",\n')).toEqual(['helicone-api-key']);
    expect(blockingIds('eval.py', 'PAGERDUTY_ROUTING_KEY = "9b2d7e1a4c8f4f8a2c9e1b7d3a6e5c0f"\n')).toEqual(['pagerduty-integration-key']);
  });

  it('reports a Langfuse key under secret_key once, as the Langfuse key', () => {
    const line = 'langfuse = Langfuse(public_key="pk-lf-2b7f90c1-8e34-4a56-b1d7-c05e9f3a6284", secret_key="sk-lf-e81b3f6a-0c49-4d27-95a8-3f6c12e7b9d0")\n';
    expect(blockingIds('tracing.py', line)).toEqual(['langfuse-secret-key']);
  });

  it('blocks a LINE token and channel secret given to the SDK, not an environment read', () => {
    const token = `${'Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk0Mo7Pi2Bx9Vw4Cr1Lt8Ez5Yj3Hs6Gd0Fa2Qn7Km4Wx1Vb9Rc5Tz8Ly3Pe6Uh0Io2Kj4Mn7Bq1Sd5Xf8Gw3Zt6Ca0Ev9Hr2Ju4Ly7Ni1'}dB04t89/1O/w1cDnyilFU=`;
    const app = `line_bot_api = LineBotApi('${token}')\nhandler = WebhookHandler('9c4e1a7b2d5f8036e1b4c7a9d2f50836')\n`;
    expect(blockingIds('app.py', app)).toEqual(['line-channel-access-token', 'line-channel-secret']);
    expect(blockingIds('app.py', "handler = WebhookHandler(os.getenv('LINE_CHANNEL_SECRET'))\n")).toEqual([]);
  });

  it('leaves published test keys alone: Toss documentation keys, Google’s reCAPTCHA test pair, Tap’s test key', () => {
    expect(scan('confirmPayment.js', 'const secretKey = "test_gsk_docs_OaPz8L5KdmQXkzRz3y47BMw6";\n')).toEqual([]);
    expect(scan('settings.py', "RECAPTCHA_PRIVATE_KEY = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe'\n")).toEqual([]);
    expect(scan('PaymentController.php', "$secret = 'sk_test_XKokBfNWv6FIYuTMg5sLPjhJ';\n")).toEqual([]);
    expect(blockingIds('config/payments.js', 'TOSS_SECRET_KEY=live_sk_Kq7vT2xWm9LpQz4RnB8cYe1JhG6s\n')).toEqual(['toss-payments-secret-key']);
  });
});

describe('samples 323, 325 and 326: App Center, Matrix, Zulip, Klarna, SumUp', () => {
  it('blocks an App Center token on the appcenter command line', () => {
    expect(blockingIds('appcenter-post-build.sh', '    appcenter login --token 9c2e7a41d05b83f6e1a4c7d92b8e05f34a7c1e9b\n')).toEqual(['appcenter-cli-token']);
    expect(blockingIds('appcenter-post-build.sh', '    appcenter login --token $APPCENTER_TOKEN\n')).toEqual([]);
  });

  it('checks a Matrix token’s CRC: a typed one is reported low', () => {
    expect(blockingIds('bot.env', 'MATRIX_ACCESS_TOKEN=syt_c2hvcGJvdA_KqTvWmLpQzRnBcYeJhGs_2KmsL9\n')).toEqual(['matrix-access-token']);
    expect(scan('bot.env', 'MATRIX_ACCESS_TOKEN=syt_c2hvcGJvdA_KqTvWmLpQzRnBcYeJhGs_2KmsL8\n')).toEqual([{ ruleId: 'matrix-access-token', blocking: false }]);
  });

  it('blocks a zuliprc key, and not the same line in another file', () => {
    const rc = '[api]\nemail=standup-bot@chat.shop.io\nkey=Hq4TbWx9ZrPmLc2VnK7sYd0FgJ8aUe3R\nsite=https://chat.shop.io\n';
    expect(blockingIds('zuliprc', rc)).toEqual(['zuliprc-api-key']);
    expect(blockingIds('config/settings.ini', rc)).toEqual([]);
  });

  it('blocks Klarna and SumUp secret keys, also in a guide, not SumUp’s public key', () => {
    expect(blockingIds('VERIFY_CREDENTIALS.md', 'Current values:\n\n- `SUMUP_API_KEY=sup_sk_Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua`\n')).toEqual(['sumup-secret-key']);
    expect(blockingIds('checkout.js', "const pk = 'sup_pk_Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua';\n")).toEqual([]);
    const klarna = `    password = "klarna_live_api_${'KjChI2kuucYFZMmQgH7DsUBCNt28rHsXUrJ231svOM61DgRQs13NUiamaG1SPwsIUUM60KztxY1ZCJqDN9amfWuB2B6EdOMD1bYhfNFiSTKX5Zd09WKvtv'}"\n`;
    expect(blockingIds('KlarnaAPIService.swift', klarna)).toEqual(['klarna-api-key']);
  });
});

describe('samples 327, 328, 329 and 332: captchas, Tolgee and Miro, Rollbar, Latin American payments', () => {
  it('blocks an hCaptcha secret and Tolgee and Miro tokens', () => {
    expect(blockingIds('README.md', 'HCAPTCHA_SECRET=0x7Be2c91D4a08f3E5b6C1d7A9e2F40b8c3D5a1E6f\n')).toEqual(['hcaptcha-secret-key']);
    expect(blockingIds('Handler.java', '    String apiKey = "tgpak_mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpi";\n')).toEqual(['tolgee-api-key']);
    expect(blockingIds('board.js', 'const token = process.env.MIRO_TOKEN || "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_Ua3Nk0Mo7Pi2Bx9Vw4Cr1Lt8Ez5";\n')).toEqual(['miro-access-token']);
  });

  it('reads a Rollbar token in the browser snippet as public, not one in server code', () => {
    const snippet = 'var _rollbarConfig = {\n  accessToken: "2f7c4e9a1b3d5f8e0a6c2b4d9e1f3a5c",\n  captureUncaught: true,\n};\n';
    expect(blockingIds('reader.html', snippet)).toEqual([]);
    expect(blockingIds('server.py', "ROLLBAR_ACCESS_TOKEN = '2f7c4e9a1b3d5f8e0a6c2b4d9e1f3a5c'\n")).toEqual(['rollbar-access-token']);
  });

  it('blocks Asaas, Wompi and Conekta keys and a PayTR merchant key and salt', () => {
    const asaas = "ASAAS_API_KEY='$aact_prod_000MzkwODA2MWY2OGM3MWRlMDU2NWM3MzJlNzZmNGZhZGY6OmY1NTE4ZWM3LTg1ZDMtNDY0Mi1hM2VmLTM5ZmZlMjY1ZjYxNjo6JGFhY2hfYmE1ZjM4ZTE'\n";
    expect(blockingIds('.env.production', asaas)).toEqual(['dotenv-file', 'asaas-api-key']);
    expect(blockingIds('checkout.py', "WOMPI_INTEGRITY_SECRET = 'prod_integrity_4Rn8cYe1JhG6sDf5Ua3Nk0Mo7Pi2Bx9V'\n")).toEqual(['wompi-private-key']);
    expect(blockingIds('app/models/user.rb', '  Conekta.api_key = "key_Kq7vT2xWm9LpQz4RnB8cYe"\n')).toEqual(['conekta-private-key']);
    expect(blockingIds('paytr.php', "$merchant_key = 'Xq2mT8vK4pLw9RzN';\n$merchant_salt = 'Kq7vT2xWm9LpQz4R';\n")).toEqual(['paytr-merchant-key', 'payment-merchant-salt']);
  });

  it('does not read a Secret Manager reference as a password', () => {
    expect(scan('DEPLOYMENT-GUIDE.md', 'gcloud run deploy api --set-secrets DBPASS=DBPASS:latest\n')).toEqual([]);
  });
});

describe('sample 333: a whole key in a Python string', () => {
  it('finds a full key whose base64 holds a short placeholder word twice by chance', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const lines = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().split('\n');
    // Plant `tbd` twice in the body, as random base64 sometimes has it.
    const body = lines.slice(1, -1).map((line, i) => (i === 5 || i === 9 ? `tbd${line.slice(3)}` : line));
    const text = `    cert_str="${[lines[0], ...body, lines.at(-1)].join('\\n')}"\n`;
    expect(scan('app.py', text).map((f) => f.ruleId)).toEqual(['private-key']);
  });
});

describe('sample 330: NixOS configurations', () => {
  it('blocks a Wi-Fi passphrase and a raw PSK written in Nix, not a word passphrase', () => {
    expect(blockingIds('hosts/pi/configuration.nix', '  networking.wireless.networks."Home 5G".psk = "Rn4vK8zQ2mWx7Lp";\n')).toEqual(['wifi-passphrase']);
    const raw = '    HomeNet = {\n      pskRaw = "8d3f6a1c9e2b5d7f0a4c8e1b3d6f9a2c5e7b0d4f8a1c3e6b9d2f5a7c0e3b6d9f";\n    };\n';
    expect(blockingIds('configuration.nix', raw)).toEqual(['wifi-passphrase']);
    expect(blockingIds('configuration.nix', '          psk = "apfelkuchen";\n')).toEqual([]);
  });
});

describe('sample 331: Kubernetes add-ons', () => {
  it('does not report an Argo CD repository Secret whose only literals are its type and clone URL', () => {
    const repo = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo\nstringData:\n  type: git\n  url: git@github.com:shop/k3s-apps.git\n  sshPrivateKey: |\n    __REPLACE_WITH_YOUR_PRIVATE_KEY__\n';
    expect(scan('argocd/repo-secret.yaml', repo)).toEqual([]);
    expect(blockingIds('argocd/repo-secret.yaml', repo.replace('  sshPrivateKey: |\n    __REPLACE_WITH_YOUR_PRIVATE_KEY__\n', '  password: Qm7vR2xLp9TzK4wN\n'))).toEqual(['kubernetes-secret-literal']);
  });

  it('reads capitals after MY- as a name, not a value', () => {
    expect(scan('create-secrets.sh', 'aws_secret_access_key=MY-VELERO.ACCESS-SECRET123\n')).toEqual([]);
  });
});

describe('sample 323: a CI service’s variables guide', () => {
  it('keeps a keystore password in a document named for a CI service’s environment at full confidence', () => {
    const doc = '```\nReference name: shop_keystore\nKeystore password: Zq8m.41739vkp\n```\n';
    expect(blockingIds('CODEMAGIC_ENV_SETUP.md', doc)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('docs/keystores.md', doc)).toEqual([]);
  });
});

describe('samples 324, 335 and 341: generated passwords and keys full of symbols', () => {
  it('blocks a quoted password of every kind of character, also with brackets, commas and a `*`', () => {
    expect(blockingIds('automation.py', "\tZOHO_PW = 'Qa]^t,WEr)kLp%3&HZbnYC7?d'\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('contest/migrations/0002_create_superuser.py', "    User.objects.create_superuser('admin', 'a@shop.io', password='pQ7#@z-<mwd*K(~r!3hTx]')\n")).toEqual(['django-create-user-password']);
    expect(scan('app.py', "password = '{Password1}'\ntoken = '<YourToken123>'\n")).toEqual([]);
    expect(blockingIds('seed.py', "ADMIN_PASSWORD = 'pQk#@z-<mwd*K(~r!3hTx['\n")).toEqual(['generic-secret-assignment']);
    expect(scan('paginators-1.json', '      "output_token": "StreamDescription.Shards[-1].ShardId",\n')).toEqual([]);
  });

  it('reads `=$k59z` at the end of a Django key as part of the key, not a shell variable', () => {
    const settings = "SECRET_KEY = '7qk22*mzpr@hua@x#!9%w)n=#j4bo8*&2ryt)c3pf61e=$k59z'\nDEBUG = False\n";
    expect(blockingIds('mac/settings.py', settings)).toEqual(['framework-signing-key-literal']);
    expect(scan('setup.sh', 'LANGFUSE_SECRET_KEY="sk-lf-$uuid"\n')).toEqual([]);
  });
});

describe('samples 339, 340, 341 and 342: security tools, voice agents, Calendly, public data', () => {
  it('keeps random UUID keys of low entropy, and drops typed ones', () => {
    expect(blockingIds('update.py', 'VAPI_API_KEY = "3b147aba-47cb-4bb3-847e-1430b14cb7ae"\n')).toEqual(['generic-secret-assignment']);
    expect(scan('update.py', 'VAPI_API_KEY = "12345678-1234-1234-1234-123456789abc"\n')).toEqual([]);
    expect(scan('update.py', 'VAPI_API_KEY = "1234abcd-1234-abcd-1234-abcd1234abcd"\n')).toEqual([]);
  });

  it('blocks Shodan, MISP and OTX keys where their SDKs take them, and Retell and Deepgram keys', () => {
    expect(blockingIds('info.py', 'api = shodan.Shodan("Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5U")\n')).toEqual(['shodan-api-key']);
    expect(blockingIds('keys.py', "misp_key = 'F2X7J51IUCAtE9lsYQCv2y05dKqMzT4wRn8b3Vh6'\n")).toEqual(['misp-api-key']);
    expect(blockingIds('otx_sniff.py', 'otx = OTXv2("9c4e1a7b2d5f8036e1b4c7a9d2f508364a7c1e9b3d5f0a2c8e6b4d1f7a3c9e05")\n')).toEqual(['otx-api-key']);
    expect(blockingIds('main.py', 'RETELL_API_KEY = "key_03a7f2c18840e917356042998173"\n')).toEqual(['retell-api-key']);
    const socket = "const socket = new WebSocket('wss://api.deepgram.com/v1/listen', ['token', '5b17e0c29d3f8a4e61b2c7d09e8f3a1b4c6d2e70']);\n";
    expect(blockingIds('main.js', socket)).toEqual(['deepgram-api-key']);
  });

  it('names a Calendly token, reads a Census key in a request URL, and leaves data.gov.in’s sample key alone', () => {
    const claims = Buffer.from(JSON.stringify({ iss: 'https://auth.calendly.com', iat: 1700000000, jti: '5b8d4f30-a6e2-4c1d-9b7f-3e2a8c6d1f04' })).toString('base64url');
    const token = `eyJraWQiOiIxY2UxZTEzNiIsInR5cCI6IlBBVCIsImFsZyI6IkVTMjU2In0.${claims}.Xq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk0Mo7Pi2Bx9Vw4Cr1Lt8Ez5Yj3Hs6Gd0Fa2Qn7Km4Wx1`;
    expect(blockingIds('sync.js', `const CALENDLY_TOKEN = '${token}';\n`)).toEqual(['calendly-personal-access-token']);
    const census = "url = 'https://api.census.gov/data/2019/acs/acs5?get=NAME&for=state:*&key=9c4e1a7b2d5f8036e1b4c7a9d2f508364a7c1e9b'\n";
    expect(blockingIds('main.py', census)).toEqual(['census-api-key']);
    expect(scan('etl.js', "const key = process.env.DATA_GOV_API_KEY || '579b464db66ec23bdd000001cdd3946e44ce4aad7209ff7b23ac571b';\n")).toEqual([]);
  });

  it('does not block a relay login at test.com', () => {
    expect(scan('provision.sh', 'echo [smtp.gmail.com]:587 wazuh@test.com:test1234 > /etc/postfix/sasl_passwd\n')).toEqual([]);
  });
});

describe('sample 335: Django settings', () => {
  it('reads DEBUG = True under `if os.name == "nt":` as a developer machine’s, not the servers’', () => {
    const settings = "if os.name == 'nt':\n    DEBUG = True\nelse:\n    DEBUG = env.bool('DJANGO_DEBUG', False)\n    ALLOWED_HOSTS = ['leb.example.org']\n";
    expect(blockingIds('azureproject/settings/base.py', settings)).toEqual([]);
    expect(blockingIds('azureproject/settings/base.py', 'DEBUG = True\nALLOWED_HOSTS = ["leb.example.org"]\n')).toEqual(['django-debug-true']);
  });

  it('reports `*` among other allowed hosts like `*` alone', () => {
    const ids = (text: string): string[] => scan('settings.py', text).map((f) => f.ruleId);
    expect(ids("ALLOWED_HOSTS = ['localhost', '127.0.0.1', '*']\n")).toEqual(['allowed-hosts-wildcard']);
    expect(ids("ALLOWED_HOSTS = ['localhost', 'shop.io']\n")).toEqual([]);
  });
});

describe('samples 327, 334, 337 and 338: keys and database URLs in app code', () => {
  it('joins a database URL split over two literals, in parentheses or after a backslash', () => {
    const call = 'POSTGRES_URL = os.getenv("DATABASE_URL",\n    "postgresql://views_db_user:Qk3Tz9Lm2Vx8Rp4Wn7Yb1Hd6Fs5Jc0Ge@"\n    "dpg-c11xxk2m9abc73cgrkv0-a.oregon-postgres.render.com/views_db")\n';
    expect(blockingIds('app.py', call)).toEqual(['database-url-password']);
    const backslash = '    SQLALCHEMY_DATABASE_URI = "postgres://oimnlkvqkzrqft:9c4e1a7b2d5f8036e1b4c7a9d2f50836" \\\n        "1bae6d84a8407532c@ec2-184-73-181-132.compute-1.amazonaws.com:5432/de1fdee9pok5nh"\n';
    expect(blockingIds('config.py', backslash)).toEqual(['database-url-password']);
  });

  it('keeps a guessable password on a managed database in a committed development env file', () => {
    expect(blockingIds('.env.development', 'MONGO_URI=mongodb+srv://admin:1234abcd@cluster0.k2m9x.mongodb.net/chat\n')).toEqual(['database-url-password']);
    expect(blockingIds('README.md', 'MONGO_URI=mongodb+srv://admin:abc123def456@cluster0.k2m9x.mongodb.net/chat\n')).toEqual([]);
  });

  it('blocks an APP_KEY of 32 plain characters (Laravel 4 and 5.0, AdonisJS), also set with tabs', () => {
    expect(blockingIds('README.md', 'APP_ENV\t\t\t= local\nAPP_KEY\t\t\t= Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5U\n')).toEqual(['app-key-plain']);
    expect(scan('.env.example', 'APP_KEY=SomeRandomString\n').map((f) => f.ruleId)).not.toContain('app-key-plain');
  });
});

describe('samples 321, 325 and 338: Naver Commerce, IRC, Neon', () => {
  it('blocks a Naver Commerce client secret (a bcrypt salt) once, not as a password hash', () => {
    expect(blockingIds('naver-auth.js', "const CLIENT_SECRET = '$2a$04$Kq7vT2xWm9LpQz4RnB8cYe';\n")).toEqual(['naver-commerce-client-secret']);
  });

  it('blocks a random NickServ password in an irssi config, not a word', () => {
    expect(blockingIds('.irssi/config', '  autosendcmd = "/msg NickServ IDENTIFY Vq7Tz2LkPa0rXw5N";\n')).toEqual(['irc-nickserv-password']);
    expect(blockingIds('.irssi/config', '  autosendcmd = "/msg NickServ IDENTIFY viperfish";\n')).toEqual([]);
  });

  it('blocks a Neon API key in a development env file', () => {
    const env = 'NEON_API_KEY=napi_6ktdnlug91vvjafr95laj3l5kuwmv9jkuwd1l2xze66fz4p3aipdad7qmkcovrk7\n';
    expect(blockingIds('.env.development', env)).toEqual(['neon-api-key']);
  });
});

describe('sample 327: captcha settings', () => {
  it('reads a secret slot holding the site key set above it as the public key', () => {
    const copy = 'RECAPTCHA_V2_SITE_KEY = "6LfKq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk0"\nRECAPTCHA_V2_SECRET_KEY = "6LfKq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk0"\n';
    expect(blockingIds('config.py', copy)).toEqual([]);
    const own = 'RECAPTCHA_V2_SITE_KEY = "6LfKq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk0"\nRECAPTCHA_V2_SECRET_KEY = "6LfXq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5Ua3Nk1"\n';
    expect(blockingIds('config.py', own)).toEqual(['recaptcha-secret-key']);
  });

  it('reads supersecretKey as a demo password', () => {
    expect(scan('README.md', 'REDIS_URI=redis://default:supersecretKey@redis-address.upstash.io:6379\n')).toEqual([]);
  });
});

describe('a public key name beside a variable', () => {
  it('does not read `secretOrKey = … opts.publicKey : secretOrKey` as a key copied into a secret slot', () => {
    const code = 'var secretOrKey = opts.secret;\nsecretOrKey = secretOrKey == null ? opts.publicKey : secretOrKey;\n';
    expect(scan('lib/verify-stream.js', code)).toEqual([]);
  });
});
