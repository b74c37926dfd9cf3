import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCodeCache } from '../../src/cli/code-cache.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// Where the code cache goes: beside the bundle when that folder takes it, else the user's cache folder.

describe('openCodeCache', () => {
  it('writes beside the bundle, drops other builds of this bundle there, and reads the file back', () => {
    const root = makeTempProject({ 'dist/stanch.cjs': 'module.exports = {};\n', 'dist/.v8-cache/v0-x64-0000000000000000-1-1-0-staged.bin': 'old' });
    const dist = join(root, 'dist');
    const env = { XDG_CACHE_HOME: join(root, 'xdg') };
    const cache = openCodeCache(join(dist, 'stanch.cjs'), dist, 'abcdef0123456789', 'staged', env);
    expect(cache?.data).toBeUndefined();
    const written = cache?.save(Buffer.from('v8 data'));
    expect(written?.startsWith(join(dist, '.v8-cache'))).toBe(true);
    expect(existsSync(join(dist, '.v8-cache/v0-x64-0000000000000000-1-1-0-staged.bin'))).toBe(false);
    expect(openCodeCache(join(dist, 'stanch.cjs'), dist, 'abcdef0123456789', 'staged', env)?.data?.toString()).toBe('v8 data');
    expect(openCodeCache(join(dist, 'stanch.cjs'), dist, 'abcdef0123456789', 'scan', env)?.data).toBeUndefined();
  });

  it("falls back to the user's cache folder when the bundle's folder cannot take a cache, and can be turned off", () => {
    const root = makeTempProject({ 'dist/stanch.cjs': 'module.exports = {};\n' });
    const dist = join(root, 'dist');
    // A file where the cache folder would go: it cannot be created (even as root).
    writeFileSync(join(dist, '.v8-cache'), 'in the way');
    mkdirSync(join(root, 'xdg'));
    const env = { XDG_CACHE_HOME: join(root, 'xdg') };
    const written = openCodeCache(join(dist, 'stanch.cjs'), dist, 'abcdef0123456789', 'staged', env)?.save(Buffer.from('v8 data'));
    expect(written?.startsWith(join(root, 'xdg', 'stanch', 'v8'))).toBe(true);
    expect(openCodeCache(join(dist, 'stanch.cjs'), dist, 'abcdef0123456789', 'staged', env)?.data?.toString()).toBe('v8 data');
    expect(openCodeCache(join(dist, 'stanch.cjs'), dist, 'abcdef0123456789', 'staged', { ...env, STANCH_CODE_CACHE: '0' })).toBeUndefined();
  });
});
