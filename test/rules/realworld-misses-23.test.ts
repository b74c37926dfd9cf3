import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';
import { classifyContext } from '../../src/detect/classify-context.js';

// Items left open after samples 113 to 124, and the misses and false positives of samples 125 onwards. Every value
// is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('fallbacks and switches that are not the value in use', () => {
  it("reports Go's `if X == \"\" { X = \"secret\" }` as the fallback it is, not as the key in use", () => {
    const config = 'var JWT_SECRET_KEY = os.Getenv("JWT_SECRET_KEY")\nvar ADMIN_USER = os.Getenv("ADMIN_USER")\nvar ADMIN_NAME = os.Getenv("ADMIN_NAME")\n\nfunc init() {\n\tif JWT_SECRET_KEY == "" {\n\t\tJWT_SECRET_KEY = "secret"\n\t}\n}\n';
    expect(scan('config/config.go', config)).toEqual([{ ruleId: 'secret-key-literal-fallback', blocking: false }]);
    const beside = 'secret := os.Getenv("JWT_SECRET")\nif secret == "" {\n\tsecret = "secret"\n}\n';
    expect(scan('config/config.go', beside)).toEqual([{ ruleId: 'go-env-fallback-literal', blocking: false }]);
    expect(blockingIds('config/config.go', 'func Load() {\n\tJWT_SECRET_KEY = "secret"\n}\n')).toEqual(['weak-secret-key']);
  });

  it('does not block the development arm of a shell switch whose other arm sets production', () => {
    const run = 'read env\nif [[ $env -eq 1 ]];then\n    export FLASK_ENV=production\nelse\n    export FLASK_ENV=development\nfi\nflask run\n';
    expect(blockingIds('run.sh', run)).toEqual([]);
    expect(blockingIds('run.sh', run.replace('production', 'staging').replace('flask run', 'flask run --host=0.0.0.0'))).toEqual(['flask-debug-env']);
  });

  it("lowers the values a test script exports (test-env.sh), as it does in .env.test", () => {
    const env = 'export ENVIRONMENT="${ENVIRONMENT:-test}"\nexport SECRET_KEY_BASE="${SECRET_KEY_BASE:-qwp8fhz1kxv4tmr0/b7dnw2y5gjc9sle3u6ao}"\n';
    expect(blockingIds('scripts/test-env.sh', env)).toEqual([]);
    expect(blockingIds('scripts/deploy-env.sh', env)).toEqual(['generic-secret-assignment']);
  });
});

describe('database passwords on managed hosts', () => {
  it('keeps a random password with a dot in it', () => {
    const scraper = 'CLICK_HOUSE_HOST = "q7xkzt2mwp.ap-south-1.aws.clickhouse.cloud"\nCLICK_HOUSE_PASSWORD = "QTwhRZK.xOpBV2"\n';
    expect(blockingIds('scraper.py', scraper)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('app.py', 'password = config.dbPassword\n')).toEqual([]);
  });

  it('takes the Redshift host from a JDBC URL set beside a guessable password', () => {
    const java = 'public class Connect {\n    static final String dbURL = "jdbc:redshift://analytics.k2v9xq7ztm4w.us-west-2.redshift.amazonaws.com:5439/dev";\n    static final String MasterUsername = "awsuser";\n    static final String MasterUserPassword = "Redshift123";\n';
    expect(blockingIds('src/Connect.java', java)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/Connect.java', java.replace('analytics.k2v9xq7ztm4w.us-west-2.redshift.amazonaws.com', 'localhost'))).toEqual([]);
  });
});

describe('Azure firewall rules (sample 124)', () => {
  it('reports a rule open to every address at medium, not the allow-Azure-services rule', () => {
    const bicep = "resource allowAll 'firewallRules' = {\n  properties: {\n    startIpAddress: '0.0.0.0'\n    endIpAddress: '255.255.255.255'\n  }\n}\n";
    expect(scan('infra/synapse.bicep', bicep)).toEqual([{ ruleId: 'azure-firewall-open-to-all', blocking: false }]);
    expect(scan('infra/synapse.bicep', bicep.replace('255.255.255.255', '0.0.0.0'))).toEqual([]);
  });
});

describe('sample 125: chat bots', () => {
  it("blocks a Twitch chat token, also split as 'oauth:' + '…', and not the token of Twitch's API reference", () => {
    expect(blockingIds('bot.js', "const opts = { identity: { username: 'shopbot', password: 'oauth:' + 'q2w7x9k4m8pt3rj6ny1hb5cd0fglzv' } };\n")).toEqual(['twitch-irc-oauth-token']);
    expect(blockingIds('bot.js', "// curl -H 'Authorization: Bearer cfabdegwdoklmawdzdo98xt2fo512y' https://api.twitch.tv/helix/users\n")).toEqual([]);
  });
});

describe('sample 126: CI pipelines', () => {
  it('does not block ids, environment reads or a token prefix in prose', () => {
    expect(blockingIds('azure-pipelines.yml', '  vercelOrgId: Nvts3kPq8ZmRw2Lx7YcTb5Hd\n  vercelToken: $(VERCEL_TOKEN)\n')).toEqual([]);
    expect(blockingIds('deploy/firebase-deploy.ps1', '$fireBaseToken = $env:FIREBASE_AUTH_TOKEN;\n')).toEqual([]);
    expect(blockingIds('scripts/migrate.sh', '# OpenShift ("oc login --token=sha256~.\n')).toEqual([]);
  });

  it('blocks a Heroku key pasted under secure: without travis encrypt', () => {
    const travis = 'deploy:\n  provider: heroku\n  api_key:\n    secure: 7d2e9a4c-1b8f-4e3a-9c6d-2f5b8e1a7c4d\n  app: forum\n';
    expect(blockingIds('.travis.yml', travis)).toEqual(['travis-heroku-api-key-unencrypted']);
  });

  it('blocks credentials sent by curl -k or a cluster login that skips TLS checks, not to this machine', () => {
    expect(blockingIds('scripts/restart.sh', 'curl -k -u ${AMBARI_USER}:${AMBARI_PASSWORD} -X PUT https://ambari.acme.io:8443/api/v1/clusters\n')).toEqual(['curl-insecure-with-credentials']);
    expect(blockingIds('scripts/restart.sh', 'curl -k -u ${AMBARI_USER}:${AMBARI_PASSWORD} -X PUT https://localhost:8443/api/v1/clusters\n')).toEqual([]);
    expect(blockingIds('Jenkinsfile', 'sh "oc login https://api.ocp.acme.io:6443 --token=${OC_TOKEN} --insecure-skip-tls-verify=true"\n')).toEqual(['cluster-login-insecure-tls']);
  });

  it("keeps TLS settings of a pm2 ecosystem file that declares production (a *.config.js that is not a build tool's)", () => {
    const pm2 = 'module.exports = { apps: [{ name: "api", env: {\n  NODE_ENV: "production",\n  NODE_TLS_REJECT_UNAUTHORIZED: "0",\n} }] };\n';
    expect(blockingIds('ecosystem.config.cjs', pm2)).toEqual(['node-tls-reject-unauthorized-disabled']);
    expect(blockingIds('ecosystem.config.cjs', pm2.replace('production', 'development'))).toEqual([]);
  });
});

describe('sample 127: provisioning', () => {
  it('blocks k3s join tokens, also commented out', () => {
    const token = `K10${'4f9c2a7e1b8d3f6a'.repeat(4)}::server:9e2b7c4a1f8d3e6b5a0c7f2e9d4b1a8c`;
    expect(blockingIds('userdata/k3s-node.sh', `# curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.12:6443 K3S_TOKEN=${token} sh -\n`)).toEqual(['k3s-join-token']);
  });

  it('reports an Ansible task that turns certificate checks off, at medium', () => {
    const task = '- name: Query the admin API\n  uri:\n    url: https://gateway.acme.io:8001/status\n    force_basic_auth: yes\n    validate_certs: no\n';
    expect(scan('playbooks/check.yml', task)).toEqual([{ ruleId: 'ansible-validate-certs-off', blocking: false }]);
  });

  it("does not block ChangeMe in leetspeak, Packer's example WinRM password or a Vagrant VM's database login", () => {
    expect(blockingIds('group_vars/all/vault.yml', 'vault_db_password: "Ch4ngeMe_Db!2024"\n')).toEqual([]);
    expect(blockingIds('packer/windows.pkr.json', '{ "winrm_password": "SuperS3cr3t!!!!" }\n')).toEqual([]);
    const vagrant = 'config.vm.provision "shell", inline: <<-SHELL\n  mysql -e "CREATE USER \'admin\'@\'localhost\' IDENTIFIED BY \'!trixK9vQ2mZ\';"\nSHELL\n';
    expect(blockingIds('Vagrantfile', vagrant)).toEqual([]);
  });

  it('does not block keys made by hand from the same fragments, and keeps unrelated random keys', () => {
    const mashed = 'cloudflare_api_token: 7tZ1FgQ9LGirBYLgoAStFTK7ow3G7irBYLgotFTK7w3HKXtX\nhcloud_token: 7t1FgQ9LG7irStFTKow3HKXtXgzNcnQ80\n';
    expect(blockingIds('infra/vars.yaml', mashed)).toEqual([]);
    const random = 'cloudflare_api_token: Qm4vT8zKx2Lp7Wn3Rb9Yc5Hd1Jf6GsAe0uIoPs3k\nhcloud_token: Zx8cQ2bW5mL9vE3rH6yN1tK4pA7sG0fD2jR5kM8z\n';
    expect(blockingIds('infra/vars.yaml', random)).toEqual(['cloudflare-api-token', 'generic-secret-assignment']);
    // Keys of one account share one stretch (Stripe's account part): still two live keys.
    const stripe = 'STRIPE_SECRET_KEY=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\nSTRIPE_RESTRICTED_KEY=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\n';
    expect(blockingIds('.env.production', stripe)).toEqual(['dotenv-file', 'stripe-secret-key', 'stripe-restricted-key']);
  });
});

describe('sample 128: scrapers', () => {
  it('blocks Zyte keys and Bright Data zone passwords', () => {
    expect(blockingIds('spiders/shop.py', "    zyte_key = '8c4e1f7a2b9d3c6e0f5a8b1d4c7e2a9f'\n")).toEqual(['zyte-api-key']);
    const proxy = "const PROXY = 'http://brd-customer-hl_4f2a9c1e-zone-residential:q7m2xk9vt4pz@brd.superproxy.io:22225';\n";
    expect(blockingIds('scraper.js', proxy)).toEqual(['bright-data-proxy-credential']);
  });

  it('reads a Markdown file named …_SPEC.md as documentation, not as a test', () => {
    expect(classifyContext('PROJECT_SPEC.md')).toBe('docs');
    expect(classifyContext('src/user.spec.ts')).toBe('test');
  });
});
