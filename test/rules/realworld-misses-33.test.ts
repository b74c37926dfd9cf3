import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 185 to 189 (PaaS and CI tokens, Laravel and Rails
// teams' commits, React Native and Expo teams' commits, shipping and marketplace APIs, support widgets). Every value
// is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('sample 185: PaaS and CI platform tokens', () => {
  it('reads Render keys shorter than 32 characters after rnd_', () => {
    expect(blockingIds('deploy.sh', 'curl -H "Authorization: Bearer rnd_Qm7vT2xKp9LfR4sNb8HdZ3cW" https://api.render.com/v1/services\n')).toEqual(['render-api-key']);
  });

  it('reports a Netlify personal access token under a NETLIFY_ name once', () => {
    const ids = detectChunk({ path: 'deploy.sh', text: 'NETLIFY_AUTH_TOKEN=nfp_Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp\n' }, pack).map((f) => f.ruleId);
    expect(ids).toEqual(['netlify-personal-access-token']);
  });
});

describe('sample 186: Laravel and Rails teams', () => {
  it("leaves the recaptcha gem's commented Enterprise example alone, and a leetspeak secret-for-test", () => {
    expect(blockingIds('config/initializers/recaptcha.rb', "  # config.enterprise_api_key = 'AIzvFyE3TU-g4K_Kozr9F1smEzZSGBVOfLKyupA'\n")).toEqual([]);
    expect(blockingIds('env.php', "$_SERVER['APP_SECRET'] = 'S3cr3tF0rT3st';\n")).toEqual([]);
    expect(blockingIds('env.php', "$_SERVER['APP_SECRET'] = 'Kq8vT3mWz7Lp4Rw';\n")).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 188: shipping and marketplace APIs', () => {
  it("blocks Amazon LWA client secrets, not the bare prefix a snippet leaves, and AfterShip's asat_ keys", () => {
    expect(blockingIds('lwa_token.py', `CLIENT_SECRET = "amzn1.oa2-cs.v1.${'9c4e'.repeat(4)}${'1b7f3a5d'.repeat(6)}"\n`)).toEqual(['amazon-lwa-client-secret']);
    expect(blockingIds('lwa_token.py', 'CLIENT_SECRET = "amzn1.oa2-cs.v1."\n')).toEqual([]);
    expect(blockingIds('README.md', '```bash\nAFTERSHIP_API_KEY=asat_5c2e9a7b3d1f8c6e4a2b0d9f7e5c3a1b\n```\n')).toEqual(['aftership-api-key']);
  });
});

describe('sample 189: support and chat widgets', () => {
  it('reports an Intercom token under an INTERCOM_ name once, at critical whatever the syntax', () => {
    const token = 'dG9rOmQ0ZDRhYjBiLWIwNTgtZDJlZS0xZDc1LTg0YWRkZGNjNzhkZToxOjA=';
    const findings = (path: string, text: string): string[] => detectChunk({ path, text }, pack).map((f) => `${f.ruleId} ${f.severity}`);
    expect(findings('deploy/intercom.sh', `export INTERCOM_ACCESS_TOKEN=${token}\n`)).toEqual(['intercom-access-token-base64 critical']);
    expect(findings('src/intercom.js', `const client = new Intercom.Client({ token: '${token}' });\n`)).toEqual(['intercom-access-token-base64 critical']);
  });

  it('leaves a JWT whose subject says it is not real, not a real-looking one', () => {
    expect(blockingIds('js/app.js', '// xhr.setRequestHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzY29wZXMiOlsiKiJdLCJpc3MiOiJmcm9udCIsInN1YiI6InRoaXNpc250cmVhbCJ9.Kq8vT3mWz7LpRw4cYn8BdH1sJe6GuA5oPi0TkNf3Kq9");\n')).toEqual([]);
    expect(blockingIds('js/app.js', '// xhr.setRequestHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzY29wZXMiOlsiKiJdLCJpc3MiOiJmcm9udCIsInN1YiI6ImE3ZjNjOTFlMmIifQ.Kq8vT3mWz7LpRw4cYn8BdH1sJe6GuA5oPi0TkNf3Kq9");\n')).toEqual(['json-web-token']);
  });

  it('reads an Authorization header written in a template literal', () => {
    expect(blockingIds('src/services/drift.js', 'headers: { Authorization: `Bearer Rw8kTq3vZm7Lp2Xc9NbH4yFj6DsA1gKe` },\n')).toEqual(['http-authorization-header']);
  });
});
