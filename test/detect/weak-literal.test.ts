import { describe, expect, it } from 'vitest';
import { judgeValue } from '../../src/detect/judge-value.js';
import { readLineAround } from '../../src/detect/scan-windows.js';
import { isPasswordKey, isStockPassword, isWeakPassword, isWrittenLiteral } from '../../src/detect/weak-literal.js';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';
import type { CompiledRule } from '../../src/types.js';

const generic: CompiledRule = {
  id: 't', title: 't', kind: 'secret', severity: 'high', confidence: 'medium', keywords: [], secretGroup: 1,
  allow: [], generic: true, redact: true, help: '', references: [],
};

// Judges `value` as it appears in `line` under `key`.
function judge(line: string, value: string, key: string, rule: CompiledRule = generic): string {
  const start = line.indexOf(value);
  return judgeValue(rule, [], { value, key, ...readLineAround(line, start, start + value.length) }).verdict;
}

describe('weak literals (the low tier of generic rules)', () => {
  it('recognises keys that name a password itself', () => {
    for (const k of ['password', 'DB_PASSWORD', 'adminPass', 'REACT_APP_AUTH_PASS', 'client_secret', 'SECRET_KEY', 'smtp.passwd']) expect(isPasswordKey(k), k).toBe(true);
    for (const k of ['api_token', 'passwordHash', 'secretName', 'bypass', 'compass']) expect(isPasswordKey(k), k).toBe(false);
  });

  it('needs a written-out literal: quoted on both sides, or alone on a config line', () => {
    const site = (line: string, value: string) => ({ value, key: 'password', ...readLineAround(line, line.indexOf(value), line.indexOf(value) + value.length) });
    expect(isWrittenLiteral(site("password = 'tulip-88'", 'tulip-88'))).toBe(true);
    expect(isWrittenLiteral(site('PASSWORD=marigold7   # staging', 'marigold7'))).toBe(true);
    expect(isWrittenLiteral(site('  password: hedgehog', 'hedgehog'))).toBe(true);
    expect(isWrittenLiteral(site('login(password: hedgehog, user)', 'hedgehog'))).toBe(false);
    expect(isWrittenLiteral(site('password = "user:" + key', 'user:'))).toBe(false);
    expect(isWrittenLiteral(site('password = `tulip${n}`', 'tulip'))).toBe(false);
  });

  it('reports short or word-like password literals at the low tier and drops the rest', () => {
    expect(judge("password = 'tulip_garden'", 'tulip_garden', 'password')).toBe('weak');
    expect(judge("  :password => 'abc12345',", 'abc12345', 'password')).toBe('weak');
    expect(judge("  :api_key => 'abc12345',", 'abc12345', 'api_key')).toBe('drop');
    expect(judge('DB_PASS=whitecliff', 'whitecliff', 'DB_PASS')).toBe('weak');
    expect(judge("my $pass = '-anonymous@';", '-anonymous@', 'pass')).toBe('drop');
    expect(judge('"password": "Kennwort",', 'Kennwort', 'password')).toBe('drop');
    expect(judge('password: mypassword', 'mypassword', 'password')).toBe('drop');
    expect(judge('password = tulip_garden,', 'tulip_garden', 'password')).toBe('drop');
    expect(judge('api_token = "bluebird"', 'bluebird', 'api_token')).toBe('drop');
    expect(judge('password: "string"', 'string', 'password')).toBe('drop');
    expect(judge('x ? "PASS" : "FAIL"', 'FAIL', 'PASS')).toBe('drop');
    expect(judge('password = "SOME_PASSWORD"', 'SOME_PASSWORD', 'password')).toBe('drop');
  });

  it('grades passwords a person typed weak, even when they contain the word password or a keyboard run', () => {
    expect(judge("DJANGO_SUPERUSER_PASSWORD = 'MyNewPassword123'", 'MyNewPassword123', 'DJANGO_SUPERUSER_PASSWORD')).toBe('weak');
    expect(judge("EMAIL_HOST_PASSWORD = '123@Qwertyqwerty@123'", '123@Qwertyqwerty@123', 'EMAIL_HOST_PASSWORD')).toBe('weak');
    expect(judge("password = 'abcdefgh12345678'", 'abcdefgh12345678', 'password')).toBe('drop');
  });

  it('grades stock passwords in a password slot weak, but not as the key name or the user name', () => {
    const site = (line: string, value: string, key = 'password') => ({ value, key, ...readLineAround(line, line.lastIndexOf(value), line.lastIndexOf(value) + value.length) });
    expect(isStockPassword(site('postgresql://app:secret@localhost/app', 'secret', 'postgresql://app:secret'))).toBe(true);
    expect(isStockPassword(site('Server=db;User Id=app;Password=admin;', 'admin', 'Server=db'))).toBe(true);
    expect(isStockPassword(site("  password: 'root'", 'root'))).toBe(true);
    expect(isStockPassword(site('new DirectoryEntry("LDAP://dc1", "corp\\\\svc", "secret")', 'secret', 'x'))).toBe(true);
    expect(isStockPassword(site('new NetworkCredential("deploy", "admin")', 'admin', 'x'))).toBe(true);
    expect(isStockPassword(site('new Widget("deploy", "admin")', 'admin', 'x'))).toBe(false);
    expect(isStockPassword(site('mysql://root:root@localhost', 'root', 'mysql://root:root'))).toBe(false);
    expect(isStockPassword(site('secret: secret', 'secret', 'secret'))).toBe(false);
    expect(isStockPassword(site('login(password = secret, user)', 'secret'))).toBe(false);
    expect(judge("  password: 'admin'", 'admin', 'password')).toBe('weak');
    expect(judge('The password is in the vault: secret', 'secret', 'vault')).toBe('drop');
  });

  it('keeps random values at the rule confidence and never lowers a provider rule', () => {
    expect(judge('password = "Tq8vLr2WzXk49mPa"', 'Tq8vLr2WzXk49mPa', 'password')).toBe('keep');
    expect(judge("password = 'tulip'", 'tulip', 'password', { ...generic, generic: false })).toBe('keep');
    expect(judge('password = "tulip"', 'tulip', 'password', { ...generic, generic: false, entropy: 3.5 })).toBe('drop');
  });

  it('treats a UUID under a secret-named key as a credential, and under other keys as an id', () => {
    expect(judge('apikey: 7c1e4b2a-9d3f-4e8a-b6c5-2f0a1d9e8b7c', '7c1e4b2a-9d3f-4e8a-b6c5-2f0a1d9e8b7c', 'apikey')).toBe('keep');
    expect(judge('session_token: 123e4567-e89b-42d3-a456-426614174000', '123e4567-e89b-42d3-a456-426614174000', 'session_token')).toBe('drop');
  });

  it('turns a weak hit into a low-confidence finding through detection', () => {
    const [finding] = detectChunk({ path: 'src/app.py', text: "password = 'tulip_garden'\n" }, loadBuiltinPack());
    expect(finding?.ruleId).toBe('generic-secret-assignment');
    expect(finding?.confidence).toBe('low');
    const [strong] = detectChunk({ path: 'src/app.py', text: "password = 'Tq8vLr2WzXk49mPa'\n" }, loadBuiltinPack());
    expect(strong?.confidence).toBe('medium');
  });

  it('drops a value that repeats its key or is followed by a call', () => {
    expect(judge('    oauthClientCredentials: OauthClientCredentials.', 'OauthClientCredentials.', 'oauthClientCredentials')).toBe('drop');
    expect(judge('user_creds = _GetUserAccountCredentials()', '_GetUserAccountCredentials', 'user_creds')).toBe('drop');
    expect(judge('curl -u ops:Tq8vLr2WzXk49mPa', 'Tq8vLr2WzXk49mPa', '-u ops:Tq8vLr2WzXk49mPa')).toBe('keep');
  });

  it('drops the branches of a ternary, which are not assignments', () => {
    expect(judge("tags: [kind === 'secret' ? 'secret' : 'misconfiguration']", 'misconfiguration', "'secret'")).toBe('drop');
    expect(judge("    secret: 'marigold7',", 'marigold7', 'secret')).toBe('weak');
  });

  it('drops Perl and PHP variables, constants, versions and regex literals', () => {
    for (const [line, value, key] of [
      ['my $pass = $assert->{pass};', '$assert-', 'pass'],
      ['exports.NO_ACCEPTABLE_AUTH = SOCKS5_NO_ACCEPTABLE_AUTH;', 'SOCKS5_NO_ACCEPTABLE_AUTH', 'NO_ACCEPTABLE_AUTH'],
      ["'Release::Pass' => '1.302103',", '1.302103', 'Pass'],
      ['const UNEXPECTED_TOKEN = /^Unexpected', '/^Unexpected', 'UNEXPECTED_TOKEN'],
      ['"-auth=anonymous:$FROM_EMAIL",', 'anonymous:$FROM_EMAIL', 'auth'],
    ] as const) expect(judge(line, value, key), line).toBe('drop');
    expect(isWeakPassword({ value: 'tulip', key: 'password', before: "password = '", after: "'" })).toBe(true);
  });
});
