import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 591 onwards. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 591 to 598: smart home, chat SDKs and legacy PHP', () => {
  it('reads a setting named auth_key as a secret name', () => {
    const shelly = "SHELLY_CLOUD = 'https://shelly-49-eu.shelly.cloud'\nshelly_auth_key = \"W9Vgu8BOL5sdowMkUbwzqaHsYzuE1zTDE3kkzDVobA8uGWW5\"\n";
    expect(blockingIds('sgr_shelly_sim.py', shelly)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('sgr_shelly_sim.py', 'shelly_auth_key = "your-shelly-auth-key"\n')).toEqual([]);
  });

  it('blocks a CometChat auth key, also behind a browser prefix, and an Agora primary certificate', () => {
    expect(blockingIds('VERCEL_DEPLOY.md', 'Set VITE_COMETCHAT_AUTH_KEY=19fb44ab40936f2b366252a2fb889cd0ee1bd901 in Vercel.\n')).toEqual(['cometchat-key']);
    const dart = "// Agora RTC\nconst String appId = 'shop-live';\nconst String primaryCertificate = '19dc13945858d687fc90a956304aebe7';\n";
    expect(blockingIds('lib/agora_config.dart', dart)).toEqual(['agora-app-certificate']);
  });

  it("blocks a password given to PHP's legacy mysql_connect and a Drupal 7 hash salt", () => {
    expect(blockingIds('cadastro.php', '$conexao = mysql_connect("mysql01.shop-hospedagem.ws", "shop_app", "h8sgcnBqctzA0L") or die("Erro");\n')).toEqual(['php-db-connect-password']);
    expect(blockingIds('sites/default/settings.php', "$drupal_hash_salt = 'mR07jo1v4Zf6LxdiJy87hN88kmSQEWdkFyxDzVD4Tz8';\n")).toEqual(['drupal-hash-salt']);
  });

  it('blocks Tuya, Govee, Black Forest Labs and Msegat keys under their names, also in setup docs', () => {
    expect(blockingIds('docs/USER_GUIDE.md', '```env\nTUYA_ACCESS_ID=O3XHAFKFIHTWNzjrLhld\nTUYA_ACCESS_SECRET=186db2764333ec35765be6e39db382ba\n```\n')).toEqual(['tuya-access-secret']);
    expect(blockingIds('VERIFICATION.md', '```\nGOVEE_API_KEY=3df0760c-2cf2-4fa1-b927-1f14ae7d7d13\n```\n')).toEqual(['govee-api-key']);
    expect(blockingIds('docs/ARCHITECTURE.md', '`BFL_API_KEY=c2a8fbcf-57d8-4e19-a0d4-d8e876ebfaca`\n')).toEqual(['bfl-api-key']);
    expect(blockingIds('SMS_NOTIFICATIONS.md', '```env\nMSEGAT_USERNAME=shop\nMSEGAT_API_KEY=c844f493fdfaa57cc4114751dbcd0d12\n```\n')).toEqual(['msegat-api-key']);
  });

  it("blocks a wallet's private key in a dev container's env file, not Hardhat's public account", () => {
    const env = (key: string): string => `HL_SECRET=${key}\nHL_ACCOUNT=0x7db9c523ba0f7c7fdcbb6c969390d0f0e45ffc1a\n`;
    expect(blockingIds('.devcontainer/.env', env('0xad61c93f18439ecb39a03e206b45a96b46b3020b8b0fb63b88557c18af92bf67'))).toEqual(['evm-private-key-setting']);
    expect(blockingIds('.devcontainer/.env', env('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcaee784d7bf4f2ff80'))).toEqual([]);
  });
});
