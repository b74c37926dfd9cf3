import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1784 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('round seven: PHP and .NET CMSes, Java portals, chat integrations, forums, CI pipelines and hybrid apps', () => {
  it("blocks a mail password a PHP constant names with PWD", () => {
    expect(blockingIds('libraries/config.php', "@define('_MAIL_PWD', 'Tq7mXv2Lp9');\n")).toEqual(['php-define-secret']);
  });

  it("does not block a local Docker sa login's stock password nor a docs connection string to MyServerName", () => {
    const local = '  <add name="core" connectionString="user id=sa;password=Qwerty123;Data Source=sql2017;Database=Sitecore_Core" />\n';
    expect(blockingIds('README.md', local)).toEqual([]);
    const docs = '<add name="umbracoDbDSN" connectionString="Server=MyServerName;Database=MyDatabase;User Id=Username;Password=Kq7v#T2xWm9Lp;" />\n';
    expect(blockingIds('docs/v8/Unattended-Installs.md', docs)).toEqual([]);
  });

  it("does not take Alfresco's MD4 hash of the admin password for a password", () => {
    const props = '# admin\nalfresco_user_store.adminpassword=209c6174da490caeb422f3fa5a7ae634\n';
    expect(blockingIds('alfresco-global.properties', props)).toEqual([]);
  });

  it("does not block mmuser's mmpassword, a phpass hash, nor a TYPO3 variable's name given as a value", () => {
    const dsn = '  "DataSource": "postgres://mmuser:mmpassword@db-primary.internal:5432/mattermost?sslmode=require",\n';
    expect(blockingIds('docs/read-replicas.md', dsn)).toEqual([]);
    const typo3 = "        'installToolPassword' => '$P$Cj7Q3mXv2Lp9Wk4Tn8Rb3Hc6Yd1Fs0a',\n";
    expect(blockingIds('web/typo3conf/LocalConfiguration.php', typo3)).toEqual([]);
    expect(blockingIds('deployer/set.php', "set('db_password', 'TYPO3__DB__Connections__Default__password');\n")).toEqual([]);
  });
});

describe('round eight: BI embedding, CRMs, file sync, log shippers and self-hosted backends', () => {
  it('blocks a newer Dropbox sl.u. token longer than 1,400 characters', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const body = Array.from({ length: 1450 }, (_, i) => alphabet[(i * 37 + (i >> 3) * 11) % 64]).join('');
    expect(blockingIds('api/upload.py', `dbx = dropbox.Dropbox("sl.u.${body}")\n`)).toEqual(['dropbox-access-token']);
  });

  it("does not block a database password that is its admin user's stem (butler_admin, butler)", () => {
    const pillar = 'airflow:\n  sql_alchemy_conn: postgresql://butler_admin:butler@postgresql.service.consul:5432/airflow\n';
    expect(blockingIds('salt/pillar/airflow/init.sls', pillar)).toEqual([]);
  });

  it('does not block a key made up as lower case, upper case and digits in turn', () => {
    const made = Array.from({ length: 18 }, (_, i) => 'xmqwvtsjfhcazuypbn'.charAt(i) + 'BKNPYRLGDEWTVMLQXC'.charAt(i) + String((i * 7 + 9) % 10)).join('');
    expect(blockingIds('infrastructure/GLITCHTIP_SETUP.md', `\`\`\`env\nSECRET_KEY=${made}\n\`\`\`\n`)).toEqual([]);
  });
});
