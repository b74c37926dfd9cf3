import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 243 to 246: Elastic stacks, Python desktop apps, static sites, FTP deploys. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('samples 243 and 244: Elastic stacks, desktop apps', () => {
  it("finds Elasticsearch's generated superuser password, enrollment tokens and API key pairs", () => {
    expect(blockingIds('README.md', 'The generated password for the elastic built-in superuser is : Hq8vT3mW*z7Lp4RwXc9N\n')).toEqual(['elasticsearch-generated-password']);
    const token = 'eyJ2ZXIiOiI4LjEzLjQiLCJhZHIiOlsiMTcyLjE4LjAuMjo5MjAwIl0sImZnciI6IjRjN2QyZTlhMWI4ZjNlNmQwYTVjOWIyZjdlMWQ0YThjIiwia2V5IjoiSHE4dlQzbVd6N0xwNFJ3WGM5TmI6UTdtVzJrUjlUTHA0VnpIbjNjNlkifQ==';
    expect(blockingIds('docs/setup.md', `Kibana enrollment token: ${token}\n`)).toEqual(['elasticsearch-enrollment-token']);
    expect(blockingIds('connection.py', 'es = Elasticsearch(cloud_id=CID, api_key=("lckZq7Wd2LpXz9Rv4Tb8", "kfD3Hq8vT3mWz7Lp4RwXc9"))\n')).toEqual(['elasticsearch-api-key-pair']);
    expect(scan('config/elasticsearch.yml', 'http.cors.enabled: true\nhttp.cors.allow-origin: "*"\n')).toEqual([{ ruleId: 'elasticsearch-cors-any-origin', blocking: false }]);
  });

  it("keeps a guessable password on remotemysql.com's own host name, reads `contrasena`, and finds Google session cookies", () => {
    const connect = 'db = mysql.connector.connect(host="remotemysql.com", user="KYVOq7Wd2L", password="Harbor2024")\n';
    expect(blockingIds('main.py', connect)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('main.py', 'contrasena = "Kq7vT2xWm9"\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config.js', "  cookies: 'HSID=AbC9dEfGhIjKlMnOp;SAPISID=Hq8vT3mWz7Lp4Rw/Xc9NbY2kFq8Tn2Vx5L',\n")).toEqual(['google-session-cookie']);
  });
});

describe('samples 245 and 246: static sites, FTP deploys', () => {
  it("reports jekyll-algolia's key file and 64-hex Contentful management tokens", () => {
    expect(blockingIds('_algolia_api_key', 'ad114c7d2e9a1b8f3e6d0a5c9b2f7e1d')).toEqual(['algolia-api-key-file']);
    expect(blockingIds('.env', 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-4c7d2e9a1b8f3e6d0a5c9b2f7e1d4a8c9f0e1d2c4c7d2e9a1b8f3e6d0a5c9b2f\n')).toContain('contentful-management-token');
  });

  it('leaves keyboard zigzags and a "your_…_from_step" placeholder alone', () => {
    expect(blockingIds('staticman.yml', '  apiKey: "1q2w3e4r"\n')).toEqual([]);
    expect(blockingIds('DEPLOYMENT.md', '```bash\nRESEND_API_KEY=your_api_key_from_step_2.3\n```\n')).toEqual([]);
  });

  it("finds a password passed to PHP's ftp_login", () => {
    expect(blockingIds('deploy.php', '$login = ftp_login($conn_id, "shopftp", "Kq7vT2xWm9LpQz");\n')).toEqual(['php-db-connect-password']);
  });
});
