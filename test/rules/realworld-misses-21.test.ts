import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives left open after samples 93 to 108, and those found in samples 109 onwards. Every value
// is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const medium = (ruleId: string) => [{ ruleId, blocking: false }];

describe('left open after samples 100 and 101: browser automation and Electron windows', () => {
  it('blocks a password that Puppeteer, Playwright, Cypress or Java Selenium types into a login form', () => {
    expect(blockingIds('scrape/login.js', "const passwordSelector = '#pass';\nawait page.type(passwordSelector, 'Wq9v-Pebble-38');\n")).toEqual(['browser-password-type']);
    expect(blockingIds('scripts/report.ts', "await page.fill('input[name=\"password\"]', 'Tk2r-Meadow-71');\n")).toEqual(['browser-password-type']);
    expect(blockingIds('scripts/checkin.ts', "await page.getByLabel('Password').fill('Hx4n-Quarry-63');\n")).toEqual(['selenium-password-send-keys']);
    expect(blockingIds('src/main/java/bot/Login.java', 'driver.findElement(By.id("password")).sendKeys("Rv8q-Lantern-27");\n')).toEqual(['selenium-password-send-keys']);
  });

  it('leaves the user name, a variable and a PIN typed into a login form unblocked', () => {
    expect(scan('scrape/login.js', "await page.type('#username', 'maria.lopez');\nawait page.type('#password', process.env.SITE_PASSWORD);\n")).toEqual([]);
    expect(blockingIds('scrape/login.js', "await page.type('#password', '175712');\n")).toEqual([]);
  });

  it('reports an Electron window without web security or with insecure content, as medium', () => {
    const window = 'const win = new BrowserWindow({ webPreferences: { webSecurity: false } });\n';
    expect(scan('main.js', window)).toEqual(medium('electron-web-security-disabled'));
    expect(scan('src/main.ts', 'new BrowserWindow({ webPreferences: { allowRunningInsecureContent: true } });\n')).toEqual(medium('electron-insecure-content-allowed'));
    expect(scan('main.js', window.replace('false', 'true'))).toEqual([]);
  });
});
