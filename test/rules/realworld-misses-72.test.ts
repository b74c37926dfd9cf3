import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 666 onwards. Every value is invented, except the published docs values that must stay silent.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

const SOLANA_KEYPAIR = '[140,49,79,166,157,97,33,55,249,42,81,78,90,2,73,115,79,34,234,90,34,248,206,247,151,211,70,68,33,216,103,33,82,255,149,253,230,204,172,176,144,133,138,150,72,66,20,94,187,248,67,16,65,168,176,250,233,68,46,159,6,84,228,232]';

describe('samples 666 to 673: ELT, blockchain nodes, integration platforms, brokers, cameras and payments', () => {
  it("leaves Sumsub's published sample app token and 2C2P's demo merchant key alone", () => {
    const sumsub = '| key | True | None | Example: sbx:uY0CgwELmgUAEyl4hNWxLngb.0WSeQeiYny4WEqmAALEAiK2qTC96fBad |\n';
    expect(blockingIds('meltano/extract/tap-sumsubapi/README.md', sumsub)).toEqual([]);
    const demo = '    const merchantID = Deno.env.get("2C2P_MERCHANT_ID") || "JT04";\n    const secretKey = Deno.env.get("2C2P_SECRET_KEY") || "CD229682D3297390B9F66FF4020B758F4A5E625AF4992E5D75D311D6458B38E2";\n';
    expect(blockingIds('supabase/functions/create-2c2p-payment/index.ts', demo)).toEqual([]);
  });

  it('blocks Omise, PayMongo, PayTabs and Paymob secret keys under their own names', () => {
    expect(blockingIds('omise.go', 'client, err := omise.NewClient("pkey_test_5xq2m", "skey_test_uwbbvyruwjfy2247o70")\n')).toEqual(['omise-test-secret-key']);
    expect(blockingIds('settings.py', "OMISE_SECRET_KEY = 'skey_1hfpe1xztrdz3uceg62'\nOMISE_PUBLIC_KEY = 'pkey_pqf3hcgau5g8ymny11r'\n")).toEqual(['omise-secret-key']);
    expect(blockingIds('server/paymongo.js', "// PayMongo checkout\nconst key = 'sk_live_PXkg7B4WOjK9e2ilTHRxWxNn';\n")).toEqual(['paymongo-secret-key']);
    expect(blockingIds('PAYTABS_SETUP.md', '## PayTabs\nServer Key: SD7XBGGI5H-CKWUQC17GT-9THDFJOSRT\n')).toEqual(['paytabs-server-key']);
    const paymob = 'PAYMOB_SECRET_KEY=egy_sk_live_42ee18c84558b780e03f476fa66a9ff9ecbcbbedee71e29bc722ff4c7251e1e0\n';
    expect(blockingIds('backend/.env.local', paymob)).toContain('paymob-secret-key');
  });

  it("leaves the base64 of a JWT header alone: every Paymob key starts with it, no key is that short", () => {
    expect(blockingIds('PAYMOB_SETUP.md', 'PAYMOB_API_KEY=ZXlKaGJHY2lPaUpJVXpVeE1pSXNJblI1Y0NJNklrcFhWQ0o5\n')).toEqual([]);
  });

  it('blocks an API key sent as the Basic user name with no password', () => {
    const basic = `    "authorization: Basic ${Buffer.from('sk_test_IMOsLlQCErTjGZYA1nxGX4Xk:').toString('base64')}",\n`;
    expect(blockingIds('class/Payment.php', basic)).toEqual(['http-authorization-header']);
  });

  it('blocks a Baidu Cloud (BCE) access key pair', () => {
    const bos = 'String ACCESS_KEY_ID = "ALTAKzFeiys8Sh8ewcfTs2jG3V";\nString SECRET_ACCESS_ID = "0ada2b3fb8f274509050891042985095";\nString ENDPOINT = "https://s3.bj.bcebos.com";\n';
    expect(blockingIds('src/main/java/util/BosClientUtil.java', bos)).toEqual(['baidu-bce-access-key', 'baidu-bce-secret-key']);
  });

  it("blocks a camera's password in an RTSP URL on a home network, not a guide's stock one", () => {
    expect(blockingIds('people_detector.py', 'cap = cv2.VideoCapture("rtsp://admin:fqozMVRAZv9f@192.168.1.64:554/Streaming/Channels/101")\n')).toEqual(['url-embedded-credentials']);
    expect(blockingIds('views.py', 'url = "rtsp://admin:password123@192.168.0.220:554/stream1"\n')).toEqual([]);
    expect(blockingIds('restream.sh', 'ffprobe rtsp://viewer:fqozMVRAZv9f@localhost:8554/cam\n')).toEqual([]);
  });

  it('blocks the password given to an ONVIF camera client', () => {
    const onvif = "mycam = ONVIFCamera('192.168.1.64', 80, 'operator', 'fqozMVRAZv9f', '/etc/onvif/wsdl/')\n";
    expect(blockingIds('ptz/main.py', onvif)).toEqual(['onvif-camera-password']);
  });

  it("blocks a recovery phrase after `mnemonic` with a space, in a comment or a ganache flag", () => {
    const phrase = 'ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor';
    expect(blockingIds('start.geth.bash', `# coinbase account, from mnemonic "${phrase}";\n`)).toEqual(['wallet-mnemonic']);
  });

  it('blocks a Solana keypair file and a secret key written as a byte array', () => {
    expect(blockingIds('keypair.json', `${SOLANA_KEYPAIR}\n`)).toEqual(['solana-keypair-file']);
    expect(blockingIds('scripts/airdrop.ts', `const payer = Keypair.fromSecretKey(Uint8Array.from(${SOLANA_KEYPAIR}));\n`)).toEqual(['solana-secret-key-array']);
    expect(blockingIds('data/scores.json', `{"scores": ${SOLANA_KEYPAIR}}\n`)).toEqual([]);
  });

  it('blocks NATS nkey seeds with a valid checksum, not a typed one or the docs walkthrough', () => {
    expect(blockingIds('infra/nats/gateway.env', 'NATS_NKEY_SEED=SUACVH65QVAJVVESG4XP7VPOU6LNZR5LMB6DLAACZUI4TB53MUSDT6NJSY\n')).toEqual(['nats-nkey-seed']);
    expect(blockingIds('NATS_SETUP.md', 'NATS_ACCOUNT_SEED=SAAOQSK6J257L2GS6LBNDJP6AV6734URC5B5HGBYXDJXTOQSUNI72AUQHE\n')).toEqual(['nats-nkey-seed']);
    // One character changed: the checksum fails, a hand-edited value.
    expect(blockingIds('infra/nats/gateway.env', 'NATS_NKEY_SEED=SUACVH65QVAJVVESG4XP7VPOU6LNZR5LMB6DLAACZUI4TB53MUSDT6NKSY\n')).not.toContain('nats-nkey-seed');
    expect(blockingIds('docs/nsc-basics.md', 'cat ~/.nkeys/keys/U/DB/UDBD.nk\nSAAACXWSQIKJ4L2SEAUZJR3BCNSRCN32V5UJSABCSEP35Q7LQRPV6F4JPI\n')).toEqual([]);
  });

  it("blocks Pulsar's inline token secret key", () => {
    expect(blockingIds('conf/standalone.conf', 'tokenSecretKey=data:;base64,k7/zw8Qqv7GEF8c9egl9drh73bobUsSoYmBG8UEirEA=\n')).toEqual(['pulsar-token-secret-key']);
  });
});

describe('samples 674 to 681: monitoring agents, low-code tools, firmware, helpdesks, conferencing, research data', () => {
  it("leaves a docs DSN whose password is the account's name and `_password` alone", () => {
    expect(blockingIds('docs/PERFORMANCE.md', 'DATA_SOURCE_NAME="exporter:exporter_password@(mariadb:3306)/"\n')).toEqual([]);
    expect(blockingIds('docs/monitoring.md', 'DATA_SOURCE_NAME="exporter:exporter-password@(db.shop.io:3306)/"\n')).toEqual([]);
  });

  it("leaves the published Taiga default key, Blindside's BigBlueButton test secret and ThingSpeak's example key alone", () => {
    expect(blockingIds('backend/settings.py', 'SECRET_KEY = "theveryultratopsecretkey"\n')).toEqual([]);
    expect(blockingIds('config/application.rb', "    config.bigbluebutton_secret_default = '8cd8ef52e8e101574e400365b55e11a6'\n")).toEqual([]);
    expect(blockingIds('WriteVoltage.ino', 'const char * myWriteAPIKey = "LD79EOAAWRVYF04Y";\n')).toEqual([]);
  });

  it('blocks Retool API tokens and workflow keys wherever they are', () => {
    expect(blockingIds('scripts/sync.js', "const RETOOL_API_TOKEN = 'retool_01jmkx2v3h8n4wkvctw4dvbz7c';\n")).toEqual(['retool-api-token']);
    expect(blockingIds('app.py', 'key = st.text_input("Retool API Key", value="retool_wk_7d96701cbed92e29a95be73d1538fabb", type="password")\n')).toEqual(['retool-api-token']);
  });

  it("blocks Slurm's StoragePass, a Redmine client's key and osTicket's SECRET_SALT", () => {
    expect(blockingIds('slurmdbd.conf', 'StorageType=accounting_storage/mysql\nStoragePass=hOvAF7T9LdX7hbdx\n')).toEqual(['slurmdbd-storage-password']);
    expect(blockingIds('slurmdbd.conf', 'StoragePass=slurmdbpass\n')).toEqual([]);
    expect(blockingIds('report.py', "redmine = Redmine('https://redmine.shop.io', key='7d96701cbed92e29a95be73d1538fabb5fbadf5b')\n")).toEqual(['redmine-api-key']);
    expect(blockingIds('include/ost-config.php', "define('SECRET_SALT','4184006D5E1A63D');\n")).toEqual(['osticket-secret-salt']);
  });

  it("blocks BigBlueButton's securitySalt and a TURN server's static-auth-secret", () => {
    expect(blockingIds('etc/bigbluebutton/bbb-web.properties', 'securitySalt=hOvAF7T9LdX7hbdx4z4X6hvN3olH\n')).toEqual(['conferencing-shared-secret']);
    expect(blockingIds('etc/turnserver.conf', 'use-auth-secret\nstatic-auth-secret=2de70aa65578a635c70e5b3b6a715bac075781147815a64141564615c3cc2c8e\n')).toEqual(['conferencing-shared-secret']);
  });

  it("blocks a Wi-Fi password given to a board's connect call, a word too, not a digit run", () => {
    expect(blockingIds('boot.py', "wlan.connect('TP-Link_7F21', '4z4X6hvN3olH')\n")).toEqual(['wifi-connect-password']);
    expect(blockingIds('src/main.cpp', '  WiFi.begin("Casa-2G", "Stonehenge1");\n')).toEqual(['wifi-connect-password']);
    expect(blockingIds('boot.py', "sta_if.connect('TP-Link_7F21', '12345678')\n")).toEqual([]);
  });
});

describe('samples 682 to 689: CIS and Vietnamese payments, database clusters, MLOps, network devices, blogs and games', () => {
  it('blocks a Bitrix24 inbound webhook by its URL, not a stand-in code', () => {
    expect(blockingIds('services/bitrix_service.py', 'WEBHOOK = "https://shop.bitrix24.ru/rest/1/qr4d9ez0ejospzut/"\n')).toEqual(['bitrix24-webhook-url']);
    expect(blockingIds('README.md', 'BITRIX_WEBHOOK=https://your-domain.bitrix24.ru/rest/1/abc123def456/\n')).toEqual([]);
    // The example URL of the Bitrix24 PHP libraries' READMEs (published).
    expect(blockingIds('README.md', 'you will get a example url: https://your-domen.bitrix24.ru/rest/13/9cybrkhzxxf28zl4/profile/\n')).toEqual([]);
  });

  it("leaves MoMo's sandbox secret, ZaloPay's demo key1 and 2C2P's sample merchant secrets alone", () => {
    expect(blockingIds('src/configs/momo.config.js', "  secretKey: process.env.MOMO_SECRET_KEY || 'K951B6PE1waDMi640xX08PD3vg6EkVlz',\n")).toEqual([]);
    expect(blockingIds('ZaloPayConfig.kt', '    const val MAC_KEY = "8NdU5pG5R2spGHGhyO99HN1OhD8IQJBn"\n')).toEqual([]);
    expect(blockingIds('config/laravel-2c2p.php', "    'secretKey' => '7jYcp4FxFdf0',\n")).toEqual([]);
  });

  it("blocks a Unity or Godot project's keystore password, a word too, not a digit run", () => {
    expect(blockingIds('Assets/Editor/BuildScript.cs', '        PlayerSettings.Android.keystorePass = "slither-moon";\n')).toEqual(['game-engine-keystore-password']);
    expect(blockingIds('export_presets.cfg', 'keystore/release_password="cKiCGzC4v82Lag"\n')).toEqual(['game-engine-keystore-password']);
    expect(blockingIds('Assets/Editor/BuildScript.cs', '        PlayerSettings.Android.keystorePass = "123456";\n')).toEqual([]);
  });

  it("reads DVC's .dvc/config.local as the credential file it is, not a developer's settings", () => {
    const local = "['remote \"origin\"']\n    auth = basic\n    user = mlops-student\n    password = c9cdc00203de0b115e1edbbeb77e6b6523e6d5fb\n";
    expect(blockingIds('.dvc/config.local', local)).toEqual(['generic-secret-assignment']);
  });

  it("leaves an Algolia key a DocSearch v2 page or a Hugo theme's search box reads, and Ghost's demo Content API key", () => {
    const docsearch = 'import docsearch from "docsearch.js";\n\nconst algolia_appId = "UX2KMUWFAL";\nconst algolia_apiKey = "9f75833527532fdc5cfe8f85c773a658";\n';
    expect(blockingIds('src/js/docsearch.js', docsearch)).toEqual([]);
    const hugo = 'algolia_search = true\nalgolia_appId = "WM4BEY1UDN"\nalgolia_indexName = "blog"\nalgolia_apiKey = "9f75833527532fdc5cfe8f85c773a658"\n';
    expect(blockingIds('config.toml', hugo)).toEqual([]);
    expect(blockingIds('src/lib/ghost.ts', "    key: import.meta.env.CONTENT_API_KEY || '22444f78447824223cefc48062',\n")).toEqual([]);
  });

  it('blocks a FortiOS pre-shared key and a RouterOS Wi-Fi key typed in clear, not an encrypted one', () => {
    expect(blockingIds('scripts/vpn.py', "    'set psksecret QDl2U3PUk0V2JVeO',\n")).toEqual(['network-device-psk']);
    expect(blockingIds('ptmp-station.rsc', 'add authentication-types=wpa2-psk name=wds wpa2-pre-shared-key=QDl2U3PUk0V2JVeO\n')).toEqual(['network-device-psk']);
    // An encrypted one is fortios-encrypted-secret's (reversible with the device's fixed key).
    expect(blockingIds('fortigate.conf', '        set psksecret ENC jMQxTq++NgX+/5+xR0f4gFOk9gpDT9K7o5bYNxUXFNVdBJ/b3m/f0Dp+B+/PMkYf\n')).toEqual(['fortios-encrypted-secret']);
  });
});

describe('samples 690 onwards: hackathons, student projects', () => {
  it("blocks a Razorpay key secret given as the SDK client's second argument (a test key's at low)", () => {
    expect(blockingIds('application/controllers/Razorpay.php', "$api = new Api('rzp_live_w1VjNLANFKY1PH', 'Pufmu6VgZUCoGw5Fc3JMTnho');\n")).toEqual(['razorpay-live-key-secret']);
    expect(blockingIds('verify.php', "$api = new Api('rzp_test_pbLCI3WERN860k', 'Pufmu6VgZUCoGw5Fc3JMTnho');\n")).toEqual([]);
  });

  it('leaves the code between two string literals of a concatenation alone', () => {
    const concat = '        SqlConnection con = new SqlConnection(@"Data Source=srv.database.windows.net;User ID=sa;Password="+Properties.Resources.Parola.ToString()+"");\n';
    expect(blockingIds('Form1.cs', concat)).toEqual([]);
  });

  it('reads a value opening with a stand-in word as a stand-in, however long', () => {
    expect(blockingIds('deploy/README.md', 'JWT_SECRET_KEY=REPLACE_WITH_64_CHAR_RANDOM_STRING_USE_openssl_rand_base64_48\n')).toEqual([]);
  });
});

describe('samples 696 to 698: session cookies, TON and Telegram Mini Apps, voice assistants', () => {
  it('blocks LinkedIn, Instagram and Facebook session cookies pasted into a scraper', () => {
    const linkedin = "cookies = {'li_at': 'AQEDVp47TukNufw29l1M4v1CRWgy7acQknJiJMINPdALsq0SCFamvXGsxrHoLL3YQWHk6H_Z4IV5XyjuIlmPQ8hn905o-og77dJToH7qFcns_BU9tWGLTeu7J627w4bi_1Y-6aLstrlcrQ88bQO7DMHw'}\n";
    expect(blockingIds('linkedin_jobs.py', linkedin)).toEqual(['social-session-cookie']);
    const instagram = "headers: { cookie: 'ds_user_id=02969745623; sessionid=02969745623%3A5FJrRggiXf0XKz%3A64%3AQadrZTHiqM86PVYa7j9zEDjL0ZrXUv_29rs3vuLP;' },\n";
    expect(blockingIds('scrape.js', instagram)).toEqual(['social-session-cookie']);
    expect(blockingIds('fb.py', "cookies = {\n    'c_user': '100062582765338',\n    'xs': '14%3AzcYZcXGkOMmOAv%3A2%3A0500066238%3A-1%3A-1',\n}\n")).toEqual(['social-session-cookie']);
    expect(blockingIds('tiktok.py', "cookies = {'sid_tt': '618892ab0b4e8acfcdc8f0c637b13628'}\n")).toEqual(['social-session-cookie']);
    expect(blockingIds('settings.py', "SESSION_COOKIE_NAME = 'sessionid'\n")).toEqual([]);
  });

  it('blocks a recovery phrase written as a list of words', () => {
    const list = 'module.exports = {\n    MNEMONIC: ["ladder", "orbit", "fossil", "canvas", "timber", "rescue", "pilot", "gravel", "hockey", "nation", "useful", "vendor"],\n};\n';
    expect(blockingIds('config.js', list)).toEqual(['wallet-mnemonic-list']);
    expect(blockingIds('config.js', 'MNEMONIC: ["word1", "word2", "word3"],\n')).toEqual([]);
  });

  it('blocks a Wolfram|Alpha AppID and a Login with Amazon access token', () => {
    expect(blockingIds('jarvis.py', 'client = wolframalpha.Client("5W6GHD-BWUTH9EBZI")\n')).toEqual(['wolfram-alpha-appid']);
    expect(blockingIds('web_identity.py', "token = 'Atza|IwEB60ljVqKlPwe3QgVkM2WWMjTljmUgfgOPKxkmxysvTRCtK6AXNu5irGpZ90Eq6N_-bJQwGPAPWR_Cp37MZZiaZc5uOurPxcAu0ntGcvOJNsAgjxkYNZPrh6FnK8v8RcsM3D-ZTpr3zkuNZyY5Zi9PbK6Id-4NPvq7cSKP44oquGSPK9R6esnqLYRI9P1kzOUUn0CUOpJWg3P6RQFEULHcmCAg2bdpV4TIlKKNlZNxTIHV8hc2vsA3WHwh4cO6xiK8oYo1TbqrXESc8SxxEvlpQRNtKqPgbVy7GF26WS7Xsibg'\n")).toEqual(['amazon-lwa-access-token']);
  });

  it("reads a Portuguese `your password` in camel case (`suaSenha`) as a stand-in", () => {
    const mail = 'return new PasswordAuthentication("SeuEmail@gmail.com", "suaSenha");\n';
    expect(blockingIds('EnviaEmail.java', mail)).toEqual([]);
  });

  it('blocks a live Telegram payments provider token, a test one at low', () => {
    expect(blockingIds('bot.py', "PROVIDER_TOKEN = '284685063:LIVE:L26tRqVtuWJGrTPKHNKC1Kmq'\n")).toEqual(['telegram-payment-provider-token']);
    expect(scan('bot.py', "PROVIDER_TOKEN = '284685063:TEST:L26tRqVtuWJGrTPKHNKC1Kmq'\n")).toEqual([{ ruleId: 'telegram-payment-test-token', blocking: false }]);
  });
});

describe('left over from samples 668 to 697, found now from the saved samples', () => {
  it("blocks the kubeadmin password the OpenShift installer prints, pasted into a README", () => {
    const log = 'INFO Login to the console with user: "kubeadmin", and password: "U2cqB-4T9sm-UngXQ-ww7zL"\n';
    expect(blockingIds('README.md', log)).toEqual(['openshift-kubeadmin-password']);
  });

  it("blocks a JDBC password on the call's next line; a long local URL still makes it a development login", () => {
    const remote = '    con = DriverManager.getConnection("jdbc:mysql://remotemysql.com:3306/shop", "shop",\n                    "1V7HT2sIHE");\n';
    expect(blockingIds('src/CompanyList.java', remote)).toEqual(['positional-db-password']);
    const local = '    Connection conn = DriverManager.getConnection("jdbc:mysql://localhost:3306/lms?useUnicode=true&characterEncoding=utf-8&serverTimezone=Asia/Ho_Chi_Minh", "root", "JWGT9wucrE");\n';
    expect(blockingIds('src/CleanDB.java', local)).toEqual([]);
  });

  it("blocks a Gemini key behind a browser prefix: still Gemini's key, not a Maps or Firebase one", () => {
    expect(blockingIds('src/.env.local', 'VITE_GEMINI_API_KEY=AIzaWNlFx35fJ6evoYPXTzHYhulEeomEKOg9il9\n')).toContain('google-api-key');
    expect(blockingIds('src/.env.local', 'VITE_GOOGLE_MAPS_API_KEY=AIzaWNlFx35fJ6evoYPXTzHYhulEeomEKOg9il9\n')).toEqual([]);
  });

  it("blocks Node-RED's credentialSecret in settings.js, a word too, not an environment lookup", () => {
    expect(blockingIds('.node-red/settings.js', 'module.exports = {\n    credentialSecret: "cp6NIKibH39TZspTx5i2VVw9",\n}\n')).toEqual(['nodered-credential-secret']);
    expect(blockingIds('data/settings.js', "  credentialSecret: 'moonlight-harbor',\n")).toEqual(['nodered-credential-secret']);
    expect(blockingIds('data/settings.js', '  credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n')).toEqual([]);
  });

  it('blocks a CloudStack secret key set for CloudMonkey', () => {
    expect(blockingIds('README.md', 'cloudmonkey set secretkey w_thZ3u2uSh7xZGe3NneubVAA-3j9tKingRwEMthD7IsSeGNlASe2jLfCov-h3A8rz7H3c2whXP3GsPEyUR5W_\n')).toEqual(['cloudstack-api-key']);
  });

  it("blocks a Camel endpoint URI's RAW(…) password, not a property placeholder", () => {
    expect(blockingIds('src/main/java/routes/FtpRoute.java', 'from("sftp://sap@orion.shop.io:22/in?password=RAW(g8Dkre35wT0Zf5VDUOL1)")\n')).toEqual(['camel-uri-raw-password']);
    expect(blockingIds('src/main/java/routes/FtpRoute.java', 'from("sftp://sap@orion.shop.io:22/in?password=RAW({{sftp.password}})")\n')).toEqual([]);
  });

  it("blocks a tonapi.io key, an EMQX node cookie, a ClearML secret with symbols and an X-…-Token header", () => {
    expect(blockingIds('DEPLOYMENT.md', '# tonapi\nTONAPI_KEY=AEZ5WMGZ2YV2R2AAAAHOG7VWQYPVXPYSINMTQKCKL3PTPSPOZ65NN75KMNZ6EKTRW6FI3NK\n')).toEqual(['tonapi-key']);
    expect(blockingIds('etc/emqx.conf', 'node.cookie = "xatwg9fsemgva5zpr4g5dfkq4w6b5vkn"\n')).toEqual(['erlang-release-cookie']);
    expect(blockingIds('etc/emqx.conf', 'node.cookie = emqxsecretcookie\n')).toEqual([]);
    const clearml = 'api {\n    credentials {\n        "access_key" = "TRHPHQ5XKGMDLAEJDM1O"\n        "secret_key" = "3-x7ZA^PMq8qMUzpIsm@v1EZzRl!eCBYL_D5PwC&h8x1eeVgjX#z"\n    }\n}\n';
    expect(blockingIds('clearml.conf', clearml)).toContain('clearml-secret-key');
    expect(blockingIds('ClientService.cs', '        client.DefaultRequestHeaders.Add("X-Ninja-Token", "xatwg9fsemgva5zpr4g5dfkq4w6b5vkn");\n')).toEqual(['api-key-header-literal']);
  });
});
