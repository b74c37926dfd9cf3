import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1501 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('banking and broker guides', () => {
  it('names a Monzo client secret wherever it is pasted, and leaves a stand-in alone', () => {
    expect(blockingIds('docs/VERCEL_OAUTH_SETUP.md', 'vercel env add MONZO_CLIENT_SECRET\n# Paste: mnzconf.YyQxbbR7rCprw40P3rNup7RhtF4zCwbE6d/WX8i+sWbrq2NcrnkXKRB3Ud7TPXuSN2Q08fM3C0SegPE5KkgN\n')).toEqual(['monzo-client-secret']);
    expect(blockingIds('.env', 'MONZO_CLIENT_SECRET=mnzconf.your-client-secret\n')).toEqual([]);
  });

  it("names a JWT whose JSON was written with a space after its braces (a client assertion's `eyAg…`)", () => {
    expect(blockingIds('controllers/revolut.js', `    client_assertion:\n      "eyAgImFsZyI6ICJSUzI1NiIsICAidHlwIjogIkpXVCJ9.eyAgImlzcyI6ICJ0UjdrcTJXbSIsICAic3ViIjogInRSN2txMldtIiwgICJhdWQiOiAiaHR0cHM6Ly9yZXZvbHV0LmNvbSIsICAiZXhwIjogMTg2MTkyMDAwMH0.uNyVxM_P01AcQqcxm5ZMAP5q9EAuMuQgoNvjCR0GMAXX1aNFrjYgisOgAO1542pCp1NELWMKPnwV6BONkVBxZc",\n`)).toEqual(['json-web-token']);
  });

  it('reads a bold label with a hyphenated word before Password, and a note in brackets after the value', () => {
    expect(blockingIds('OANDA_SETUP.md', '- **Read-only Password:** BW65x3kUFo (for view-only access)\n')).toEqual(['docs-bold-label-secret']);
    expect(blockingIds('OANDA_SETUP.md', '- **Password:** set-in-the-dashboard (for web login)\n')).toEqual([]);
  });
});

describe('bots and no-code guides', () => {
  it('names a Mastodon token given to Mastodon.py, and leaves one read from the environment alone', () => {
    expect(blockingIds('bot.py', "mastodon = Mastodon(\n    access_token='seTzCc38rXfr9MKlK4yIafPvzXx8ZXFeMUOZUV4YZQY',\n    api_base_url='https://botsin.space'\n)\n")).toEqual(['mastodon-access-token']);
    expect(blockingIds('bot.py', "mastodon = Mastodon(access_token=os.environ['MASTODON_ACCESS_TOKEN'], api_base_url='https://botsin.space')\n")).toEqual([]);
  });

  it("names a Todoist token after a guide's bold provider label", () => {
    expect(blockingIds('docs/MAKE_GUIDE.md', '### Your tokens\n- **Todoist**: `c7d390e998b0f6a0ba9fa90abeb568129e1c4439`\n')).toEqual(['todoist-api-token']);
  });
});
