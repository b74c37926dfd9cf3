import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/index.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Left-overs of earlier samples and samples 319 to 326. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 309: a connection URL whose `@` was percent-encoded with the password', () => {
  it('blocks the password before `%40` when the URL has no other `@`', () => {
    const uri = "const uri = 'mongodb+srv://jdoe77:Qzt4418027%40cluster0.k2m9x.mongodb.net/shop?retryWrites=true';\n";
    expect(blockingIds('config/db.js', uri)).toEqual(['database-url-password']);
  });

  it('still ends the password at the real `@`, whatever `%40` comes later in the query', () => {
    const uri = "DATABASE_URL = 'postgres://app:Xk82jd9Qw7@db.shop.io:5432/app?notify=ops%40shop.io'\n";
    const found = detectChunk({ path: 'config/settings.py', text: uri }, pack);
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([['database-url-password', 'Xk82jd9Qw7']]);
  });
});
