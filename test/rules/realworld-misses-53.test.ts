import { describe, expect, it } from 'vitest';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 399 to 406: Flask and Django apps on PaaS, e-mail APIs, headless commerce, AI image and video APIs, API
// tooling, front-end monitoring and website builders. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

const hex = (seed: number, length: number): string => Array.from({ length }, (_, i) => ((seed * 7 + i * 13 + (i * i) % 5) % 16).toString(16)).join('');

describe('sample 399: Flask apps in production', () => {
  it("reports the key of Flask 0.x's docs as the published key it is", () => {
    expect(blockingIds('config.py', "class BaseConfig(object):\n    DEBUG = False\n    SECRET_KEY = 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT'\n")).toEqual(['flask-docs-example-secret-key']);
  });

  it('blocks DEBUG = True in a production config class even when its database is on localhost', () => {
    const config = "class ProductionConfig(Config):\n    SECRET_KEY = os.getenv('SECRET_KEY')\n    DEBUG = True\n    SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://root:{p}@localhost/app'\n";
    expect(blockingIds('app/config/production.py', config.replace('{p}', '${DB_PASSWORD}'))).toEqual(['django-debug-true']);
    const development = "class DevelopmentConfig(Config):\n    DEBUG = True\n    SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://root@localhost/app'\n";
    expect(blockingIds('app/config/development.py', development)).toEqual([]);
  });

  it('reports the default of a shell parameter as the secret, without its `:-`', () => {
    const [finding] = detectChunk({ path: 'deploy/app.env', text: 'DATABASE_URL=postgres://app:${DB_PASS:-Xq7rTz2WmP9kL3vB}@db.internal:5432/app\n' }, pack);
    expect(finding?.secret).toBe('Xq7rTz2WmP9kL3vB');
  });
});

describe('samples 400 to 405: provider keys with no rule before', () => {
  it('blocks Elastic Email, Luma, Black Forest Labs, Konnect, Stoplight and Builder.io private keys', () => {
    const elastic = hex(3, 96).toUpperCase();
    expect(blockingIds('main.js', `const key = "${elastic}";\nfetch(\`https://api.elasticemail.com/v2/email/send?apikey=\${key}\`);\n`)).toEqual(['elastic-email-api-key']);
    expect(blockingIds('QUICK_START_LUMA.md', '```bash\nLUMAAI_API_KEY=luma-5b07e1c3-d9a2-446f-8e13-b0c7da95f21e-0f4a3c85-b6e0-4a1d-93c8-f27b549e2d7b\n```\n')).toEqual(['luma-api-key']);
    expect(blockingIds('generate.py', 'headers = {"accept": "application/json", "x-key": "c41f7e0a-92db-4e35-a8f1-b6c0d3e7925a"}\n')).toEqual(['bfl-api-key']);
    expect(blockingIds('README.md', '`deck gateway reset --konnect-token kpat_Qm7tXw3LpA9cVn2RzK8bYe4HdJ6sUgF1aB5cD7eF9gH2iJ4kL --select-tag gitops`\n')).toEqual(['kong-konnect-token']);
    expect(blockingIds('.github/workflows/docs.yml', '      - run: npx @stoplight/cli@5 push --ci-token 7c1e0d94-a2f4-4c6e-8d1a-3b5c7e9f0a12 --directory api\n')).toEqual(['stoplight-ci-token']);
    expect(blockingIds('STABILITY_GUIDE.md', `BUILDER_PRIVATE_KEY=bpk-${hex(5, 32)}\n`)).toEqual(['builder-private-key']);
  });

  it('blocks Rollbar server tokens given to the SDKs or under a server token name, not the client token', () => {
    const token = hex(9, 32);
    expect(blockingIds('main.py', `import rollbar\nrollbar.init('${token}')\n`)).toEqual(['rollbar-access-token']);
    expect(blockingIds('app.py', `rollbar.init(\n    # access token\n    '${token}',\n    'production',\n)\n`)).toEqual(['rollbar-access-token']);
    expect(blockingIds('config/initializers/rollbar.rb', `Rollbar.configure do |config|\n  config.access_token = '${token}'\nend\n`)).toEqual(['rollbar-access-token']);
    expect(blockingIds('deploy/app.env', `ROLLBAR_SERVER_ACCESS_TOKEN=${token}\nNEXT_PUBLIC_ROLLBAR_CLIENT_ACCESS_TOKEN=${hex(11, 32)}\n`)).toEqual(['rollbar-access-token']);
  });
});

describe('samples 400, 401, 404 and 405: keys made to be embedded in pages', () => {
  it('does not block Bugsnag notifier keys, Web3Forms access keys, Snipcart public keys or Builder.io public keys', () => {
    const key = hex(13, 32);
    expect(blockingIds('src/app/app.config.ts', `Bugsnag.start({ apiKey: '${key}' });\nBugsnagPerformance.start({ apiKey: '${key}' });\n`)).toEqual([]);
    expect(blockingIds('src/web3forms.js', 'export const WEB3FORMS_CONFIG = {\n  accessKey: "5d1c93fa-2b7e-4c08-9d1a-0e6b7f3a2c94",\n};\n')).toEqual([]);
    const snipcart = Buffer.from('70c32f65-2f83-470f-bcb8-f260585501aa637252295789181563').toString('base64');
    expect(blockingIds('gatsby-ssr.js', `<div hidden id="snipcart" data-api-key="${snipcart}"></div>\n`)).toEqual([]);
    expect(blockingIds('src/builder.js', `const BUILDER_API_KEY = '${key}';\nbuilder.init(BUILDER_API_KEY);\n`)).toEqual([]);
    expect(blockingIds('src/contentful.js', `const client = contentful.createClient({ space: 'zmtrskwvomlq', accessToken: '${hex(4, 64)}' });\n`)).toEqual([]);
    expect(blockingIds('src/contentful.js', `const client = contentful.createClient({ space: 'zmtrskwvomlq', accessToken: '${hex(4, 64)}', host: 'preview.contentful.com' });\n`).length).toBe(1);
    expect(scan('nuxt.config.ts', "  storyblok: {\n    accessToken: 'wANpEQEsMYGOwLxwXQ76Ggtt',\n  },\n").filter((f) => f.blocking)).toEqual([]);
  });

  it('still blocks the same shapes under a secret name or beside another service', () => {
    expect(blockingIds('server.js', `const client = new Client({ apiKey: '${hex(13, 32)}', secret: '${hex(2, 40)}' });\n`).length).toBeGreaterThan(0);
    expect(blockingIds('src/forms.js', 'export const CONFIG = {\n  accessKey: "5d1c93fa-2b7e-4c08-9d1a-0e6b7f3a2c94",\n};\n').length).toBeGreaterThan(0);
  });
});
