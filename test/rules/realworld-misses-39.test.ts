import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 227 to 234, second part: Ansible vars, Laravel broadcasting, LiveKit and PubNub, front-end env reads,
// PHP constants, paths and instructions mistaken for secrets. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 227 to 234: Ansible, Laravel, PHP', () => {
  it('reads Ansible vars as what the servers get: a local database there is production, a secrets file is Ansible', () => {
    const vars = 'db_host: 127.0.0.1\ndb_user: flaskapp\ndb_password: "prasad2024x"\n';
    expect(blockingIds('group_vars/all.yml', vars)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('inventories/vagrant/group_vars/all.yml', vars)).toEqual([]);
    expect(blockingIds('group_vars/all/secrets.yml', 'healthchecks_ping_key: "yt3oq7wd2lpxz9rv4tb8mc"\n')).toEqual(['ansible-secrets-vars-value']);
    expect(blockingIds('secrets.yaml', 'healthchecks_ping_key: "yt3oq7wd2lpxz9rv4tb8mc"\n')).toEqual(['home-assistant-secrets-value']);
  });

  it('finds a Laravel key under a YAML name and a GitHub token in Bundler settings', () => {
    expect(blockingIds('inventory/static.yml', '        laravel_app_key: "base64:Qm7vR2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3="\n')).toEqual(['laravel-app-key']);
    expect(blockingIds('docker-compose.yml', '      BUNDLE_GITHUB__COM: deploy-bot:ab26c3e5a7b9d1f3e5a7c9b1d3f5a7c94e6f8a0b\n')).toEqual(['github-legacy-token-in-url']);
  });

  it("finds a Pusher secret pasted into env() in broadcasting.php, and leaves the app key beside it", () => {
    const pusher = "        'pusher' => [\n            'driver' => 'pusher',\n            'key' => env('key-4c7d2e9a1b8f3e6d0a5c9b2f'),\n            'secret' => env('8dc8a1f3e6b9d2c5f7a0'),\n";
    expect(blockingIds('config/broadcasting.php', pusher)).toEqual(['pusher-app-secret']);
  });

  it("finds PayPal's NVP API signature defined as a PHP constant", () => {
    expect(blockingIds('paypal/constants.php', "define('API_SIGNATURE', 'AQx7mW2kR9tLp4Vz8Hn3cYb6Jd1Fg5Ks0Nv7Qa2We9Rt4Yu8Io3PzXc6');\n")).toEqual(['php-define-secret']);
  });
});

describe('samples 227 to 234: realtime keys, front ends, look-alikes', () => {
  it("names PubNub secret keys, and reads LiveKit's key id as the public half of its pair", () => {
    expect(blockingIds('lib/pubnub.js', "  secretKey: 'sec-c-NGE3ZDJlOWEtMWI4Zi0zZTZkLTBhNWMtOWIyZjdlMWQ0YThj',\n")).toEqual(['pubnub-secret-key']);
    const config = 'LIVEKIT_API_KEY = os.getenv("LIVEKIT_API_KEY", "APIq7Wd2LpXz9Rv")\nLIVEKIT_API_SECRET = os.getenv("LIVEKIT_API_SECRET", "Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4KpAb12")\n';
    expect(blockingIds('backend/app/core/config.py', config)).toEqual(['env-fallback-secret']);
  });

  it("reports a browser read of Mailjet's private key, not a bundler config's proxy header", () => {
    expect(blockingIds('lib/mailjet.ts', '  apiSecret: process.env.NEXT_PUBLIC_MJ_APIKEY_PRIVATE,\n')).toEqual(['client-exposed-secret-env-read']);
    expect(blockingIds('vite.config.ts', "      proxy: { '/api': { target, headers: { 'x-api-key': process.env.VITE_API_SECRET ?? '' } } },\n")).toEqual([]);
  });

  it('names a MailerLite token once, not also as a bare JSON Web Token', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI0IiwianRpIjoiNGM3ZDJlOWExYjhmM2U2ZDBhNWM5YjJmN2UxZDRhOGMiLCJpYXQiOjE3MDAwMDAwMDB9.Qm7vR2xLp9TzK4sNb8HdZ3cFw6Yj1Ue5Ai0OgVq8mT3Rw3kT9xQ2mZ7vL4pN8cB5hY1jF6dG0sKx3Rr9tT5eA4';
    expect(scan('deploy_vps.py', `    f.write('MAILERLITE_API_KEY=${jwt}')\n`)).toEqual([{ ruleId: 'mailerlite-api-token', blocking: true }]);
  });

  it('leaves paths, instructions and an edited Supabase demo key alone', () => {
    expect(blockingIds('front/nuxt.config.ts', 'export default defineNuxtConfig({\n  auth: {\n    secret: "/path/to/secret",\n  },\n})\n')).toEqual([]);
    expect(blockingIds('skills/ansible/vault-secrets.md', '```bash\nansible-vault rekey group_vars/production/vault.yml\n```\n')).toEqual([]);
    expect(blockingIds('setup-env.sh', 'cat > .env.example <<EOF\nNEXTAUTH_SECRET=generate-with-openssl-rand-base64-32\nEOF\n')).toEqual([]);
    const payload = Buffer.from('{"iss":"supabase-demh","role":"service_role","exp":1983812996}').toString('base64url');
    const edited = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${payload}.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU`;
    expect(blockingIds('SUPABASE_DOCKER_SETUP.md', `SUPABASE_SERVICE_ROLE_KEY=${edited}\n`)).toEqual([]);
    expect(blockingIds('SUPABASE_DOCKER_SETUP.md', `SUPABASE_SERVICE_ROLE_KEY=${edited.slice(0, -4)}Qz7w\n`)).toEqual(['supabase-service-role-key']);
  });
});
