import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 235 to 242: game servers, Moodle, calendars, Laravel mail, R and Shiny, ML tracking. Every value is invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 235 to 238: game servers, Moodle, calendars, Laravel', () => {
  it("reads Moodle's padded $CFG->dbpass and a game server's RCONPW", () => {
    expect(blockingIds('moodle/config.php', "<?php\n$CFG->dbpass    = 'Kq7vT2xWm9LpQz3';\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('nomad/csgo.nomad.hcl', '      env {\n        SRCDS_RCONPW="Kq7vT2xWm9LpQz"\n      }\n')).toEqual(['generic-secret-assignment']);
  });

  it('names Cal.com keys, and keeps a Cloud SQL password whose URL says localhost', () => {
    expect(blockingIds('scripts/sync.ts', "const CAL_KEY = 'cal_live_4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c';\n")).toEqual(['calcom-api-key']);
    const url = (query: string) => `DATABASE_URL: "postgresql://caluser:Hq8vT3mWz7Lp4RwXc9NbY2k@localhost:5432/calendso${query}"\n`;
    expect(blockingIds('deploy/env.yaml', url('?host=/cloudsql/shop-prod:us-central1:calcom-db'))).toEqual(['database-url-password']);
    expect(blockingIds('deploy/env.yaml', url(''))).toEqual([]);
  });

  it("finds a Gmail app password as Laravel's env() fallback, also beside the default mailpit host", () => {
    const mail = (host: string) => `'host' => env('MAIL_HOST', '${host}'),\n'username' => env('MAIL_USERNAME', 'orders.desk@gmail.com'),\n'password' => env('MAIL_PASSWORD', 'wkrm tqzv hbnx plof'),\n`;
    expect(blockingIds('config/mail.php', mail('smtp.gmail.com'))).toEqual(['gmail-app-password']);
    expect(blockingIds('config/mail.php', mail('mailpit'))).toEqual(['gmail-app-password']);
  });

  it("reads Pusher's app key as the public half of its pair in a Laravel fallback", () => {
    const pusher = "    'key' => env('PUSHER_APP_KEY', 'd621a3c5e7b9d1f3e5a7'),\n    'secret' => env('PUSHER_APP_SECRET', '8dc8a1f3e6b9d2c5f7a0'),\n";
    expect(blockingIds('config/broadcasting.php', pusher)).toEqual(['pusher-app-secret']);
  });
});

describe('samples 241 and 242: R and Shiny, ML tracking', () => {
  it("names shinyapps.io deploy secrets, and reports R's TLS checks turned off without blocking", () => {
    const deploy = "rsconnect::setAccountInfo(name='shopdash', token='4C7D2E9A1B8F3E6D0A5C9B2F7E1D4A8C', secret='Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp')\n";
    expect(blockingIds('deploy.R', deploy)).toEqual(['generic-secret-assignment', 'shinyapps-io-secret']); // the token, then the secret
    expect(blockingIds('R/s3.R', 'httr::set_config(httr::config(ssl_verifypeer = 0L))\n')).toEqual([]);
  });

  it('finds W&B keys on the command line and ClearML secret keys under their own name', () => {
    expect(blockingIds('train.sh', 'wandb login --relogin 9f0e1d2c4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c\n')).toEqual(['wandb-api-key']);
    const conf = (secret: string) => `api {\n  credentials {\n    "access_key" = "KEY"\n    "secret_key" = "${secret}"\n  }\n}\n`;
    expect(blockingIds('clearml.conf', conf('Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4KpAb12Zq8Tn2Vx5Lm7Rc4KpAb'))).toEqual(['clearml-secret-key']);
    expect(blockingIds('clearml.conf', conf('SECRET'))).toEqual([]);
  });
});
