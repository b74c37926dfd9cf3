// The process boundary the CLI talks through, so commands run in tests without spawning.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `stanch scan -`). */
  readStdin: () => Promise<string>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout / stderr are terminals (default format, colour, progress). */
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  /** Width of the stdout terminal, when it is one (the human report fits its table to it). */
  columns?: number;
  /** The script being run (process.argv[1]): `stanch init` writes it into hooks when stanch is not on PATH. */
  entry?: string;
  /** Aborted on SIGINT / SIGTERM; long work must stop promptly and kill git children. */
  signal?: AbortSignal;
}
