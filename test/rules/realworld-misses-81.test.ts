import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1055 onwards, and misses left open from earlier samples. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

// A version-2 LND macaroon (location `lnd`, an identifier, no caveats, a 32-byte signature), in hex; its bytes are
// digests of made-up text.
const bytesOf = (seed: string, length: number): Buffer => createHash('sha512').update(seed).digest().subarray(0, length);
const LND_MACAROON = Buffer.concat([Buffer.from([2, 1, 3]), Buffer.from('lnd'), Buffer.from([2, 48]), bytesOf('identifier', 48), Buffer.from([0, 0, 6, 32]), bytesOf('signature', 32)]).toString('hex');

describe('misses left open: Trading Economics, s3cmd transcripts, Kopia, ADAL app keys', () => {
  it("reads a Trading Economics key:secret in a project's working note, not the public guest login", () => {
    expect(blockingIds('docs/TE_DIAGNOSTICO.md', '# TradingEconomics API Key (formato: client_id:client_secret)\nTRADING_ECONOMICS_API_KEY=8c2e41d07a9b3f6:pz4k8m2w6rt1q9x\n')).toEqual(['tradingeconomics-api-key']);
    expect(blockingIds('macro.py', "te.login('guest:guest')\n")).toEqual([]);
  });

  it('reads the S3 secret of an s3cmd --configure transcript beside its access key', () => {
    const transcript = 'Access Key [R2KM7QX4VLT9PNZ3WB8D]: \nSecret Key [c7Vb2Nm9Qx4Lk8Zw1Rt6Yp3Hs0Jd5Fg2Ae+Ki/Uo]: \nDefault Region [US]: \n';
    expect(blockingIds('diagram/s3cmd_configure.md', transcript)).toEqual(['s3cmd-transcript-secret-key']);
  });

  it("reads a Kopia server password in a compose file's command list, not a variable", () => {
    const compose = '    command:\n      - server\n      - start\n      - --insecure\n      - --server-username=admin\n      - --server-password=Vt8qLm3zRw\n';
    expect(scan('backup/docker-compose.yml', compose).map((f) => f.ruleId)).toEqual(['kopia-server-password']);
    expect(scan('backup/docker-compose.yml', '      - --server-password=${KOPIA_SERVER_PASSWORD}\n')).toEqual([]);
  });

  it("reads an ADAL app key held in a constant and given to ClientCredential, not one read from the app's settings", () => {
    const program = '        private const string appKey = "Zp4Kx9Lm2Qw7Rt1Vb8Nc3Hd6Fj0Gs5Ya+Ue/Io2Tq4=";\n        static void Main(string[] args)\n        {\n            credential = new ClientCredential(clientId, appKey);\n';
    expect(blockingIds('AzureADConsoleApplication/Program.cs', program)).toEqual(['msal-client-secret-literal']);
    const settings = '        private static string appKey = ConfigurationManager.AppSettings["ida:AppKey"];\n            credential = new ClientCredential(clientId, appKey);\n';
    expect(blockingIds('AzureADConsoleApplication/Program.cs', settings)).toEqual([]);
  });
});

describe('samples 1055 to 1062: Lightning nodes, Django mail, Cassandra and Astra, web-server auth, Stripe Connect', () => {
  it('reads a whole LND macaroon in a BTCPay connection string, even in a test, and not one cut short in a guide', () => {
    const test = `            string connectionString = @"type=lnd-rest;server=https://btcpay.shop-node.net/lnd-rest/btc/;macaroon=${LND_MACAROON}";\n`;
    expect(blockingIds('ShopSdkTest/LndTest.cs', test)).toEqual(['lnd-macaroon']);
    expect(blockingIds('wallet/config.py', `LND_MACAROON = "${Buffer.from(LND_MACAROON, 'hex').toString('base64')}"\n`)).toEqual(['lnd-macaroon']);
    expect(blockingIds('README.md', `LND_MACAROON=${LND_MACAROON.slice(0, 150)}\n`)).toEqual([]);
  });

  it("takes a capitalised word for a Gmail mailbox's password beside its address, not a label", () => {
    const mail = (password: string, user: string): string => `app.config['MAIL_SERVER'] = 'smtp.gmail.com'\napp.config['MAIL_USERNAME'] = '${user}'\napp.config['MAIL_PASSWORD'] = '${password}'\n`;
    expect(blockingIds('app.py', mail('Lanternfish', 'queue.seats@gmail.com'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app.py', mail('Lanternfish', 'user@example.com'))).toEqual([]);
    expect(blockingIds('app.py', mail('Required', 'queue.seats@gmail.com'))).toEqual([]);
  });

  it('reads a Cassandra or ScyllaDB password given to the driver by position, not the stock login', () => {
    expect(blockingIds('app/db.py', "auth_provider = PlainTextAuthProvider('ob3_app', 'Hq8vNz3kWm5tRx2L')\n")).toEqual(['cassandra-auth-provider-password']);
    expect(blockingIds('app/db.py', "auth_provider = PlainTextAuthProvider(username='cassandra', password='cassandra')\n")).toEqual([]);
  });

  it("leaves Traefik's documented test:test hash under another user, and reads a compose-escaped hash in a middleware file", () => {
    expect(blockingIds('docs/TRAEFIK_SETUP.md', '# Output will be like:\n# admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/\n')).toEqual([]);
    expect(blockingIds('docker-compose.yml', '      - "traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/"\n')).toEqual([]);
    const middleware = '  middlewares:\n    auth:\n      basicAuth:\n        removeHeader: true\n        users:\n          - "dashboard:$$2y$$05$$Rk3mVq8Lx2Nw7Tz4Hb9Yc1Jd6Fs0Ga5Pe3Qu8Wi2Ol7Kn4Mv9Bx1Cz"\n';
    expect(blockingIds('traefik/dynamic.yml', middleware)).toEqual(['traefik-dynamic-basicauth-hash']);
  });

  it('leaves a JWT secret that describes itself in words and a year', () => {
    expect(blockingIds('docs/ARCHITECTURE.md', '```bash\nNODE_ENV=production\nJWT_SECRET=ultra-secure-production-jwt-secret-2024\n```\n')).toEqual([]);
    expect(blockingIds('docs/ARCHITECTURE.md', '```bash\nNODE_ENV=production\nJWT_SECRET=Wq8zLk3mRv7xNt2pHs5yBc9d\n```\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 1063 to 1071: SSH scripts, Go services, managed MySQL, chat apps, student projects, Android, Swarm, PHP sites', () => {
  it('reads a hosting panel\'s password of ten letters in scrambled case as random, not as a word', () => {
    const pool = 'const connection = mysql.createPool({\n  host: HOST,\n  user: "sql12345678",\n  password: "KtRwPqMzXb",\n  database: "sql12345678",\n});\n';
    expect(blockingIds('config/db.js', pool)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/db.js', pool.replace('KtRwPqMzXb', 'getUserName'))).toEqual([]);
  });

  it('reads a connect call whose password starts a new line, and a test-named script that connects to a managed host', () => {
    const positional = 'db = pymysql.connect("db4free.net", "free_parts",\n                     "wq7kz2mx9rt", "free_parts")\n';
    expect(blockingIds('insert_customers.py', positional)).toEqual(['login-call-password']);
    const script = 'import pymysql\n\nconn = pymysql.connect(\n    host=\'gateway01.eu-central-1.prod.aws.tidbcloud.com\',\n    port=4000,\n    user=\'3xKq9Lm2Vt7Rw4P.root\',\n    password=\'ZqTvNmKwRpLxSbHy\',\n)\nprint(conn.cursor().execute("SELECT COUNT(*) FROM orders"))\n';
    expect(blockingIds('test_real_orders.py', script)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('test_real_orders.py', script.replace('gateway01.eu-central-1.prod.aws.tidbcloud.com', 'localhost'))).toEqual([]);
  });

  it('takes a test-named shell script that calls a live API for what it is', () => {
    const script = '#!/bin/bash\nAPI_KEY="Vq8mZr3kLx7wTn2pHs5yBc9d"\nBASE_URL="https://portainer.shop-ops.net/api"\ncurl -s -H "X-API-Key: $API_KEY" "$BASE_URL/stacks/30"\n';
    expect(blockingIds('scripts/test-portainer-redeploy.sh', script)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('scripts/test-portainer-redeploy.sh', script.replace('https://portainer.shop-ops.net', 'http://localhost:9000'))).toEqual([]);
  });

  it('leaves "your password" in Spanish as one word, and a secret named after itself with a number', () => {
    expect(blockingIds('inc/conexion.php', "<?php\n$con = mysqli_connect('sqlx.freesqldatabase.com', 'tuusuario', 'tucontraseña', 'elnombredelabasededatos');\n")).toEqual([]);
    expect(blockingIds('scripts/init.sh', "cat > config.inc.php <<'EOF'\n$cfg['blowfish_secret'] = '_8125_blowfish_secret_';\nEOF\n")).toEqual([]);
  });
});

describe('samples 1057 and 1072 onwards: IPFS storage', () => {
  it('reads a recovery phrase one of whose words is "example", a BIP-39 word', () => {
    expect(blockingIds('scripts/mint.js', 'const mnemonic = "ladder orbit fossil example timber rescue pilot gravel hockey nation useful vendor";\n')).toEqual(['wallet-mnemonic']);
    expect(blockingIds('scripts/mint.js', 'const mnemonic = "example example example example example example example example example example example example";\n')).toEqual([]);
  });
});

describe('samples 1072 to 1080: serverless, Laravel, Replit, Flask OAuth, Heroku, Netlify, agents, uploads', () => {
  it("leaves a word-like key whose line says to replace it with your own, not a random one", () => {
    const dance = 'app = Flask(__name__)\napp.secret_key = "moonpiesecret"  # Replace this with your own secret!\n';
    expect(blockingIds('app.py', dance)).toEqual([]);
    expect(blockingIds('app.py', dance.replace(/ {2}#.*/, ''))).toEqual(['phrase-secret-key-in-code']);
    expect(blockingIds('app.py', 'app.secret_key = "Xq7vLm2Rt9KwZp4N"  # Replace this with your own secret!\n')).not.toEqual([]);
  });

  it('leaves "Password@123" in Portuguese in a sample request body', () => {
    const request = "```bash\ncurl -X POST http://localhost:3000/api/auth/register -d '{\"email\": \"ana@shop.io\", \"password\": \"Senha@123\"}'\n```\n";
    expect(blockingIds('docs/EMAIL_SETUP.md', request)).toEqual([]);
  });

  it("lowers a secret inside a Rust test function whose module's opening line an excerpt cut off", () => {
    const rust = '    #[test]\n    fn parses_login() {\n        let password = "Zq8LmR3vXt7W";\n        assert_eq!(parse(password), Ok(()));\n    }\n';
    expect(blockingIds('src/parsers/login.rs', rust)).toEqual([]);
    expect(blockingIds('src/parsers/login.rs', rust.replace('    #[test]\n', ''))).toEqual(['generic-secret-assignment']);
  });

  it('reads a .netrc password in a string of code up to its escape, so a leetspeak stand-in stays one', () => {
    expect(blockingIds('src/parsers/netrc.rs', 'let raw = "machine api.heroku.com login user password s3cr3tP@ss\\n";\n')).toEqual([]);
    expect(blockingIds('src/parsers/netrc.rs', 'let raw = "machine api.heroku.com login user password Vq8mZr3kLx7w\\n";\n')).toEqual(['netrc-password']);
  });

  it('reads a private key body pasted into Java as one literal a line, joined with +', () => {
    // A PKCS#8 RSA-2048 key's DER (its header, then digests of made-up text for the rest), in 64-character lines.
    const header = Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7', 'hex');
    const rest = Buffer.concat(Array.from({ length: 19 }, (_, i) => createHash('sha512').update(`key body ${i}`).digest())).subarray(0, 1217 - header.length);
    const lines = Buffer.concat([header, rest]).toString('base64').match(/.{1,64}/g) ?? [];
    const java = `    public static final String privateKey = ${lines.map((line) => `"${line}\\n"`).join(' +\n            ')};\n`;
    expect(blockingIds('src/main/java/shop/pay/WXPayConfig.java', java)).toEqual(['bare-private-key']);
    expect(blockingIds('src/main/java/shop/pay/WXPayConfig.java', java.split(' +\n')[0] + ';\n')).toEqual([]);
  });
});

describe('samples 1103 onwards: deploys, FastAPI, Express and Django apps, CI, commerce, chatbots, IoT', () => {
  it("reads an Atlas login whose password was filled in and only Atlas's <dbname> slot left, on a real cluster", () => {
    const connect = (host: string): string => `mongoose.connect('mongodb+srv://shopuser:Kq7mZr42@${host}/<dbname>?retryWrites=true&w=majority')\n`;
    expect(blockingIds('src/database.js', connect('cluster0.me2pt.mongodb.net'))).toEqual(['database-url-password']);
    expect(blockingIds('src/database.js', connect('cluster0.xxxxx.mongodb.net'))).toEqual([]);
  });

  it("leaves keys Obsidian's Copilot plugin saved encrypted with the system key store, not one saved in clear", () => {
    const encrypted = `enc_desk_${Buffer.concat([Buffer.from('v10'), createHash('sha512').update('saved key').digest()]).toString('base64')}`;
    const settings = (key: string): string => `{\n  "openAIApiKey": "${key}",\n  "enableEncryption": true\n}\n`;
    expect(blockingIds('.obsidian/plugins/copilot/data.json', settings(encrypted))).toEqual([]);
    expect(blockingIds('.obsidian/plugins/copilot/data.json', settings('Qm4Tz8WkR2vLp9Xn3Hc7Yb1Jd5Fs0Ga6Ke2Nw8Uq4Ro'))).toEqual(['generic-secret-assignment']);
  });

  it("keeps a login whose password is its user with a number (lftp's -u user,user@123), unlike a secret named after itself", () => {
    expect(blockingIds('Tools/jenkins_build.sh', 'lftp -u buildbot,buildbot@123 -p 2122 192.168.10.181 <<EOF\nput release.zip\nEOF\n')).toEqual(['lftp-login-password']);
  });

  it('reads a Twilio auth token given to the request validator of a webhook', () => {
    expect(blockingIds('app.py', "from twilio.request_validator import RequestValidator\nvalidator = RequestValidator('5f2c8e1a9b3d47f6a0c2e9d8b7a1f4c3')\n")).toEqual(['twilio-client-auth-token']);
  });

  it("leaves a demo's key that ends by saying it is fake, and a Dockerfile's collectstatic dummy", () => {
    expect(blockingIds('main.py', 'STRIPE_LIVE_SECRET_KEY = "sk_live_51Nx7qWzK2rT9bMvL4SecureFakeKeyDoNotLeak"\n')).toEqual([]);
    expect(blockingIds('Dockerfile', 'RUN STRIPE_LIVE_SECRET_KEY=sk_live_a-secret-to-everybody python manage.py collectstatic --noinput\n')).toEqual([]);
  });
});
