import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveAlnum } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 599 onwards. Every value is invented, except the published docs and emulator values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 599 to 602: Azure settings, Java builds and package registries', () => {
  it('blocks an Azure SignalR connection string, not the Az docs sample resource', () => {
    const settings = '"Azure:SignalR:ConnectionString": "Endpoint=https://chat-prod.service.signalr.net;AccessKey=+ScXeV8dK+046k7qqOPMPydYJwYpeWHIEN9Pzo+Nz1w=;Version=1.0;"\n';
    expect(blockingIds('appsettings.json', settings)).toEqual(['azure-signalr-connection-string']);
    expect(blockingIds('DEPLOY.md', settings)).toEqual(['azure-signalr-connection-string']);
    expect(blockingIds('docs/keys.md', settings.replace('chat-prod', 'mysignalr1'))).toEqual([]);
  });

  it("takes the Cosmos DB emulator's published key for what it is, in code, docs and connection strings", () => {
    const key = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';
    expect(blockingIds('src/db.ts', `const key = process.env.COSMOS_KEY || '${key}';\n`)).toEqual([]);
    expect(blockingIds('LOCAL_DEV.md', `AccountEndpoint=https://localhost:8081/;AccountKey=${key};\n`)).toEqual([]);
    expect(blockingIds('Startup.cs', `    { "COSMOS_TOKEN", "${key}" },\n`)).toEqual([]);
  });

  it("does not read a CrowdStrike registry user name as a Firecrawl key, nor a token's kind as a password", () => {
    expect(blockingIds('Jenkinsfile', "        CS_USERNAME = 'fc-1be970bbaa89b3778fb1fe64a4130429'\n")).toEqual([]);
    expect(blockingIds('scripts/crawl.sh', 'export FIRECRAWL_API_KEY=fc-1be970bbaa89b3778fb1fe64a4130429\n')).toEqual(['firecrawl-api-key']);
    const settings = '<server>\n  <id>github</id>\n  <username>shop</username>\n  <password>personal-access-token</password>\n</server>\n';
    expect(blockingIds('.mvn/settings.xml', settings)).toEqual([]);
  });

  it("leaves NuGet's documentation passwords, blocks a Gemfury token in an npm registry path", () => {
    const docs = '<packageSourceCredentials>\n  <Contoso>\n    <add key="Username" value="user@contoso.com" />\n    <add key="ClearTextPassword" value="33f!!lloppa" />\n  </Contoso>\n</packageSourceCredentials>\n';
    expect(blockingIds('docs/nuget-config-file.md', docs)).toEqual([]);
    expect(blockingIds('build.sh', 'npm install --registry https://npm-proxy.fury.io/rQHfFPcRlamVgSAnS9KJ/shop-apps/ shop-core\n')).toEqual(['gemfury-source-token']);
    expect(blockingIds('.npmrc', 'registry=https://npm.fury.io/shop-apps-packages/\n')).toEqual([]);
  });
});

describe('samples 603 to 606: deploy scripts, East Asian APIs, ad platforms and backups', () => {
  it('blocks an FTP URL whose user is an e-mail address', () => {
    expect(blockingIds('get_logs.bat', 'winscp.com /command "open ftp://deploy@shop-tools.net:U9y7OMioPUh9@ftp.shop-tools.net/" "exit"\n')).toEqual(['url-embedded-credentials']);
  });

  it('blocks Kakao REST keys in a KakaoAK header, a KakaoPay secret key and a Naver secret of letters alone', () => {
    expect(blockingIds('books/views.py', 'headers = {"Authorization": "KakaoAK 2420691f6d2ab8505951f0fbd441b6f7"}\n')).toEqual(['kakao-rest-api-key']);
    expect(blockingIds('docs/KAKAO_SETUP.md', '```env\nKAKAO_JAVASCRIPT_KEY=129ae0e37067e892e17955eeecda8d58\n```\n')).toEqual([]);
    expect(blockingIds('static/js/payment.js', '  headers: { Authorization: "SECRET_KEY DEVAB102313934D9E143BFB1CF454B365FCF8B08" },\n')).toEqual(['kakaopay-secret-key']);
    const naver = '    headers: {\n      "X-Naver-Client-Id": "Tq3fKd0sWm",\n      "X-Naver-Client-Secret": "OXAuKRZTfW",\n      "Access-Control-Allow-Origin": "*",\n    },\n';
    expect(blockingIds('src/api/naver.js', naver)).toEqual(['naver-openapi-client-secret']);
  });

  it("leaves Toss Payments' docs keys and Google Ads' docs developer token; blocks the token as an environment name", () => {
    expect(blockingIds('src/providers/toss.ts', "const secretKey = 'test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R';\n")).toEqual([]);
    expect(blockingIds('tests/logger.test.ts', '  developer_token: "ABcdeFGH93KL-NOPQ_STUv",\n')).toEqual([]);
    expect(blockingIds('scripts/ads.sh', 'export GOOGLE_ADS_DEVELOPER_TOKEN=ljBPIaCniROcU71-9D5Dso\n')).toEqual(['google-ads-developer-token']);
  });

  it('blocks an Amazon refresh token of over 600 characters', () => {
    expect(blockingIds('config.py', `LWA_REFRESH_TOKEN = "Atzr|IwEB${deriveAlnum('lwa-long', 640)}"\n`)).toEqual(['amazon-lwa-refresh-token']);
  });

  it("blocks an autorestic backend's restic key and a Nextcloud app password, also in a plan", () => {
    const autorestic = 'backends:\n  remote:\n    type: b2\n    path: "backups:home"\n    key: 7M9pzLZTjzJNDuuuiNz9A2qcVhpL8ZR0zTlLYe1WRRtRsH9nUv6zc9sXDiE7lAoiHooVfxZ8m32SXA\n';
    expect(blockingIds('.autorestic.yml', autorestic)).toEqual(['autorestic-backend-key']);
    expect(blockingIds('.autorestic.yml', autorestic.replace(/key: .*/, 'key: ${RESTIC_KEY}'))).toEqual([]);
    expect(blockingIds('plan.md', 'NEXTCLOUD_APP_PASSWORD=Aq2bE-PP94U-kEo5G-7tds6-ZcXwX\n')).toEqual(['nextcloud-app-password']);
  });
});
