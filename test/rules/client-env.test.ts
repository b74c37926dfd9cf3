import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Secrets behind public env-var prefixes (rules/misconfig/client-env.yaml): public-by-design names stay silent,
// secret names block in code and config, and example or dev files only report. Every value here is invented.
const pack = loadDiskPack();
const RULES = new Set(['client-exposed-secret-env', 'client-exposed-secret-env-read']);

function findOurs(path: string, text: string) {
  return detectChunk({ path, text }, pack).filter((f) => RULES.has(f.ruleId));
}

const PUBLIC_NAMES = [
  'NEXT_PUBLIC_SUPABASE_URL', 'NEXT_PUBLIC_SUPABASE_ANON_KEY', 'NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY',
  'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'VITE_FIREBASE_API_KEY',
  'VITE_FIREBASE_AUTH_DOMAIN', 'VITE_FIREBASE_APP_ID', 'VITE_FIREBASE_MEASUREMENT_ID', 'VITE_FIREBASE_DATABASE_URL',
  'NEXT_PUBLIC_GOOGLE_MAPS_API_KEY', 'NEXT_PUBLIC_GA_MEASUREMENT_ID', 'NEXT_PUBLIC_POSTHOG_KEY', 'NEXT_PUBLIC_SENTRY_DSN',
  'NEXT_PUBLIC_MAPBOX_TOKEN', 'NEXT_PUBLIC_MAPBOX_ACCESS_TOKEN', 'NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_API_KEY',
  'GATSBY_ALGOLIA_SEARCH_KEY', 'NEXT_PUBLIC_RECAPTCHA_SITE_KEY', 'NEXT_PUBLIC_TURNSTILE_SITE_KEY',
  'NEXT_PUBLIC_VAPID_PUBLIC_KEY', 'REACT_APP_AUTH0_CLIENT_ID', 'NEXT_PUBLIC_GOOGLE_CLIENT_ID', 'EXPO_PUBLIC_API_URL',
  'NEXT_PUBLIC_SEGMENT_WRITE_KEY', 'NEXT_PUBLIC_PUSHER_KEY', 'NEXT_PUBLIC_SANITY_PROJECT_ID', 'NEXT_PUBLIC_GITHUB_CLIENT_ID',
  'NEXT_PUBLIC_GITHUB_REPO', 'NEXT_PUBLIC_OPENAI_MODEL', 'NEXT_PUBLIC_UPSTASH_REDIS_REST_URL', 'VUE_APP_PUSHER_APP_KEY',
  'NEXT_PUBLIC_PASSWORD_RESET_URL', 'REACT_APP_FORGOT_PASSWORD', 'NEXT_PUBLIC_DEMO_PASSWORD', 'NEXT_PUBLIC_SECRETARY_EMAIL',
  'NUXT_PUBLIC_AUTH_TOKEN_URL', 'VITE_BYPASS', 'PUBLIC_URL', 'VITE_API_URL',
];

const SECRET_NAMES = [
  'NEXT_PUBLIC_STRIPE_SECRET_KEY', 'VITE_OPENAI_API_KEY', 'REACT_APP_DB_PASSWORD', 'EXPO_PUBLIC_ANTHROPIC_API_KEY',
  'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY', 'GATSBY_CONTENTFUL_MANAGEMENT_TOKEN', 'NUXT_PUBLIC_JWT_SECRET',
  'VUE_APP_AWS_SECRET_ACCESS_KEY', 'NEXT_PUBLIC_FIREBASE_PRIVATE_KEY', 'VITE_ALGOLIA_ADMIN_API_KEY',
  'NEXT_PUBLIC_TWILIO_AUTH_TOKEN', 'VITE_SENDGRID_API_KEY', 'REACT_APP_GITHUB_TOKEN', 'NEXT_PUBLIC_HF_TOKEN',
  'VITE_SMTP_PASS', 'NEXT_PUBLIC_CLIENT_SECRET', 'VITE_DATABASE_URL', 'NEXT_PUBLIC_MEILI_MASTER_KEY',
];

describe('client-exposed-secret-env', () => {
  it.each(PUBLIC_NAMES)('stays silent on the public-by-design %s', (name) => {
    expect(findOurs('.env', `${name}=q7Rf2Lm9Xw4Tz8Kc\n`)).toEqual([]);
    expect(findOurs('src/app.ts', `const v = process.env.${name};\nconst w = import.meta.env.${name};\n`)).toEqual([]);
  });

  it.each(SECRET_NAMES)('blocks %s in .env and in front-end code', (name) => {
    const [assigned] = findOurs('.env', `${name}=q7Rf2Lm9Xw4Tz8Kc\n`);
    expect(assigned).toMatchObject({ ruleId: 'client-exposed-secret-env', severity: 'high', confidence: 'medium' });
    expect(assigned).toMatchObject({ secret: 'q7Rf2Lm9Xw4Tz8Kc', redact: true });
    const [read] = findOurs('src/app.tsx', `fetch(url, { headers: { key: import.meta.env.${name} } });\n`);
    expect(read).toMatchObject({ ruleId: 'client-exposed-secret-env-read', confidence: 'medium' });
  });

  it('only reports, without blocking, in example, docs and test files', () => {
    for (const path of ['.env.example', 'docs/setup.md', 'test/fixtures/app.env']) {
      const found = findOurs(path, 'NEXT_PUBLIC_STRIPE_SECRET_KEY: q7Rf2Lm9Xw4Tz8Kc\n');
      expect(found.map((f) => [path, f.confidence])).toEqual([[path, 'low']]);
    }
  });

  it('blocks in CI workflows and other development files: a CI build is a production build', () => {
    for (const path of ['.github/workflows/deploy.yml', '.env.local', 'docker-compose.yml']) {
      const found = findOurs(path, '        NEXT_PUBLIC_STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n');
      expect(found.map((f) => [path, f.severity, f.confidence])).toEqual([[path, 'high', 'medium']]);
      expect(found[0]?.message).not.toMatch(/lowered/);
      expect(found[0]?.secret).toBe('${{ secrets.STRIPE_SECRET_KEY }}');
    }
  });

  it('skips empty values, comments, flags, type annotations and server-only modules', () => {
    expect(findOurs('.env', 'VITE_OPENAI_API_KEY=\nVITE_JWT_SECRET=""\n# NEXT_PUBLIC_DB_PASSWORD=x9\n')).toEqual([]);
    expect(findOurs('.env', 'VITE_REQUIRE_PASSWORD=true\nNEXT_PUBLIC_PASSWORD=8\n')).toEqual([]);
    expect(findOurs('src/env.ts', 'const client = z.object({ NEXT_PUBLIC_DB_PASSWORD: z.string() });\n')).toHaveLength(0);
    expect(findOurs('app/api/chat/route.ts', 'const k = process.env.NEXT_PUBLIC_OPENAI_API_KEY;\n')).toEqual([]);
    expect(findOurs('src/hooks.server.ts', 'const k = process.env.VITE_DB_PASSWORD;\n')).toEqual([]);
  });
});
