import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 141 to 144 and items left open from earlier samples (90, 132, 136,
// 140). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 90 and 140: Spring services in compose', () => {
  const service = (profile: string): string =>
    `services:\n  app:\n    ports:\n      - "9091:9091"\n    environment:\n      SPRING_PROFILES_ACTIVE: ${profile}\n      JAVA_OPTS: >-\n        -Dcom.sun.management.jmxremote.port=9091\n        -Dcom.sun.management.jmxremote.authenticate=false\n`;

  it('blocks remote JMX without authentication in a compose file that declares the prod profile', () => {
    expect(blockingIds('docker-compose.yml', service('prod'))).toEqual(['jmx-remote-without-auth']);
  });

  it('lowers it in a compose file read as development, and keeps a JMX port bound to this machine silent', () => {
    expect(scan('docker-compose.yml', service('dev'))).toEqual([{ ruleId: 'jmx-remote-without-auth', blocking: false }]);
    expect(scan('bin/start.sh', 'java -Dcom.sun.management.jmxremote.host=127.0.0.1 -Dcom.sun.management.jmxremote.authenticate=false -jar app.jar\n')).toEqual([]);
  });
});

describe('samples 132 and 136: app transport settings', () => {
  it('reports App Transport Security off and clear-text Android traffic, below the blocking level', () => {
    expect(scan('ios/Runner/Info.plist', '<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n')).toEqual([{ ruleId: 'ios-ats-arbitrary-loads', blocking: false }]);
    expect(scan('android/app/src/main/AndroidManifest.xml', '<application android:usesCleartextTraffic="true">\n')).toEqual([{ ruleId: 'android-cleartext-traffic', blocking: false }]);
    expect(scan('src/main/res/xml/network_security_config.xml', '<domain-config cleartextTrafficPermitted="true"><domain>10.0.2.2</domain></domain-config>\n')).toEqual([]);
  });
});

describe('sample 140: Kafka clients', () => {
  it('reports an empty endpoint identification algorithm, not the default', () => {
    expect(scan('config/worker.properties', 'security.protocol=SASL_SSL\nssl.endpoint.identification.algorithm=\n')).toEqual([
      { ruleId: 'kafka-ssl-hostname-verification-off', blocking: false },
    ]);
    expect(scan('config/worker.properties', 'security.protocol=SASL_SSL\nssl.endpoint.identification.algorithm=https\n')).toEqual([]);
  });
});

describe('sample 135: tunnels', () => {
  it('blocks an frp token next to its server, in a config or a string that writes one, not a placeholder', () => {
    const ini = '[common]\nserver_addr = 203.0.113.44\nserver_port = 7000\ntoken = Qm7vTk2zXp9Lw4Rt8Yc\n';
    expect(blockingIds('frpc.ini', ini)).toContain('frp-auth-token');
    expect(blockingIds('deploy_frpc.py', `frpc_ini = """${ini}"""\n`)).toContain('frp-auth-token');
    expect(blockingIds('frpc.ini', ini.replace('Qm7vTk2zXp9Lw4Rt8Yc', '12345678'))).toEqual([]);
  });
});

describe('sample 142: Express back ends', () => {
  it('joins a Paystack key split into two literals, named by the variable it falls back from', () => {
    const text = `const secret = process.env.PAYSTACK_SECRET || 'sk_live_' + '${'9f3c1a7e5b2d8f4a6c0e2b4d6f8a1c3e5b7d9f0a'}';\n`;
    expect(blockingIds('netlify/functions/buy-ticket.js', text)).toEqual(['paystack-secret-key']);
  });
});
