import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives from samples 60 to 63 (PHP apps, extensions and desktop apps, ordinary commit streams,
// notebooks and data scripts). Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('insecure settings shown as examples, or switched off by a flag', () => {
  it("does not read DEBUG = True inside a settings module's docstring", () => {
    const prod = "'''\nSettings layout:\n3. dev.py: DEBUG on\nDEBUG = True\n'''\nDEBUG = config('IS_DEBUG', default=False, cast=bool)\n";
    expect(blockingIds('project/settings/prod.py', prod)).toEqual([]);
    expect(blockingIds('project/settings/prod.py', "'''Production settings.'''\nDEBUG = True\nALLOWED_HOSTS = ['shop.example.com']\n")).toEqual(['django-debug-true']);
  });

  it("reads the else of `if 'DJANGO_DEBUG_FALSE' in os.environ` as the development branch", () => {
    const goat = "if 'DJANGO_DEBUG_FALSE' in os.environ:\n    DEBUG = False\n    SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nelse:\n    DEBUG = True\n";
    expect(blockingIds('superlists/settings.py', goat)).toEqual([]);
  });
});

describe('PHP configuration (sample 60)', () => {
  it("leaves a ...passwordhere placeholder and Laravel's encrypted payload alone", () => {
    expect(blockingIds('wp-config.production.php', "define( 'DB_PASSWORD', 'productionpasswordhere' );\ndefine( 'DB_HOST', 'db.shop-prod.com' );\n")).toEqual([]);
    const encrypted = `$db['default']['password'] = '${Buffer.from('{"iv":"q8W2mZ7vL4pN8cB5hY1jF6dG","value":"Rr9tT5eAb12Cd","mac":"0f2a4b6c8d"}').toString('base64')}';\n`;
    expect(blockingIds('config/database.php', encrypted)).toEqual([]);
  });

  it("finds CakePHP's salt and cipher seed, not an installer's search string or an env lookup", () => {
    const core = "\tConfigure::write('Security.salt', 'q8W2mZ7vL4pN8cB5hY1jF6dG0sKx3Rr9');\n\tConfigure::write('Security.cipherSeed', '76859309657453542496749683645');\n";
    expect(blockingIds('app/Config/core.php', core)).toEqual(['cakephp-security-salt', 'cakephp-security-salt']);
    expect(blockingIds('config/app.php', "    'Security' => [\n        'salt' => env('SECURITY_SALT'),\n    ],\n")).toEqual([]);
  });
});

describe('notebook and data-script keys (sample 63)', () => {
  it("finds W&B keys passed as wandb.login(key=…), old and new format, not an env lookup", () => {
    expect(blockingIds('train.py', 'wandb.login(key="7c2e9f41b3d85a06e1f4c7b92d3a58e0f6b1c4d9")\n')).toEqual(['wandb-api-key']);
    expect(blockingIds('job.sbatch', 'python -c "import wandb; wandb.login(key=\\"7c2e9f41b3d85a06e1f4c7b92d3a58e0f6b1c4d9\\")"\n')).toEqual(['wandb-api-key']);
    const v1 = `wandb_v1_${'Q8w2mZ7vL4pN8cB5hY1jF6dG0sKx3Rr9tT5eAb12Cd'.repeat(2)}`;
    expect(blockingIds('train.py', `wandb.login(key="${v1}")\n`)).toEqual(['wandb-api-key-v1']);
    expect(blockingIds('train.py', 'wandb.login(key=os.environ["WANDB_API_KEY"])\n')).toEqual([]);
  });

  it("finds a Kaggle key beside its user name, not a placeholder", () => {
    expect(blockingIds('make_kaggle_json.py', 'KAGGLE_USERNAME = "shopdata"\nKAGGLE_KEY = "b3f1c9a27e4d58f60a2c9b7d13e48f56"\n')).toEqual(['kaggle-api-key']);
    expect(blockingIds('kaggle.json', '{"username":"your_username","key":"your_api_key"}\n')).toEqual([]);
  });
});

describe('desktop and extension code (sample 61)', () => {
  it("finds a Rust constant typed &str, not the Cloud SDK's published installed-app client secret", () => {
    expect(blockingIds('src-tauri/src/lib.rs', 'pub const SECRET_KEY: &str = "Wq4vT8zLm2Rp7cXn5Kd9";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/auth.rs', 'const CLIENT_SECRET: &str = "ZmssLNjJy2998hD4CTg2ejr2";\n')).toEqual([]);
  });

  it('blocks a Spotify client secret in a file that uses Spotify', () => {
    const app = "sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(client_id=cid, client_secret='0b2b964743af32c893bff37beb222f98'))\n";
    expect(blockingIds('assistant.py', app)).toEqual(['spotify-client-secret']);
  });
});

describe('Node apps as committed (sample 65)', () => {
  it("reads NEXT_PUBLIC_OPEN_AI_KEY as an AI key's name, and a log label as no JWT secret", () => {
    const read = 'const openai = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPEN_AI_KEY, dangerouslyAllowBrowser: true });\n';
    expect(blockingIds('src/lib/ai.ts', read)).toEqual(['client-exposed-secret-env-read']);
    expect(blockingIds('api/index.js', "console.log('JWT_SECRET:', process.env.JWT_SECRET ? 'Set' : 'Not set');\n")).toEqual([]);
    expect(blockingIds('src/auth.js', "const JWT_SECRET = 'q8W2mZ7vL4pN8cB5hY1jF6dG';\n")).toEqual(['jwt-signing-secret']);
  });

  it('blocks a cors() origin callback that lets every origin in with credentials, not one that checks a list', () => {
    const reflect = "app.use(cors({\n  origin: function (origin, callback) {\n    if (origin) {\n      callback(null, origin);\n    }\n  },\n  credentials: true,\n}));\n";
    expect(blockingIds('src/app.ts', reflect)).toEqual(['cors-origin-callback-credentials']);
    const checked = "app.use(cors({\n  origin: (origin, callback) => {\n    if (!origin) return callback(null, true);\n    callback(null, allowed.includes(origin));\n  },\n  credentials: true,\n}));\n";
    expect(blockingIds('src/app.ts', checked)).toEqual([]);
  });
});
