import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { findWrittenFiles } from '../../src/detect/written-files.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';

// Invented passwords.
const ROOT = 'UgTkN9YhDqmy';
const PG = 'EnQnsGuN4KlnTJ';
const NPM = 'W4hZ0q7vLm2xRk9TpB3nYc8Fd1Gs6HjKe5Ua';
const pack = loadBuiltinPack();
const findIn = (path: string, text: string): [string, number][] => detectChunk({ path, text }, pack).map((f) => [f.ruleId, f.line]);

describe('files a script writes by here-documents and echoed lines', () => {
  it('reads the file each form of cat and tee writes, and where its body lies', () => {
    const script = "cat > /root/ks.cfg <<'EOF'\nrootpw x\nEOF\ncat <<EOF | sudo tee -a ~/.pgpass >/dev/null\nh:5432:d:u:p\nEOF\n";
    const files = findWrittenFiles(script);
    expect(files.map((f) => f.path)).toEqual(['root/ks.cfg', '.pgpass']);
    expect(files.map((f) => script.slice(f.start, f.end))).toEqual(['rootpw x\n', 'h:5432:d:u:p\n']);
    expect(findWrittenFiles('cat <<EOF >> "$HOME/.netrc"\nmachine m\n  EOF\n').map((f) => f.path)).toEqual(['.netrc']);
  });

  it('reads the file an echoed line writes, by a redirect or tee, quoted and without escapes', () => {
    const script = "echo '//registry.npmjs.org/:_authToken=x' > ~/.npmrc\necho \"machine m\" | sudo tee -a /root/.netrc\necho 'a\\nb' > x.conf\n";
    const files = findWrittenFiles(script);
    expect(files.map((f) => [f.path, script.slice(f.start, f.end), f.expands])).toEqual([['.npmrc', '//registry.npmjs.org/:_authToken=x', false], ['root/.netrc', 'machine m', true]]);
    const [finding] = detectChunk({ path: 'ci/publish.sh', text: `  echo '//npm.shop.io/:_authToken=${NPM}' > ~/.npmrc\n` }, pack);
    expect(finding).toMatchObject({ ruleId: 'npmrc-auth-token', line: 1, column: 35, endColumn: 35 + NPM.length });
  });

  it('reads printf and echo -e lines, whose \\n breaks the written file into lines, at the script\'s line', () => {
    const printf = `printf 'localhost:5432:*:postgres:x\\ndb.shop.io:5432:shop:shop:${PG}\\n' > ~/.pgpass\n`;
    const [file] = findWrittenFiles(printf);
    expect([file?.path, file?.escapes]).toEqual(['.pgpass', true]);
    expect(findIn('provision/db.sh', printf)).toEqual([['pgpass-password', 1]]);
    expect(findIn('setup.sh', `echo -e "lang en_US.UTF-8\\nrootpw --plaintext ${ROOT}" > /root/ks.cfg\n`)).toEqual([['installer-root-password', 1]]);
  });

  it('leaves here-documents that write no named file: a pipe to a command, /dev/null, a variable alone', () => {
    expect(findWrittenFiles('cat <<EOF | kubectl apply -f -\nkind: Secret\nEOF\n')).toEqual([]);
    expect(findWrittenFiles('cat > /dev/null <<EOF\nx\nEOF\n')).toEqual([]);
    expect(findWrittenFiles('cat > "$OUT" <<EOF\nx\nEOF\n')).toEqual([]);
    expect(findWrittenFiles('std::cout << "rootpw" << std::endl;\n')).toEqual([]);
  });

  it("runs the rules of the written file on the body and reports them at the script's lines", () => {
    const kickstart = `#!/bin/bash\ncat > /root/ks.cfg <<'EOF'\nlang en_US.UTF-8\nrootpw --plaintext ${ROOT}\nEOF\n`;
    expect(findIn('scripts/install.sh', kickstart)).toEqual([['installer-root-password', 4]]);
    const pgpass = `cat <<EOF | sudo tee ~/.pgpass\ndb.shop.io:5432:shop:shop:${PG}\nEOF\n`;
    expect(findIn('provision/db.sh', pgpass)).toEqual([['pgpass-password', 2]]);
  });

  it('reads a value the shell fills in, in a body whose delimiter is not quoted, as a template', () => {
    const userlist = 'cat > /etc/pgbouncer/userlist.txt <<EOF\n"$APP_DB_USER" "md5$md5_hash"\nEOF\n';
    expect(findIn('pgbouncer/entrypoint.sh', userlist)).toEqual([]);
    expect(findWrittenFiles("cat > a.conf <<'EOF'\nx\nEOF\ncat > b.conf <<EOF\ny\nEOF\n").map((f) => f.expands)).toEqual([false, true]);
  });

  it('reports a hit once when its rule applies at the script too, and not after the body ends', () => {
    const netrc = `cat > ~/.netrc <<EOF\nmachine api.shop.io login deploy password ${PG}\nEOF\nrootpw --plaintext ${ROOT}\n`;
    const found = findIn('setup.sh', netrc);
    expect(found.filter(([, line]) => line === 2)).toHaveLength(1);
    expect(found.some(([rule]) => rule === 'installer-root-password')).toBe(false);
  });
});
