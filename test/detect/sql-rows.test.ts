import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { findSqlSecretCells } from '../../src/detect/sql-rows.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';

// Invented keys and passwords.
const API_KEY = 'vdsZq8T2mXk4Lt9RzWp6Yb3Nc7Hj1FsQ2wE5rT8yU0iO4pAkS6dF9gH2jK5lZ8xC1vB3nM7qW0eR4tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3n';
const SMTP = 'Hq8vT3mWz7Lp4RwX';
const pack = loadBuiltinPack();
const findIn = (path: string, text: string): [string, number, number][] => detectChunk({ path, text }, pack).map((f) => [f.ruleId, f.line, f.column]);

describe('values an SQL INSERT gives secret-named columns and settings', () => {
  it("reads a column's value under its table and column, and a settings row's value under the key before it", () => {
    const dump = `INSERT INTO \`oc_api\` (\`api_id\`, \`username\`, \`key\`, \`status\`) VALUES\n(1, 'Default', '${API_KEY}', 1);\n`;
    const [cell] = findSqlSecretCells(dump);
    expect(cell?.name).toBe('oc_api_key');
    expect(dump.slice(cell?.start, cell?.end)).toBe(API_KEY);
    const settings = `INSERT INTO settings VALUES (26, 8, 'smtpPass', '${SMTP}'), (27, 8, 'smtpPort', '587');\n`;
    expect(findSqlSecretCells(settings).map((c) => [c.name, settings.slice(c.start, c.end)])).toEqual([['smtpPass', SMTP]]);
  });

  it('reports them where the value stands in the dump, once', () => {
    const dump = `-- settings\nINSERT INTO \`settings\` (\`id\`, \`key\`, \`value\`) VALUES\n(1, 'mail.host', 'smtp.mailgun.org'),\n(2, 'mail.password', '${SMTP}');\n`;
    expect(findIn('database/dump.sql', dump)).toEqual([['generic-secret-assignment', 4, 23]]);
  });

  it('leaves hashes, remember-me tokens, hashed token tables, names and short values alone', () => {
    const users = "INSERT INTO `users` (`id`, `password`, `remember_token`) VALUES (1, '$2y$10$Kq8vT2mXz9LwKq8vT2mXz.9LwKq8vT2mXz9LwKq8vT2mXz9LwKq8v', 'Qm7TzR2wXk9LpV4nY8cJd3HfB6sWqA1eGt5Ku0Zo2Mi'), (2, '5f4dcc3b5aa765d61d8327deb882cf99', NULL);\n";
    expect(findSqlSecretCells(users)).toEqual([]);
    const sanctum = "INSERT INTO `personal_access_tokens` (`id`, `name`, `token`) VALUES (1, 'api', 'a3f1c9e2b7d5f3a1c8e6b4d2f0a9c7e5b3d1f8a6c4e2b0d9f7a5c3e1b9d7f5a3');\n";
    expect(findSqlSecretCells(sanctum)).toEqual([]);
    expect(findSqlSecretCells("INSERT INTO settings (`key`, `value`) VALUES ('api_token_enabled', '1'), ('mail.password', 'pw');\n")).toEqual([]);
  });

  it('reads quoted values with escapes, calls and NULLs between them, and stops at a row that does not close', () => {
    const dump = `INSERT INTO t (note, api_key) VALUES ('it''s (fine)', '${API_KEY}'), (CONCAT('a', 'b'), NULL), ('x', 'unclosed`;
    expect(findSqlSecretCells(dump).map((c) => dump.slice(c.start, c.end))).toEqual([API_KEY]);
  });
});
