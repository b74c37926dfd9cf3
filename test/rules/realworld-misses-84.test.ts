import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1252 onwards, and the misses left open by 1212 and 1251. Every value is invented.
const pack = loadDiskPack();
const { blockingIds, scan } = bindToPack(pack);

describe('cookie secrets of Node and Python servers', () => {
  it('blocks a Fastify cookie secret, from the plugin by name or by require, not the documented one', () => {
    expect(blockingIds('backend/src/main.ts', "await app.register(fastifyCookie, { secret: 'my_cookie_secret' });\n")).toEqual(['fastify-hapi-cookie-literal-secret']);
    expect(blockingIds('server.js', "fastify.register(require('@fastify/cookie'), {\n  secret: 'Lq8Vm3Xt7Rz2Kp9Wb4Nc6Yd',\n  parseOptions: {},\n});\n")).toEqual(['fastify-hapi-cookie-literal-secret']);
    expect(blockingIds('server.js', "fastify.register(require('@fastify/session'), { cookieName: 'sid', secret: 'a secret with minimum length of 32 characters' });\n")).toEqual([]);
    expect(blockingIds('src/main.ts', 'await app.register(fastifyCookie, { secret: config.get("COOKIE_SECRET") });\n')).toEqual([]);
  });

  it("blocks a hapi cookie password in the strategy's options, not one read from config or the docs' stand-in", () => {
    const strategy = (password: string): string => `server.auth.strategy('session', 'cookie', {\n  cookie: {\n    name: 'sid',\n    password: ${password},\n    isSecure: false\n  },\n  redirectTo: '/login'\n});\n`;
    expect(blockingIds('server.js', strategy("'secretpasswordforcookieencryption'"))).toEqual(['fastify-hapi-cookie-literal-secret']);
    expect(blockingIds('server.js', strategy('process.env.COOKIE_PASSWORD'))).toEqual([]);
    expect(blockingIds('server.js', strategy("'password-should-be-32-characters'"))).toEqual([]);
    expect(blockingIds('test/server.test.js', strategy("'secretpasswordforcookieencryption'"))).toEqual([]);
  });

  it('reads Koa keys holding a dollar sign among other symbols, not a template', () => {
    expect(blockingIds('server/middleware/index.js', "app.keys = ['@#8812!!@!)(*&^%$7q3wz']\n")).toEqual(['express-session-literal-secret']);
    expect(blockingIds('server/app.js', 'app.keys = [`${process.env.KEY}`]\n')).toEqual([]);
  });

  it("names a Tornado cookie secret as Tornado's, and leaves the docs' value and JupyterHub's setting alone", () => {
    const tornado = 'app = tornado.web.Application(\n    handlers,\n    cookie_secret="Zk4Wn8Vr2Xm6Lq9Tz3Bh7Jc5Fd1Gs0YaPe4Mu8Qx=",\n)\n';
    expect(blockingIds('app.py', tornado)).toEqual(['tornado-cookie-secret']);
    expect(blockingIds('app.py', 'settings = {"cookie_secret": "61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o/Vo="}\n')).toEqual([]);
    expect(blockingIds('jupyterhub_config.py', "c.JupyterHub.cookie_secret = bytes.fromhex('4d1f8a2c7e9b3d5f60a8c2e4f7b9d1a3c5e8f0b2d4a6c9e1f3b5d7a9c2e4f6b8')\n")).toEqual(['jupyterhub-cookie-secret']);
  });
});

describe('Symfony secrets in READMEs', () => {
  it('blocks an APP_SECRET a README hands out, and lowers the dev default of a committed .env', () => {
    expect(blockingIds('README.md', 'Add this to `.env.local`:\n```\nAPP_SECRET=b04e7c1d93a5f26e8b0c4d7a91f3e5c2\n```\n')).toEqual(['symfony-app-secret']);
    const env = '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=b04e7c1d93a5f26e8b0c4d7a91f3e5c2\n###< symfony/framework-bundle ###\n';
    expect(scan('.env', env).filter((f) => f.ruleId === 'symfony-app-secret')).toEqual([{ ruleId: 'symfony-app-secret', blocking: false }]);
    expect(blockingIds('.env', env)).toEqual([]);
    expect(blockingIds('docs/DEPLOY_HEROKU.md', 'heroku config:set APP_SECRET=6f1a7b2c5d0e9f8a4b3c2d1e0f9a8b7c -a shop\n')).toEqual([]);
  });

  it("blocks lexik's JWT passphrase pasted into a README, not a stand-in", () => {
    const block = (passphrase: string): string => `###> lexik/jwt-authentication-bundle ###\nJWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nJWT_PASSPHRASE=${passphrase}\n###< lexik/jwt-authentication-bundle ###\n`;
    expect(blockingIds('README.md', block('9c2e5a8f1b4d7e0a3c6f9b2e5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0e3f6b9d2a'))).toEqual(['lexik-jwt-passphrase']);
    expect(blockingIds('README.md', block('your_passphrase'))).toEqual([]);
  });
});
