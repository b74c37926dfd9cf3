import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 185 to 187 (PaaS and CI tokens, Laravel and Rails
// teams' commits, React Native and Expo teams' commits). Every value is invented.
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
