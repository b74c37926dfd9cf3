import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 802 onwards. Every value is invented, except the published values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 802 to 809: tunnels, endpoint agents, streaming, IoT clouds, on-call, notebooks, CDPs, monitoring', () => {
  it("reads frp's dashboard password, Thinger's device credential and an IFTTT key define", () => {
    expect(blockingIds('frps.ini', '[common]\nbind_port = 7000\ndashboard_user = ops\ndashboard_pwd = Tz8wQm4kR2v\n')).toEqual(['frp-auth-token']);
    expect(blockingIds('frps.ini', '[common]\nbind_port = 7000\ndashboard_user = admin\ndashboard_pwd = admin\n')).toEqual([]);
    expect(blockingIds('thinger.ino', '#define USERNAME "greenhouse"\n#define DEVICE_CREDENTIAL "tQ4!mZ8wK2vR"\n')).toEqual(['c-define-secret']);
    expect(blockingIds('soil.ino', '#define IFTTT_Key "cR5nW8qTz2Lm4XvB7kJd3P"\n')).toEqual(['ifttt-webhook-key']);
  });

  it("reads Elastic service and enrollment tokens, Wazuh's generated and enrollment passwords, in setup notes too", () => {
    const service = 'AAEAAWVsYXN0aWMvZmxlZXQtc2VydmVyL3Rva2VuLTE3MDEyMzQ1Njc4OTA6cTdUejJXbTlLeDRMcDhSdjNOYjZZYw';
    expect(blockingIds('README.md', `  --fleet-server-service-token=${service}\n`)).toEqual(['elasticsearch-service-token']);
    const enrol = 'UTdUejJXbTlLeDRMcDhSdjNOYjY6SHE4dlQzbVd6N0xwNFJ3WGM5TmIyaw==';
    expect(blockingIds('README.md', `.\\elastic-agent.exe install --url=https://192.168.1.20:8220 --enrollment-token=${enrol}\n`)).toEqual(['elastic-agent-enrollment-token']);
    expect(blockingIds('notes/Wazuh.md', 'INFO: The password for user admin is Qm7.TzR2wXk*9LpV4nY8cJd3HfB?6sWq\n')).toEqual(['wazuh-generated-password']);
    expect(blockingIds('entrypoint.sh', '  echo f9b14c2e7a3d5086b1e9c4a7d2f30851 > /var/ossec/etc/authd.pass\n')).toEqual(['wazuh-authd-password']);
    expect(blockingIds('entrypoint.sh', '  echo "$AUTHD_PASS" > /var/ossec/etc/authd.pass\n')).toEqual([]);
  });

  it('reads rpk and condor_store_cred passwords and an option default, not their variables or stock words', () => {
    expect(blockingIds('redpanda/setup.sh', "rpk security user create orders -p 'Tq8vW2mZk4Lx9Rn' --mechanism SCRAM-SHA-256\n")).toEqual(['rpk-user-password']);
    expect(blockingIds('setup.sh', 'rpk security user create admin -p admin123 --mechanism SCRAM-SHA-256\n')).toEqual([]);
    expect(blockingIds('setup.sh', 'condor_store_cred -f /etc/condor/pool_password -p Kz7wQ2mX9v\n')).toEqual(['htcondor-pool-password']);
    const option = "@click.option('--sasl_plain_password', default='Hq8vT3mWz7Lp4RwXc9NbY2kFs6Gd1Ja5Pe0Ui3Ot8Ly/Qm7TzR2wXk9LpV4nY+cJd3HfB')\n";
    expect(blockingIds('produce.py', option)).toEqual(['cli-option-default-secret']);
    expect(blockingIds('produce.py', "parser.add_argument('--api-key', default=os.environ.get('API_KEY'))\n")).toEqual([]);
  });

  it("reads Grafana OnCall's integration URL and Jupyter's password hash and cookie secret, not the docs' examples", () => {
    const oncall = 'http://oncall-engine.oncall.svc.cluster.local:8080/integrations/v1/alertmanager/Qm7TzR2wXk9LpV4nY8cJd3HfB/';
    expect(blockingIds('alertmanager.ts', `url: "${oncall}",\n`)).toEqual(['grafana-oncall-integration-url']);
    // Grafana's docs example and Squadcast's (published in their API docs).
    expect(blockingIds('Notify.cs', 'const string Hook = "https://a-prod-us-central-0.grafana.net/integrations/v1/formatted_webhook/m12xmIjOcgwH74UF8CN4dk0Dh/";\n')).toEqual([]);
    expect(blockingIds('src/alert.py', 'URL = "https://api.squadcast.com/v2/incidents/api/d3c3208e86b787faf2ec01c154ed024081dc0fda"\n')).toEqual([]);
    const hash = "RUN echo \"c.NotebookApp.password = u'sha1:4b1d9e3c7a20:8f3a61c9d0b24e7f5a13c8d92e6b704f1a5c3e98'\" >> ~/.jupyter/jupyter_notebook_config.py\n";
    expect(blockingIds('Dockerfile', hash)).toEqual(['jupyter-password-hash']);
    const cookie = "c.JupyterHub.cookie_secret = bytes.fromhex('9c4e1a7b3d5f20846ae1c9b7d3f5028416ace9b7d5f3102846aec9b1d7f35024')\n";
    expect(blockingIds('jupyterhub_config.py', cookie)).toEqual(['jupyterhub-cookie-secret']);
  });

  it("reads mParticle's server-to-server secret; not an SDK README's stand-ins, the NATS docs' example seed, ThingsBoard's example Wi-Fi", () => {
    const mp = "var config = new mParticle.Configuration('us2-4c7e9a1b3d5f7092a4c6e8b0d2f41357', '8Z3uhGkisU6qSLeBQhaCcT9vhMrSHNpiCPGJyRdT81IK47DGweN0JMvZJXYk7yZc');\n";
    expect(blockingIds('public/mp/flight_update.js', mp)).toEqual(['mparticle-s2s-secret']);
    expect(blockingIds('send_event.py', "configuration.api_key = 'API KEY'\nconfiguration.api_secret = 'SECRET'\n")).toEqual([]);
    expect(blockingIds('security/creds.md', '-----BEGIN USER NKEY SEED-----\nSUAOY5JZ2WJKVR4UO2KJ2P3SW6FZFNWEOIMAXF4WZEUNVQXXUOKGM55CYE\n------END USER NKEY SEED------\n')).toEqual([]);
    expect(blockingIds('main.py', "WIFI_SSID = 'ThingsBoard_TN'\nWIFI_PASS = '4Friends123!'\n")).toEqual([]);
  });
});

describe('samples 810 to 817: regional payments, exchanges, CI runners, DNS, wikis, scraping, African APIs, team chat', () => {
  it("reads Buildkite agent tokens and Jenkins agent secrets, also in a README's command", () => {
    expect(blockingIds('ci-notes.md', 'BUILDKITE_AGENT_TOKEN=3ac4f1e9b27d5c08a6e4b1f9d3c7a25e8b0d6f4a2c9e1b7d5f buildkite-agent start\n')).toEqual(['buildkite-agent-token']);
    const agent = 'java -jar agent.jar -jnlpUrl http://10.0.0.4:8080/computer/b1/jenkins-agent.jnlp -secret 9c4e1a7b3d5f20846ae1c9b7d3f5028416ace9b7d5f3102846aec9b1d7f35024\n';
    expect(blockingIds('README.md', agent)).toEqual(['jenkins-agent-secret']);
    expect(blockingIds('README.md', 'java -jar agent.jar -jnlpUrl http://jenkins:8080/computer/b1/jenkins-agent.jnlp -secret @secret-file\n')).toEqual([]);
  });

  it('reads dynamic DNS update URLs and 16-hex MediaWiki upgrade keys; not the address password mails come from', () => {
    expect(blockingIds('ddns.sh', 'UPDATEURL="https://freedns.afraid.org/dynamic/update.php?Qm7TzR2wXk9LpV4nY8cJd3HfB6sWqA1eGt5Ku0Zo2Mi="\n')).toEqual(['ddns-update-url-key']);
    expect(blockingIds('cron.md', '*/5 * * * * curl -s http://sync.afraid.org/u/h5GkW2mZq8RtY3vLx7NcP4sJ/\n')).toEqual(['ddns-update-url-key']);
    // Random hex of 16 characters can score below 3 bits of entropy per character.
    expect(blockingIds('LocalSettings.php', '$wgUpgradeKey = "e8e9a1e0b8e9c1a0";\n')).toEqual(['mediawiki-upgrade-key']);
    expect(blockingIds('LocalSettings.php', '$wgEmergencyContact = "admin@drosophila-wiki.org";\n$wgPasswordSender = "info@dro')).toEqual([]);
  });

  it("takes Chapa and Wompi test keys as test keys, ePayco's apiKey as public, Flutterwave's published preauth key as published", () => {
    expect(blockingIds('settings.py', 'CHAPA_SECRET_KEY = "CHASECK-Qm7TzR2wXk9LpV4nY8cJd3HfB6sWqA1e"\n')).toEqual(['chapa-secret-key']);
    expect(blockingIds('settings.py', 'CHAPA_SECRET_KEY = "CHASECK_TEST-Qm7TzR2wXk9LpV4nY8cJd3HfB6sWqA1e"\n')).toEqual([]);
    expect(blockingIds('WompiController.php', "$private = 'prv_test_Kq7vT2xWm9LpQz4RnB8cYe1JhG6sDf5U';\n")).toEqual([]);
    const epayco = '$epayco = new Epayco\\Epayco(array(\n    "apiKey" => "502a7c1e9b3d4f6a8c0e2b4d6f8a1c3e",\n    "lenguage" => "ES",\n));\n';
    expect(blockingIds('splitpayment.php', epayco)).toEqual([]);
    expect(blockingIds('test.js', "var rave = new Rave('FLWPUBK-8cd258c49f38e05292e5472b2b15906e-X', 'FLWSECK-c51891678d48c39eff3701ff686bdb69-X', false);\n")).toEqual([]);
  });
});

describe('samples 818 to 825: DNS filtering, password managers, app backends, labeling, PaaS, RADIUS, SEO, localization', () => {
  it('reads Ultralytics HUB and Scale AI keys and a shortened process.env fallback', () => {
    expect(blockingIds('train.py', "from ultralytics import hub\nhub.login('4081c9e2b7d5f3a1c8e6b4d2f0a9c7e5b3d1f8a6c4')\n")).toEqual(['ultralytics-hub-api-key']);
    expect(blockingIds('scale_upload.py', 'client = scaleapi.ScaleClient("live_9c4e1a7b3d5f20846ae1c9b7d3f50284")\n')).toEqual(['scale-ai-api-key']);
    const fallback = "const env = process.env;\nmodule.exports = { uamSecretKey: env.UAM_SECRET_KEY || 'RXAjq8vT2mXz9LwKq8vT2mXz' };\n";
    expect(blockingIds('config.js', fallback)).toEqual(['js-env-fallback-secret']);
  });

  it('takes an EAP method, FreeRADIUS example secrets, a JWT cut before its signature and a two-word docs token as no secrets', () => {
    expect(blockingIds('wpa_supplicant.conf', 'network={\n  ssid="eduroam"\n  eap=PEAP\n  phase2="auth=MSCHAPV2"\n}\n')).toEqual([]);
    expect(blockingIds('raddb/clients.conf', '#client private-network-1 {\n#\tipaddr\t\t= 192.0.2.0/24\n#\tsecret\t\t= testing123-1\n#}\n')).toEqual([]);
    const header = Buffer.from('{"alg":"ES256","kid":"qn7rprfanrjgeume6y3btjctsy","typ":"JWT"}').toString('base64url');
    const claims = Buffer.from(`{"1password.com/auuid":"TJFW5YNTIJC3JCWDX3CGVMJBH4","1password.com/token":"${'k'.repeat(32)}","1password.com/fts":["vaultaccess"],"1password.com/vts":[{"u":"fpd4uum4lrbq32po2mtvdj4sxi","a":48}],"aud":["com.1password.connect"]}`).toString('base64url');
    expect(blockingIds('config/onepassword.spc', `connection "onepassword" {\n  # token = "${header}.${claims}\n}\n`)).toEqual([]);
    expect(blockingIds('main.py', 'api = sly.Api(server_address="https://app.supervisely.com", token="4r47NFo1ky-long.random.string.here-xaTatb")\n')).toEqual([]);
  });

  it("takes Roboflow's publishable keys as public, Psono's and Back4App's published keys as published", () => {
    expect(blockingIds('api.js', 'axios({ url: "https://detect.roboflow.com/birds/3", params: { api_key: "rf_Qm7TzR2wXk9LpV4nY8cJd3HfB6s" } });\n')).toEqual([]);
    expect(blockingIds('settings.yaml', "PRIVATE_KEY: '302650c3c82f7111c2e8ceb660d32173cdc8c3d7717f1d4f982aad5234648fcb'\n")).toEqual([]);
    expect(blockingIds('covid_data.py', "headers = {\n    'X-Parse-Master-Key': 'gIo7p0nTyt72aROJqf0ronfzxGKw8Unjw0Zk6qFm'\n}\n")).toEqual([]);
  });
});

describe('samples 826 to 838: CLI secret commands, newsletters, deploy hooks, maps, fitness, Teams, storage, SQL dumps, Shopify, search, queues, voice', () => {
  it('reads Cloudflare Pages deploy hooks, Radar secret keys, dotenv-vault keys and Shopify CLI partner tokens', () => {
    const hook = 'curl -s -X POST "https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/4b7e9c1a-3d5f-4e8a-b2c6-9d0f1e3a5b7c"\n';
    expect(blockingIds('CLAUDE.md', hook)).toEqual(['static-site-deploy-hook']);
    expect(blockingIds('app.py', '#radar = RadarClient("prj_test_sk_4b1d9e3c7a208f3a61c9d0b24e7f5a13c8d92e6b")\n')).toEqual(['radar-secret-key']);
    expect(blockingIds('init.js', "Radar.initialize('prj_live_pk_9c4e1a7b3d5f20846ae1c9b7d3f5028416ace9b7');\n")).toEqual([]);
    const vault = "$prodKey = 'dotenv://:key_9c4e1a7b3d5f20846ae1c9b7d3f5028416ace9b7d5f3102846aec9b1d7f350249c4e1a7b3d5f20846ae1c9b7d3f5028416ace9b7d5f3102846aec9b1d7f35024@'\n";
    expect(blockingIds('add-dotenv-key.ps1', vault)).toEqual(['dotenv-vault-key']);
    expect(blockingIds('test.py', "cli_token = 'atkn_4b1d9e3c7a208f3a61c9d0b24e7f5a13c8d92e6b704f1a5c3e98d7b1a4c6e9f2'\n")).toEqual(['shopify-cli-partners-token']);
    expect(blockingIds('app.py', 'from elevenlabs import generate, set_api_key\n\nset_api_key("9c4e1a7b3d5f20846ae1c9b7d3f50284")\n')).toEqual(['elevenlabs-api-key']);
  });

  it("takes a Storefront client's publicAccessToken as public, Django's unusable-password marker and stand-ins as no secrets", () => {
    const storefront = "const client = createStorefrontApiClient({\n  storeDomain: 'https://shop.myshopify.com/',\n  publicAccessToken: 'a3ff9c4e1a7b3d5f20846ae1c9b7d3f5',\n});\n";
    expect(blockingIds('utils/graphql/client.js', storefront)).toEqual([]);
    const fixture = '[{"model": "auth.user", "pk": 1, "fields": {"password": "!eQz4kT9mWx2Lp7Rn3Vb8Yc5Hd1Jf6Gs0Ua9Ke4Ti", "username": "bob"}}]\n';
    expect(blockingIds('django_db_passwords.py', fixture)).toEqual([]);
    expect(blockingIds('b2.py', 'B2_APPLICATION_KEY = "K005your_actual_secret_key_here"\n')).toEqual([]);
    // ZincSearch's install docs password, in a Makefile that starts the container.
    expect(blockingIds('Makefile', 'run:\n\tdocker run -e ZINC_FIRST_ADMIN_USER=admin -e ZINC_FIRST_ADMIN_PASSWORD=Complexpass#123 public.ecr.aws/zinclabs/zincsearch\n')).toEqual([]);
  });
});

describe('sample 839: test management and visual testing', () => {
  it("reads Percy's project tokens in READMEs and specs, not their stand-ins", () => {
    expect(blockingIds('README.md', 'export PERCY_TOKEN=web_9c4e1a7b3d5f20846ae1c9b7d3f5028416ace9b7d5f3102846aec9b1d7f35024\n')).toEqual(['percy-token']);
    expect(blockingIds('README.md', 'export PERCY_TOKEN=web_your_auth_token_here\n')).toEqual([]);
  });
});
