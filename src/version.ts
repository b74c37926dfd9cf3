import pkg from '../package.json' with { type: 'json' };

// The running stanch version, reported in JSON and SARIF and mixed into cache keys.
export const VERSION: string = pkg.version;

// Bump when detection changes what a blob yields for the same rules (value filters, checksums, decoding) or which
// paths a rule's globs match: it keys the history caches beside the version and the pack hash.
export const ENGINE_REVISION = 115;
