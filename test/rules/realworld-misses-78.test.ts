import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 840 onwards. Every value is invented, except the published values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);
// The API key of Namecheap's API docs examples (ApiUser=apiexample), published.
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
