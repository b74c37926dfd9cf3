import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { listBlockingRules } from '../helpers/blocking-rules.js';
import { deriveAlnum } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// What a web app's package.json, lock file and dependencies hold (measured on the node_modules of an app
// using Express, Next, Prisma, the AWS SDK, Firebase, Sentry, Twilio and others): none of it is a secret,
// while a real key in the same shape still blocks. Every secret-looking value here is invented.
const pack = loadDiskPack();

const blocking = (path: string, text: string): string[] => listBlockingRules(pack, path, text);

describe("a web app's own manifests", () => {
  it('does not take npm version ranges of credential-named packages for secrets', () => {
    const manifest = '{\n  "dependencies": {\n    "@aws-sdk/credential-provider-node": "^3.972.98",\n    "@aws-sdk/credential-providers": "~3.806.x",\n    "passport-jwt": ">=4.0.1"\n  }\n}\n';
    expect(detectChunk({ path: 'package.json', text: manifest }, pack)).toEqual([]);
    expect(detectChunk({ path: 'node_modules/.package-lock.json', text: manifest }, pack)).toEqual([]);
  });

  it("reports Prisma's johndoe:randompassword template at confidence low only", () => {
    const text = 'DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"\n';
    expect(detectChunk({ path: 'prisma/.env.example', text }, pack)).toEqual([]);
    expect(detectChunk({ path: 'src/db.ts', text }, pack).map((f) => [f.ruleId, f.confidence])).toEqual([['database-url-password', 'low']]);
    expect(blocking('src/db.ts', 'DATABASE_URL="postgresql://shop:Hq7vNz3Lp9Xw@db.shop.io:5432/shop"\n')).toEqual(['database-url-password']);
  });
});

describe('library code and type declarations', () => {
  it('treats .d.ts doc comments as documentation', () => {
    const text = '/**\n * @returns\n * accessToken: "aoal-Yq7ITUDiNX1xZwOMXM5MxOWDL0E0jg9P6_C_jKQPxS_SKCP6f0kh1Up4g7TtvQqkMnD",\n */\n';
    expect(detectChunk({ path: 'dist-types/commands/CreateTokenCommand.d.ts', text }, pack)[0]?.context).toBe('docs');
    expect(blocking('dist-types/commands/CreateTokenCommand.d.ts', text)).toEqual([]);
  });

  it('does not take names, optional chains or URLs for secret values', () => {
    for (const text of [
      'ResetPassword = "identitytoolkit#ResetPasswordResponse",\n',
      'httpVerToken: response.headers?.[HeaderNames.X_MS_HTTP_VERSION] || ""\n',
      'cookieName = secure ? "__Secure-next-auth.session-token" : "next-auth.session-token",\n',
      '// Check both username AND password: redis://:password@host has an empty username.\n',
      'export const K8S_VOLUME_TYPE_VALUE_SECRET = "secret";\n',
      ';this.releaseEmitter=new ReleaseEmitter;this.noTokens=e===defaultInit;this.pauseFn=i;\n',
    ]) {
      expect(blocking('lib/index.js', text), text).toEqual([]);
    }
    expect(blocking('config.yml', 'jwt:\n  secret: "development#product"\n')).toEqual(['generic-secret-assignment']);
  });

  it('does not find Facebook or Cloudflare tokens inside base64 blobs and constant names', () => {
    const blob = `const wasm = "AGFzbQEAAAAB/EAA${'Qm7vT2xKp9LfR4sNb8HdZ3cFw6Yj1Ue5Ai0Og'.repeat(4)}+x";\n`;
    expect(blocking('runtime/query_compiler.wasm-base64.js', blob)).toEqual([]);
    expect(blocking('lib/app.js', `const token = "EAA${deriveAlnum('facebook', 111)}";\n`)).toEqual(['facebook-access-token']);
    expect(blocking('dist/attributes.cjs', 'const CLOUDFLARE_D1_ROWS_READ="x",CLOUDFLARE_DURABLE_OBJECT_RESPONSE_ROWS_READ="y";\n')).toEqual([]);
  });
});
