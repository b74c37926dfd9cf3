import { describe, expect, it } from 'vitest';
import { lowerExpiredTokens } from '../../src/pipeline/lower-expired.js';
import { scanSource } from '../../src/pipeline/scan-source.js';
import type { SourceEvent } from '../../src/sources/source-event.js';
import type { Finding } from '../../src/types.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// An access token past its `exp` (samples 464 and 468: Postman collections and clasp logins with tokens that died in
// 2019-2023) opens nothing: it stays reported, at low confidence, and blocks no commit. One still valid blocks.

const claims = (exp: number): string => Buffer.from(JSON.stringify({ sub: 'user-482', iat: exp - 3600, exp })).toString('base64url');
const jwt = (exp: number): string => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${claims(exp)}.Wq8Kz2Xt5Lm9Rb3Nc7Hy1Jd4Sf6Ga0Eu2Io8Tx3Km5Q`;
const EXPIRED = Date.UTC(2020, 0, 1, 1) / 1000;
const VALID = Date.UTC(2099, 0, 1) / 1000;

function finding(expiresAt: number | undefined, confidence: Finding['confidence'] = 'medium'): Finding {
  return {
    ruleId: 'json-web-token', kind: 'secret', severity: 'high', confidence, title: 't', message: 'm.', path: 'a.js', line: 1, column: 1,
    endLine: 1, endColumn: 2, secret: 's', lineText: '', redact: true, fingerprint: 'f', context: 'code', ...(expiresAt === undefined ? {} : { expiresAt }),
  };
}

async function* fromList(events: SourceEvent[]): AsyncGenerator<SourceEvent> {
  yield* events;
}

describe('lowerExpiredTokens', () => {
  it("lowers a token whose expiry has passed and says when it expired; leaves valid ones, other findings and low ones", () => {
    const now = Date.UTC(2026, 11, 5);
    const [expired, valid, plain, low] = lowerExpiredTokens([finding(EXPIRED), finding(now / 1000 + 60), finding(undefined), finding(EXPIRED, 'low')], now);
    expect(expired).toMatchObject({ confidence: 'low', message: 'm. Lowered to confidence low: the token expired on 2020-01-01.' });
    expect(valid).toMatchObject({ confidence: 'medium', message: 'm.' });
    expect(plain).toMatchObject({ confidence: 'medium', message: 'm.' });
    expect(low).toMatchObject({ confidence: 'low', message: 'm.' });
  });

  it('reads the expiry of a JWT a scan finds, and the scan lowers it by its clock', async () => {
    const text = `const expired = "${jwt(EXPIRED)}";\nconst valid = "${jwt(VALID)}";\n`;
    const event: SourceEvent = { type: 'chunk', chunk: { path: 'src/client.js', text, provenance: { kind: 'file' } }, bytes: text.length };
    const { report } = await scanSource(fromList([event]), { mode: 'scan', pack: loadDiskPack(), filters: [], jobs: 1 });
    expect(report.findings.map((f) => [f.ruleId, f.line, f.confidence, f.expiresAt])).toEqual([
      ['json-web-token', 1, 'low', EXPIRED],
      ['json-web-token', 2, 'medium', VALID],
    ]);
  });
});
