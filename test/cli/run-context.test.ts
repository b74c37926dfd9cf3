import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/common-options.js';
import { resolveRunContext } from '../../src/cli/run-context.js';
import { createFakeIo } from '../helpers/fake-io.js';
import { makeTempProject } from '../helpers/temp-dir.js';

// Settling options once: defaults, then flags; colour only on a terminal and never with NO_COLOR or -o.

async function resolveFor(args: string[], options: { env?: Record<string, string>; tty?: boolean; columns?: number } = {}) {
  const io = { ...createFakeIo(makeTempProject({}), options), ...(options.columns === undefined ? {} : { columns: options.columns }) };
  return resolveRunContext(parseCommandArgs(args, {}, io.env).common, io, 4);
}

describe('resolveRunContext', () => {
  it('defaults to a redacted human report failing on high severity and medium confidence', async () => {
    const context = await resolveFor([]);
    expect(context.output).toMatchObject({ format: 'human', failOn: 'high', minConfidence: 'medium', showSecrets: false, quiet: false, color: false });
    expect(context.jobs).toBe(4);
    expect(context.pack.rules.length).toBeGreaterThan(50);
  });

  it('lets flags override the defaults and resolves -o against the working directory', async () => {
    const context = await resolveFor(['-f', 'json', '--fail-on', 'low', '--min-confidence', 'high', '--show-secrets', '-j', '2', '-q', '-o', 'out/report.json']);
    expect(context.output).toMatchObject({ format: 'json', failOn: 'low', minConfidence: 'high', showSecrets: true, quiet: true });
    expect(context.output.output).toMatch(/\/out\/report\.json$/);
    expect(context.jobs).toBe(2);
  });

  it('colours and sizes the table only for a terminal, and never with NO_COLOR, --no-color or -o', async () => {
    expect((await resolveFor([], { tty: true, columns: 90 })).output).toMatchObject({ color: true, width: 90 });
    expect((await resolveFor([], { tty: true, env: { NO_COLOR: '1' } })).output.color).toBe(false);
    expect((await resolveFor([], { tty: true, env: { NO_COLOR: '' } })).output.color).toBe(true);
    expect((await resolveFor(['--no-color'], { tty: true })).output.color).toBe(false);
    const toFile = (await resolveFor(['-o', 'r.txt'], { tty: true, columns: 90 })).output;
    expect(toFile.color).toBe(false);
    expect(toFile.width).toBeUndefined();
  });
});
