import { describe, expect, it } from 'vitest';
import { formatHuman } from '../../src/report/human.js';
import { FAKE_SECRET, makeFinding, makeReport, makeReportOptions } from '../helpers/make-report.js';

// The terminal report: grouped by file, redacted, with a fix hint, and a summary that never hides a skip.

const ESC = '\u001b[';

describe('formatHuman', () => {
  it('groups findings by file, masks the value in its trimmed line, and gives the first sentence of the fix', () => {
    const report = makeReport([
      makeFinding({ path: 'config/.env', line: 1, column: 8 }),
      makeFinding({ path: 'web/server.js', line: 3 }),
      makeFinding({ path: 'web/server.js', line: 9, severity: 'high' }),
    ]);
    const text = formatHuman(report, makeReportOptions());
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).toContain('stripe = "sk_l*****"');
    expect(text.indexOf('config/.env')).toBeLessThan(text.indexOf('web/server.js'));
    expect(text.match(/^web\/server\.js$/gm)).toHaveLength(1);
    expect(text).toContain('fix: Roll the key in the Stripe dashboard.');
    expect(text).not.toContain('Then remove it');
    expect(text).toMatch(/3:12/);
    expect(text).toContain('3 findings (2 critical, 1 high).');
    expect(text).toContain('3 at or above the fail threshold (severity high, confidence medium): exit 1.');
  });

  it('shows the value only with showSecrets', () => {
    expect(formatHuman(makeReport([makeFinding()]), makeReportOptions({ showSecrets: true }))).toContain(FAKE_SECRET);
  });

  it('masks every secret on a shared line, not only the finding\'s own', () => {
    const other = ['ghp', 'Zr5Lq9Vx2Mb7Nc4Tw8Kd1Hs6Jf3Pg0Ay5Ue'].join('_');
    const lineText = `keys = ["${FAKE_SECRET}", "${other}"]`;
    const report = makeReport([makeFinding({ lineText }), makeFinding({ ruleId: 'github-pat', secret: other, lineText, column: 40 })]);
    const text = formatHuman(report, makeReportOptions());
    expect(text).not.toContain(FAKE_SECRET);
    expect(text).not.toContain(other);
  });

  it('masks the rest of a key when a rule kept only its first part', () => {
    const tail = 'Qm7Vx2Lp9Rt4Kc8Nw3Hy6Zb';
    const lineText = `'x-api-key': '${FAKE_SECRET}${tail}',`;
    const text = formatHuman(makeReport([makeFinding({ lineText })]), makeReportOptions({ width: 200 }));
    expect(text).not.toContain(tail.slice(-6));
    expect(text).toContain("'x-api-key': 'sk_l*****',");
  });

  it('masks the rest of a value the rule stopped short of at a `?` or `)` inside it', () => {
    const rest = '?abcd)Kq7vT2xWm9LpZ4Rt?ViDtWycQrP';
    const lineText = `BOL_API_CLIENT_SECRET=${FAKE_SECRET}${rest}`;
    const text = formatHuman(makeReport([makeFinding({ lineText })]), makeReportOptions({ width: 200 }));
    expect(text).not.toContain('ViDtWycQrP');
    expect(text).not.toContain('abcd');
    expect(text).toContain('BOL_API_CLIENT_SECRET=sk_l**********');
  });

  it('masks the other keys of a list whose first key a rule read', () => {
    const others = ['Hq4mZt8vWx2Lk9Rp6Nc3Yb7Jd1Fs5Ga0', 'Tz7Wq2Lm9Xk4Rv8Np3Hc6Yb1Jd5Fs0Ga', 'Pk3Vx8Lm2Rt9Wq4Zn7Hc1Yb6Jd5Fs0Ga'];
    const lineText = `BIGBASE_API_KEYS = "${FAKE_SECRET},${others.join(', ')}"`;
    const text = formatHuman(makeReport([makeFinding({ lineText })]), makeReportOptions({ width: 300 }));
    for (const key of others) expect(text).not.toContain(key.slice(0, 8));
    expect(text).toContain('BIGBASE_API_KEYS = "sk_l*****,*****, *****, *****"');
  });

  it('masks a random-looking value no rule read on the printed line, not words, names or paths', () => {
    const unread = 'S6xxMYHxq2B5kRP0r6UV1cZB3urJ1mKpWx/KA7Ev';
    const lineText = `creds = Aws::Credentials.new('${FAKE_SECRET}', '${unread}') # see src/components/UserProfileCard2.tsx`;
    const text = formatHuman(makeReport([makeFinding({ lineText })]), makeReportOptions({ width: 300 }));
    expect(text).not.toContain(unread.slice(4, 12));
    expect(text).toContain("Aws::Credentials.new('sk_l*****', 'S6xx*****') # see src/components/UserProfileCard2.tsx");
  });

  it('masks a URL password holding `@` whole, up to the URL host', () => {
    const lineText = `proxy = "http://test4971:${FAKE_SECRET}@321Lp??@pr.oxylabs.io:7777"`;
    const text = formatHuman(makeReport([makeFinding({ lineText })]), makeReportOptions({ width: 300 }));
    expect(text).not.toContain('321Lp');
    expect(text).toContain('proxy = "http://test4971:sk_l*****@pr.oxylabs.io:7777"');
  });

  it("keeps a setting's name in clear before its masked value, and masks a random value after another name", () => {
    const unread = 'Zq3vT9xKp2LmHd8wRb7Nc4Yf';
    const lineText = `export HOMEBREW_GITHUB_API_TOKEN=${FAKE_SECRET}  # old OTHER_TOKEN=${unread}`;
    const text = formatHuman(makeReport([makeFinding({ lineText })]), makeReportOptions({ width: 300 }));
    expect(text).toContain('export HOMEBREW_GITHUB_API_TOKEN=sk_l*****  # old OTHER_TOKEN=Zq3v*****');
  });

  it('says a clean scan is clean, and still counts skipped and suppressed files with their reasons', () => {
    const report = makeReport([], {
      suppressed: 2,
      suppressedBy: { inline: 1, baseline: 1 },
      skipped: [
        { path: 'logo.png', reason: 'binary' },
        { path: 'font.woff', reason: 'binary' },
        { path: 'node_modules', reason: 'dependency folder' },
      ],
    });
    const text = formatHuman(report, makeReportOptions());
    expect(text).toContain('Scanned 3 files, 2.0 KB');
    expect(text).toContain('No findings.');
    expect(text).toContain('2 suppressed (1 inline, 1 baseline); --no-suppress shows them.');
    expect(text).toContain('3 skipped: 2 binary, 1 dependency folder.');
  });

  it('says when findings exist but none reaches the threshold', () => {
    const text = formatHuman(makeReport([makeFinding({ severity: 'low' })]), makeReportOptions());
    expect(text).toContain('None at or above the fail threshold (severity high, confidence medium).');
  });

  it('colours only when colour is enabled', () => {
    const report = makeReport([makeFinding()]);
    expect(formatHuman(report, makeReportOptions())).not.toContain(ESC);
    expect(formatHuman(report, makeReportOptions({ color: true }))).toContain(`${ESC}1;31mcritical`);
  });

  it('fits the table to the terminal width', () => {
    const long = makeFinding({ lineText: `const config = { stripe: "${FAKE_SECRET}", region: "eu-west-1", retries: 3, timeoutMs: 30000 };` });
    for (const width of [80, 120]) {
      const lines = formatHuman(makeReport([long]), makeReportOptions({ width })).split('\n');
      expect(Math.max(...lines.filter((l) => l.startsWith('│')).map((l) => l.length))).toBe(width);
    }
  });

  it('shows the introducing commit of a history finding', () => {
    const commit = { sha: '0123456789abcdef0123456789abcdef01234567', author: 'Ana', email: 'ana@example.com', date: '2024-05-01T10:00:00Z', summary: 'add billing' };
    const text = formatHuman(makeReport([makeFinding({ commit })]), makeReportOptions());
    expect(text).toContain('commit 0123456789 2024-05-01 Ana');
  });
});
