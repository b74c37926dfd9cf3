import { run, reportError } from './run.js';
import type { CliIo } from './io.js';

// The process glue of the executable: builds the process-backed CliIo and sets the exit code (never calls
// process.exit). It is the entry of the CommonJS bundle that dist/cli.js compiles with a V8 code cache.

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    process.stdin.on('data', (part: Buffer) => parts.push(part));
    process.stdin.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Runs stanch with `argv` in this process; resolves to the exit code it set once the command has finished. */
export async function startCli(argv: string[]): Promise<number> {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      controller.abort();
      process.stderr.write(`stanch: interrupted by ${signal}\n`);
      process.exitCode = 130;
      // A second signal, or work that does not stop, ends the process.
      setTimeout(() => process.kill(process.pid, signal), 2000).unref();
    });
  }

  // A reader that goes away (`stanch rules | head`) is not a crash: stop writing, keep the exit code.
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });

  const io: CliIo = {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    ...(process.stdout.columns === undefined ? {} : { columns: process.stdout.columns }),
    signal: controller.signal,
    ...(process.argv[1] === undefined ? {} : { entry: process.argv[1] }),
  };

  process.on('unhandledRejection', (error) => {
    process.exitCode = reportError(error, io);
  });

  let code: number;
  try {
    code = await run(argv, io);
    if (controller.signal.aborted) code = 130;
  } catch (error) {
    code = reportError(error, io);
  }
  process.exitCode = code;
  return code;
}
