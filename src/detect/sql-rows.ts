import type { ContentHit } from './content-hits.js';
import { buildLineIndex, placeSpan, sliceLines } from './line-index.js';
import { readRow, skipSpace, type SqlValue } from './sql-values.js';

// Values an SQL dump or seed file inserts: `INSERT INTO oc_api (username, key) VALUES ('Default', '…')` gives the
// key no name on its line, and a settings row (`(26, 'smtpPass', '…')`) names it in the string before it. Each such
// value is read as `<name> = "<value>"` by the rules that judge a value by its name (the generic rules), and a hit is
// placed on the value in the dump.

/** A string an INSERT gives a secret-named column or setting: the name it is read under and the span of its text. */
export interface SqlCell {
  name: string;
  start: number;
  end: number;
}

/** The keyword that gates the reading: only a text that holds it is parsed (see prepare-pack.ts). */
export const SQL_KEYWORDS: readonly string[] = ['insert'];

const MAX_CELLS = 2000;
const INSERT = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[`"[]?([\w.]{1,64})[`"\]]?[ \t]*(?:\(([^()]{1,2000})\))?\s{0,8}VALUES\s{0,8}/gi;
// A name that says secret; not a hash, a salt for one, a reset or remember-me token, a flag or a length.
const SECRET_NAME = /pass(?:word|wd)?$|pwd$|passwort|senha|secret|token|api_?key|apikey|private_?key|access_?key|auth_?key|^key$|credential/i;
const NOT_SECRET = /hash|salt|remember|reset|verif|confirm|csrf|nonce|session|expire|_at$|type|length|enabled|hint|policy|changed/i;
// Tables that keep only hashes of their tokens (Laravel Sanctum's, password resets) or framework bookkeeping.
const HASH_TABLES = /^(?:personal_access_tokens|password_resets|password_reset_tokens|sessions|failed_jobs|migrations)$/i;
// What a password column holds in most dumps: a hash (crypt formats, hex digests), not the password.
const HASHED = /^(?:\$[\w.-]{1,20}\$|\{[A-Z0-9-]{2,12}\}|pbkdf2_|sha1\$|md5\$|bcrypt\$)|^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
// A settings row's key: one identifier-like word (`smtp_password`, `mail.password`, `smtpPass`); such a word is a
// name, not a value, under a secret-named column too (a settings table's `key` column).
const SETTING_KEY = /^[A-Za-z][\w.-]{1,60}$/;
const NAME_LIKE = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$/;

/** The secret-named values of a text's INSERT statements, at most 2,000. */
export function findSqlSecretCells(text: string): SqlCell[] {
  const cells: SqlCell[] = [];
  for (const m of text.matchAll(INSERT)) {
    const columns = m[2]?.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    const table = (m[1] ?? '').split('.').pop() ?? '';
    if (HASH_TABLES.test(table)) continue;
    let at = m.index + m[0].length;
    while (text.charAt(at) === '(' && cells.length < MAX_CELLS) {
      const row = readRow(text, at + 1);
      if (row === undefined) break;
      cells.push(...readCells(table, columns, row.values));
      at = skipSpace(text, row.end + 1);
      if (text.charAt(at) !== ',') break;
      at = skipSpace(text, at + 1);
    }
    if (cells.length >= MAX_CELLS) break;
  }
  return cells.slice(0, MAX_CELLS);
}

// A column's value, read under `<table>_<column>` (`oc_api_key`); a settings row's value, under the key before it.
function readCells(table: string, columns: readonly string[] | undefined, values: readonly SqlValue[]): SqlCell[] {
  const cells: SqlCell[] = [];
  values.forEach((value, i) => {
    if (!value.quoted || value.text.length < 4 || /["\\]/.test(value.text) || NAME_LIKE.test(value.text)) return;
    const column = columns?.[i];
    const previous = values[i - 1];
    const setting = previous?.quoted === true && SETTING_KEY.test(previous.text) ? previous.text : undefined;
    const name = column !== undefined && isSecretName(column) ? `${table}_${column}` : setting !== undefined && isSecretName(setting) ? setting.replace(/[.-]/g, '_') : undefined;
    if (name === undefined || (/pass|pwd/i.test(name) && HASHED.test(value.text))) return;
    cells.push({ name, start: value.start, end: value.start + value.text.length });
  });
  return cells;
}

function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}

/** Runs the rules that judge a value by its name on one composed line; returns their hits in it. */
export type DetectLine = (line: string) => ContentHit[];

/** The hits of the secret-named values of a text's INSERT statements, each read as `<name> = "<value>"`, placed on the value. */
export function detectSqlCellHits(text: string, detect: DetectLine): ContentHit[] {
  const cells = findSqlSecretCells(text);
  if (cells.length === 0) return [];
  const index = buildLineIndex(text);
  return cells.flatMap((cell) => {
    const prefix = `${cell.name} = "`;
    const length = cell.end - cell.start;
    const found = detect(`${prefix}${text.slice(cell.start, cell.end)}"\n`).filter((hit) => hit.secretStart >= prefix.length && hit.secretEnd <= prefix.length + length);
    return found.map((hit) => {
      const secretStart = cell.start + hit.secretStart - prefix.length;
      const secretEnd = cell.start + hit.secretEnd - prefix.length;
      const place = placeSpan(index, secretStart, secretEnd);
      return { ...hit, ...place, secretStart, secretEnd, lineText: sliceLines(index, place.line - 1, place.endLine - 1, secretStart, secretEnd) };
    });
  });
}
