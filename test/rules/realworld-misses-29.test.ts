import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Items left open by earlier samples, and misses and false positives found in samples 153 to 156. Every value is
// invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('left open: bundler configs that paste server keys into the browser bundle', () => {
  const studio = "export default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, '.', '');\n  return {\n    define: {\n      'process.env.API_KEY': JSON.stringify(env.GEMINI_API_KEY),\n      'process.env.GEMINI_API_KEY': JSON.stringify(env.GEMINI_API_KEY)\n    },\n  };\n});\n";

  it("blocks Vite's define of a key named for a secret, once per defined name", () => {
    expect(blockingIds('vite.config.ts', studio)).toEqual(['bundler-define-server-secret', 'bundler-define-server-secret']);
  });

  it('leaves keys made for browsers, empty values and server bundles alone', () => {
    const browser = "define: {\n  'process.env.VITE_FIREBASE_API_KEY': JSON.stringify(env.VITE_FIREBASE_API_KEY),\n  'process.env.MAPBOX_ACCESS_TOKEN': JSON.stringify(env.MAPBOX_ACCESS_TOKEN),\n  'process.env.NODE_ENV': JSON.stringify(mode)\n}\n";
    expect(blockingIds('vite.config.ts', browser)).toEqual([]);
    expect(blockingIds('vite.config.ts', "define: { 'process.env.API_KEY': JSON.stringify('') }\n")).toEqual([]);
    expect(blockingIds('webpack.config.js', `module.exports = { target: 'node', plugins: [new webpack.DefinePlugin({ 'process.env.API_KEY': JSON.stringify(process.env.API_KEY) })] };\n`)).toEqual([]);
  });

  it('blocks defining process.env as the whole environment, not as the VITE_-prefixed part', () => {
    const all = "const env = loadEnv(mode, process.cwd(), '');\nreturn {\n  define: {\n    'process.env': env\n  }\n};\n";
    expect(blockingIds('vite.config.js', all)).toEqual(['bundler-define-whole-env']);
    expect(blockingIds('vite.config.js', all.replace(", ''", ''))).toEqual([]);
    expect(blockingIds('vite.config.js', "define: { 'process.env': { ...process.env } }\n")).toEqual(['bundler-define-whole-env']);
  });
});

describe('left open: Java and Kotlin servers, aiohttp', () => {
  it("blocks a Tomcat Manager login in tomcat-users.xml, a guessable one too, not an app user's or a placeholder", () => {
    const users = '<tomcat-users>\n  <user username="admin" password="s3cret" roles="manager-gui,admin-gui"/>\n  <user username="reader" password="Tq8vmW2pZr" roles="app-user"/>\n</tomcat-users>\n';
    expect(blockingIds('docker/conf/tomcat-users.xml', users)).toEqual(['tomcat-manager-user-password', 'generic-secret-assignment']);
    expect(blockingIds('conf/tomcat-users.xml', '<user username="tomcat" password="<must-be-changed>" roles="manager-gui"/>\n')).toEqual([]);
  });

  it("blocks Ktor's generated `secret = \"secret\"` in application.conf", () => {
    expect(blockingIds('src/main/resources/application.conf', 'jwt {\n    realm = "ktor sample app"\n    secret = "secret"\n}\n')).toEqual(['weak-secret-key-config']);
    expect(blockingIds('src/main/resources/application.conf', 'jwt {\n    secret = ${?JWT_SECRET}\n}\n')).toEqual([]);
  });

  it("reports aiohttp's ssl=False on a request or connector (medium), not redis-py's ssl=False", () => {
    expect(scan('bot/api.py', 'async with session.get(\n    url,\n    ssl=False,\n) as resp:\n')).toEqual([{ ruleId: 'aiohttp-ssl-verify-disabled', blocking: false }]);
    expect(scan('app/cache.py', 'r = redis.Redis(host=HOST, ssl=False)\n')).toEqual([]);
  });
});
