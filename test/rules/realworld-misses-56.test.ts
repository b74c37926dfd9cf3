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
