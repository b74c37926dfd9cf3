import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 198 to 206 (AI agent and MCP configs, Telegram and
// Discord bots, scrapers, ASP.NET Core apps, Helm and Kubernetes deploys, native Android and iOS apps, crypto trading
// bots, typed config code, PHP sites). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 198: AI agent and MCP configs', () => {
  it('leaves a key prefix followed by a mask alone', () => {
    expect(blockingIds('OAI_CONFIG_LIST', '[\n  { "model": "gpt-4o", "api_key": "sk-proj-**" }\n]\n')).toEqual([]);
  });

  it('names n8n, Context7, Brave Search and Serper keys, also in setup docs', () => {
    const n8n = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiNDJmZWZmNC1jNzQwLTRhYTEtYTc5My1hNjZmZTkxNmYxZGUiLCJpc3MiOiJuOG4iLCJhdWQiOiJwdWJsaWMtYXBpIiwiaWF0IjoxNzAwMDAwMDAwfQ.Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo';
    expect(blockingIds('docs/N8N_MCP.md', `\`\`\`json\n"env": {\n  "N8N_API_KEY": "${n8n}"\n}\n\`\`\`\n`)).toEqual(['n8n-api-key']);
    expect(blockingIds('.vscode/mcp.json', '"args": ["-y", "@upstash/context7-mcp", "--api-key", "ctx7sk-4fc75844-0d88-4f43-6229-f1616bbab8ae"]\n')).toEqual(['context7-api-key']);
    expect(blockingIds('.cursor/mcp.json', '"env": { "BRAVE_API_KEY": "BSAq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2V" }\n')).toEqual(['brave-search-api-key']);
    expect(blockingIds('agent.py', 'os.environ["SERPER_API_KEY"] = "5d0e8a3f7c1b9e2d4a6f8c0b3e5d7a9f1c2b4e6d"\n')).toEqual(['serper-api-key']);
  });
});

describe('sample 199: Telegram and Discord bots', () => {
  it('reads type-annotated settings, and names a Telegram user session string', () => {
    const config = 'API_ID: Final[int] = 2940117\nAPI_HASH: Final[str] = "7d3f9a0c4b1e8f2a6c5d9e0b3a7f1c84"\nDB_PASSWORD: str = "Hq8vT3mWz7Lp4Rw"\n';
    expect(blockingIds('config.py', config)).toEqual(['telegram-api-hash', 'generic-secret-assignment']);
    expect(blockingIds('userbot.py', 'SESSION_STRING = "1hDa_EJZBM4Z1z8LOWLeMzLJW1yf_ECoOakxHGI9Wgzcu2-8iixXajTtiP_JG3hIguQygRKJiUcL1QAzHd1aHO_qgpPHK3rFSIkdII2dn47n5aRTPTqUqcruHytv1duRYR_jcMDEUq3Hy0osxOG8jvxu6t7--l_rV-T6RF87Q5S7qlAITCMS5YDT63Km7Ix97DfLQVKxttn2M-BNs89em9ePz0ZEHPC0PtRv0s1uSKV-WaouceIsGUDkV4bUuTLEFX_Vh1uRVAKyqJxcBUBtDdvl5jqFga_FkqMTAeeZ9vBi5g64pskzSNYUSYut7tncsNM3idxf_9p3fLiB4fpoKnbQ3_k9Fo99m"\n')).toEqual(['telegram-string-session']);
  });
});

describe('sample 200: scrapers and browser automation', () => {
  it('names CapSolver and captcha-solver keys, and Luminati zone logins with a templated session', () => {
    expect(blockingIds('hdfans.py', 'data = { "clientKey": "CAP-4F1C9E2A7B3D8F6E0A5C1B9D7E3F2A8C", "task": {} }\n')).toEqual(['capsolver-api-key']);
    expect(blockingIds('captcha.py', 'solver = imagecaptcha()\nsolver.set_key("7c1e9a3f5b2d8e4a6c0f9b7d3e1a5c8f")\n')).toEqual(['captcha-solver-api-key']);
    const lum = 'return `http://lum-customer-c_4f2a9c1e-zone-static-session-${session}:q7m2xk9vt4pz@zproxy.lum-superproxy.io:22225`;\n';
    expect(blockingIds('src/util/requester.js', lum)).toEqual(['bright-data-proxy-credential']);
  });
});

describe('sample 201: ASP.NET Core apps', () => {
  it('reads a Gmail app password under any password key, and a web.config environmentVariable', () => {
    expect(blockingIds('appsettings.json', '"SmtpHost": "smtp.gmail.com",\n"SenderPassword": "xqvm ztrk lpwn hdbj",\n')).toEqual(['gmail-app-password-nodemailer']);
    expect(blockingIds('web.config', '<environmentVariable name="DB_PASSWORD" value="7WhqLp2mXv9R" />\n')).toEqual(['xml-config-secret']);
  });
});

describe('sample 202: Helm and Kubernetes deploys', () => {
  it('reads the registry password of a kubectl docker-registry command continued over lines', () => {
    const cmd = 'kubectl create secret docker-registry regcred \\\n  --docker-server=ghcr.io \\\n  --docker-password=Wq7vTk2mLz9xR4 \\\n  -n shop\n';
    expect(blockingIds('deploy/registry.sh', cmd)).toEqual(['cli-login-password']);
  });

  it('looks inside a pull secret\'s .dockerconfigjson', () => {
    const json = '{"auths":{"ghcr.io":{"username":"shopci","password":"Wq7vTk2mLz9xR4pQ8z","auth":"c2hvcGNpOldxN3ZUazJtTHo5eFI0cFE4eg=="}}}';
    const values = `imagePullSecret:\n  dockerconfigjson: ${Buffer.from(json).toString('base64')}\n`;
    expect(blockingIds('helm/values-prod.yaml', values)).toEqual(['docker-config-auth-pasted']);
  });
});

describe('sample 203: native Android and iOS apps', () => {
  it('reads a Swift constant with a leading underscore and a type', () => {
    expect(blockingIds('Sources/WDAPISecrets.swift', '    private static let _apiKey: String = "ab986f9f25ef6d98085716e75fce4a9c"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 204: crypto trading bots', () => {
  it('reads a long run of random capitals as a secret, not long capitalised words', () => {
    expect(blockingIds('user_data/config.json', '"secret": "BXQWZKTMNVPLRSDHGFJCXQWZKTMNBVLRPDSA",\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('user_data/config.json', '"secret": "INTERNATIONALIZATIONSETTINGS",\n')).toEqual([]);
  });
});

describe('sample 201: the development certificate', () => {
  it("lowers Kestrel's development certificate password, not the deployed certificate's", () => {
    const json = (cert: string): string => `{\n  "Kestrel:Certificates:${cert}:Password": "bbed4c2e-6f1a-4b8e-9d3c-2a7f5e1c8b94"\n}\n`;
    expect(blockingIds('secrets.json', json('Development'))).toEqual([]);
    expect(blockingIds('secrets.json', json('Default'))).toEqual(['generic-secret-assignment']);
  });
});

describe('samples 200, 205 and 206: values with = in them, JVM packages, Apache SetEnv', () => {
  it('reads a quoted password with = inside as a password, not as the next setting', () => {
    expect(blockingIds('bot.py', 'proxy = {"server": "https://pr.oxylabs.io", "password": "Kq7vTx2=Lp9mZw"}\n')).toEqual(['generic-secret-assignment']);
  });

  it('does not read a demo package under a JVM source root as an example folder', () => {
    const kt = 'const val CLIENT_SECRET = "363db21c3cdd0ba463dab55a7c68426bab582cb2"\n';
    expect(blockingIds('app/src/main/java/com/nikidas/demo/viewer/util/Constants.kt', kt)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('demo/app/Constants.kt', kt)).toEqual([]);
  });

  it("reads a password set with Apache's SetEnv", () => {
    expect(blockingIds('public/.htaccess', 'SetEnv DB_HOST mysql02.shop-host.net\nSetEnv DB_PASSWORD Kq7vTx2Lp9mZ\n')).toEqual(['apache-setenv-secret']);
  });
});

describe('sample 206: WordPress debug display', () => {
  it('reports WP_DEBUG on without WP_DEBUG_DISPLAY off, below the blocking level', () => {
    const on = "define( 'DB_HOST', 'mysql.shop-host.net' );\ndefine( 'WP_DEBUG', true );\n";
    expect(scan('wp-config.php', on)).toEqual([{ ruleId: 'wordpress-debug-display', blocking: false }]);
    expect(scan('wp-config.php', `${on}define( 'WP_DEBUG_DISPLAY', false );\n`)).toEqual([]);
  });
});

describe('samples 199, 203 and 204: keys pasted as names, Expo plugins, KEY_PRIVATE', () => {
  it('reads a key pasted as the name of an environment variable, not a long variable name', () => {
    expect(blockingIds('config.py', 'API_HASH = os.getenv("bfe1f64706e9303b69a21d6f461ea141", "")\n')).toEqual(['secret-as-env-var-name']);
    expect(blockingIds('config.py', 'API_HASH = os.getenv("TELEGRAM_API_HASH_2024_PRODUCTION_KEY")\n')).toEqual([]);
  });

  it('reads keystore passwords an Expo config plugin writes, and a name ending in KEY_PRIVATE', () => {
    const plugin = "    {\n      type: \"property\",\n      key: \"MYAPP_UPLOAD_STORE_PASSWORD\",\n      value: \"6685c1e9a3f5b2d8e4a6c0f9b7d3e1a5\",\n    },\n";
    expect(blockingIds('plugins/withKeystoreConfig.js', plugin)).toEqual(['android-signing-password-plugin']);
    expect(blockingIds('bot/settings.py', 'BYBIT_KEY_PRIVATE = "Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2V"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 207: a front-end team\'s ordinary commits', () => {
  it('names an OpenAI key without a type prefix whose body holds - and _', () => {
    const line = '// const bearer = `Bearer sk-Qm7vT2xKp9LfR4sNb8HdZ3cW_q8Tn2Vx5Lm7Rc4Kp9ZoT3BlbkFJHq8vT3mWz7Lp4RwX-c9NbY2kFq8Tn2Vx5Lm7Rc4`;\n';
    expect(blockingIds('src/components/ChatBot/chatApi.ts', line)).toEqual(['openai-api-key']);
  });
});

describe('sample 207: API-key headers in client code', () => {
  it('reads a key set on a header by subscript or setter, not a list of option names', () => {
    expect(blockingIds('src/http/axios/index.js', 'config.headers["X-API-Key"] = "b4f2a9d1";\n')).toEqual(['api-key-header-literal']);
    expect(blockingIds('js/app.js', "xhr.setRequestHeader('X-Api-Key', 'Kq7vT2xWm9LpR4sNb8HdZ3cW');\n")).toEqual(['api-key-header-literal']);
    expect(blockingIds('src/client.ts', "const conflicting = ['apiKey', 'adminAPIKey', 'workloadIdentity'].filter((k) => o[k] != null);\n")).toEqual([]);
  });
});

describe("sample 207: next.config's env", () => {
  it('reports a secret passed through next.config env below the blocking level, not a public name', () => {
    const config = (name: string): string => `const nextConfig = {\n  env: {\n    ${name}: process.env.${name},\n  },\n};\n`;
    expect(scan('src/next.config.mjs', config('NEXTAUTH_SECRET'))).toEqual([{ ruleId: 'nextjs-config-env-passthrough', blocking: false }]);
    expect(scan('src/next.config.mjs', config('STRIPE_PUBLISHABLE_KEY'))).toEqual([]);
  });
});
