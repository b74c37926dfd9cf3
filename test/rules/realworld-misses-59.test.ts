import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 527 onwards. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('sample 527: maps and weather', () => {
  it('blocks a weather or geocoding key written beside the URL that uses it, not one read from the environment', () => {
    const accu = (key: string): string => `export const WeatherApi = {\n  urlLocation: 'http://dataservice.accuweather.com/locations/v1/',\n  key: ${key},\n};\n`;
    expect(blockingIds('src/const/weather-api.ts', accu("'qT7vLm2Rx9KpW4zNc8HdB3sF6jY1gA5e'"))).toEqual(['location-api-key-beside-url']);
    expect(blockingIds('src/const/weather-api.ts', accu('process.env.ACCUWEATHER_KEY'))).toEqual([]);
    const cage = '      const key = "3f9c1e275a8b4d029e6fb17a0c4d8e25"\n      const res = await axios.get(\n        `https://api.opencagedata.com/geocode/v1/json?key=${key}&q=${city}`\n      )\n';
    expect(blockingIds('controllers/geo.js', cage)).toEqual(['location-api-key-beside-url']);
  });

  it("keeps a Gemini key blocking beside a listed Firebase web config, whose own key stays public", () => {
    const env = 'GEMINI_API_KEY=AIzaSyQ8mLx2vTz7Kp4Wn9Rb3Hd6Fs1Jg5Ue0Yc\nFIREBASE_API_KEY=AIzaSyR2wN7kLp4Vx9Tq3Mb8Hc5Jd1Fg6Ze0Ua\nFIREBASE_APP_ID=1:1000697638766:web:f55e1ba6aac44a84fb89fd\n';
    expect(blockingIds('DEPLOYMENT_CHECKLIST.md', env)).toEqual(['google-api-key']);
  });

  it('drops a Mapbox secret token whose signature says to paste the real one', () => {
    expect(blockingIds('PLAN.md', 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoieW91ci1rZXktZ29lcy1oZXJlIn0.PASTE_REAL_TOKEN_HERE\n')).toEqual([]);
  });
});

describe('samples 528 and 529: newsletters and analytics', () => {
  it("blocks Kit's v4 key and leaves its v3 API key, which browsers use to subscribe", () => {
    expect(blockingIds('KOYEB_DEPLOYMENT.md', 'CONVERTKIT_API_KEY=kit_58311529420487ea1361a121dee086c8\n')).toEqual(['kit-api-key']);
    expect(blockingIds('main.js', "const KIT_API_KEY = 'tQ3hW-KpaRzE8m2xYLcvNd';\n")).toEqual([]);
  });

  it('blocks a Mandrill key given straight to the transactional client', () => {
    const api = 'const mailchimp = require("@mailchimp/mailchimp_transactional")("S9gjcX3NvUC98hcAcmDYXg");\n';
    expect(blockingIds('api.js', api)).toEqual(['mailchimp-transactional-api-key']);
  });

  it("blocks a Mixpanel API secret used as an export URL's login", () => {
    expect(blockingIds('config.js', '// https://3e3e872cc76c51c98238711f44a7cc45@data.mixpanel.com/api/2.0/export?from_date=2024-01-01\n')).toEqual(['mixpanel-api-secret']);
  });
});

describe('sample 530: feature flags', () => {
  it("blocks Unleash, DevCycle and Flagsmith server keys, not Unleash's published development token", () => {
    expect(blockingIds('benchmark.sh', 'export AUTH_TOKEN=default:production.9a7b1e20c493aa4c1db2f051de8a3c9e773f9c1e275a8b4d029e6fb1\n')).toEqual(['unleash-api-token']);
    expect(blockingIds('README.md', 'UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token\n')).toEqual([]);
    expect(blockingIds('VERCEL_ENV_SETUP.md', 'DEVCYCLE_SERVER_SDK_KEY=dvc_server_3f9c1e27_5a8b_4d02_9e6f_b17a0c4d8e25_7b1e20c\n')).toEqual(['devcycle-server-sdk-key']);
    expect(blockingIds('NOTES.md', 'VITE_FLAGSMITH_ENVIRONMENT_KEY=ser.Tz8kQw3mLp7Vx2RnHb4JwE\n')).toEqual(['flagsmith-server-key']);
  });

  it("leaves the access token of Steampipe's LaunchDarkly plugin config, published in its docs", () => {
    expect(blockingIds('README.md', 'connection "launchdarkly" {\n  access_token = "api-dd8ce121-cd11-401c-be02-322b7362111d"\n}\n')).toEqual([]);
    expect(blockingIds('README.md', 'connection "launchdarkly" {\n  access_token = "api-4c1e9a72-0b5d-4f38-a6e2-7d90c3b18f54"\n}\n')).toEqual(['launchdarkly-access-token']);
  });
});

describe('samples 531, 533 and 534: logs, SMS and registries', () => {
  it('blocks log shippers’ ingest credentials: Sumo Logic source URLs, Loggly tokens, Axiom tokens', () => {
    const sumo = 'ENV SUMO_URL=https://endpoint1.collection.us2.sumologic.com/receiver/v1/http/ZaVnC4dhaV2Kq8Lw3Xz9Pm4Vt8Rb3Nc6Md1Fs5Gy0Ja8Eu2Io7Tx3Km9Qw1Rz6Yp4Nv7Bc0Ls5Ht2Xq8Lw2Xz9Kp4Vt8Rb3Nc6Md1Fs5Gy0Ja8Eu2Io7Tx3Km9Qw1Rz6Y==\n';
    expect(blockingIds('Dockerfile', sumo)).toEqual(['sumologic-http-source-url']);
    const loggly = '    r = self.class.post("http://logs-01.loggly.com/inputs/#{token}/tag/http/", body: body)\n  end\n\n  def token\n    "7c4e1a2b-9d3f-4e8a-b6c5-0f1e2d3c4b5a"\n  end\n';
    expect(blockingIds('log_watcher.rb', loggly)).toEqual(['loggly-customer-token']);
    const axiom = "const AXIOM_API_TOKEN = process.env.AXIOM_API_TOKEN || 'xaat-3f9c1e27-5a8b-4d02-9e6f-b17a0c4d8e25';\n";
    expect(blockingIds('server.js', axiom)).toEqual(['axiom-token']);
  });

  it("leaves the example keys of Datadog's documentation", () => {
    const options = (api: string): string => `options = {\n    'api_key': '${api}',\n}\n`;
    expect(blockingIds('api-monitor-create.py', options('9775a026f1ca7d1c6c5af9d94d9595a4'))).toEqual([]);
    expect(blockingIds('api-monitor-create.py', options('4c1e9a720b5d4f38a6e27d90c3b18f54'))).toEqual(['generic-secret-assignment']);
  });

  it('blocks an Infobip key in its App authorization header', () => {
    const header = "headers = {\n    'Authorization': 'App 3f9c1e275a8b4d029e6fb17a0c4d8e25-7b1e20c4-93aa-4c1d-b2f0-51de8a3c9e77',\n}\n";
    expect(blockingIds('accounts/utils.py', header)).toEqual(['infobip-api-key']);
  });

  it("reads Harbor's stock admin password in a setup guide as the product's default, not a leak", () => {
    expect(blockingIds('docs/HARBOR_SETUP.md', 'docker login harbor.example.com -u admin -p Harbor12345\n')).toEqual([]);
    expect(blockingIds('docs/HARBOR_SETUP.md', 'docker login harbor.example.com -u admin -p Kt5wharf9Lz\n')).toEqual(['cli-login-password']);
  });
});
