// Known failures: each prints one line with its cause and a hint, and exits 2.

export type ErrorCode = 'usage' | 'config' | 'rule-pack' | 'git' | 'io' | 'internal';

/** Base class for every failure stanch reports as a one-line cause plus a hint. */
export class StanchError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StanchError';
    this.code = code;
    this.hint = hint;
  }
}

// A bad command line: unknown flag, missing value, bad enum.
export class UsageError extends StanchError {
  constructor(message: string, hint = 'run `stanch --help` for usage') {
    super('usage', message, hint);
    this.name = 'UsageError';
  }
}

// A config file that does not parse or validate; message names file and YAML path.
export class ConfigError extends StanchError {
  constructor(message: string, hint = 'fix the config file; `stanch --help` lists the options', options?: { cause?: unknown }) {
    super('config', message, hint, options);
    this.name = 'ConfigError';
  }
}

// A rule that fails validation or compilation; message names file and rule id.
export class RulePackError extends StanchError {
  constructor(message: string, hint = 'fix the rule definition', options?: { cause?: unknown }) {
    super('rule-pack', message, hint, options);
    this.name = 'RulePackError';
  }
}

// git missing, not a repository, bad range, corrupt objects.
export class GitError extends StanchError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super('git', message, hint, options);
    this.name = 'GitError';
  }
}

// A file or output that cannot be read or written.
export class IoError extends StanchError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super('io', message, hint, options);
    this.name = 'IoError';
  }
}
