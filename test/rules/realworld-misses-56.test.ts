import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 455 onwards: misses the real-world samples found after sample 454. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('sample 455: Deno and Bun apps', () => {
  it("blocks Elysia's JWT plugin imported under another name and given a literal secret", () => {
    const plugin = (secret: string): string => `import _jwt from '@elysiajs/jwt';\nexport const jwt = _jwt({ name: 'jwt', secret: ${secret} });\n`;
    expect(blockingIds('src/plugins/auth.ts', plugin("'quill-harbor-r7'"))).toEqual(['jwt-hardcoded-secret-node']);
    expect(blockingIds('src/plugins/auth.ts', plugin('Bun.env.JWT_SECRET!'))).toEqual([]);
  });
});

describe('sample 456: deploy stacks on a VPS', () => {
  it('blocks a 32-character APP_KEY typed with symbols in a Portainer stack file, not a reference to one', () => {
    expect(blockingIds('stack.env', 'APP_ENV=production\nAPP_KEY=#5m%Rx8&kTp3*Wq7@zYd2%Hn#6cv4Lba\n')).toEqual(['app-key-plain']);
    expect(blockingIds('stack.env', 'APP_ENV=production\nAPP_KEY=${FIREFLY_APP_KEY_FROM_VAULT_2Y}\n')).toEqual([]);
  });
});

describe('sample 457: Elixir and Phoenix apps', () => {
  it("blocks a release's distribution cookie in fly.toml and vm.args, not one read from the environment", () => {
    const fly = (value: string): string => `[env]\n  PHX_HOST = "shop.fly.dev"\n  RELEASE_COOKIE = "${value}"\n`;
    expect(blockingIds('fly.toml', fly('Zt4Kq9Xw2Lm7Vp1Rb8Nc3Hd6Jf0Gs5Ye2Ua7Oi4Wx9Tk1Pm3Qz'))).toEqual(['erlang-release-cookie']);
    expect(blockingIds('fly.toml', fly('${RELEASE_COOKIE}'))).toEqual([]);
    expect(blockingIds('rel/vm.args', '-name shop@127.0.0.1\n-setcookie Wq3Lx8Tz1Kp6Vm4Rn9Bc2Hs7\n')).toEqual(['erlang-release-cookie']);
  });

  it("blocks Joken's HMAC key in config and in Signer.create, not a key read at runtime", () => {
    const config = 'config :joken, default_signer: [\n  signer_alg: "HS512",\n  key_octet: "Vb8Nq2Xt5Lw9Kr3Mz7Pc1Hy6Jd4Sf0Ga2Eu5Io8Tx3Km9Qw1Rz6Yp4Nv7Bc0Ls5"\n]\n';
    expect(blockingIds('config/config.exs', config)).toEqual(['joken-signing-key']);
    expect(blockingIds('lib/app/token.ex', 'def signer, do: Joken.Signer.create("HS256", "t7Kw3Qz9Lx2Vm5Rb8Nc4")\n')).toEqual(['joken-signing-key']);
    expect(blockingIds('config/runtime.exs', 'config :joken, default_signer: [signer_alg: "HS512", key_octet: System.fetch_env!("JOKEN_KEY")]\n')).toEqual([]);
  });
});

describe('sample 460: headless CMS back ends', () => {
  it("keeps the MySQL password of Ghost's config.production.json on localhost (the production server's own database)", () => {
    const config = (host: string): string => `{\n  "database": {\n    "client": "mysql",\n    "connection": {\n      "host": "${host}",\n      "user": "ghost-730",\n      "password": "Rw8Kq2Zt5Xm9Lp3"\n    }\n  }\n}\n`;
    expect(blockingIds('config.production.json', config('localhost'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config.development.json', config('localhost'))).toEqual([]);
  });
});

describe('samples 458 and 461: LLM apps', () => {
  it('names Fireworks, Cerebras and Voyage AI keys, and a Together key set through os.environ', () => {
    expect(blockingIds('config.py', 'FIREWORKS_API_KEY = "fw_5Tq9ZkR3vLm8XpW2nB6cYd4H"\n')).toEqual(['fireworks-api-key']);
    expect(blockingIds('test2.py', 'client = Cerebras(api_key=os.environ.get("csk-p3t9r5xk2m8w4d6h1n7c3v9j5f2q8t4r6x1k7m3p9w5d2h8n"))\n')).toEqual(['cerebras-api-key']);
    expect(blockingIds('app.py', 'vo = voyageai.Client(api_key="pa-Wz4Hx8QmT2kLp6ZzR1vN9bYc3D_Ws7Fa2Gb5Ke0JuQp")\n')).toEqual(['voyage-api-key']);
    expect(blockingIds('agents.py', 'os.environ["TOGETHER_API_KEY"] = "2d7f1c9e4b8a3f6d0c5e9b1a7f2d4c8e6b0a3f9d1c5e7b2a8f4d6c0e3b9a1f5d"\n')).toEqual(['together-api-key']);
  });

  it("drops a provider's prefix followed by 12345, a self-test's stand-in", () => {
    expect(blockingIds('security.py', 'log_audit_event("UPDATE", {"api_key": "sk-or-v1-12345", "atr": 1.5})\n')).toEqual([]);
    expect(blockingIds('security.py', 'log_audit_event("UPDATE", {"api_key": "sk-or-v1-8c3e7a1f9d", "atr": 1.5})\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 462: home automation', () => {
  const token = (header: string): string =>
    `${header}.eyJpc3MiOiI3YzJlOTFmMDRhYjM1ZDhlNmYxYTBiOWMzZDVlN2YyMSIsImlhdCI6MTc2NjAwMDAwMCwiZXhwIjoyMDgxMzYwMDAwfQ.dRotswHvoJ1DiOOzxiNNANMAd3KSfNdGIGvwMXSP1Xw`;

  it("blocks a Home Assistant long-lived token in a guide, with either order of the header's fields", () => {
    expect(blockingIds('HA_API_TOKEN_DOCUMENTATION.md', `- **Secret Value**: \`${token('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9')}\`\n`)).toEqual(['home-assistant-access-token']);
    expect(blockingIds('secret.py', `HomeAssistantApiKey = "${token('eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9')}"\n`)).toEqual(['home-assistant-access-token']);
  });
});
