import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';

describe('stanch rules', () => {
  it('lists every rule with id, kind, severity, confidence and title', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['rules'], io)).toBe(0);
    expect(io.out()).toMatch(/^stripe-secret-key +secret +critical +high +Stripe live secret key$/m);
    expect(io.out()).toMatch(/\d+ rules: \d+ secret, \d+ misconfig/);
  });

  it('fits an 80-column terminal: the title moves to its own line, nothing is wider', async () => {
    const io = { ...createFakeIo(process.cwd(), { tty: true }), columns: 80 };
    let out = '';
    io.stdout = (text: string) => {
      out += text;
    };
    expect(await run(['rules'], io)).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(Math.max(...lines.slice(0, -1).map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(out).toMatch(/^stripe-secret-key +secret +critical +high\n {4}Stripe live secret key$/m);
  });

  it('lists rules as JSON', async () => {
    const io = createFakeIo(process.cwd());
    await run(['rules', '-f', 'json'], io);
    const parsed: { rules: { id: string }[] } = JSON.parse(io.out());
    expect(parsed.rules.map((r) => r.id)).toContain('aws-access-key-id');
  });

  it('runs every example of the built-in pack and passes', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['rules', 'test'], io)).toBe(0);
    expect(io.out()).toMatch(/\d+ rules, \d+ examples: all pass/);
  });

  it('rejects unknown rule ids and subcommands', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['rules', 'test', 'no-such-rule'], io)).toBe(2);
    expect(io.err()).toContain('unknown rule id: no-such-rule');
  });
});
