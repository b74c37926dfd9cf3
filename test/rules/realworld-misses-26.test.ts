import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 137 to 140 (edge functions, game clients and mods, static sites,
// Spring Boot services), and two of sample 135. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const hex32 = '9131c7e2a4f6b8d0c1e3a5f7b9d2c4e6';

describe('sample 137: edge functions', () => {
  it("reads Wrangler's .dev.vars as an env file, not its example", () => {
    expect(blockingIds('worker/.dev.vars', 'SESSION_SECRET=Qm4vT8zKx2Lp7Wn3Rb9Yc5Hd1Jf6GsA\n')).toEqual(['dotenv-file', 'generic-secret-assignment']);
    expect(blockingIds('worker/.dev.vars.example', 'SESSION_SECRET=your-secret\n')).toEqual([]);
  });
});

describe('sample 138: game clients and mods', () => {
  it('blocks CurseForge keys sent as x-api-key, Steam Web API keys and a Unity keystore password', () => {
    const curse = 'conn.addRequestProperty("x-api-key", "$2a$10$Kq8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsAe0uIoPs3kQm4vT8zKx2Lp7");\n';
    expect(blockingIds('src/CurseForgeAPI.java', curse)).toEqual(['curseforge-api-key']);
    expect(blockingIds('src/Player.js', `fetch('https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v0002/?key=${hex32}&steamids=' + id)\n`)).toEqual(['steam-web-api-key']);
    // Its own rule since sample 689 (a word there blocks too).
    expect(blockingIds('Assets/Editor/AndroidTools.cs', '        PlayerSettings.Android.keystorePass = "R3k8vQ2zXp9Lw";\n')).toEqual(['game-engine-keystore-password']);
  });

  it('does not take a hex number for a secret (an IL metadata token)', () => {
    expect(blockingIds('Assembly-CSharp/Playfab.cs', '[Cpp2IlInjected.Token(Token = "0x600779D")]\n')).toEqual([]);
  });
});

describe('sample 139: static sites', () => {
  it('lowers search-only keys, by name or by the comment beside them', () => {
    expect(scan('functions/config.js', `  SEARCH_ONLY_API_KEY: '${hex32}',\n`)).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
    const config = `// Algolia: the Search-Only key is safe to expose in client-side code\nconst ALGOLIA_APP_ID = 'K5TYQ2ZXP9';\nconst ALGOLIA_API_KEY = '${hex32}';\n`;
    expect(blockingIds('js/config.js', config)).toEqual([]);
    expect(blockingIds('js/config.js', config.replace('ALGOLIA_API_KEY', 'ALGOLIA_ADMIN_KEY'))).toEqual(['algolia-admin-api-key']);
  });

  it('blocks an lftp login on the command line, not one read from variables', () => {
    expect(blockingIds('.bash_history', "lftp -c 'open -u backup,Wq7vTk2mLz9x admin-server; put site.tar.gz'\n")).toEqual(['lftp-login-password']);
    expect(blockingIds('upload.sh', 'lftp -u "$FTP_USERNAME,$FTP_PASSWORD" ftp://example.net\n')).toEqual([]);
  });
});

describe('sample 135: VPN configuration', () => {
  it('reads an IPsec pre-shared key as a secret', () => {
    expect(blockingIds('l2tp-client/Dockerfile', "RUN VPN_IPSEC_PSK='Mk7vQ2zXp9Lw4Rt' VPN_USER=vpnuser sh /opt/src/run.sh\n")).toEqual(['generic-secret-assignment']);
  });
});
