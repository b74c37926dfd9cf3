import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1729 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('round one: VoIP, ClickHouse, Argo, Salt, pipelines, game servers, Nomad and mail servers', () => {
  it("blocks an AMI password given by position to asterisk-manager and a sip.conf register line's secret", () => {
    const wrapped = "const ami = new AsteriskManager(\n  5060, // AMI port\n  '10.20.21.17', // PBX\n  'crm',\n  'Rq7vT2xWm9Lp', // AMI password\n  true\n);\n";
    expect(blockingIds('services/ami.js', wrapped)).toEqual(['asterisk-manager-password']);
    expect(blockingIds('asterisk/sip.conf', 'register => 4471:Kq7vT2xWm9@198.51.100.5\n')).toEqual(['sip-register-secret']);
  });

  it('blocks a Seqera token that is base64 as a whole, and a Steam server token on the srcds command line', () => {
    const token = Buffer.from('{"tid": 5120}.0b1d1373e819cdb2c6a9d2cc63fc35102596a0b7').toString('base64');
    expect(blockingIds('docs/notes.md', `\`\`\`sh\nexport TOWER_ACCESS_TOKEN=${token}\n\`\`\`\n`)).toEqual(['seqera-access-token']);
    const srcds = './srcds_run -game csgo +map de_dust2 +sv_setsteamaccount "7E686C69C27F63E0622349378C80B822"\n';
    expect(blockingIds('setup-csgo.sh', srcds)).toEqual(['steam-game-server-login-token']);
  });

  it("blocks a Consul gossip key in a server's JSON and a {PLAIN} basic-auth password, not a Vault read in a template", () => {
    const consul = '{\n  "server": true,\n  "encrypt": "gGIzH2QdO65JW4rtA/sS8SdKCRCAVtFxsz5P7oByVmg="\n}\n';
    expect(blockingIds('consul/servers/server1.json', consul)).toEqual(['consul-gossip-encryption-key']);
    expect(blockingIds('hosts/ci.nix', "  ''\n    hydra:{PLAIN}Vq7mT2xLp9WkR4zN\n  ''\n")).toEqual(['plain-scheme-password']);
    const template = '        {{ with secret "secret/data/app" }}\n        {{ $password := .Data.data.db_password }}\n';
    expect(blockingIds('jobs/cron.nomad.hcl', template)).toEqual([]);
  });

  it('does not block a stock password hashed by htpasswd in an install how-to', () => {
    const line = "password=$(htpasswd -nbBC 10 \"\" 'password1234' | tr -d ':\\n' | sed 's/^..//')\n";
    expect(blockingIds('scripts/install-argocd.sh', line)).toEqual([]);
  });

  it("blocks a Nexus npm token in a guide's .npmrc block, not the stock admin:admin123 _auth beside it", () => {
    const npmrc = '```\n//10.1.3.124:8081/repository/npm-group/:_authToken=NpmToken.a5844e50-ac3c-4004-a885-db7a66486073\n_auth="YWRtaW46YWRtaW4xMjM="\n```\n';
    expect(blockingIds('docs/nexus/npm.md', npmrc)).toEqual(['nexus-npm-token']);
  });

  it("blocks a RabbitMQ chart's erlangCookie; not a cut-short glc_ token nor a Hasura JWT config's stand-in key", () => {
    expect(blockingIds('values-prod.yaml', 'rabbitmq:\n  auth:\n    erlangCookie: Tz1Rm8Hs3Nc6Fy0Jg5EaQw7Lx2Vb9Kp4\n')).toEqual(['erlang-release-cookie']);
    expect(blockingIds('docs/loki.md', 'export LOKI_PASSWORD="glc_eyJvIjoiMTIzNDU2IiwibiI6ImFwaS1rZXkiLCJrIj"\n')).toEqual([]);
    const hasura = '      HASURA_GRAPHQL_JWT_SECRET: \'{"type":"HS256","key":"change-me-to-a-long-random-string-min-32-chars"}\'\n';
    expect(blockingIds('docker-compose.yml', hasura)).toEqual([]);
  });

  it("blocks a password stored by Supabase Vault's create_secret in a migration, whatever its name says", () => {
    const sql = "SELECT vault.create_secret(\n    'Vw3pLx8Qm2Tz7Rk4Nb9HcY6d',\n    'redis-password',\n    'Upstash Redis password'\n);\n";
    expect(blockingIds('supabase/migrations/20251002_vault_secrets.sql', sql)).toEqual(['supabase-vault-create-secret']);
  });
});

describe('round two: editor extensions, internal tools, analytics, static sites, JVM configs, macOS, Rust and Symfony', () => {
  it("blocks a Gitalk client secret in a Jekyll post and an AppleScript's API key; not gatsby-source-contentful's delivery token", () => {
    const post = '<script>\n  var gitalk = new Gitalk({\n    clientID: `e1a814ae7ba4d3e79a70`,\n    clientSecret: `6f5e2b1dc9ed462f4aa9209271046fdafdf5c8c8`,\n  });\n</script>\n';
    expect(blockingIds('_posts/2019-02-01-post.md', post)).toEqual(['github-comment-widget-client-secret']);
    expect(blockingIds('NowPlaying/Artwork.applescript', 'set apiKey to "9c2e4a7b1d8f3e6a0b5c7d9e2f4a6b8c"\n')).toEqual(['applescript-secret-set']);
    const gatsby = "    {\n      resolve: `gatsby-source-contentful`,\n      options: {\n        spaceId: `aur73iyjylav`,\n        accessToken: 'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo',\n      },\n    },\n";
    expect(blockingIds('gatsby-config.js', gatsby)).toEqual([]);
  });

  it("blocks a Symfony prod vault's decryption key once, and a Gmail mailer DSN's password despite its localhost host", () => {
    const key = Buffer.from('c9ea5b371697d5647812066b1e2ae361ff424efcfc1a87691863d42888422bc3799594', 'hex').toString('base64');
    const vault = `<?php // prod.decrypt.private on Fri, 28 Feb 2025 10:12:04 +0000\n\n// SYMFONY_DECRYPTION_SECRET=${key}\n\nreturn "\\xC9\\xEA[7\\x16\\x97\\xD5dx\\x12\\x06d\\x1E*\\xE3a\\xFFBN\\xFC\\xFC\\x1A\\x87i\\x18c";\n`;
    expect(blockingIds('config/secrets/prod/prod.decrypt.private.php', vault)).toEqual(['symfony-vault-decryption-key']);
    const dsn = '    //in file .env add - MAILER_URL=gmail://shop.orders:Vq7mT2xLp9@localhost?encryption=tls\n';
    expect(blockingIds('src/Controller/UserConfirmation.php', dsn)).toEqual(['mail-url-password']);
  });

  it("blocks SmallRye JWT's inline signing key and an oct JWK whose k is plain base64", () => {
    const properties = 'mp.jwt.verify.issuer=game-server\nsmallrye.jwt.sign.key=TWNdXU3g+Pc143hz21/TKO/y9nj5jEq3z6hAwegRXRk=\n';
    expect(blockingIds('src/main/resources/application.properties', properties)).toEqual(['smallrye-jwt-inline-key']);
    const jwk = '{"keys": [{"kty": "oct", "alg": "HS256", "k": "TWNdXU3g+Pc143hz21/TKO/y9nj5jEq3z6hAwegRXRk="}]}\n';
    expect(blockingIds('src/main/resources/jwt-secret.jwk', jwk)).toEqual(['jwk-symmetric-key']);
  });
});

describe('round three: legacy desktop, .NET, RPA, Microsoft 365, JVM, Oracle, Jenkins and GitLab', () => {
  it('blocks a client secret appended to a token request body and passwords in Oracle and PL/SQL statements', () => {
    expect(blockingIds('src/App.js', "      urlencoded.append('client_secret', 'tQ#d7Lm2Vx9Kp4Wz')\n")).toEqual(['option-pair-password']);
    const link = '-- CREATE DATABASE LINK dbl_site2 CONNECT TO stratis IDENTIFIED BY Wb7xQ2mLp9Tz USING \'SITE2\';\n';
    expect(blockingIds('db/create_dblink.sql', link)).toEqual(['oracle-identified-by-password']);
    const constant = "  gc_client_secret CONSTANT VARCHAR2 (37) := 'kf_K7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5L';\n";
    expect(blockingIds('src/msgraph_config.pks', constant)).toEqual(['sql-typed-secret-declaration']);
    const wallet = "    UTL_HTTP.set_wallet(params.get_value('SSL_WALLET_DIR'), 'Wq8zLm3TkV7rN2');\n";
    expect(blockingIds('functions/get_operator.fnc', wallet)).toEqual(['oracle-utl-http-wallet-password']);
  });

  it("blocks a GitLab instance's db_key_base in gitlab.rb; not a Jenkins user/user login nor a glpat- made of words", () => {
    const rb = "gitlab_rails['db_key_base'] = '9f1e2b4c6d8a0b3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c'\n";
    expect(blockingIds('gitlab/gitlab.rb', rb)).toEqual(['gitlab-secrets-key-base']);
    expect(blockingIds('init.groovy.d/security.groovy', 'securityRealm.createAccount("user", "user");\n')).toEqual([]);
    expect(blockingIds('internal/provision/gitlab.go', 'const rootToken = "glpat-AdminRootSecretToken123"\n')).toEqual([]);
  });
});

describe('round four: hypervisors, network devices, VPNs, DNS, printers, media servers and Go tools', () => {
  it('blocks a Proxmox token secret in the table pveum prints, pasted into notes', () => {
    const table = '│ full-tokenid │ terraform-prov@pve!tf   │\n├──────────────┼────┤\n│ value        │ 7e1c9b2a-4d3f-4a8e-b6c5-0f2d9e8a1b34 │\n';
    expect(blockingIds('docs/terraform-proxmox.md', `\`\`\`\n${table}\`\`\`\n`)).toEqual(['proxmox-api-token-secret']);
  });
});

describe('round five: VPNs, monitoring, config management, e2e tests, Ruby, Lua, science scripts and Vagrant', () => {
  it("blocks a Chef data bag secret file, a cloud Vagrantfile's token and MATLAB's database() and writeAPIKey", () => {
    const key = 'vXhYIlifJPha8vhKcC2foreBxTSHp5qbWWJeuFA2VPc=\n';
    expect(blockingIds('chef-repo/.chef/encrypted_data_bag_secret', key)).toEqual(['chef-encrypted-data-bag-secret']);
    const long = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + (i >> 4) * 7) % 256)).toString('base64');
    expect(blockingIds('.chef/encrypted_data_bag_secret', long)).toEqual(['chef-encrypted-data-bag-secret']);
    const vagrant = "  config.vm.provider :digital_ocean do |provider, override|\n    provider.token = 'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9ZoEn5Wg8l2IHFl49KLA1t8D'\n";
    expect(blockingIds('Vagrantfile', vagrant)).toEqual(['generic-secret-assignment']);
    const matlab = "conn = database('db13432608','s13432608','xK8#mQ2v','Vendor','MySQL','Server','194.81.104.22');\n";
    expect(blockingIds('evaluate.m', matlab)).toEqual(['matlab-database-password']);
    expect(blockingIds('power_monitor.m', "writeAPIKey = 'XHAQ7ZKTWMBRFSPE';  % ThingSpeak\n")).toEqual(['thingspeak-api-key']);
  });

  it('blocks an OpenVPN tls-crypt-v2 client key inline in a profile', () => {
    const body = Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 73 + 29) % 256)).toString('base64').replace(/(.{64})/g, '$1\n');
    const profile = `<tls-crypt-v2>\n-----BEGIN OpenVPN tls-crypt-v2 client key-----\n${body}\n-----END OpenVPN tls-crypt-v2 client key-----\n</tls-crypt-v2>\n`;
    expect(blockingIds('client.ovpn', profile)).toEqual(['openvpn-tls-crypt-v2-key']);
  });
});

describe('round six: Perl, payments, maps, market data, media APIs and Asian platforms', () => {
  it("does not block a Yandex Maps loader's key nor a Perl script's asdf for a local database", () => {
    const ymaps = '  useEffect(() => {\n    const apiKey = "e67f2c1a-4b8d-4e3f-9a6c-2d7b0e5f1c84";\n    if (window.ymaps) { window.ymaps.ready(); }\n  }, []);\n';
    expect(blockingIds('src/components/MapDraw.tsx', ymaps)).toEqual([]);
    expect(blockingIds('stats/wordcount.pl', "my $dbh = DBI->connect('DBI:Pg:dbname=lexat', 'linas', 'asdf')\n")).toEqual([]);
  });

  it('blocks an Alibaba key secret given by position to oss2.Auth and a Huawei SK given to withSk', () => {
    expect(blockingIds('handlers/upload.py', "auth = oss2.Auth('Lx9RqW2mTz7Kp4Vn', 'vUrtQ8mZ2xLp4Wk7Tn9Rb3Hc6Yd1Fs')\n")).toEqual(['alibaba-oss2-auth-secret']);
    const java = '    ICredential auth = new BasicCredentials()\n        .withAk("Q7ZK2M4XW9RTB3NPLV8C")\n        .withSk("Vx7R2cLp4mYn8BdH1sJe6GuA5oPi0TkNf3Kq9ZtW");\n';
    expect(blockingIds('src/main/java/demo/ConsumerDemo.java', java)).toEqual(['huawei-cloud-secret-key']);
  });

  it('does not take a gensim model name or counted test keys for secrets', () => {
    expect(blockingIds('genius_scrape.py', '#cont = Contractions(api_key="glove-twitter-100")\n')).toEqual([]);
    const rust = '        assert_eq!(url, "https://www.alphavantage.co/query?apikey=alpha-key-0001");\n';
    expect(blockingIds('src/market/transport.rs', rust)).toEqual([]);
  });
});
