import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { isBlocking } from '../../src/report/report-options.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// What the web frameworks our users build on ship in their own files (Rails' generated config/database.yml,
// SQLAlchemy and Flask docstrings, Passport's JSDoc): published demo values and commented-out settings must
// not block a commit, while the same setting in effect, or a real password in the same place, still does.
// Every password here is invented.
const pack = loadDiskPack();

function blocking(path: string, text: string): string[] {
  return detectChunk({ path, text }, pack)
    .filter((f) => isBlocking(f, 'high', 'medium'))
    .map((f) => f.ruleId);
}

describe('framework documentation and generated files', () => {
  it("does not block on Rails' generated database.yml comment, but does on a real password there", () => {
    const comment = '# variable when you boot the app. For example:\n#\n#   DATABASE_URL="postgres://myuser:mypass@localhost/somedatabase"\n';
    expect(blocking('config/database.yml', comment)).toEqual([]);
    expect(blocking('config/database.yml', '#   DATABASE_URL="postgres://shop:Vq8mT3xR9kLw@db.shop.io/shop"\n')).toEqual(['database-url-password']);
  });

  it("reports the scott:tiger demo credential at low confidence instead of blocking", () => {
    const text = '    engine = create_engine("postgresql://scott:tiger@localhost/test")\n';
    const findings = detectChunk({ path: 'app/db.py', text }, pack);
    expect(findings.map((f) => [f.ruleId, f.confidence])).toEqual([['database-url-password', 'low']]);
    expect(blocking('app/db.py', 'engine = create_engine("postgresql://scott:h7Rk2mWq9xPz@db.internal:5432/shop")\n')).toEqual(['database-url-password']);
  });

  it('skips misconfiguration on commented-out lines, in every comment style', () => {
    const live = "app.use(session({ secret: 'keyboard cat' }));\n";
    expect(blocking('server.js', live)).toContain('weak-secret-key');
    for (const prefix of [' *     ', '// ', '/* ', '# ']) expect(blocking('server.js', `${prefix}${live}`), prefix).toEqual([]);
    expect(blocking('settings.py', 'DEBUG = True\n')).toContain('django-debug-true');
    expect(blocking('settings.py', '# DEBUG = True\n')).toEqual([]);
  });

  it('still finds a secret on a commented-out line: it leaked all the same', () => {
    expect(blocking('config/database.yml', '# url: postgres://shop:Vq8mT3xR9kLw@db.shop.io/shop\n')).toEqual(['database-url-password']);
  });

  it('does not take a long line for a comment because a marker sits 200 characters before the setting', () => {
    // The ';' lands exactly where the look-back for a comment marker stops.
    const call = "app.use(session({ secret: 'keyboard cat' }));\n";
    const text = `${'q'.repeat(300)};${'p'.repeat(199 - 'app.use(session({ '.length)}${call}`;
    expect(blocking('server.js', text)).toContain('weak-secret-key');
  });
});
