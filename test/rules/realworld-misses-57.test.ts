import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 487 onwards, and cases left open from earlier samples. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('sample 470, left open: HOCON fallbacks', () => {
  it('reports a stock key overridden from the environment on the next line as a fallback, without blocking', () => {
    const conf = (override: string): string => `jwt {\n    secret = "secret"\n${override}    issuer = "http://0.0.0.0:8080/"\n}\n`;
    expect(scan('src/main/resources/application.conf', conf('    secret = ${?TOKEN_SECRET}\n'))).toEqual([
      { ruleId: 'hocon-secret-env-fallback', blocking: false },
    ]);
    expect(blockingIds('src/main/resources/application.conf', conf(''))).toEqual(['weak-secret-key-config']);
  });

  it('still blocks a random-looking literal that an environment override falls back to', () => {
    const conf = 'play.http.secret.key="qwfpgj4k4r3tvar47h912bn535"\nplay.http.secret.key=${?APPLICATION_SECRET}\n';
    expect(blockingIds('conf/application.conf', conf)).toEqual(['play-application-secret']);
  });
});
