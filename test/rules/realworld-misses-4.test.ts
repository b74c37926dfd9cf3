import { describe, expect, it } from 'vitest';
import { listBlockingRules, listFindingsBlocking } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Shapes missed in samples 12-16 of real-world files: Go MySQL DSNs, literals in next.config.js `env`, Render
// deploy hooks in CI files, base64 master keys. Every value is invented.
const pack = loadDiskPack();

const scan = (path: string, text: string): { ruleId: string; blocking: boolean }[] => listFindingsBlocking(pack, path, text);
const blockingIds = (path: string, text: string): string[] => listBlockingRules(pack, path, text);

describe('Go MySQL DSNs (user:password@tcp(host)/db)', () => {
  it('blocks the password of a DSN on another host', () => {
    const text = 'db, err := sql.Open("mysql", "shop:Tq8v!mW2pZ@tcp(10.24.14.37:3306)/shop?parseTime=true")\n';
    expect(blockingIds('internal/db/db.go', text)).toEqual(['mysql-go-dsn-password']);
  });

  it('reports a DSN on this machine or a compose service without blocking, and drops user-as-password defaults', () => {
    for (const host of ['localhost:3306', '127.0.0.1:3306', 'mysql:3306']) {
      expect(scan('config/db.go', `dsn := "root:Vd82kq1Lz@@tcp(${host})/cards"\n`)).toEqual([{ ruleId: 'mysql-go-dsn-password', blocking: false }]);
    }
    expect(scan('config/db.go', 'dsn := "app:app@tcp(localhost:3306)/app"\n')).toEqual([]);
  });

  it('does not read a format string or a URL as a DSN', () => {
    expect(scan('config/db.go', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)\n')).toEqual([]);
    expect(blockingIds('config/db.go', 'url := "mysql://shop:Tq8v!mW2pZ@db.internal:3306/shop"\n')).toEqual(['database-url-password']);
  });
});

describe('literals in next.config.js env', () => {
  it('blocks a secret-named literal, whatever its shape, once per value', () => {
    const text = 'const nextConfig = {\n  env: {\n    SERVER: "http://localhost:3000",\n    NEXTAUTH_SECRET: "@zq480213",\n  },\n};\n';
    expect(scan('next.config.mjs', text)).toEqual([{ ruleId: 'nextjs-config-env-secret', blocking: true }]);
    const random = 'module.exports = {\n  env: {\n    NEXTAUTH_SECRET: "9f2c41be7a0d83e6b5c1f4a27d9e08b3c6a5f1d2e7b40c98a3d6f2e1b5c7a904",\n  },\n};\n';
    expect(scan('next.config.js', random)).toEqual([{ ruleId: 'nextjs-config-env-secret', blocking: true }]);
  });

  it('leaves environment reads, browser API keys and placeholders alone', () => {
    const text = 'module.exports = {\n  env: {\n    JWT_SECRET: process.env.JWT_SECRET,\n    MAPS_API_KEY: "shop-maps-key-fake",\n    NEXTAUTH_SECRET: "your-secret-here",\n  },\n};\n';
    expect(scan('next.config.js', text)).toEqual([]);
  });
});

describe('other shapes', () => {
  it('blocks a Render deploy hook in a CI file', () => {
    const text = "    stage('Deploy') {\n      steps { sh 'curl -X POST https://api.render.com/deploy/srv-ejg3doyjs5t1xbwvb46q?key=90lRnvo24Ee' }\n    }\n";
    expect(blockingIds('Jenkinsfile', text)).toEqual(['render-deploy-hook']);
  });

  it('blocks a master key whose name says it is base64', () => {
    expect(blockingIds('apps/api/src/crypto.ts', 'const MASTER_KEY_BASE64 = "Vq8Zr1xk3Tt5Yb7Nc9Md2Lf4Hg6Js8Kw0Qe2Rt4Wp6=";\n')).toEqual(['encryption-key-assignment']);
  });
});
