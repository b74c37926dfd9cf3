import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Shapes missed in the seventh and eighth real-world samples of config files: django-environ and decouple
// defaults, typed pydantic defaults, ElevenLabs clients, NestJS CORS, nodemailer Gmail app passwords, Nuxt public
// runtime config, Stack Auth server keys. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('environment defaults given as default=', () => {
  it('blocks a get_random_secret_key() value as a multi-line django-environ default, once', () => {
    const text = 'SECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default="m3=q8!w@z5k#r1(x7t&v2n%c9b)h4j-p6y*f0d_g+s^l8e2u",\n)\n';
    expect(scan('config/settings/heroku.py', text)).toEqual([{ ruleId: 'django-secret-key-default', blocking: true }]);
  });

  it('blocks a random decouple default, and keeps decouple without default= silent', () => {
    const line = "API_TOKEN = config('API_TOKEN', default='Pz4wK8qT2mX7vR9nL3cB6hY1')\n";
    expect(blockingIds('shop/settings.py', line)).toEqual(['env-fallback-secret']);
    expect(scan('shop/settings.py', "API_TOKEN = config('API_TOKEN', 'Pz4wK8qT2mX7vR9nL3cB6hY1')\n")).toEqual([]);
    expect(scan('shop/settings.py', "SECRET_KEY = config('SECRET_KEY')\n")).toEqual([]);
  });

  it('reports a change-me placeholder default without blocking, also a django-insecure one', () => {
    for (const value of ['change-me', 'django-insecure-k2p8w4z6x1c3v5b7n9m0-change-me-in-production']) {
      const found = scan('shop/settings.py', `SECRET_KEY = config('SECRET_KEY', default='${value}')\n`);
      expect(found.filter((f) => f.blocking)).toEqual([]);
      expect(found.map((f) => f.ruleId)).toContain('secret-key-literal-fallback');
    }
  });
});

describe('pydantic settings defaults', () => {
  // A BaseSettings default is what the app uses when the variable is unset: a hard-coded fallback, like
  // os.getenv('SECRET_KEY', 'supersecret'), reported at medium (W7 counted it missed, W9 a placeholder when blocking).
  it('reports a guessable default as a hard-coded fallback, not blocking', () => {
    for (const annotation of ['str', 'SecretStr', 'Optional[str]']) {
      const text = `class Settings(BaseSettings):\n    SECRET_KEY: ${annotation} = "supersecret"\n`;
      expect(blockingIds('app/core/config.py', text)).toEqual([]);
      expect(detectChunk({ path: 'app/core/config.py', text }, pack).map((f) => [f.ruleId, f.severity])).toEqual([['secret-key-literal-fallback', 'medium']]);
    }
  });

  it('blocks a random default once, as the signing key it is', () => {
    const text = 'class Settings(BaseSettings):\n    SECRET_KEY: str = "Qm7vR2xLp9TzWk4NbH8dZ3cF6yJ1"\n';
    expect(detectChunk({ path: 'app/core/config.py', text }, pack).map((f) => f.ruleId)).toEqual(['framework-signing-key-literal']);
  });
});

describe('provider keys bound to a client or a setting name', () => {
  it('blocks an ElevenLabs sk_ key passed to the client', () => {
    const text = 'from elevenlabs.client import ElevenLabs\nclient = ElevenLabs(api_key="sk_5e1a9c3f7b2d40e8a6c1f9b3d7e2a40c8f6b1d3e9a7c52f0")\n';
    expect(blockingIds('main.py', text)).toEqual(['elevenlabs-api-key']);
  });

  it('blocks a Stack Auth server key in .env and an Emergent key', () => {
    expect(blockingIds('server/.env', 'STACK_SECRET_SERVER_KEY=ssk_w2x8c4v6b1n3m5q7r9t0y2u4i6o8p1a3s5d7f9\n')).toContain('stack-auth-secret-server-key');
    expect(blockingIds('backend/server.py', 'KEY = "sk-emergent-7cA41e9D02bF63a58E"\n')).toEqual(['emergent-llm-key']);
  });
});

describe('JavaScript framework settings', () => {
  it('blocks NestJS enableCors reflecting any origin with credentials', () => {
    const text = 'const app = await NestFactory.create(AppModule);\napp.enableCors({ origin: true, credentials: true });\n';
    expect(blockingIds('src/main.ts', text)).toEqual(['cors-wildcard-credentials']);
  });

  it("does not block origin '*' with credentials in cors() or enableCors(): the cors package sends a literal * that browsers refuse", () => {
    expect(blockingIds('server.js', "app.use(cors({ origin: '*', credentials: true }));\n")).toEqual([]);
    expect(blockingIds('src/main.ts', "app.enableCors({ credentials: true, origin: '*' });\n")).toEqual([]);
    expect(blockingIds('main.py', 'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)\n')).toEqual(['cors-wildcard-credentials']);
  });

  it('blocks a Gmail app password in a nodemailer transport, in four groups or one run', () => {
    for (const pass of ['mfzq tkwp rvbh xdnl', 'mfzqtkwprvbhxdnl']) {
      const text = `const transporter = nodemailer.createTransport({\n  service: "gmail",\n  auth: { user: "owner.fake@gmail.com", pass: "${pass}" },\n});\n`;
      expect(blockingIds('controllers/userController.js', text)).toEqual(['gmail-app-password-nodemailer']);
    }
  });

  it('blocks a secret-named key in Nuxt public runtime config, not in the private part', () => {
    const nuxt2 = 'export default {\n  publicRuntimeConfig: {\n    JWT_TOKEN_SECRET: process.env.JWT_TOKEN_SECRET,\n  },\n}\n';
    expect(blockingIds('nuxt.config.ts', nuxt2)).toEqual(['nuxt-public-runtime-config-secret']);
    const nuxt3 = 'export default defineNuxtConfig({\n  runtimeConfig: {\n    jwtSecret: process.env.JWT_SECRET,\n    public: { apiBase: "/api" },\n  },\n})\n';
    expect(scan('nuxt.config.ts', nuxt3)).toEqual([]);
  });
});
