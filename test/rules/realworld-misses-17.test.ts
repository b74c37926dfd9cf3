import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives left open from samples 74 to 76 and found in samples 77 to 80 (AI apps, Node back
// ends, infrastructure values, bots). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('.NET settings left open from sample 75', () => {
  it('reports TrustServerCertificate to a remote SQL Server, not to this machine or a local container', () => {
    const remote = '{"ConnectionStrings": {"Db": "Server=tcp:orders-prod.database.windows.net,1433;Initial Catalog=orders;Encrypt=True;TrustServerCertificate=True;"}}\n';
    expect(scan('appsettings.json', remote)).toEqual([{ ruleId: 'sqlserver-trust-server-certificate', blocking: false }]);
    expect(scan('appsettings.json', '{"ConnectionStrings": {"Db": "Server=(localdb)\\\\mssqllocaldb;Database=orders;TrustServerCertificate=True"}}\n')).toEqual([]);
    expect(scan('appsettings.json', '{"ConnectionStrings": {"Db": "Server=sqlserver;Database=orders;TrustServerCertificate=True"}}\n')).toEqual([]);
  });

  it('reports customErrors Off in Web.config but not in the debug transform', () => {
    const config = '<configuration>\n  <system.web>\n    <customErrors mode="Off"/>\n  </system.web>\n</configuration>\n';
    expect(scan('Orders.Web/Web.config', config)).toEqual([{ ruleId: 'aspnet-custom-errors-off', blocking: false }]);
    expect(scan('Orders.Web/Web.Debug.config', config)).toEqual([]);
    expect(scan('Orders.Web/Web.config', config.replace('Off', 'RemoteOnly'))).toEqual([]);
  });
});

describe('stock passwords in Kubernetes Secrets (left open from samples 66 to 73)', () => {
  const secret = (body: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: broker\ntype: Opaque\n${body}`;

  it("does not block Microsoft's Pass@word sample or RabbitMQ's guest, also in base64", () => {
    expect(blockingIds('k8s/mssql-secret.yaml', secret('stringData:\n  SA_PASSWORD: "Pass@word1"\n'))).toEqual([]);
    expect(blockingIds('k8s/rabbitmq-secret.yaml', secret('data:\n  RABBITMQ_PASSWORD: Z3Vlc3Q=\n'))).toEqual([]);
    expect(blockingIds('k8s/rabbitmq-secret.yaml', secret('data:\n  RABBITMQ_PASSWORD: YWRtaW4=\n'))).toEqual([]);
  });

  it('still blocks a random password, plain or in base64', () => {
    expect(blockingIds('k8s/mssql-secret.yaml', secret('stringData:\n  SA_PASSWORD: "Xk9mPq2Lz7wr"\n'))).toEqual(['kubernetes-secret-literal']);
    expect(blockingIds('k8s/mssql-secret.yaml', secret('data:\n  SA_PASSWORD: WGs5bVBxMkx6N3dy\n'))).toEqual(['kubernetes-secret-literal']);
  });
});

describe('shared hosting databases (left open from sample 75)', () => {
  it('blocks a guessable MySQL password beside a Hostinger or InfinityFree host, not beside localhost', () => {
    expect(blockingIds('db.php', '<?php\n$db_host = "sql158.main-hosting.eu";\n$db_password = "bluebird77";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('db.php', '<?php\n$db_host = "sql300.epizy.com";\n$db_password = "orchard";\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('db.php', '<?php\n$db_host = "localhost";\n$db_password = "bluebird77";\n')).toEqual([]);
  });
});
