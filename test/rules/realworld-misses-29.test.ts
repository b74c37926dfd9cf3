import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Items left open by earlier samples, and misses and false positives found in samples 153 to 156. Every value is
// invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('left open: bundler configs that paste server keys into the browser bundle', () => {
  const studio = "export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, '.', '');\n  return {\n    define: {\n      'process.env.API_KEY': JSON.stringify(env.GEMINI_API_KEY),\n      'process.env.GEMINI_API_KEY': JSON.stringify(env.GEMINI_API_KEY)\n    },\n  };\n});\n";

  it("blocks Vite's define of a key named for a secret, once per defined name", () => {
    expect(blockingIds('vite.config.ts', studio)).toEqual(['bundler-define-server-secret', 'bundler-define-server-secret']);
  });

  it('leaves keys made for browsers, empty values and server bundles alone', () => {
    const browser = "define: {\n  'process.env.VITE_FIREBASE_API_KEY': JSON.stringify(env.VITE_FIREBASE_API_KEY),\n  'process.env.MAPBOX_ACCESS_TOKEN': JSON.stringify(env.MAPBOX_ACCESS_TOKEN),\n  'process.env.NODE_ENV': JSON.stringify(mode)\n}\n";
    expect(blockingIds('vite.config.ts', browser)).toEqual([]);
    expect(blockingIds('vite.config.ts', "define: { 'process.env.API_KEY': JSON.stringify('') }\n")).toEqual([]);
    expect(blockingIds('webpack.config.js', `module.exports = { target: 'node', plugins: [new webpack.DefinePlugin({ 'process.env.API_KEY': JSON.stringify(process.env.API_KEY) })] };\n`)).toEqual([]);
  });

  it('blocks defining process.env as the whole environment, not as the VITE_-prefixed part', () => {
    const all = "const env = loadEnv(mode, process.cwd(), '');\nreturn {\n  define: {\n    'process.env': env\n  }\n};\n";
    expect(blockingIds('vite.config.js', all)).toEqual(['bundler-define-whole-env']);
    expect(blockingIds('vite.config.js', all.replace(", ''", ''))).toEqual([]);
    expect(blockingIds('vite.config.js', "define: { 'process.env': { ...process.env } }\n")).toEqual(['bundler-define-whole-env']);
  });
});

describe('left open: Java and Kotlin servers, aiohttp', () => {
  it("blocks a Tomcat Manager login in tomcat-users.xml, a guessable one too, not an app user's or a placeholder", () => {
    const users = '<tomcat-users>\n  <user username="admin" password="s3cret" roles="manager-gui,admin-gui"/>\n  <user username="reader" password="Tq8vmW2pZr" roles="app-user"/>\n</tomcat-users>\n';
    expect(blockingIds('docker/conf/tomcat-users.xml', users)).toEqual(['tomcat-manager-user-password', 'generic-secret-assignment']);
    expect(blockingIds('conf/tomcat-users.xml', '<user username="tomcat" password="<must-be-changed>" roles="manager-gui"/>\n')).toEqual([]);
  });

  it("blocks Ktor's generated `secret = \"secret\"` in application.conf", () => {
    expect(blockingIds('src/main/resources/application.conf', 'jwt {\n    realm = "ktor sample app"\n    secret = "secret"\n}\n')).toEqual(['weak-secret-key-config']);
    expect(blockingIds('src/main/resources/application.conf', 'jwt {\n    secret = ${?JWT_SECRET}\n}\n')).toEqual([]);
  });

  it("reports aiohttp's ssl=False on a request or connector (medium), not redis-py's ssl=False", () => {
    expect(scan('bot/api.py', 'async with session.get(\n    url,\n    ssl=False,\n) as resp:\n')).toEqual([{ ruleId: 'aiohttp-ssl-verify-disabled', blocking: false }]);
    expect(scan('app/cache.py', 'r = redis.Redis(host=HOST, ssl=False)\n')).toEqual([]);
  });
});

describe('sample 154: API request collections and HTTP scratch files', () => {
  it('blocks a Twilio SID and auth token joined as a Basic-auth login, not one with the token from the environment', () => {
    const php = "$url = 'https://api.twilio.com/2010-04-01/Accounts/AC32db947063cefdb6b0609c53c8b0c792/Messages.json';\n$headers = ['Authorization: Basic '. base64_encode(\"AC32db947063cefdb6b0609c53c8b0c792:5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b\")];\n";
    expect(blockingIds('myapi/message2.php', php)).toEqual(['twilio-credential-pair']);
    expect(blockingIds('sms.sh', 'curl -u AC32db947063cefdb6b0609c53c8b0c792:$TWILIO_AUTH_TOKEN https://api.twilio.com/\n')).toEqual([]);
  });

  it("blocks a committed HTTP Client private env file, and reads its dev / local keys as sections, not development blocks", () => {
    const env = '{\n  "dev": {\n    "username": "12345",\n    "password": "3F2504E0-4F89-41D3-9A0C-0305E82C3301"\n  },\n  "local": {\n    "password": "Kv7rT2mXq9Lp"\n  }\n}\n';
    expect(blockingIds('api/http-client.private.env.json', env)).toEqual(['http-client-private-env-file', 'generic-secret-assignment', 'generic-secret-assignment']);
    // The same sections in another JSON file are development blocks (lowered, not blocking).
    expect(blockingIds('config/settings.json', env)).toEqual([]);
    expect(scan('http-client.private.env.json', '{\n  "dev": {\n    "token": "{{token}}"\n  }\n}\n')).toEqual([{ ruleId: 'http-client-private-env-file', blocking: false }]);
  });

  it("reads a collection's basic-auth password in any JSON file, not AWS-style Key / Value tags", () => {
    const collection = '{"info": {"_postman_id": "5c2e9a7b", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n "auth": {"type": "basic", "basic": [\n  {"key": "password", "value": "Vq3m-Torch-81", "type": "string"}\n ]}}\n';
    expect(blockingIds('api/MyShopAPI.json', collection)).toEqual(['postman-variable-secret']);
    expect(blockingIds('infra/tags.json', '[{"Key": "password", "Value": "Vq3m-Torch-81"}]\n')).toEqual([]);
  });

  it("lowers a generic token in a comment that shows a shell prompt running the script, not a provider's key", () => {
    const usage = '# $ TOKEN=Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAu scripts/users/index.sh\n\nAPI="http://localhost:4741"\n';
    expect(scan('scripts/users/index.sh', usage)).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
    expect(blockingIds('scripts/users/index.sh', usage.replace('# $ ', ''))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('scripts/sms.sh', '# $ OPENAI_API_KEY=sk-proj-Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAuT3BlbkFJQm4vT9xLw2ZpR7nKc3Hy8JdA ./sms.sh\n')).toEqual(['openai-api-key']);
  });
});

describe('sample 156: IoT and maker projects', () => {
  it("reads Arduino's SECRET_ prefix as a prefix: SECRET_PASS and SECRET_DEVICE_KEY are secrets, SECRET_SSID and SECRET_BROKER not", () => {
    const tab = '#define SECRET_SSID "Kv7rT2mXq9Lp"\n#define SECRET_PASS "Rk4w-Xq9v-2mTz"\n#define SECRET_BROKER "a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com"\n#define SECRET_DEVICE_KEY "Q7LZ2XKT9MWB4RFS8C3D"\n';
    expect(blockingIds('arduino_secrets.h', tab)).toEqual(['c-define-secret', 'arduino-iot-cloud-device-key']);
    expect(blockingIds('arduino_secrets.h', '#define SECRET_SSID "WiFi Name"\n#define SECRET_PASS "WiFi Password"\n')).toEqual([]);
  });

  it('names ThingSpeak, legacy Adafruit IO and Blynk device keys that carry no prefix, where the file names the service', () => {
    expect(blockingIds('watering/writing.ino', 'String apiKey = "Q7LZ2XKT9MWB4RFS";     //  Enter your Write API key from ThingSpeak\n')).toEqual(['thingspeak-api-key']);
    expect(blockingIds('CloudData.py', "URl='https://api.thingspeak.com/update?api_key='\n    KEY='TO5W8KQ2LZ7M3XRB'\n")).toEqual(['thingspeak-api-key']);
    expect(blockingIds('mqtt_pub/mqtt_pub.ino', '#define AIO_SERVER      "io.adafruit.com"\n#define AIO_KEY         "32db947063cefdb6b0609c53c8b0c792"\n')).toEqual(['adafruit-io-key']);
    // 32 hex digits whose entropy is 3.35 bits: one random token in five is that uneven.
    expect(blockingIds('Standalone.ino', '#include <BlynkSimpleEsp8266.h>\nchar auth[] = "f5553b3ab0560a9bff5267ace55fe45b";\n')).toEqual(['blynk-auth-token']);
    expect(blockingIds('src/main.c', 'char auth[] = "32db947063cefdb6b0609c53c8b0c792";\n')).toEqual([]);
  });

  it('reads run-in names such as mqttpass', () => {
    expect(blockingIds('secret.h', 'const char* mqttpass = "Kv7rT2mXq9LpR4wZ8NcY3bHd6JeF1gAu"; // Service User Secret\n')).toEqual(['generic-secret-assignment']);
  });

  it('reports a Mosquitto broker that admits anonymous clients (medium), unless it listens on loopback only', () => {
    const conf = 'listener 1883\nlistener 9001\nprotocol websockets\nallow_anonymous true\n';
    expect(scan('mqtt_broker/mosquitto.conf', conf)).toEqual([{ ruleId: 'mosquitto-anonymous-access', blocking: false }]);
    expect(scan('mqtt_broker/mosquitto.conf', 'listener 1883 127.0.0.1\nallow_anonymous true\n')).toEqual([]);
  });
});

describe('sample 155: headless CMS back ends', () => {
  it("blocks Directus's documented sample SECRET once, as a published value, wherever it is deployed", () => {
    expect(blockingIds('Dockerfile', 'ENV KEY=255d861b-5ea1-5996-9aa3-922530ec40b1\nENV SECRET=6116487b-cda1-52c2-b5b5-c8022c45e263\n')).toEqual(['weak-secret-key-config']);
    expect(blockingIds('src/directus.config.js', "  SECRET: '6116487b-cda1-52c2-b5b5-c8022c45e263',\n")).toEqual(['weak-secret-key']);
  });
});
