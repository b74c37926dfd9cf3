import type { SourceEvent } from './source-event.js';
import { decodeText } from './read-source-file.js';

// `stanch scan -`: standard input as one chunk, named by --stdin-path.

/** Yields standard input as a single chunk (binary input is skipped but path rules still apply). */
export async function* stdinSource(read: () => Promise<string>, path: string): AsyncGenerator<SourceEvent> {
  const raw = await read();
  const text = decodeText(Buffer.from(raw, 'utf8'));
  yield {
    type: 'chunk',
    chunk: text === undefined ? { path, text: '', provenance: { kind: 'stdin' }, binary: true } : { path, text, provenance: { kind: 'stdin' } },
    bytes: Buffer.byteLength(raw),
  };
}
