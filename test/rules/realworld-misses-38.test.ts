import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 225 and 227 to 234. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('sample 225 and after: development settings, mail servers', () => {
  it('keeps a mail password in local settings when its server is on the internet, not when it is a catcher or a sample host', () => {
    const settings = (host: string) => `DEBUG = True\nEMAIL_HOST = '${host}'\nEMAIL_PORT = 465\nEMAIL_HOST_USER = 'info@acme-build.it'\nEMAIL_HOST_PASSWORD = 'Kalimera7'\n`;
    expect(blockingIds('web/settings/local.py', settings('smtps.aruba.it'))).toEqual(['django-email-password-literal']);
    expect(blockingIds('web/settings/local.py', settings('smtp.mailtrap.io'))).toEqual([]);
    expect(blockingIds('web/settings/local.py', settings('localhost'))).toEqual([]);
    expect(blockingIds('web/settings/local.py', settings('smtp.yourdomain.com'))).toEqual([]);
  });

  it('does not read a sender address as the mail server', () => {
    const settings = "EMAIL_ADDRESS = 'orders.desk@acme-build.it'\nEMAIL_HOST_PASSWORD = 'Kalimera7'\n";
    expect(blockingIds('web/settings/local.py', settings)).toEqual([]);
  });
});
