import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses left open after samples 201 and 202 (ASP.NET Core, Argo CD), and those found in samples 208 to 215 (Web3,
// Phoenix and Rust, CI pipelines, observability, serverless, PHP CMSes, hackathon projects). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 201 and 202: ASP.NET Identity seeds and Argo CD repositories', () => {
  it('blocks a password seeded through UserManager, but not one read from configuration', () => {
    const seed = '            var user = new ApplicationUser { UserName = "admin@quiz.io" };\n            await UserManager.CreateAsync(user, "Qz7#kLm2vRx9");\n';
    expect(blockingIds('QuizWebApp/Startup.cs', seed)).toEqual(['aspnet-identity-seeded-password']);
    expect(blockingIds('QuizWebApp/Startup.cs', 'await UserManager.CreateAsync(user, Configuration["Seed:AdminPassword"]);\n')).toEqual([]);
  });

  it('reports an Argo CD repository Secret that turns verification off, and nothing when it is on', () => {
    const repo = (insecure: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  url: git@git.acme.io:ops/gitops.git\n  insecure: "${insecure}"\n`;
    const ids = (text: string) => scan('argocd/repositories/private.yaml', text).map((f) => f.ruleId);
    expect(ids(repo('true'))).toContain('argocd-repository-insecure');
    expect(ids(repo('false'))).not.toContain('argocd-repository-insecure');
  });
});

describe('sample 208: Web3 projects', () => {
  it('reads every Etherscan-family key of a per-network Hardhat map', () => {
    const config = '  etherscan: { //etherscan api key\n    apiKey: {\n      "lisk-sepolia": "123",\n      polygonMumbai: "Q8W2MZ7VL4PN8CB5HY1JF6DG0SKX3RR9TT",\n    },\n  },\n';
    expect(blockingIds('hardhat.config.js', config)).toEqual(['etherscan-api-key']);
    expect(blockingIds('.env', 'BSCSCAN_API_KEY=ZSGGQ7KD2VXM4PRT8WJ3NB6HCF5YA9LE1U\n')).toContain('etherscan-api-key');
  });

  it('reads a mnemonic whose string Prettier moved to the next line', () => {
    const truffle = 'const ROPSTEN_MNEMONIC =\n  "ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor";\n';
    expect(blockingIds('truffle-config.js', truffle)).toEqual(['wallet-mnemonic']);
  });
});

describe('sample 209: Phoenix and Rust services', () => {
  it('reads env fallbacks after a trailing || and in Rust unwrap_or', () => {
    const exs = 'secret_key_base =\n  System.get_env("SECRET_KEY_BASE") ||\n    "9Z4Eq7mW2kR9tLp4Vz8Hn3cXwRw3kT9xQ2mZ7vL4pN8cB5hY1jF6dG0sKx7Qm2vT8"\n';
    expect(blockingIds('apps/auth/config/config.exs', exs)).toEqual(['env-fallback-secret']);
    const rust = 'jwt_secret: std::env::var("JWT_SECRET").unwrap_or_else(|_| "Hq7mW2kR9tLp4Vz8Hn3cXw".to_string()),\n';
    expect(blockingIds('src/configuration/jwt_config.rs', rust)).toEqual(['env-fallback-secret']);
  });

  it('keeps a localhost database password in a production-only config, not in a development one', () => {
    const repo = 'config :shop, Shop.Repo,\n  username: "postgres",\n  password: "27q2Hv8TkLm3Wz9R",\n  database: "shop_prod",\n  hostname: "localhost"\n';
    expect(blockingIds('config/releases.exs', repo)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/prod.secret.exs', repo)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/config.exs', repo)).toEqual([]);
  });
});

describe('sample 209: Rocket', () => {
  it("leaves the secret keys of Rocket's configuration guide alone, and blocks a generated one", () => {
    expect(blockingIds('Rocket.toml', 'secret_key = "hPrYyЭRiMyµ5sBB1π+CMæ1køFsåqKvBiQJxBVHQk="\n')).toEqual([]);
    expect(blockingIds('Rocket.toml', 'secret_key = "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk="\n')).toEqual([]);
    expect(blockingIds('Rocket.toml', 'secret_key = "Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo="\n')).toEqual(['framework-signing-key-literal']);
  });
});

describe('sample 211: CI pipelines', () => {
  it('blocks registry and host logins in a pipeline, and git-ftp passwords', () => {
    const ci = "deploy:\n  script:\n    - sshpass -p 'Kt5wHarf9Lz' ssh root@203.0.113.7 'systemctl restart shop'\n";
    expect(blockingIds('.gitlab-ci.yml', ci)).toEqual(['cli-login-password']);
    expect(blockingIds('Jenkinsfile', "        sh \"docker login --username='shopci' --password='Docker42*#'\"\n")).toEqual(['cli-login-password']);
    expect(blockingIds('release.bat', 'git config git-ftp.password "m78KqT2vWz9Lp4Xr3Nc8Hd5Yb1Jf6Gs0Ae7Uo2Iq"\n')).toEqual(['cli-login-password']);
  });

  it('keeps a password that ends in a star and a symbol', () => {
    expect(blockingIds('Jenkinsfile', "        DOCKER_PASSWORD = 'Dkr7Qw42*#'\n")).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 212: observability configs', () => {
  it('names New Relic license keys that end in FFFFNRAL', () => {
    expect(blockingIds('newrelic.js', "exports.config = {\n  license_key: '4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8cFFFFNRAL',\n};\n")).toEqual(['newrelic-license-key']);
    expect(blockingIds('Dockerfile', 'ENV NEW_RELIC_LICENSE_KEY="\'eu01xx9b07c5e2a8f14b6d0c9e7a2f3dFFFFNRAL\'"\n')).toEqual(['newrelic-license-key']);
  });
});

describe('sample 213: serverless apps', () => {
  it("reads the fallback of a Serverless Framework variable, and leaves non-secret ones", () => {
    const yml = "provider:\n  environment:\n    STAGE: ${opt:stage, 'dev'}\n    DB_PASSWORD: ${env:DB_PASSWORD, 'Hq8vT3mWz7Lp4Rw'}\n";
    expect(blockingIds('serverless.yml', yml)).toEqual(['serverless-variable-fallback-secret']);
  });
});

describe('sample 214: PHP CMSes and shops', () => {
  it('reads mailer URLs, CodeIgniter encryption keys and Symfony container parameters', () => {
    expect(blockingIds('config/mailer.env', 'MAILER_DSN=gmail://orders@acme.io:wqzhrnvbkmtpxldj@default\n')).toEqual(['mail-url-password']);
    expect(blockingIds('.env', 'MAILER_DSN=smtp://user:pass@smtp.example.com:587\n')).not.toContain('mail-url-password');
    expect(blockingIds('application/config/config.php', "$config['encryption_key'] = 'Hq8vT3mWz7Lp4xQ2mZ7vL4pN8cB5hY1j';\n")).toEqual(['encryption-key-assignment']);
    expect(blockingIds('app/config/parameters.php', "$container->setParameter('secret', 'r7kq2vx9tl4mw8zp3nb6hc1yd5fg0js');\n")).toEqual(['symfony-parameter-secret']);
  });

  it("reads a double-quoted PHP password that holds a quote or a bracket, but not an index expression", () => {
    expect(blockingIds('app/Config/email.php', "\t\t'password' => \"Hq8v]T3m'Wz7-Lp4\",\n")).toEqual(['generic-secret-assignment']);
    expect(blockingIds('data/paginators-1.json', '      "output_token": "StreamNames[-1]",\n')).toEqual([]);
  });
});

describe('sample 215: hackathon projects', () => {
  it('reads a password passed through encodeURIComponent', () => {
    expect(blockingIds('config/keys.js', 'const password = encodeURIComponent("Hq8vT3mWz7Lp");\n')).toEqual(['generic-secret-assignment']);
  });

  it('lowers the short app key set beside its secret, and blocks the secret', () => {
    const env = 'STREAM_API_KEY=x7mq2kzpv9ad\nSTREAM_API_SECRET=Hq8vT3mWz7Lp4xQ2mZ7vL4pN8cB5hY1jHq8vT3mWz7Lp4xQ2m\n';
    expect(scan('server/.env', env).filter((f) => f.ruleId === 'generic-secret-assignment').map((f) => f.blocking)).toEqual([false, true]);
  });
});
