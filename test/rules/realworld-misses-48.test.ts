import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Deploy guides from samples 279, 291 and 293, and samples 295 to 302. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('deploy guides listing the values to paste into a platform', () => {
  const hex = '9a1e4c0b2d7f3e8a6c5b4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a';

  it('blocks a value under its name in a guide named for the platform, not in an ordinary README', () => {
    const guide = `### JWT_SECRET\n\n- **Value**: \`${hex}\`\n`;
    expect(blockingIds('docs/RAILWAY_ENV_VARIABLES.md', guide)).toEqual(['docs-env-split-secret']);
    expect(blockingIds('SECRETS.md', guide)).toEqual(['docs-env-split-secret']);
    expect(blockingIds('README.md', guide)).toEqual([]);
  });

  it('reads a `Variable Name:` / `Value:` pair and a value alone in a code block under a heading', () => {
    expect(blockingIds('RAILWAY_VARIABLES_GUIDE.md', `\`\`\`\nVariable Name: SECRET_KEY\nValue: ${hex}\n\`\`\`\n`)).toEqual(['docs-env-split-secret']);
    expect(blockingIds('RAILWAY_VARIABLES.md', '### Variable 1: SECRET_KEY\n```\nKq7v2LmXz9Rk4wHpVd3Nc8Fj6Gs1Ke0YuQ8mLz4Tn7\n```\n')).toEqual(['docs-env-split-secret']);
  });

  it('does not read a list of names, a command or a dashboard link as a value', () => {
    expect(blockingIds('RAILWAY_VARIABLES.md', '- JWT_SECRET\n- STRIPE_SECRET_KEY_PRODUCTION\n')).toEqual([]);
    expect(blockingIds('RAILWAY_VARIABLES.md', '### JWT_SECRET\n```\nopenssl rand -hex 32\n```\n')).toEqual([]);
    expect(blockingIds('RAILWAY_VARIABLES.md', '### STRIPE_SECRET_KEY\n- **Value**: https://dashboard.stripe.com/apikeys\n')).toEqual([]);
  });

  it('keeps a platform guide’s `NAME=value` lines at full confidence, and still drops placeholders there', () => {
    expect(blockingIds('RENDER_ENV_VARS.md', `JWT_SECRET=${hex}\n`)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('RENDER_ENV_VARS.md', 'JWT_SECRET=your-super-secret-jwt-key-change-me\n')).toEqual([]);
    expect(blockingIds('docs/rendering.md', `JWT_SECRET=${hex}\n`)).toEqual([]);
  });
});
