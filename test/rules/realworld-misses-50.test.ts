import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 343 to 350: network devices, VoIP servers, database servers, KYC, e-invoicing, GPU clouds, sales
// enrichment and monitoring agents. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 343: secrets a network device stores reversibly or in clear', () => {
  it('blocks Junos $9$ secrets, FortiOS ENC keys and Cisco type 7 passwords, not one-way hashes', () => {
    expect(blockingIds('configs/mx480-config.txt', 'set protocols bgp group RR authentication-key "$9$aZGjHqPfTz3nCuO1EhrlKvWLxNb2gaJD"\n')).toEqual(['junos-reversible-secret']);
    expect(blockingIds('HUB.conf', 'config vpn ipsec phase1-interface\n    edit "hq"\n        set psksecret ENC Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1Lr5Kq8vTm2Xw9Zp4Hv2PcR8mTq5L\n')).toEqual(['fortios-encrypted-secret']);
    expect(blockingIds('configs/core-running-config.txt', 'username netops privilege 15 password 7 0822455D0A16544541\n')).toEqual(['cisco-type7-password']);
    expect(scan('configs/core-running-config.txt', 'username netops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM\n').filter((f) => f.blocking)).toEqual([]);
    expect(scan('backup.conf', '        set password ENC SH2Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoHq8vT3mWzQmLpR4s=\n')).toEqual([]);
  });

  it('reports a reversible secret pasted into a Markdown guide at confidence low', () => {
    expect(scan('docs/bgp-guide.md', '```\nset protocols bgp group RR authentication-key "$9$aZGjHqPfTz3nCuO1EhrlKvWLxNb2gaJD"\n```\n')).toEqual([{ ruleId: 'junos-reversible-secret', blocking: false }]);
  });

  it('blocks SNMP communities in IOS, Junos and RouterOS form; the default public is a misconfiguration', () => {
    expect(blockingIds('configs/nexus-config.txt', 'snmp-server community 9iga5ecret group network-operator\n')).toEqual(['snmp-community-string']);
    expect(blockingIds('configs/mx-config.txt', 'set snmp community NOCREADRO authorization read-only\n')).toEqual(['snmp-community-string']);
    expect(blockingIds('backup.rsc', '/snmp community\nset [ find default=yes ] authentication-protocol=SHA1 name=orbita7\n')).toEqual(['snmp-community-string']);
    expect(scan('configs/san-running-config.txt', 'snmp-server community public group network-operator\n')).toEqual([{ ruleId: 'snmp-default-community', blocking: false }]);
  });

  it('blocks plain IKE pre-shared keys and TACACS+ keys, not a masked ASA key', () => {
    expect(blockingIds('configs/rtr-confg.txt', 'crypto isakmp key Hv2PcR8mTq5Lw9 address 203.0.113.7\n')).toEqual(['network-device-plain-secret']);
    expect(blockingIds('tac_plus/tac_plus.conf', '# the key clients use\nkey = Xpqe+Lom4*vT\n')).toEqual(['tacacs-plus-server-key']);
    expect(scan('configs/asa-config.txt', 'tunnel-group 203.0.113.7 ipsec-attributes\n ikev1 pre-shared-key *****\n')).toEqual([]);
  });
});

describe('sample 344: VoIP servers', () => {
  it('does not read an Asterisk endpoint naming its auth section as a password', () => {
    expect(scan('pjsip_users.conf', '[1000]\ntype=endpoint\naors=1000\nauth=1000-auth\noutbound_auth=trunk-5550-sip-auth\n')).toEqual([]);
  });

  it("blocks FreePBX's database password and a password piped to passwd", () => {
    expect(blockingIds('freepbx.conf', "$amp_conf['AMPDBPASS'] = 'c41f7e0a92db4e35a8f1b6c0d3e7925a';\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('kamailio_lxc.sh', 'echo "Hv2PcR8mTq5Lw9" | passwd --stdin root\n')).toEqual(['shell-piped-account-password']);
  });
});

describe('sample 345: database servers', () => {
  it('reads words that describe a password as placeholders', () => {
    expect(scan('README.md', '```\nrequirepass a-very-complex-password-here\n```\n')).toEqual([]);
    expect(scan('gen-conf.sh', 'cat > sentinel.conf <<EOF\nrequirepass very_secret_password\nEOF\n')).toEqual([]);
  });

  it('blocks a committed MongoDB keyfile and pool_passwd MD5 entries, not SCRAM verifiers', () => {
    expect(blockingIds('mongo-keyfile', 'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoHq8vT3mW\n')).toEqual(['mongodb-keyfile']);
    expect(blockingIds('pgpool/pool_passwd', 'postgres:md5c41f7e0a92db4e35a8f1b6c0d3e7925a\n')).toEqual(['pgpool-md5-password']);
    expect(blockingIds('pgbouncer/userlist.txt', '"app" "Kt7pQ2xWzRm4"\n')).toEqual(['pgbouncer-userlist-password']);
    expect(scan('pgbouncer/userlist.txt', '"app" "SCRAM-SHA-256$4096:Kq7vT2xWm9LpR4sN$Hb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo=:Hq8vT3mWzQmLpR4s="\n')).toEqual([]);
  });
});

describe('samples 346 to 349: provider keys with no rule before', () => {
  it('blocks KYC tokens (Onfido, Sumsub, Persona) also in a Markdown fix note', () => {
    expect(blockingIds('docs/KYC_FIX.md', 'SUMSUB_APP_TOKEN=prd:Kq7vT2xWm9LpR4sNb8HdZ3cW.q8Tn2Vx5Lm7Rc4Kp9ZoHq8vT3mWzKq7v\n')).toEqual(['sumsub-app-token']);
    expect(blockingIds('server.js', "const onfido = new Onfido({ apiToken: 'api_sandbox_us.Kq7vT2xWm9L.pR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo' });\n")).toEqual(['onfido-api-token']);
    expect(blockingIds('kyc.ts', "const key = 'persona_production_7c1e0a92-db4e-45a8-b1f6-c0d3e7925a41';\n")).toEqual(['persona-api-key']);
  });

  it('blocks a Basic credential kept in a string or encoded in code, not a template', () => {
    expect(blockingIds('RESTHelper.java', 'static final String PRODUCTION_KEY = "Basic OGQyZjBiN2MtMWU2YS00M2Y5LWEwNWMtN2UyZDRiOTFmM2E2";\n')).toEqual(['basic-auth-literal']);
    expect(blockingIds('client.js', "const h = { Authorization: 'Basic ' + btoa('apiuser:Qm7tXw3LpA9cVn2R') };\n")).toEqual(['basic-auth-encoded-literal']);
    expect(scan('client.js', "const h = { Authorization: 'Basic ' + btoa(`${user}:${password}`) };\n")).toEqual([]);
    expect(blockingIds('nginx.conf', 'proxy_set_header Authorization "Basic c2hvcGFwaTpXcTR2VDh6TG0yUnA3Yw==";\n')).toEqual(['http-authorization-header']);
  });

  it('blocks fal.ai, Baseten and RunPod keys, also as a Bearer value', () => {
    expect(blockingIds('poll.py', 'os.environ["FAL_KEY"] = "c41f7e0a-92db-4e35-a8f1-b6c0d3e7925a:5b07e1c3d9a2446f8e13b0c7da95f21e"\n')).toEqual(['fal-api-key']);
    expect(blockingIds('generate.py', 'headers={"Authorization": f"Api-Key Wq4vT8zL.Rm2Xc9NbH4yFj6DsA1gKe5WuQo0PiVt3"}  # baseten\n')).toEqual(['baseten-api-key']);
    expect(blockingIds('serverless.js', 'const RUNPOD_API_KEY = "Bearer rpa_K7Q2VT9XW4LM8RP3NB6YC1HJ5DZ0FS2GA7EK4UO9WI3TX8";\n')).toEqual(['runpod-api-key']);
  });

  it('reads a dotted key whose long part is random letters with a digit as a key, not an expression', () => {
    expect(blockingIds('generate.py', 'api_key = "kT7pQ2xW.zRqmNxbVqcXwqLysHsjFzgDtaYruEpi7"\n')).toEqual(['generic-secret-assignment']);
  });

  it('blocks Clearbit, Hunter, NeverBounce and AvaTax keys under their own names', () => {
    expect(blockingIds('views.py', "import clearbit\nclearbit.key = 'sk_9e2d7b10f4a34c85b6e0a1d3c8f27b54'\n")).toEqual(['clearbit-secret-key']);
    expect(blockingIds('find.py', "hunter = PyHunter('9e2d7b10f4a34c85b6e0a1d3c8f27b549e2d7b10')\n")).toEqual(['hunter-api-key']);
    expect(blockingIds('nvb.sh', 'curl "https://api.neverbounce.com/v4/single/check?key=secret_9e2d7b10f4a34c85b6e0a1d3c8f27b54&email=$1"\n')).toEqual(['neverbounce-api-key']);
    expect(blockingIds('Config.php', "$client->withLicenseKey('2000554411', 'C7E20914AB6F3D85');\n")).toEqual(['avalara-license-key']);
  });

  it("blocks a Rollbar token as the fallback of process.env['NAME']", () => {
    expect(blockingIds('src/config/environment.ts', "  ROLLBAR_ACCESS_TOKEN:\n    process.env['ROLLBAR_ACCESS_TOKEN'] ?? 'c7e1b09d4a2f46e38d5b0a9f1e3c72d6',\n")).toEqual(['js-env-fallback-secret']);
  });
});

describe('sample 350: monitoring agents', () => {
  it('blocks a Netdata streaming API key and reads `"zabbix pass"` as a label', () => {
    expect(blockingIds('netdata/stream.conf', '[stream]\n    enabled = yes\n    api key = 7c1e0a92-db4e-45a8-b1f6-c0d3e7925a41\n')).toEqual(['netdata-stream-api-key']);
    expect(scan('main.py', 'zapi = ZabbixAPI("http://zabbix.example.org")\nzapi.login("zabbix user", "zabbix pass")\n')).toEqual([]);
  });
});
