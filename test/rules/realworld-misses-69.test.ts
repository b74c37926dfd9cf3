import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 615 onwards. Every value is invented, except the published docs values that must stay silent.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('samples 615 to 618: MCP configs, push notifications and unattended installs', () => {
  it('blocks secrets carried in hosted MCP server URLs and Smithery keys, not seed data marked demo', () => {
    const zapier = 'ZAPIER_MCP_URL = "https://mcp.zapier.com/api/mcp/s/80YcXy4I01uwCvaHte5gbvdQEbTfu6fqqjVp8SxskAKT6AHE5ZXNNQVhKK8WJbsLH7B6CH3nAd74DAW4eHWSVfSlO96p6MSHJ/mcp"\n';
    expect(blockingIds('client.py', zapier)).toEqual(['mcp-server-url-secret']);
    const smithery = '{\n  "args": [\n    "-y", "@smithery/cli@latest", "run", "exa",\n    "--key", "8074e85b-bf49-4c58-916a-fe2cdb5a3299"\n  ]\n}\n';
    expect(blockingIds('.cursor/mcp.json', smithery)).toEqual(['mcp-server-url-secret']);
    expect(blockingIds('scripts/seed_partners.py', '    {"name": "Acme", "api_key": "ghl-demo-key-acme-987654321"},\n')).toEqual([]);
  });

  it('blocks Pushover, ServerChan, ntfy and Pushbullet tokens and Bark device keys by their own shapes', () => {
    expect(blockingIds('hue_alarm.sh', 'PUSHOVER_TOKEN="a74w5ktcrpprigwaxtzo89pnndcwx0"\nPUSHOVER_USER="ui3o8eu5oyoos3v6zw5as6cahjwbek"\n')).toEqual(['pushover-token', 'pushover-token']);
    expect(blockingIds('success.py', "key = 'SCT855041TE3ci4Yk0OSP2FjBcbQM7Qi9M'\n")).toEqual(['serverchan-sendkey']);
    expect(blockingIds('notify.sh', 'curl -H "Authorization: Bearer tk_xbjl6ennfixti8r5mf53jiyeapb9i" -d done https://ntfy.shop-home.net/backup\n')).toEqual(['ntfy-access-token']);
    expect(blockingIds('docs/NOTIFICATIONS.md', '```env\nPUSHBULLET_ACCESS_TOKEN=o.XqQrXwD494xbRuyDoGbfHoz1zAKKDUhO\n```\n')).toEqual(['pushbullet-access-token']);
    expect(blockingIds('nga_monitor.py', 'BARK_KEY = "https://api.day.app/M4JSDaZzBA2pqhcPXzsmdn"\n')).toEqual(['bark-device-key']);
  });

  it("leaves Pushover's documentation token", () => {
    expect(blockingIds('pushover.py', 'PUSHOVER_APP_TOKEN = "azGDORePK8gMaC0QOYAMyEEuzJnyUi"\n')).toEqual([]);
  });

  it("blocks a kickstart's plain root password and a preseed's, not a hashed one", () => {
    expect(blockingIds('kickstart/bluebox.ks', 'lang en_US.UTF-8\nrootpw --plaintext OzgCjMCSdzco\n')).toEqual(['installer-root-password']);
    expect(blockingIds('http/preseed.cfg', 'd-i passwd/root-password password 4F9RhS45JNBzjB\n')).toEqual(['installer-root-password']);
    expect(blockingIds('kickstart/bluebox.ks', 'rootpw --iscrypted $6$rounds=4096$Qm3$Kx8RDUM0ur5b8FqjNQYjT1\n')).toEqual([]);
  });
});

describe('samples 619 to 622: virtualization scripts, live streaming and mailbox scripts', () => {
  it("blocks passwords given to XenAPI's login_with_password, imap_tools' login with a folder and poplib's pass_", () => {
    expect(blockingIds('xen-api-list-vms.py', "session.xenapi.login_with_password('root', 'bn6rpGnQ5EhEFEkn', '1.0', 'list-vms')\n")).toEqual(['login-call-password']);
    expect(blockingIds('imap_poller.py', "with MailBox('imap.gmail.com').login('shop.alerts@gmail.com', 'OzgCjMCSdzco', 'INBOX') as box:\n")).toEqual(['login-call-password']);
    expect(blockingIds('check_mail.py', "pop = poplib.POP3_SSL('pop.shop.io')\npop.user('ops@shop.io')\npop.pass_('4F9RhS45JNBzjB')\n")).toEqual(['login-call-password']);
  });

  it('leaves the sample passwords of exchangelib and poplib how-tos', () => {
    expect(blockingIds('skyexchange.py', "credentials = Credentials('john@shop.io', 'topsecret')\n")).toEqual([]);
    expect(blockingIds('mailtest.py', "recvSvr.pass_('ImNotGonnaRevealMyPassword')\n")).toEqual([]);
  });

  it("blocks Facebook's older persistent stream key, on a commented URL or alone", () => {
    const key = '1457057035627527?s_bl=1&s_sw=0&s_vt=api-s&a=B98Z9_Wvug0RpANr';
    expect(blockingIds('nginx.conf', `    # push rtmps://live-api-s.facebook.com:443/rtmp/${key};\n`)).toEqual(['facebook-live-stream-key']);
    expect(blockingIds('ViewController.swift', `let key = "${key}"\n`)).toEqual(['facebook-live-stream-key']);
    expect(blockingIds('SETUP.md', '    push rtmp://live.twitch.tv/app/live_123456_abcde;\n')).toEqual([]);
  });

  it('reads a UUID beside the Mux ingest URL as a Mux stream key', () => {
    const kt = '    private val rtmpEndpoint = "rtmp://global-live.mux.com:5222/app/"\n    private val streamKey: String = "7fe73543-d087-4b78-80dd-47acdbebcfd3"\n';
    expect(blockingIds('app/src/main/java/com/shop/live/MainActivity.kt', kt)).toEqual(['mux-stream-key']);
    expect(blockingIds('src/player.ts', "const STREAM_KEY = '7fe73543-d087-4b78-80dd-47acdbebcfd3';\n")).not.toContain('mux-stream-key');
  });

  it('blocks the password in an offlineimap config, not a keyring lookup', () => {
    expect(blockingIds('.offlineimaprc', '[Repository Remote]\ntype = IMAP\nremoteuser = ops@shop.io\nremotepass = OzgCjMCSdzco\n')).toEqual(['mail-client-config-password']);
    expect(blockingIds('.mbsyncrc', 'IMAPAccount shop\nUser ops@shop.io\nPassCmd "pass show mail/shop"\n')).toEqual([]);
  });
});
