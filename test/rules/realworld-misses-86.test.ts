import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1381 onwards, and false findings left open by earlier samples. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('browser-exposed variables in documents', () => {
  const easJson = (value: string): string =>
    `\`\`\`json\n{\n  "build": {\n    "development": {\n      "developmentClient": true,\n      "env": {\n        "EXPO_PUBLIC_OPENAI_API_KEY": "${value}"\n      }\n    }\n  }\n}\n\`\`\`\n`;

  it("keeps a doc's lowering for a development profile it quotes, and blocks the same file as code", () => {
    expect(blockingIds('docs/ARCHITECTURE.md', easJson('sk-Qm4vT9xLw2ZpR7nKc3Hy8JdA'))).toEqual([]);
    expect(blockingIds('eas.json', easJson('sk-Qm4vT9xLw2ZpR7nKc3Hy8JdA').replace(/```(json)?\n/g, ''))).toEqual(['client-exposed-secret-env']);
  });

  it('reads a value ending in -here as not filled in', () => {
    expect(blockingIds('eas.json', '{"env": {"EXPO_PUBLIC_OPENAI_API_KEY": "sk-dev-key-here"}}\n')).toEqual([]);
  });
});

describe('configuration-management data and provisioning commands', () => {
  it('reads a Hiera class parameter named for a secret, not eyaml ciphertext or a lookup', () => {
    expect(blockingIds('data/common.yaml', 'mysql::server::root_password: "Vq7mLx2Tz9Rk3pWn"\n')).toEqual(['hiera-secret-parameter']);
    expect(blockingIds('data/common.yaml', 'mysql::server::root_password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAx]\n')).toEqual([]);
    expect(blockingIds('data/common.yaml', "profile::db::password: \"%{lookup('db_password')}\"\n")).toEqual([]);
  });

  it('reads LDAP bind and root passwords run into one word', () => {
    expect(blockingIds('settings.sh', 'export ldap_bindpw=Vq7mLx2Tz9Rk3pWn\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('pillar/openldap.sls', 'rootpw: Vq7mLx2Tz9Rk3pWn\n')).toEqual(['generic-secret-assignment']);
  });

  it("takes Pulumi's --secret as a switch and blocks the value after the config key", () => {
    expect(blockingIds('setup.sh', 'pulumi config set --secret cloudflare:apiToken "$token"\n')).toEqual([]);
    expect(blockingIds('setup.sh', 'pulumi config set --secret cloudflare:apiToken Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6\n')).toEqual(['pulumi-config-set-secret']);
  });
});

describe('vision, recipe, energy and print-on-demand keys', () => {
  it('names a Clarifai PAT under its bare name only in a file that uses Clarifai', () => {
    const template = "from clarifai_grpc.grpc.api import service_pb2\nPAT = '7e1fa2c4d9b04e3f8a61c2d7e5b9f013'\n";
    expect(blockingIds('chatbot.py', template)).toEqual(['clarifai-personal-access-token']);
    expect(blockingIds('chatbot.py', "PAT = '7e1fa2c4d9b04e3f8a61c2d7e5b9f013'\n")).toEqual([]);
  });

  it('names Face++ keys under bare names and Edamam keys in a recipe URL', () => {
    expect(blockingIds('face.py', "# api-us.faceplusplus.com\nkey = \"aJvSkQ2m-Xr7LpT4vRz8NcY3Hw6bFd1e\"\n")).toEqual(['faceplusplus-api-credential']);
    const url = `https://api.edamam.com/api/recipes/v2?type=public&app_id=820e3f93&app_key=%20bca0346f1e2d4c5b8a7f9e0d1c2b3a4f&q=x`;
    expect(blockingIds('src/recipes.js', `const url = "${url}";\n`)).toEqual(['edamam-app-key']);
  });

  it('finds a Shelly Cloud key by its shape and an Enphase key in a query fragment', () => {
    const shelly = 'MWNiMjY5dWlk4D1658A9E2C7B3F05C8E1D6A2B9F0C7E3D4A1B8C5F2E9D0A7B6C3E8F1D4A2B5C9E0F7A3D6B1C8E4F2A9D5B0';
    expect(blockingIds('src/ShellyPlug.vue', `const url = \`https://shelly-49-eu.shelly.cloud/device/status?auth_key=${shelly}\`;\n`)).toEqual(['shelly-cloud-auth-key']);
    expect(blockingIds('dashboard.js', `apiKeyPanelOne = '&user_id=4f546b334d6a63770a&key=4231d7c0e9b84a5f6e2d1c3b0a9f8e7d';\n`)).toEqual(['enphase-enlighten-api-key']);
  });

  it("names CJ Dropshipping's key and token, and leaves a guide's token header alone", () => {
    expect(blockingIds('deploy/cj.sh', 'export CJ_API_KEY=CJ5298786@api@7ca4c1e09b2d4f3a8e6c5b1d0f9a2e7c\n')).toEqual(['cj-dropshipping-api-key']);
    const token = 'API@CJ1621550@CJ:eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiIyODk0NyIsInR5cGUiOiJBQ0NFU1NfVE9LRU4ifQ.Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6Gb0Vt3WnPz8Hq2Rj';
    expect(blockingIds('cj_test.py', `CJ_API_TOKEN = (\n    "${token}"\n)\n`)).toEqual(['cj-dropshipping-access-token']);
    expect(blockingIds('docs/QUICKSTART.md', 'Token: API@CJ1596430@CJ:eyJhbGciOiJIUzI1NiJ9...\n')).toEqual([]);
  });
});

describe('values built at run time or described in words', () => {
  it("reads PowerShell's subexpression after a prefix as generated, and a length description as a stand-in", () => {
    expect(blockingIds('deploy.ps1', '$secretKey = "sk-$(New-Guid)"\n')).toEqual([]);
    expect(blockingIds('deploy/env.sh', 'JWT_SECRET=another-super-secret-64-char-string\n')).toEqual([]);
    expect(blockingIds('deploy/env.sh', 'JWT_SECRET=Zt5pQw8rXy2uNN4kVq7mLx2T\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('game, lab and monitoring credentials', () => {
  it("reads Roblox's older cookie banner and names an Open Cloud key by its JWT's encoded header", () => {
    const banner = '_|WARNING-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_';
    const cookie = `${banner}222126888F6DDBA0F247C3AF190E0C1D00185371676D2AACE32D054FE9FE8633C99607098FBC5CE5B97051A5C52A19F7AA59D9CF599D391F4AB9386D3DE3B526DF00FB645EA8830336C3DF5039F38C18D0611A4DA5A0440AC839875B39C0F042`;
    expect(blockingIds('main.py', `cookies = {".ROBLOSECURITY": "${cookie}"}\n`)).toEqual(['roblox-security-cookie']);
    const header = Buffer.from('eyJhbGciOiJSUzI1NiIsImtpZCI6InNpZy0yMDIxLTA3LTEzVDE4OjUxOjQ5WiIsInR5cCI6IkpXVCJ9.eyJiYXNlQXBpS2V5IjoiM2Y5YTFjN2U1YjJkIn0.Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6Gb0Vt3WnPz8Hq2Rj').toString('base64');
    expect(blockingIds('serialize.lua', `local API_KEY = "lxu4LCFBYkulMjhUSx/NRheNQm6IF2OxRW0ugW8XZvvbS54p${header}"\n`)).toEqual(['roblox-open-cloud-api-key']);
  });

  it('names a Galaxy key under a tests folder that calls a public server, and a Zabbix API token', () => {
    expect(blockingIds('tests/test_galaxy_direct.php', "$GALAXY_URL = 'https://usegalaxy.org';\n$GALAXY_API_KEY = '572d9e1c4b3a8f7e6d5c2b1a0f9e8d7c';\n")).toEqual(['galaxy-api-key']);
    const zabbix = "from pyzabbix import ZabbixAPI\nzapi.login(api_token='ae5c0f3b9d2e47a18c6b5f0e1d9a3c7b2e4f6a8d0c1b3e5f7a9d2c4e6b8f0a1d')\n";
    expect(blockingIds('hosts.py', zabbix)).toEqual(['zabbix-api-token']);
  });

  it("leaves Zabbix's first login alone, and reads a Bambu access code of letters and digits", () => {
    expect(blockingIds('check.py', "zapi = ZabbixAPI('http://10.0.0.5/zabbix')\nzapi.login('Admin', 'zabbix')\n")).toEqual([]);
    expect(blockingIds('printer.py', 'PRINTER_IP = "10.13.13.85"\nACCESS_CODE = "5d3e9a1c"  # bambu\n')).toEqual(['bambu-lan-access-code']);
  });

  it("blocks a JWT in a URL's path before its query", () => {
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjaSI6MTM4MDQwODUsImlhdCI6MTcyNjc2MjI0M30.t4Q8FE8R9b3zHcWNJV4s7b9vvyWdI6619kGm0PcgFGo';
    expect(blockingIds('src/main.cpp', `String serverPath = "https://stations.windy.com/pws/update/${jwt}?";\n`)).toEqual(['json-web-token']);
  });

  it('names a Binance secret under a bare name in a file that uses Binance', () => {
    const secret = 'v0gKq8Lm2Vx7Pk2Nw5Tq8vJd3Hs6Fb1Kc9Ye4Wa7Mn2Gx5Rz8Lt3Qw6Ep1Ub4Yh7Z';
    expect(blockingIds('stream_trades.py', `from binance import ThreadedWebsocketManager\nsecret_key="${secret.slice(0, 64)}"\n`)).toEqual(['binance-api-secret']);
  });
});

describe('router, notes, cookie and session shapes', () => {
  it("reads OpenWrt's WireGuard key in a uci file and a uci command, and lowers one typed along the keyboard", () => {
    const network = (key: string): string => `config interface 'wg0'\n\toption proto 'wireguard'\n\toption private_key '${key}'\n`;
    expect(blockingIds('etc/config/network', network('6Jm4kH9zq2WmT4xVb7Lp0RcN8yJd3Fs6Ga1Qe5Uo2Iw='))).toEqual(['wireguard-private-key']);
    expect(blockingIds('setup.sh', "uci set network.wg0.private_key='MMiqkH9zq2WmT4xVb7Lp0RcN8yJd3Fs6Ga1Qe5Uo2Ik='\n")).toEqual(['wireguard-private-key']);
    expect(blockingIds('etc/config/network', network('AJXKLmQ2vN8pR4tY6uI0oP1aSdF3gH5jKlZxCvB7nE0='))).toEqual([]);
  });

  it("reads a notes file's PASS label and a password with symbols", () => {
    expect(blockingIds('notes.md', 'DBADMIN PASS - Vq7mLx2Tz@9RkpWnQe8Ls\n')).toEqual(['notes-file-labelled-secret']);
    expect(blockingIds('notes.txt', 'proxy bypass: localhost,127.0.0.1,internal.shop.io\n')).toEqual([]);
  });

  it("leaves Rails' form authenticity token alone and reads Instagram's session in a Selenium cookie object", () => {
    expect(blockingIds('lib/login.rb', '    "authenticity_token" => "8ceb2f0a9d1c4e7b6a5f3e2d1c0b9a8f",\n')).toEqual([]);
    const cookie = "cookies = [\n    {'domain': '.instagram.com', 'name': 'sessionid', 'path': '/',\n     'secure': True, 'value': '51234987650%3AQm4vT9xLw2ZpR7%3A12%3AAYfKq8Lm2Vx7Pk2Nw5Tq8vJd3Hs6'},\n]\n";
    expect(blockingIds('cookies.py', cookie)).toEqual(['social-session-cookie']);
  });

  it('reads a Pyrogram 1.x session string of 351 characters', () => {
    const session =
      'AiHWx1iIIk5Lb5M49oOFFoPQtkw-xH8Yh5kwQ6Wnb13EilrhhcMvqU38nbkhtt2vmMzQkaJHjEMCgS2x9mgR2apsv2SyJGwFFxUqY3456pxQL8QGN6Vb3oaCG35nhUtQPv9CVWUNwOySiiwnqcvr92l7yJF_c8l59TNWP7pxTzNly8M6PntwEQG2D85dNq0UPRl42dPIbSQYfE58u75BIXu3SO47vqNRFythQ7GJqy_VBfZSPdoaPJK82KcwLSCGbpag-yD6uHGmGT4n6Kwefmz_GlkPznmOR5ZNk1WxBNmzKIXAUbHW5LGmqpzWyZT32tS4GkUxhdHyEBG4o3_HjunfcNS-JPM';
    expect(blockingIds('config.py', `SESSION_STRING = "${session}"\n`)).toEqual(['telegram-string-session']);
  });

  it("leaves the ion token CesiumJS shipped as its default alone", () => {
    const published = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiJlYWE1OWUxNy1mMWZiLTQzYjYtYTQ0OS1kMWFjYmFkNjc5YzciLCJpZCI6NTc3MzMsImlhdCI6MTYyNzg0NTE4Mn0.XcKpgANiY19MC4bdFUXMVEBToBmqS8kuYpUlxJHYZxk';
    expect(blockingIds('src/index.js', `Cesium.Ion.defaultAccessToken = '${published}';\n`)).toEqual([]);
  });
});

describe('licensing, robotics and labelled JWT secrets', () => {
  const hex64 = 'cab4c1e09b2d4f3a8e6c5b1d0f9a2e7c3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e';

  it('names a KeyAuth secret inside skCrypt and passed by position, not an empty one', () => {
    expect(blockingIds('loader/main.cpp', `std::string secret = skCrypt("${hex64}").decrypt();\n`)).toEqual(['keyauth-app-secret']);
    expect(blockingIds('Login.cs', `public static api KeyAuthApp = new api("smbot", "zbtz7lqHV9", "${hex64}", "1.4.6");\n`)).toEqual(['keyauth-app-secret']);
    expect(blockingIds('loader/main.cpp', 'std::string secret = skCrypt("").decrypt();\n')).toEqual([]);
  });

  it('names a Viam location secret across lines of its Credentials call, and a Foxglove key as an env default', () => {
    const creds = "creds = Credentials(\n    type='robot-location-secret',\n    payload='xhp24kq9m2x8vn5b3c7w1r6y0p4l9s2d8f5h3j7g1a6k0q2w')\n";
    expect(blockingIds('main.py', creds)).toEqual(['viam-robot-secret']);
    expect(blockingIds('slam.py', "KEY = os.getenv('FOXGLOVE_API_KEY', 'fox_sk_Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6')\n")).toEqual(['foxglove-api-key']);
  });

  it("blocks a 64-byte JWT secret alone under its label in a doc, not a guide's stand-in", () => {
    const secret = 'F3SQFQHAmChWTwM056Yz//8iGrh+Y47R4LDL8TDlYN+KuEyPTcS3QUCBnOpNnL7DTF9e1TJ6+PtPbjCLYB4HJQ==';
    expect(blockingIds('SUPABASE_JWT_SECRET.md', `**Supabase JWT Secret:**\n\`\`\`\n${secret}\n\`\`\`\n`)).toEqual(['labelled-jwt-secret-block']);
    expect(blockingIds('docs/setup.md', '**Supabase JWT Secret:**\n```\nyour-super-secret-jwt-token-with-at-least-32-characters-long\n```\n')).toEqual([]);
  });
});

describe('values that only stand in for one', () => {
  it("reads a regex's capture group, a hash tag before a stand-in, and filler around a stock word as no value", () => {
    expect(blockingIds('extract.py', "    'hasura': [r'HASURA_GRAPHQL_ADMIN_SECRET=(.+?)(?:\\r?\\n|$)'],\n")).toEqual([]);
    expect(blockingIds('jupyter_notebook_config.py', "c.NotebookApp.password = 'sha1:<password_hash>'\n")).toEqual([]);
    expect(blockingIds('journal/week4.md', 'export URL="postgresql://cruddurroot:@zzpasswordzz@zzzzz:5432/cruddur"\n')).toEqual([]);
  });

  it("leaves Postman's cache-busting token header alone", () => {
    expect(blockingIds('GeocodeController.php', '    "Postman-Token: b6f2c1d4-8e3a-4f7b-9c2d-5a1e8f3b7c6d",\n')).toEqual([]);
  });
});

describe('component metadata, proxy cookies and audio keys', () => {
  it("reads a Dapr component's name and value lines as one setting, not a secretKeyRef", () => {
    const component = (entry: string): string =>
      `apiVersion: dapr.io/v1alpha1\nkind: Component\nspec:\n  type: pubsub.redis\n  metadata:\n  - name: redisPassword\n${entry}`;
    expect(blockingIds('components/pubsub.yaml', component('    value: Vq7mLx2Tz9Rk3pWnQe8\n'))).toEqual(['dapr-component-metadata-secret']);
    expect(blockingIds('components/pubsub.yaml', component('    secretKeyRef:\n      name: redis\n      key: password\n'))).toEqual([]);
  });

  it('reads an account key in a Kubernetes env entry', () => {
    const env = '        env:\n          - name: STORAGE_ACCOUNT_KEY\n            value: "Zr5qLm0Vx7Pk2Nw5Tq8vJd3Hs6Fb1Kc9Ye4Wa7Mn2G"\n';
    expect(blockingIds('k8s/deploy.yaml', `kind: Deployment\n${env}`)).toEqual(['kubernetes-env-literal-secret']);
  });

  it("names an oauth2-proxy cookie secret for what it is, not JupyterHub's, and Atlas's key in its Terraform provider", () => {
    expect(blockingIds('oauth2-proxy.cfg', 'provider = "oidc"\ncookie_secret = "nilj4kQm7TzR2wXk9LpV4nY8cJd3HfB6"\n')).toEqual(['generic-secret-assignment']);
    const provider = 'provider "mongodbatlas" {\n  public_key = "tehlfhxa"\n  private_key  = "5f1e8c2a-7b4d-4e9f-a3c6-0d2b9e7f1a48"\n}\n';
    expect(blockingIds('main.tf', provider)).toEqual(['mongodb-atlas-private-key']);
  });

  it('names a Freesound key given to set_token and a Listen Notes key in its header', () => {
    expect(blockingIds('dl.py', 'client = freesound.FreesoundClient()\nclient.set_token("6rsKq8Lm2Vx7Pk2Nw5Tq8vJd3Hs6Fb1Kc9Ye4WaM", "token")\n')).toEqual(['freesound-api-key']);
    expect(blockingIds('src/App.js', "headers: { 'X-ListenAPI-Key': '8cdc4f1e2d4c5b8a7f9e0d1c2b3a4f5e' },\n")).toEqual(['listennotes-api-key']);
  });
});

describe('commerce, time-tracking and mailer scripts', () => {
  it('names a VTEX app token wrapped onto the line after its header, and a Toggl token in its Basic login', () => {
    const headers = `headers: {\n  "X-VTEX-API-AppToken":\n    "XSVWSSHWJSKEVMWTUWLEXMWGRALHXJSYOEYPWSQUDCDGDNVNIOQDKAVTTHETEWHBPTZAWMKVGDBQFKOVIYYZLRSDREUAGRHHMZELDIIGWVJWCJXECFFEUJYJWSETNDEQ",\n}\n`;
    expect(blockingIds('antifraud/index.js', headers)).toEqual(['vtex-app-token']);
    expect(blockingIds('toggl.py', "r = requests.get(url, auth=('2238c1e09b2d4f3a8e6c5b1d0f9a2e7c', 'api_token'))\n")).toEqual(['toggl-api-token']);
  });

  it("reads a password of lower case and digits holding one star as a password, not a mask", () => {
    expect(blockingIds('SendMail.au3', '$m_Password = "9ps5k*2q"\n')).toEqual(['generic-secret-assignment']);
  });

  it("leaves a Swift CodingKeys raw value, an example access token and Adapty's second docs key alone", () => {
    expect(blockingIds('VerifyReceiptBody.swift', 'enum CodingKeys: String, CodingKey {\n    case sharedSecret = "password"\n}\n')).toEqual([]);
    expect(blockingIds('create_test_tokens.py', '    "access_token": "Atza|IwEBIKnJV2Dt-example-access-token",\n')).toEqual([]);
    expect(blockingIds('docs/api/ss-authorization.md', 'for example, `Api-Key secret_live_Pj1P1xzM.3CvSvE3IalQRFjsWy3csBVNpH71atnod`.\n')).toEqual([]);
  });
});

describe('cluster bootstrap and game accounts', () => {
  it("names kubeadm's certificate key, not a stand-in or a variable", () => {
    expect(blockingIds('join.sh', 'kubeadm join 10.0.0.10:6443 --control-plane --certificate-key 85a2edf9616f034f763378808d24a53d6cd971a79c42532cbd107fc4a82e64f8\n')).toEqual(['kubeadm-certificate-key']);
    expect(blockingIds('join.sh', 'kubeadm join "$ENDPOINT" --control-plane --certificate-key "$CERT_KEY"\n')).toEqual([]);
  });

  it('names a Steam Guard secret handed to steam-totp, not a config read', () => {
    expect(blockingIds('server.js', "twoFactorCode: SteamTotp.generateAuthCode('r1R6ZZ2c+DzSNwMbql4K6EQqrIE=')\n")).toEqual(['steam-guard-secret']);
    expect(blockingIds('server.js', 'twoFactorCode: SteamTotp.generateAuthCode(config.sharedSecret)\n')).toEqual([]);
  });
});

describe('Grafana keys and defaults', () => {
  it("names a legacy Grafana API key with a short name, and leaves Grafana's default secret_key alone", () => {
    expect(blockingIds('config.js', 'const GRAFANA_TOKEN = "eyJrIjoiZjc1ZmtWMXlDTUJtYVJiT0dsckpCbjJQazVXV0VHVXYiLCJuIjoiZG5pIiwiaWQiOjF9";\n')).toEqual(['grafana-api-key']);
    expect(blockingIds('conf/grafana.ini', '[security]\nsecret_key = SW2YcwTIb9zpOOhoPsMm\n')).toEqual([]);
  });
});

describe('hosted MQTT brokers', () => {
  it("reads a hosted broker's password set on a config struct, and leaves a sketch's bare Wi-Fi password to the other rules", () => {
    const c = 'mqtt_cfg.username=\t\t"wckwlvot";\nmqtt_cfg.password=\t\t\t"MxoMTQjeEIHE";\nmqtt_cfg.uri = "mqtt://m13.cloudmqtt.com:18747";\n';
    expect(blockingIds('main/main.c', c)).toEqual(['hosted-mqtt-broker-password']);
    const sketch = 'const char* password = "Qm4vT9xLw2Zp";\nconst char* mqtt_server = "f3a1.s1.eu.hivemq.cloud";\n';
    expect(blockingIds('src/main.ino', sketch)).not.toContain('hosted-mqtt-broker-password');
  });
});

describe('hobby API keys and raw strings', () => {
  it('names Lichess, AeroAPI, AviationStack and TON Center keys', () => {
    expect(blockingIds('src/App.js', "headers: { Authorization: 'Bearer lip_O5EqK8vT2xWm9LpQz4Rn' }\n")).toEqual(['lichess-personal-access-token']);
    expect(blockingIds('tracker.py', 'AEROAPI_KEY = "Qm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs1Ke6"\n')).toEqual(['flightaware-aeroapi-key']);
    expect(blockingIds('flights.js', 'fetch(`http://api.aviationstack.com/v1/flights?access_key=e3e6c1e09b2d4f3a8e6c5b1d0f9a2e7c`)\n')).toEqual(['aviationstack-access-key']);
    expect(blockingIds('.env.production', 'TONCENTER_API_KEY=9d41c1e09b2d4f3a8e6c5b1d0f9a2e7c3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e\n')).toContain('toncenter-api-key');
  });

  it('reads a Dart or Python raw string as the literal it is', () => {
    expect(blockingIds('creds.dart', "const String clientSecret = r'65kjQm4vT9xLw2ZpR7nKc3Hy8JdAx5Fs';\n")).toEqual(['generic-secret-assignment']);
  });
});
