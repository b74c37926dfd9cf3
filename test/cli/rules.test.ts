import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createFakeIo } from '../helpers/fake-io.js';

describe('stanch rules', () => {
  it('lists every rule with id, kind, severity, confidence and title', async () => {
    const io = createFakeIo(process.cwd());
    expect(await run(['rules'], io)).toBe(0);
    expect(io.out()).toMatch(/stripe-secret-key\s*│\s*secret\s*│\s*critical\s*│\s*high\s*│\s*Stripe live secret key/);
    expect(io.out()).toMatch(/\d+ rules: \d+ secret, \d+ misconfig/);
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
