import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveHex } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 169 to 176 (Python and Node apps on PaaS, Chinese cloud and chat
// platforms, homelab stacks, SMS gateways, analytics keys, Microsoft 365 apps, video APIs). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 169: Django, Flask and FastAPI apps on PaaS', () => {
  it("blocks a Django key in a deploy guide as in the env file, leaving startproject's django-insecure- keys to their rule", () => {
    const guide = '## Render\n\n```\nSECRET_KEY=q7(x!2kz#m9w@4rt^8vb&3nc)1ps%5dg-h0j=l2y+w3zq8\n```\n';
    expect(blockingIds('RENDER-ENVIRONMENT-VARIABLES.md', guide)).toEqual(['env-file-secret-key']);
    expect(blockingIds('docs/RENDER_ENV_VARS.md', 'SECRET_KEY = django-insecure-v8sk33l-@lwwfr6^f2$8^cjjro3*f(1234567890)\n')).toEqual([]);
  });
});

describe('sample 170: Express, NestJS and Next.js back ends', () => {
  it('blocks a guessable database password beside a dynamic-DNS host, as beside a managed one', () => {
    const remote = 'mysql.createConnection({\n  host: "shopcasa.ddns.net",\n  port: 3306,\n  user: "app",\n  password: "minhaSenha",\n});\n';
    expect(blockingIds('server.js', remote)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('server.js', remote.replace('shopcasa.ddns.net', 'localhost'))).toEqual([]);
  });

  it('reads any secret in a doc that declares production as deployed, not only generic ones', () => {
    const env = '## ENV\n- NODE_ENV=production\n- PORT=3000\n- JWT_SECRET="[Yt7q,Lm2@xV9)kR4=wB8{nZ3?cH6pD1fS5jG0"\n';
    expect(blockingIds('README.md', env)).toEqual(['jwt-signing-secret']);
    expect(blockingIds('README.md', env.replace('production', 'development'))).toEqual([]);
  });

  it('finds a SendGrid key wrapped in base64 by its encoded prefix', () => {
    const wrapped = Buffer.from('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').toString('base64');
    expect(blockingIds('server.js', `// sendgrid base 64 api key: ${wrapped}\n`)).toEqual(['sendgrid-api-key']);
  });
});

describe('sample 171: Chinese cloud and chat platforms', () => {
  it('blocks group-robot webhooks and signing secrets, and a Tencent SecretKey on the line after its AKID', () => {
    expect(blockingIds('FS_Post.py', "url = 'https://open.feishu.cn/open-apis/bot/v2/hook/4f1c9a2e-7b3d-4e8a-9c6f-2d5b8e1a7c3f'\n")).toEqual(['feishu-bot-webhook']);
    expect(blockingIds('dingding_demo.py', `secret = 'SEC${deriveHex('dingtalk', 64)}'\n`)).toEqual(['dingtalk-robot-secret']);
    const credential = "cred = credential.Credential(\n        'AKIDBQBm11kpoQ9FnxkI3BUBD2xTn9tOVC78',\n        'Hq3Wm8Zr1Tx6Vb9Nc4Lk7Pd2Sf5Gj0Ya')\n";
    expect(blockingIds('send_message.py', credential)).toEqual(['tencent-cloud-secret-id', 'tencent-cloud-secret-key']);
  });
});

describe('sample 172: homelab and media-server stacks', () => {
  it("blocks the *arr apps' API key in config.xml and a dashboard widget's key, not a template", () => {
    expect(blockingIds('sonarr/config.xml', '<Config>\n  <ApiKey>4f1c9a2e7b3d4e8a9c6f2d5b8e1a7c3f</ApiKey>\n</Config>\n')).toEqual(['xml-element-secret']);
    expect(blockingIds('sonarr/config.xml', '<Config>\n  <ApiKey>${SONARR_API_KEY}</ApiKey>\n</Config>\n')).toEqual([]);
    const widget = 'widget = {\n  type = "radarr";\n  url = "http://127.0.0.1:7878";\n  key = "173249b590989b76da3feffda12155f2";\n};\n';
    expect(blockingIds('modules/homepage/default.nix', widget)).toEqual(['homepage-widget-key']);
  });

  it('names a WireGuard key passed to docker run or commented out as a WireGuard key', () => {
    const run = '\t-e WIREGUARD_PRIVATE_KEY=kH9zq2WmT4xVb7Lp0RcN8yJd3Fs6Ga1Qe5Uo2Iw9PtY= \\\n# PrivateKey = CPZAyM4UabopT1ylk1t8mxm0mhtRkXJ08okkOAvt+VE=\n';
    expect(blockingIds('qbittorrent.sh', run)).toEqual(['wireguard-private-key', 'wireguard-private-key']);
  });
});

describe('sample 173: SMS gateways', () => {
  it('judges a short word prefix and a hex body on the body, and keeps a hex secret whose name says hash secret', () => {
    expect(blockingIds('scripts/render-env.sh', 'SMS_API_KEY=wxyz_d383aba0301e2e3bd32f5c0c2b0ba4dae2af757537c6ba9d35f43b8813659d01\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('scripts/render-env.sh', 'ID_HASH_SECRET=bb2d1124831c4526efeb0df19b8a46ec257a56d8e4913909fa82ba3c86fdbae2\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('scripts/render-env.sh', 'FILE_HASH=bb2d1124831c4526efeb0df19b8a46ec257a56d8e4913909fa82ba3c86fdbae2\n')).toEqual([]);
  });

  it('reads a `your-…-string` value as a placeholder', () => {
    expect(blockingIds('docs/RENDER_DEPLOYMENT.md', 'JWT_SECRET=your-random-32-char-string\n')).toEqual([]);
  });
});

describe('sample 174: analytics and feature-flag keys', () => {
  it("lowers an analytics SDK's browser key in its settings block, not a secret beside it", () => {
    const config = "const config = {\n    amplitude: {\n        apiKey: 'b46a1c9e2f7d4a3b8e6c0f5d9a2b7e1c',\n    },\n};\n";
    expect(blockingIds('src/conf/analytics.ts', config)).toEqual([]);
    expect(blockingIds('src/conf/analytics.ts', config.replace('apiKey', 'secretKey'))).toEqual(['js-config-signing-secret']);
  });

  it('reads a bearer token with a colon in it (Optimizely `2:…`)', () => {
    expect(blockingIds('get_export_credentials.py', '    "Authorization": "Bearer 2:Rw8kTq3vZm7Lp2Xc9NbH4yFj6DsA1gKe5WuQo0PiVt3nBz7Mx",\n')).toEqual(['http-authorization-header']);
  });
});

describe('sample 176: video and media APIs', () => {
  it("blocks Agora certificates under any Agora name, not the token builders' mixed-case sample", () => {
    expect(blockingIds('src/config/agora.js', "export const AGORA_CERTIFICATE = '9d4e2a7c1f6b3e8a0c5d9b2f7e1a4c6d';\n")).toEqual(['agora-app-certificate']);
    expect(blockingIds('RtcTokenBuilderSample.java', '// Agora\nstatic String appCertificate = "7A1cE93bD06f42Ea8c5D17b9F30e6A2c";\n')).toEqual([]);
  });

  it('reports a certificate or a Bearer key read from a browser-exposed variable', () => {
    expect(scan('src/config/agora.js', "const cert = process.env.EXPO_PUBLIC_AGORA_CERTIFICATE || '';\n")).toEqual([{ ruleId: 'client-exposed-secret-env-read', blocking: true }]);
  });
});
