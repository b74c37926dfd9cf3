import pkg from '../package.json' with { type: 'json' };

// The running stanch version, reported in JSON and SARIF and mixed into cache keys.
export const VERSION: string = pkg.version;
