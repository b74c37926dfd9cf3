import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 840 onwards. Every value is invented, except the published values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);
// The API key of Namecheap's API docs examples (ApiUser=apiexample), published.
// Giphy's public beta key, published in its docs for everyone.
const GIPHY_BETA_KEY = 'dc6zaTOxFJmzC';
// The bundler URL of Biconomy's quick-start docs, with its published key.
const BICONOMY_DOCS_BUNDLER = 'https://bundler.biconomy.io/api/v2/80001/nJPK7B3ru.dd7f7861-190d-41bd-af80-6877f74b8f44';
const NAMECHEAP_DOCS_KEY = '56b4c87ef4fd49cb96d915c0db68194';

describe('samples 840 to 847: Japanese SaaS, science APIs, maker tools, CIS services, acquirers, graph DBs, registrars, media servers', () => {
  it('reads Chatwork, kintone and Backlog credentials, in slides and plans too, not their stand-ins', () => {
    expect(blockingIds('src/app.ts', "const headers = { 'X-ChatWorkToken': 'ba681e1e7b849807a18ec2af605f99af' };\n")).toEqual(['chatwork-api-token']);
    const kintone = "const client = new KintoneRestAPIClient({\n  baseUrl: 'https://acme.cybozu.com',\n  auth: { apiToken: '3iCgIz0cd1aeamrOjuBtPguilJb1tvyUBjkqeKSn' },\n});\n";
    expect(blockingIds('docs/notion-to-kintone.md', kintone)).toEqual(['kintone-api-token']);
    const backlog = 'curl "https://acme.backlog.jp/api/v2/issues?apiKey=MPpyZrdnxtuGJEoOd11WxYdDaoi4Rlm1nkMkRcMbNxfP2cNzQb7fI7R3M9ocn4Gz&projectId[]=1"\n';
    expect(blockingIds('docs/backlog-issue-plan.md', backlog)).toEqual(['backlog-api-key']);
    expect(blockingIds('src/app.ts', "const headers = { 'X-ChatWorkToken': process.env.CHATWORK_TOKEN };\n")).toEqual([]);
  });

  it("reads Materials Project keys given to MPRester and a Copernicus data store key; not a docstring's textbook netrc", () => {
    expect(blockingIds('get_structure.py', 'with MPRester("slYs8Sj1kgNfpA65") as m:\n    s = m.get_structure_by_material_id("mp-149")\n')).toEqual(['materials-project-api-key']);
    expect(blockingIds('dataset_utils.py', 'mpr = MPRester("WYNVAXdRUSAmGouApOSlBZGuRIggkGhy")\n')).toEqual(['materials-project-api-key']);
    const cds = "install_CDS_API_key(url='https://cds.climate.copernicus.eu/api/v2',\n                    key='104772:9f40338c-969a-41ae-9664-c44b5070b85d')\n";
    expect(blockingIds('era5_manager.py', cds)).toEqual(['copernicus-cds-api-key']);
    const docstring = '"""Reads ~/.netrc, for example:\n\n    machine urs.earthdata.nasa.gov login some_user password ABCdef123!\n"""\n';
    expect(blockingIds('earthdata.py', docstring)).toEqual([]);
  });

  it("reads an OctoPrint key in a script named *_test.py; not a base64 phrase an installer writes as a default", () => {
    expect(blockingIds('print_test.py', 'OCTOPRINT_URL = "http://octopi.local"\nOCTOPRINT_API_KEY = "6689A8FA4E382D386F8BD4B75B0D58A2"\n')).toEqual(['homelab-app-api-key']);
    const phrase = Buffer.from('ThisIsTheDefaultKeyForOurPrinterHub').toString('base64');
    expect(blockingIds('lib/templates.sh', `cat > secrets.yaml <<EOF\napi_encryption_key: "${phrase}"\nEOF\n`)).toEqual([]);
  });

  it("reads VK tokens, SMS.ru URLs and Yandex Cloud secrets under S3 names; not the key's id nor T-Bank's demo terminal key", () => {
    const vk = 'vk1.a.I9RA6RACkP7dt4byIZysVq_5WxsoRusCsbriNzggNbyIl9x49pr2Ek0lFkQaXT817VWZJNYdZjeGkTgE68lWXv0sbmsH1xfngEGdqG7XPV_DrNT4WB7RNWKtE9NcA5Y80u4u-vmkJEuIozPnVoXMvxc0e7AKkNKondqp4jepHVDou6pwNOqb61PWbfJmvyWa0Ghu2gSQ55VlRsmoRM';
    expect(blockingIds('wall.py', `session = vk_api.VkApi(token="${vk}")\n`)).toEqual(['vk-access-token']);
    expect(blockingIds('js/form.js', "fetch('https://sms.ru/sms/send?api_id=A233AFA7-51F9-4434-987B-8735CCCE8F5A&to=' + phone)\n")).toEqual(['sms-ru-api-id']);
    const s3 = "const s3 = new S3Client({\n  endpoint: 'https://storage.yandexcloud.net',\n  credentials: {\n    accessKeyId: 'YCAJEx7pQ2vW9mKt4RzN8bLsd',\n    secretAccessKey: 'YCpwC024tACHxDqzxOMQ1nVBklUycNDNeeISJH_f'\n  }\n});\n";
    expect(blockingIds('s3Client.js', s3)).toEqual(['yandex-cloud-access-key']);
    expect(blockingIds('bot/payments.py', 'TINKOFF_TERMINAL_KEY = os.getenv("TINKOFF_TERMINAL_KEY", "1712345678901DEMO")\n')).toEqual([]);
  });

  it("reads Checkout.com secret keys in a quoted Authorization header; not the SDKs' test key", () => {
    expect(blockingIds('routes/refund.js', "  headers: { 'Authorization': 'Bearer sk_sbox_tl36q7nbc3xqeyhh34g545fjslz', 'Content-Type': 'application/json' },\n")).toEqual(['checkout-com-secret-key']);
    expect(blockingIds('src/config.ts', 'export const secretKey = "sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e";\n')).toEqual([]);
  });

  it("reads an Aura password in a connection check named test_*.py; not a docker hint's neo4j/password nor a Go test's stand-in", () => {
    const aura = 'NEO4J_URI="neo4j+s://5f2c9a1e.databases.neo4j.io"\nNEO4J_USERNAME="neo4j"\nNEO4J_PASSWORD="ywyYl9-NA3aYEkW45nW06YmWsFmpIEgOoqjuVbesPyF"\n';
    expect(blockingIds('test_connection.py', aura)).toEqual(['neo4j-aura-password']);
    expect(blockingIds('setup_staging.sh', '  echo "Start Neo4j with: docker run -d -e NEO4J_AUTH=neo4j/password neo4j:latest"\n')).toEqual([]);
    expect(blockingIds('start.sh', 'docker run -d -e NEO4J_AUTH=neo4j/Tq8vW2mZk4Lx neo4j:5\n')).toEqual(['generic-secret-assignment']);
    const url = '"connection_string": "postgresql://tsdbadmin:super-secret-pw@e6ue9697jf.project.tsdb.cloud.timescale.com:5432/tsdb",\n';
    expect(blockingIds('internal/service_get_test.go', url)).toEqual([]);
  });

  it("reads GoDaddy keys and secrets in deployment guides; not Namecheap's docs example key", () => {
    const header = 'curl -H "Authorization: sso-key uBsvmEHyUPWn_sImR30H6F3FQ9CoJvFwRW8:ZZkl7y6Y4nfCSBoI7ae5LH" https://api.ote-godaddy.com/v1/domains\n';
    expect(blockingIds('SANDBOX_DEPLOYMENT_GUIDE.md', header)).toEqual(['godaddy-api-secret']);
    expect(blockingIds('docs/SETUP.md', '#- GODADDY_API_KEY=uBsvmEHyUPWn_sImR30H6F3FQ9CoJvFwRW8\n')).toEqual(['godaddy-api-key']);
    // Nginx Proxy Manager's PowerDNS sample credential (twelve characters), published in its plugin list.
    expect(blockingIds('certbot-dns-plugins.js', "\t\tcredentials: `dns_powerdns_api_url = https://api.mypowerdns.example.org\ndns_powerdns_api_key = AbCbASsd!@34`,\n")).toEqual([]);
    expect(blockingIds('check_url.py', `URL = "https://api.namecheap.com/xml.response?ApiUser=apiexample&ApiKey=${NAMECHEAP_DOCS_KEY}&UserName=apiexample"\n`)).toEqual([]);
  });

  it('reads Unpackerr keys in a setup note and an indexer key in a local script', () => {
    expect(blockingIds('media-stack.md', '      - UN_SONARR_0_URL=http://10.0.0.5:8989\n      - UN_SONARR_0_API_KEY=37ed93aa600bdf90e49aafc221d51d3c\n')).toEqual(['homelab-app-api-key']);
    expect(blockingIds('run-local.sh', 'TEST_NZB_URL="https://api.nzbgeek.info/api?t=search&q=debian&apikey=ZzaJSUn631zH9slGPfWomhS6mFcpgsJU"\n')).toEqual(['usenet-indexer-api-key']);
  });
});

describe('samples 848 to 855: virtualization, delivery tools, IoT networks, home energy, microcontrollers, config management, artifacts, IT ops', () => {
  it('reads The Things Stack keys with no name beside them and Arduino IoT Cloud device keys of both shapes', () => {
    const ttn = 'NNSXS.NDRIUREFWN3LPISSBRLYDJH7KWXSYLOWS22T4Z2.YBQE7JWNTUP7XSTYOX7JVNXBYTVHJR2NKDH7E3KIRTXKPTLHS4GZ';
    expect(blockingIds('ttn_client.py', `client.username_pw_set("greenhouse@ttn", "${ttn}")\n`)).toEqual(['the-things-stack-api-key']);
    expect(blockingIds('arduino_secrets.h', '#define SECRET_SSID "aaa"\n#define SECRET_DEVICE_KEY "WOGSBWISVHJK6BPLM2VZ"\n')).toEqual(['arduino-iot-cloud-device-key']);
    expect(blockingIds('arduino_secrets.h', '#define SECRET_DEVICE_KEY "qT7?mW2zK9xLp4?Rv8NbY3cHd"\n')).toEqual(['arduino-iot-cloud-device-key']);
  });

  it("reads Proxmox token values, GLPI user tokens, Solar.web key values and numbered env fallbacks; not the docs' example key", () => {
    expect(blockingIds('SETUP.md', 'PROXMOX_TOKEN_ID=terraform@pve!ci\nPROXMOX_TOKEN_VALUE=97cb0b3f-ba10-4017-9cf7-15a9a5307ade\n')).toEqual(['proxmox-api-token-secret']);
    const glpi = "      headers: {\n        'App-Token': 'Kfe4oyUtrizor2T6tMLAdeb8t6tIhoahhIxoh5ZQ',\n        'Authorization':\n            'user_token 0Bg0XQD4la0X9E8xnIClm5dzm8uYuXagohgKOvqm',\n      },\n";
    expect(blockingIds('lib/init_session.dart', glpi)).toEqual(['glpi-api-token', 'glpi-api-token']);
    expect(blockingIds('histdata.py', '# accessKeyValue: b94419f9-a2f2-4286-a5c5-7673c5bbe472\nACCESS_KEY_VALUE = "b94419f9-a2f2-4286-a5c5-7673c5bbe472"\n')).toEqual(['fronius-solarweb-access-key', 'fronius-solarweb-access-key']);
    // The key pair of Solar.web Query API's HTTP header example, published.
    expect(blockingIds('fronius.js', '/*\nAccessKeyId: FKIAFEF58CFEFA94486F9C804CF6077A01AB\nAccessKeyValue: 47c076bc-23e5-4949-37a6-4bcfcf8d21d6\n*/\n')).toEqual([]);
    const helium = "      '14744': process.env.HELIUM_API_KEY_14744 || 'Qm7TzR2wXk9LpV4nY8cJd3HfB6sWq1Ea0uGo5tKz',\n";
    expect(blockingIds('app/api/helium/route.ts', helium)).toEqual(['js-env-fallback-secret']);
  });

  it("stays silent on 1Password references, lab and tutorial defaults, a joined variable and a usage hint's <TOKEN>", () => {
    const op = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: sops-age\nstringData:\n  age.agekey: op://homelab/flux-age/private-key\n';
    expect(blockingIds('bootstrap-secrets.yaml', op)).toEqual([]);
    expect(blockingIds('boot.py', "wlan.connect('mywifi', 'mywifipassword1')\n")).toEqual([]);
    expect(blockingIds('clone_vm.py', 'si = SmartConnect(host="vcsa-01a.corp.local", user="administrator@corp.local", pwd="VMware1!")\n')).toEqual([]);
    expect(blockingIds('playbook.yml', '  vars:\n    controller_host: https://localhost\n    controller_username: admin\n    controller_password: ansible123!\n')).toEqual([]);
    expect(blockingIds('src/App.js', 'this.eventSource = new EventSource("https://api.particle.io/v1/devices/events?access_token="+config.access_token);\n')).toEqual([]);
    expect(blockingIds('setup-node.sh', 'echo "  curl -k -H \\"Authorization: PVEAPIToken=ci@pve!deploy=<TOKEN>\\" https://pve:8006/api2/json/nodes"\n')).toEqual([]);
  });
});

describe('samples 856 to 863: legacy databases, HR, video, images, blogging, game platforms, game backends, enterprise SaaS', () => {
  it("reads Sybase isql passwords, Couchbase's PasswordAuthenticator and Mule keys; not drivers' sample passwords", () => {
    expect(blockingIds('check_sybase.sh', 'isql -U sa -P Kq8vT2mZ -S ASCA <<SQL\n')).toEqual(['sql-server-cli-password']);
    expect(blockingIds('check_sybase.sh', 'isql -U sa -P "$SA_PASSWORD" -S ASCA <<SQL\n')).toEqual([]);
    const capella = 'auth = PasswordAuthenticator("Access", "Hq7mW2kR9tLp")\ncluster = Cluster("couchbases://cb.x7k2.cloud.couchbase.com", ClusterOptions(auth))\n';
    expect(blockingIds('capella.py', capella)).toEqual(['login-call-password']);
    expect(blockingIds('README.md', 'mvn clean package "-Dmule.env=dev" "-Dmule.key=T79wFHViPFKueoNt"\n')).toEqual(['mule-secure-properties-key']);
    expect(blockingIds('README.md', 'curl "https://api.wistia.com/v1/medias.json?api_password=e997ff80a0807f4013cb04b1a77f6818b2b06ae1ea0064422ed9e061b95dd73d"\n')).toEqual(['wistia-api-token']);
    expect(blockingIds('README.md', "MULE_ARGUMENTS='-M-Dmule.env=dev -M-Dmule.key=1234567890123456'\n")).toEqual([]);
    expect(blockingIds('select_sample.py', 'ConStr = "SERVER=ids0;DATABASE=db1;HOST=127.0.0.1;PROTOCOL=onsoctcp;SERVICE=9088;UID=TestUser1;PWD=MySimplePass1;"\n')).toEqual([]);
  });

  it("reads Ghost Admin keys and Tumblr clients' positional secrets; not Ghost's Content key, a Rust test's fixtures or a typed-over tail", () => {
    const ghost = 'GHOST_URL=https://blog.example.io\nGHOST_CONTENT_API_KEY=3f9a1c7e5b2d8046e1a9c3f7b5\nGHOST_ADMIN_API_KEY=b900194755a0f2c823a80c10:5076acb35463cf3483dbfde255c261be641b1026aa795cf32e7e1099ed62a6d8\n';
    expect(blockingIds('docs/SETUP.md', ghost)).toEqual(['ghost-admin-api-key']);
    const tumblr = "client = pytumblr.TumblrRestClient(\n    'KCfNnpHb6ClrDzm4DOAYHO1GuGpx6zZ0QABfDHcd6Jkiv8JuS7',\n    '4uywhe8ckEtGzTUEeks2HVQFNpVQqjWJSchMZm3ASx8TAKXAmr'\n)\n";
    expect(blockingIds('bot.py', tumblr)).toEqual(['tumblr-client-credentials']);
    expect(blockingIds('src/config.rs', '    letmepost_api_key = "sk-test-123"\n    devto_api_key = "devto-test-456"\n')).toEqual([]);
    expect(blockingIds('PEXELS_SETUP.md', 'PEXELS_API_KEY=563492ad6f917000010000019c2b7e4d1a8f3b6e9c0d5a7f5c5c5c5c\n')).toEqual([]);
  });

  it("stays silent on Giphy's public beta key", () => {
    expect(blockingIds('src/config/index.js', `    giphyAPIKey: process.env.GIPHY_API_KEY || "${GIPHY_BETA_KEY}",\n`)).toEqual([]);
  });
});

describe('samples 864 to 871: Indian SMS, Brazilian SaaS, support chat, CRMs, email marketing, realtime, WebRTC, licensing', () => {
  it('reads Keap tokens, GetResponse headers, Paddle Classic auth codes, 2Factor URLs and REST Assured logins', () => {
    expect(blockingIds('survey.cfm', '<cfset key = "KeapAK-7ad0f17b76ae85513305ec9f30cbc8863fe4cc2ba711ae0990">\n')).toEqual(['keap-access-token']);
    expect(blockingIds('routes.js', "  headers: { 'X-Auth-Token': 'api-key w2kct3v4cq528tisg402pxdiq2lnv4kf' },\n")).toEqual(['getresponse-api-key']);
    expect(blockingIds('CouponList.js', 'axios.post(url, { vendor_id: 12345, vendor_auth_code:"acd3130d179735bb0910cb977d3f48a8032af26c54ccd38ac0" })\n')).toEqual(['paddle-classic-vendor-auth-code']);
    expect(blockingIds('main.py', 'r = requests.get(f"https://2factor.in/API/V1/42b67bd5-8e15-46d0-8594-2966d41afcee/SMS/{phone}/AUTOGEN")\n')).toEqual(['twofactor-api-key']);
    expect(blockingIds('docs/README.md', '```\nGUPSHUP_API_KEY=sk_8bb538b855b0722fb0f5b66785864199\n```\n')).toEqual(['gupshup-api-key']);
    expect(blockingIds('GetContacts.java', 'given().auth().basic("ops@shop.io", "Tz8wQm4kR2v").when().get(url);\n')).toEqual(['login-call-password']);
    expect(blockingIds('shoutit/settings.py', 'PUSHER_SETTINGS.setdefault("secret", "c41f7e0a92db4e35a8f1")\n')).toEqual(['option-pair-password']);
  });

  it("stays silent on a Streak pipeline key, a Mapbox public token in next.config, Freshchat's app key and Exotel's stand-in login", () => {
    const streak = 'const STREAK_PIPELINE_KEY = "agxzfm1haWxmb29nYWVyOAsSDE9yZ2FuaXphdGlvbiIRYWNtZS5zaG9wQGdtYWlsLmNvbQwLEghXb3JrZmxvdxiAgICAgICACgw";\n';
    expect(blockingIds('src/index.ts', streak)).toEqual([]);
    expect(blockingIds('next.config.js', 'module.exports = {\n  env: {\n    REACT_APP_MAPBOX_API_ACCESS_TOKEN: "pk.eyJ1IjoiP5fjKHVH0UOkUf8B8CmFQwoHXUKSKPd6cOpSMdLI.9_1C0Vd3Ojy7YGDYoFLtg6",\n  },\n};\n')).toEqual([]);
    expect(blockingIds('Src/Config/freshchat.ts', "export const FRESHCHAT_APP_ID = '5b7c1d2e-8f3a-4b6c-9d0e-1f2a3b4c5d6e';\nexport const FRESHCHAT_APP_KEY = '9e1c7a42-3b5d-4f60-8a2e-d71c05b94f38';\n")).toEqual([]);
    expect(blockingIds('exotel/__init__.py', 'requests.post("https://id:secretkey@api.exotel.com/v1/Accounts/acme/Calls/connect", data=payload)\n')).toEqual([]);
  });
});

describe('samples 872 to 879: GIS, wallets, healthcare, open banking, POS, shipping, marketplaces, marketing clouds', () => {
  it('reads Magic secret keys, Biconomy paymaster URLs and Pimlico keys; not Magic publishable keys or Biconomy docs key', () => {
    expect(blockingIds('src/components/Navbar.jsx', 'const magic = new Magic("sk_live_A7C3E9F1B5D2084E");\n')).toEqual(['magic-secret-key']);
    expect(blockingIds('src/components/Navbar.jsx', 'const magic = new Magic("pk_live_A7C3E9F1B5D2084E");\n')).toEqual([]);
    const paymaster = "const paymasterUrl = 'https://paymaster.biconomy.io/api/v1/80001/3j50EOBbW.5412578e-d4a6-4af3-9317-998b29a24cca';\n";
    expect(blockingIds('src/utils/biconomy.ts', paymaster)).toEqual(['biconomy-api-key']);
    expect(blockingIds('src/index.ts', `const bundlerUrl = "${BICONOMY_DOCS_BUNDLER}";\n`)).toEqual([]);
    expect(blockingIds('README.md', '```bash\nexport PIMLICO_API_KEY=pim_bukqEGi4WPlrVXusgUSXu9\n```\n')).toEqual(['pimlico-api-key']);
  });

  it("reads FedEx key pairs in guides, eBay tokens in headers, Pendo integration keys and Omniture secrets", () => {
    const fedex = '```bash\nFEDEX_API_KEY=l7a2fbb7efa742a6c4d973b67c6c3df28e \\\nFEDEX_SECRET_KEY=3fd7b5a105ffcdb20a332ec437012030 \\\nnpm run deploy\n```\n';
    expect(blockingIds('README.md', fedex)).toEqual(['fedex-api-key', 'fedex-api-secret']);
    const ebay = "    headers: { 'Authorization': 'Bearer v^1.1#i^1#p^3#r^1#f^0#I^3#t^H4sIoNwMA7sWdJbB4IoeKu3DVrCrSkKLD9P46DsKIYjGrtxJzX3xm85WrNK_mIYEeYV2McmnVQImeylzxXqS2Kl2Bxtuex2l8VyrcPRSxvl5HpytSEMcP53cMP7l' },\n";
    expect(blockingIds('ebay.js', ebay)).toEqual(['ebay-oauth-token']);
    expect(blockingIds('tap_pendo/nps.py', "headers = {'X-Pendo-Integration-Key': '47e50cc5-3093-4d7b-9e77-462786cd18c5'}\n")).toEqual(['pendo-integration-key']);
    expect(blockingIds('dump_analytics.py', "analytics = omniture.authenticate('etl:Acme Shop', 'acd3130d179735bb0910cb977d3f48a8')\n")).toEqual(['omniture-shared-secret']);
  });

  it('reads a key in a script named like a test that calls the service and tests nothing; not the same key in a test', () => {
    const script = "const APP_SECRET = 'Qm7TzR2wXk9LpV4nY8cJd3HfB6sWq1Ea';\nconst r = await fetch('https://www.clover.com/oauth/token', { method: 'POST', body: JSON.stringify({ client_secret: APP_SECRET }) });\nconsole.log(await r.json());\n";
    expect(blockingIds('test-clover.js', script)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('tests/test-clover.js', script)).toEqual([]);
    expect(blockingIds('test-clover.js', `import { test } from 'node:test';\ntest('token', async () => {\n${script}});\n`)).toEqual([]);
  });

  it('reads a password after a bold label in capitals', () => {
    expect(blockingIds('DHL_SETUP.md', '- **USERNAME:** `apR3kT9mQz2wLx`\n- **PASSWORD:** `Q!6jTz8wXk2mR4vN`\n')).toEqual(['docs-bold-label-secret']);
  });
});
