// Parses `--raw -z --no-abbrev` diff entries: `:<mode> <mode> <oid> <oid> <status>\0<path>\0[<path>\0]`.

/** One changed path between a parent (or the empty tree) and a commit or the index. */
export interface RawEntry {
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
  /** A, M, D, R, C, T, U (rename and copy scores dropped). */
  status: string;
  /** The path before (differs from `path` for renames and copies). */
  oldPath: string;
  path: string;
}

/** The all-zero object id git uses for "no blob". */
export const ZERO_OID = /^0+$/;

/** Parses NUL-separated raw fields starting at `fields[start]`; returns the entries and the index after them. */
export function parseRawEntries(fields: readonly string[], start: number): { entries: RawEntry[]; next: number } {
  const entries: RawEntry[] = [];
  let i = start;
  while (i < fields.length) {
    // git log puts a newline before a commit's first entry.
    const head = (fields[i] ?? '').replace(/^\n/, '');
    if (!head.startsWith(':')) break;
    const [oldMode = '', newMode = '', oldOid = '', newOid = '', rawStatus = ''] = head.slice(1).split(' ');
    const status = rawStatus.charAt(0);
    const first = fields[i + 1] ?? '';
    if (status === 'R' || status === 'C') {
      entries.push({ oldMode, newMode, oldOid, newOid, status, oldPath: first, path: fields[i + 2] ?? '' });
      i += 3;
    } else {
      entries.push({ oldMode, newMode, oldOid, newOid, status, oldPath: first, path: first });
      i += 2;
    }
  }
  return { entries, next: i };
}
