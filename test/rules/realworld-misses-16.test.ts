import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives left open from samples 53 to 65 and found in samples 66 to 69 (Python and Node apps
// on PaaS, deploy docs, infrastructure). Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('passwords with punctuation', () => {
  it('reads a quoted password that holds a parenthesis, not a call or a truncated regex', () => {
    const knex = "  production: {\n    connection: {\n      host: 'db.shop-prod.net',\n      password: 'Xk9(mPq2Lz7w!r',\n    },\n  },\n";
    expect(blockingIds('knexfile.js', knex)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('settings.py', 'DB_PASSWORD = get_password(vault_path)\n')).toEqual([]);
    expect(blockingIds('compat.py', 'HEX_PAT = "[0-9A-Fa-f]{1,4}"\nZONE_ID_PAT = "(?:%25|%)(?:[" + UNRESERVED_PAT + "]|%[a-fA-F0-9]{2})+"\n')).toEqual([]);
    expect(blockingIds('paginators-1.json', '      "output_token": "StreamDescription.Shards[-1].ShardId",\n')).toEqual([]);
  });
});

describe('Streamlit secrets (left open from sample 63)', () => {
  it('finds the committed secrets file and a random key under any *key name in it, a UUID too', () => {
    const secrets = '[api]\nkey = "3f2b8c1e-9a4d-4f7b-8e2c-1d5a6b7c8e9f"\nopenweather_key = "5c8f2a1b9d3e7f6a4b2c8d1e9f3a7b5c"\n';
    expect(blockingIds('.streamlit/secrets.toml', secrets)).toEqual(['streamlit-secrets-file', 'streamlit-secrets-key', 'streamlit-secrets-key']);
  });

  it('reports a secrets file of placeholders low, and leaves the same keys alone outside it', () => {
    expect(blockingIds('.streamlit/secrets.toml', 'openweather_key = "your-openweather-key"\nsort_key = "created_at"\n')).toEqual([]);
    expect(blockingIds('config/app.toml', 'openweather_key = "5c8f2a1b9d3e7f6a4b2c8d1e9f3a7b5c"\n')).toEqual([]);
  });
});
