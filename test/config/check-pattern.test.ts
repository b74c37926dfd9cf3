import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { findBacktrackingRisk } from '../../src/config/check-pattern.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

describe('user pattern backtracking check', () => {
  it.each(['(a+)+$', '(\\w+\\s?)+$', '(x+x+)+y', '(?:[a-z]*\\d?)*!'])('rejects %s, which recheck also calls vulnerable', (source) => {
    expect(findBacktrackingRisk(source)).toMatch(/nested unbounded quantifier/);
    expect(checkSync(source, '', { checker: 'automaton', timeout: 5000 }).status).toBe('vulnerable');
  });

  it('errs on the side of caution: some nested shapes are rejected even when they happen to be safe', () => {
    expect(findBacktrackingRisk('^(\\w*\\.)*x')).toBeDefined();
  });

  it('rejects a bounded repetition whose line can be split many ways, which recheck passes (it hung a scan)', () => {
    const source = '(?<!class[^\\n]{0,200}\\n(?:(?:[ \\t]{1,16}[^\\n]{0,300})?\\n){0,60})DEBUG';
    expect(findBacktrackingRisk(source)).toMatch(/ambiguous repetition: `\[ \\t\]` and `\[\^\\n\]`/);
    expect(findBacktrackingRisk('(?:\\w{0,8}[a-z0-9]{1,8}){2,5}')).toMatch(/ambiguous repetition/);
    expect(findBacktrackingRisk('(?:\\s{0,8}\\w{0,8}){2,5}')).toBeUndefined();
    expect(findBacktrackingRisk(source.replace('[ \\t]{1,16}', '[ \\t]'))).toBeUndefined();
  });

  it.each(['\\b(acme_[a-z0-9]{32})\\b', '(?:ab)+c', '[(+*)]+', '\\(a+\\)+', '(a{1,8}){1,4}', '(?:[^\\n]{0,300}\\n){0,60}', '(?:[A-Za-z0-9]{1,20}[_.-]){0,3}', '(?:[a-z]{1,9}[0-9]{1,9}){1,3}'])('accepts %s', (source) => {
    expect(findBacktrackingRisk(source)).toBeUndefined();
  });

  it('accepts every built-in pattern', () => {
    const flagged = loadDiskPack().rules.filter((r) => r.pattern !== undefined && findBacktrackingRisk(r.pattern) !== undefined).map((r) => r.id);
    expect(flagged).toEqual([]);
  });
});

describe('a risky user rule in .stanch.yaml', () => {
  it('stops the run with exit 2, the rule and a hint', async () => {
    const { run } = await import('../../src/cli/run.js');
    const { createFakeIo } = await import('../helpers/fake-io.js');
    const { makeTempProject } = await import('../helpers/temp-dir.js');
    const dir = makeTempProject({ '.stanch.yaml': 'rules:\n  - {id: slow-rule, title: Slow rule, kind: secret, severity: high, confidence: high, keywords: [tok], pattern: "tok(a+)+$"}\n', 'a.txt': 'x\n' });
    const io = createFakeIo(dir);
    expect(await run(['scan'], io)).toBe(2);
    expect(io.err()).toMatch(/^stanch: \.stanch\.yaml: rules\.0 \(slow-rule\): pattern: may backtrack catastrophically .*\nhint: use bounded quantifiers/);
  });
});
