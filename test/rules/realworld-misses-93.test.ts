import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1697 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('round six: test clouds, Postgres operations, network automation and ERP', () => {
  it("blocks a secret set by Go's os.Setenv, and not the stock postgres hash in a userlist or a template's `\\n`", () => {
    const go = '\t// os.Setenv("NETSUITE_CONSUMER_SECRET", "9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c7d0c4e82b3f5a1c69e2f7c4a1b8d3e6f")\n';
    expect(blockingIds('main.go', go)).toEqual(['env-setter-call-secret']);
    expect(blockingIds('pgbouncer/userlist.txt', '"postgres" "md53175bce1d3201d16594cebf9d7eb3f9d"\n')).toEqual([]);
    const mikrotik = '\tfmt.Fprintf(&b, "# MikroTik\\n/snmp community set [find default=yes] name=<community>\\n/snmp set enabled=yes\\n")\n';
    expect(blockingIds('snmp_guide.go', mikrotik)).toEqual([]);
  });
});

describe('round seven: task runners, serverless, coordination services, BI and SQL seeds', () => {
  it("blocks an Architect .arc-env secret, Consul's agent_master token and an app's own PHP salt", () => {
    expect(blockingIds('.arc-env', '@testing\nSLACK_CLIENT_SECRET 9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c\n')).toEqual(['architect-env-secret']);
    const consul = 'acl {\n  tokens {\n    agent_master = "7d2e9b41-5c8a-4f3e-b06d-2a9c1e4f8b73"\n  }\n}\n';
    expect(blockingIds('consul_config/server.hcl', consul)).toEqual(['consul-acl-token']);
    expect(blockingIds('app/config.php', "<?php\ndefine('PASSWORD_SALT', 'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5');\n")).toEqual(['php-define-secret']);
  });

  it('does not take "my super secure secret" in Spanish for a key', () => {
    expect(blockingIds('superset/superset_config.py', 'SECRET_KEY = "MI_SECRETO_SUPER_SEGURO_12345"\n')).toEqual([]);
  });
});

describe('round eight: app servers, .NET sites, mobile releases and social logins', () => {
  it('blocks a JWT pretty-printed with Windows line breaks (ew0K…)', () => {
    const header = Buffer.from('{\r\n  "alg": "HS256",\r\n  "typ": "JWT"\r\n}').toString('base64url');
    const payload = Buffer.from('{\r\n  "aud": "deliver.example.net",\r\n  "exp": 1893456000\r\n}').toString('base64url');
    const jwt = `${header}.${payload}.Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo`;
    expect(blockingIds('scripts/ConfigureConnectionStrings.ps1', `# KontentApiKey: ${jwt}\n`)).toEqual(['json-web-token']);
  });

  it("does not take a python-social-auth client id, a phone number or GearHost's docs password for secrets", () => {
    expect(blockingIds('shop/settings.py', "SOCIAL_AUTH_TWITCH_KEY = 'q4mz8tw1kd0r7yxe3hbn5s2vpa9cuf'\n")).toEqual([]);
    expect(blockingIds('project/settings.py', "PASSWORDLESS_MOBILE_NOREPLY_NUMBER = '+15552019384'\n")).toEqual([]);
    const gearhost = 'Server=mssql#.gear.host;Database=DBName;User Id=DBName;Password=Str0ngP2$$W0rd!;\n';
    expect(blockingIds('docs/connection-strings.md', gearhost)).toEqual([]);
  });
});

describe('round nine: photo hosting, hospitality, community software and telecom', () => {
  it('blocks a Flickr secret given by position, a SignUpGenius user key and a NumLookupAPI key', () => {
    expect(blockingIds('crawler.py', "flickr = flickrapi.FlickrAPI('5c1e9a7b3f2d48e6a0b4c8d2f6e1a9b3', '9e2f7c4a1b8d3e6f', cache=True)\n")).toEqual(['flickr-api-secret']);
    const signup = "const url = `https://api.signupgenius.com/v2/k/signups/created/active/?user_key=qmudyDMsiJjA12RanykbQOBc5cxecI09`;\n";
    expect(blockingIds('app.js', signup)).toEqual(['signupgenius-user-key']);
    expect(blockingIds('routes/sms.py', "client = numlookupapi.Client('num_live_eIM2EoPWQYkLQ2bq6gg6bqRkjOAwHE16gFxfCUkv')\n")).toEqual(['numlookupapi-key']);
  });

  it('does not take a Google Maps v2 key, made for every page, for a secret', () => {
    const key = `ABQIAAAA${'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoHq8vT3mWzKq7vT2xWm9LpR4sNb8HdZ3cWx'.repeat(2).slice(0, 78)}`;
    expect(blockingIds('config.php', `<?php\ndefine('GMAPS_API_KEY', '${key}');\n`)).toEqual([]);
  });
});

describe('round nine, continued: fitness APIs and marketplace SDK docs', () => {
  it("does not read an OAuth URL ending in /authorization as a header, nor a generated SDK doc's example parameters", () => {
    const ruby = "@client = OAuth2::Client.new('https://flow.polar.com/oauth2/authorization','4c1e9a7f-2b3d-4e8a-9c6f-5d2b8e1a7c3f','9e2f7c4a1b8d3e6f0a5c9b2d7e4f1a8c')\n";
    expect(blockingIds('app/controllers/users_controller.rb', ruby)).not.toContain('http-authorization-header');
    const doc = "opts = {\n  ebay_client_secret: 'Kq7vT2xWm9LpR4sNb8HdZ3cW', # String | Shared Secret from eBay application\n}\n";
    expect(blockingIds('lib/account.rb', doc)).toEqual([]);
    expect(blockingIds('lib/account.rb', doc.replace(' # String | Shared Secret from eBay application', ''))).toEqual(['generic-secret-assignment']);
  });
});

describe('after the rounds: analyst tooling', () => {
  it("blocks a Tableau password given by position to TableauAuth, not a variable's", () => {
    expect(blockingIds('tableau_projects.py', "tableau_auth = TSC.TableauAuth('analyst@shop.io', 'Tq8vLm2Wz7Rk', site_id='shopdev')\n")).toEqual(['tableau-auth-password']);
    expect(blockingIds('tableau_projects.py', "tableau_auth = TSC.TableauAuth(user, os.environ['TABLEAU_PASSWORD'], site_id='shopdev')\n")).toEqual([]);
  });
});
