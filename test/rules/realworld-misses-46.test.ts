import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveAlnum } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 279 to 286: PaaS manifests, PHP and Ruby deploy tools, Jenkins, AWS SDK scripts, HashiCorp configs, SQL
// init scripts, LDAP configs, mobile ad SDK keys. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 280 and 284: builders, Spring and SQL', () => {
  it("finds a password given to a builder's .password(…) or a deploy host's ->password(…)", () => {
    expect(blockingIds('src/main/java/shop/Db.java', 'DataSourceBuilder.create().username("app").password("Kq7vT2xWm9Lp").build();\n')).toEqual(['password-builder-literal']);
    expect(blockingIds('deploy.php', "server('prod', '203.0.113.5')->user('deploy')->password('Kq7vT2xWm9Lp');\n")).toEqual(['password-builder-literal']);
    expect(blockingIds('src/main/java/shop/Db.java', 'DataSourceBuilder.create().password(env.getProperty("DB_PASSWORD")).build();\n')).toEqual([]);
  });

  it("reads Spring's {noop} prefix as a plain-text password, once, and a {bcrypt} hash as none", () => {
    expect(blockingIds('src/main/resources/sql/scripts.sql', "insert ignore into `users` values('user','{noop}kQsT71402!','1');\n")).toEqual(['spring-noop-password']);
    expect(blockingIds('src/main/java/shop/Security.java', 'User.withUsername("admin").password("{noop}Tq8vmW2pZr4Lk").build();\n')).toEqual(['password-builder-literal']);
    const bcrypt = 'User.withUsername("admin").password("{bcrypt}$2a$10$Dow1jP.JiWJ1qPqTtOS3j.7u9ZuM8Vq0iJ0F5J8c1e9M2Q8xJ5k3e").build();\n';
    expect(blockingIds('src/main/java/shop/Security.java', bcrypt)).toEqual([]);
  });

  it('finds a role password in a CREATE ROLE statement written over several lines, once', () => {
    const sql = "CREATE ROLE reporting\n    WITH LOGIN NOSUPERUSER\n    ENCRYPTED PASSWORD 'md5b41d3e45a37f1d698d118715049f7c9e';\n";
    expect(blockingIds('scripts/pg_dump.sql', sql)).toEqual(['sql-user-password-multiline']);
    expect(blockingIds('db/roles.sql', "CREATE ROLE app WITH LOGIN PASSWORD 'p7Lz0qWm3Rt';\n")).toEqual(['sql-user-password']);
  });
});

describe('sample 281: Jenkins', () => {
  it("reports a committed controller's master key as Jenkins', not Rails'", () => {
    expect(blockingIds('jenkins_home/secrets/master.key', 'x')).toEqual(['jenkins-master-key-file']);
    expect(blockingIds('config/master.key', 'x')).toEqual(['rails-master-key-file']);
  });

  it('finds long encrypted credentials, accounts created in init scripts and spaced app passwords in XML', () => {
    const key = `<privateKey>{AQAAABAAAA${deriveAlnum('jenkins', 1760)}}</privateKey>\n`;
    // Reported, not blocking: it opens nothing without the controller's master.key (jenkins-master-key-file's).
    expect(scan('jenkins_home/credentials.xml', key)).toEqual([{ ruleId: 'jenkins-encrypted-secret', blocking: false }]);
    expect(blockingIds('init.groovy.d/basic-security.groovy', "hudsonRealm.createAccount('admin-corp', 'Tq8vmW2pZr4Lk')\n")).toEqual(['login-call-password']);
    expect(blockingIds('configure-email.sh', '<smtpAuthPassword>qzvb ltrw kpmn hyex</smtpAuthPassword>\n')).toEqual(['xml-element-secret']);
  });

  it("leaves Jenkins' ##SECRET:…## markers alone", () => {
    expect(scan('hudson.tasks.Mailer.xml', '<smtpAuthPassword>##SECRET:mail.user.pass##</smtpAuthPassword>\n')).toEqual([]);
  });
});

describe('samples 283 and 285: HashiCorp and LDAP configs', () => {
  it('finds Consul and Nomad gossip keys and ACL tokens in agent configs', () => {
    expect(blockingIds('consul/server.hcl', 'encrypt = "Xq7pLm2Vw9RtZkQ4bN8cYe1JfH6sD3gA0uT5iO2pWxK="\n')).toEqual(['consul-gossip-encryption-key']);
    const acl = 'acl {\n  tokens {\n    initial_management = "3f9c2a71-8d4e-4b6a-9e15-c7a0d2b84f63"\n  }\n}\n';
    expect(blockingIds('consul/server.hcl', acl)).toEqual(['consul-acl-token']);
    expect(blockingIds('packer/image.pkr.hcl', 'variable "subscription_id" {\n  default = "3f9c2a71-8d4e-4b6a-9e15-c7a0d2b84f63"\n}\n')).toEqual([]);
  });

  it('reads a Vault token whose body has no digit as a token, not a dotted name', () => {
    expect(blockingIds('vault.sh', 'export VAULT_TOKEN=hvs.QrTkWmPzLxVbNcHjYdGfSaEu\n')).toEqual(['vault-service-token']);
  });

  it('finds LDAP bind passwords in sssd, nslcd and Keycloak configs, and TLS checks turned off', () => {
    expect(blockingIds('etc/sssd/sssd.conf', '[domain/corp]\nldap_default_authtok = Tq8vmW2pZr4Lk\n')).toEqual(['ldap-client-bind-password']);
    expect(blockingIds('etc/nslcd.conf', 'binddn cn=proxy,dc=corp\nbindpw Kq7vT2xWm9Lp\n')).toEqual(['ldap-client-bind-password']);
    expect(blockingIds('etc/openldap/slapd.conf', 'rootpw {SSHA}Vq7mLx2Tz9Rk4wQp8Zt3Yc6Bn1\n')).toEqual([]);
    expect(blockingIds('keycloak-bootstrap.sh', '"bindCredential": ["Tq8vmW2pZr4Lk"],\n')).toEqual(['keycloak-ldap-bind-credential']);
    expect(scan('etc/sssd/sssd.conf', 'ldap_tls_reqcert = never\n')).toEqual([{ ruleId: 'ldap-tls-certificate-check-off', blocking: false }]);
  });
});

describe('samples 279 and 286: PaaS docs and mobile SDK keys', () => {
  it('leaves Supabase publishable keys, Adjust app tokens and Steampipe plugin defaults unblocked', () => {
    expect(blockingIds('FIX.md', 'heroku config:set SUPABASE_KEY=sb_publishable_q8ZrkT2mw9xLp4vNc7bYh3dFj6sGe1\n')).toEqual([]);
    expect(blockingIds('Assets/AdjustExample.cs', 'using com.adjust.sdk;\npublic string APP_TOKEN = "k7rm2xqd9wbe";\n')).toEqual([]);
    expect(blockingIds('backend/main.py', 'API_TOKEN = "k7rm2xqd9wbe"\n')).toEqual(['generic-secret-assignment']);
    expect(classifyContext('config/fly.spc')).toBe('example');
    expect(classifyContext('.steampipe/config/aws.spc')).toBe('code');
  });

  it('finds RevenueCat secret keys, letters only, not its public SDK keys', () => {
    expect(blockingIds('StoreConfig.swift', '// RevenueCat\nlet secret = "sk_QwErTyPlMkZxVbNmAsDfGhJkLqWeRtY"\n')).toEqual(['revenuecat-secret-key']);
    expect(blockingIds('StoreConfig.swift', '// RevenueCat\nPurchases.configure(withAPIKey: "appl_QwErTyPlMkZxVbNmAsDfGhJkLq")\n')).toEqual([]);
  });
});

describe('sample 278: one finding per value', () => {
  it('reports a provider key inside a NuGet password or a pip index URL once, as the provider key', () => {
    const nuget = '<packageSourceCredentials><github><add key="ClearTextPassword" value="ghp_Q8ZrkT2mw9xLp4vNc7bYh3dFj6sGe1Ab4Cd7" /></github></packageSourceCredentials>\n';
    expect(scan('NuGet.Config', nuget).map((finding) => finding.ruleId)).toEqual(['github-personal-access-token']);
    const plain = '<add key="ClearTextPassword" value="Tq8vmW2pZr4Lk" />\n';
    expect(blockingIds('NuGet.Config', plain)).toEqual(['nuget-config-password']);
  });
});
