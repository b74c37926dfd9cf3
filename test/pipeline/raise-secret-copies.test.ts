import { describe, expect, it } from 'vitest';
import { raiseSecretCopies } from '../../src/pipeline/raise-secret-copies.js';
import { scanSource } from '../../src/pipeline/scan-source.js';
import type { SourceEvent } from '../../src/sources/source-event.js';
import type { Finding } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// A password copied into several files (sample 275: App.config and Settings.settings beside localhost, the code
// beside a public server) is one credential: every copy is reported as confidently as the surest one.

const PASSWORD = ['River', 'bank7.x'].join('');

function finding(path: string, confidence: Finding['confidence'], extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'connection-string-password', kind: 'secret', severity: confidence === 'low' ? 'low' : 'high', confidence, title: 't', message: 'm.',
    path, line: 1, column: 1, endLine: 1, endColumn: 2, secret: PASSWORD, lineText: '', redact: true, fingerprint: path, context: 'code', ...extra,
  };
}

describe('raiseSecretCopies', () => {
  it('raises a lowered copy to the surest finding of its value and says where that one is', () => {
    const [copy, sure] = raiseSecretCopies([finding('app.config', 'low'), finding('SQLHandler.cs', 'high')]);
    expect(copy).toMatchObject({ severity: 'high', confidence: 'high' });
    expect(copy?.message).toContain('SQLHandler.cs:1');
    expect(sure).toMatchObject({ severity: 'high', confidence: 'high', message: 'm.' });
  });

  it('leaves short values, single words, misconfigurations, values found once and other rules on the same line as they are', () => {
    const short = [finding('a.py', 'low', { secret: 'admin1' }), finding('b.py', 'high', { secret: 'admin1' })];
    expect(raiseSecretCopies(short)[0]).toMatchObject({ confidence: 'low' });
    const word = [finding('.env', 'low', { secret: 'postgres' }), finding('database.py', 'high', { secret: 'postgres' })];
    expect(raiseSecretCopies(word)[0]).toMatchObject({ confidence: 'low' });
    const misconfig = [finding('a.yml', 'low', { kind: 'misconfig' }), finding('b.yml', 'high', { kind: 'misconfig' })];
    expect(raiseSecretCopies(misconfig)[0]).toMatchObject({ confidence: 'low' });
    expect(raiseSecretCopies([finding('a.py', 'low')])[0]).toMatchObject({ confidence: 'low', message: 'm.' });
    const sameLine = [finding('a.md', 'low', { ruleId: 'other' }), finding('a.md', 'medium')];
    expect(raiseSecretCopies(sameLine)[0]).toMatchObject({ confidence: 'low' });
  });

  it('lowers every copy of a value another occurrence shows is made to be public, and raises none', () => {
    const key = { ruleId: 'google-api-key', secret: 'AIzaSyB3kQ9mT2xL7vN4pR8wZ1cY6hJ5dF0gE3s' };
    const [bare, shown] = raiseSecretCopies([finding('SUMMARY.md', 'high', key), finding('SUMMARY.md', 'low', { ...key, line: 9, publicByDesign: true })]);
    expect(bare).toMatchObject({ confidence: 'low' });
    expect(bare?.message).toContain('a key made to be public at SUMMARY.md:9');
    expect(shown).toMatchObject({ confidence: 'low', message: 'm.' });
  });

  it('blocks the localhost copy in a scan that also holds the public one', async () => {
    const text = (host: string): string => `conn = "server=${host};user id=shop_db;password=${PASSWORD};database=shop_db"\n`;
    async function* events(): AsyncGenerator<SourceEvent> {
      for (const [path, body] of [['App/Properties/Settings.settings', text('localhost')], ['App/Classes/SQLHandler.cs', text('203.0.113.40')]]) {
        yield { type: 'chunk', chunk: { path: path ?? '', text: body ?? '', provenance: { kind: 'file' } }, bytes: (body ?? '').length };
      }
    }
    const { report } = await scanSource(events(), { mode: 'scan', pack: loadDiskPack(), filters: [], jobs: 1 });
    expect(report.findings.map((f) => `${f.path} ${f.confidence}`)).toEqual(['App/Classes/SQLHandler.cs high', 'App/Properties/Settings.settings high']);
  });
});
