import { describe, expect, it } from 'vitest';
import { readDevContext } from '../../src/detect/dev-blocks.js';
import { detectChunk } from '../../src/detect/detect-chunk.js';
import { loadBuiltinPack } from '../../src/rules/builtin-pack.js';
import { isBlocking } from '../../src/report/report-options.js';

const pack = loadBuiltinPack();

// The text of every development-only span, for readable assertions.
function devText(text: string): string[] {
  return readDevContext(text).spans.map(([start, end]) => text.slice(start, end));
}

function blockingRules(path: string, text: string): string[] {
  return detectChunk({ path, text }, pack).filter((f) => isBlocking(f, 'high', 'medium')).map((f) => f.ruleId);
}

describe('readDevContext', () => {
  it('takes the body of a development or test config class, not of the production class after it', () => {
    const text = "class DevelopmentConfig(Config):\n    DEBUG = True\n\n    X = 1\n\nclass ProductionConfig(Config):\n    DEBUG = False\n";
    expect(devText(text)).toEqual(["class DevelopmentConfig(Config):\n    DEBUG = True\n\n    X = 1"]);
    expect(devText('class TestLogin(unittest.TestCase):\n    password = "x"\n')).toHaveLength(1);
  });

  it('does not take a class whose name merely contains a development word', () => {
    expect(devText('class LocalFileStorage(Storage):\n    key = "x"\n')).toEqual([]);
    expect(devText('class LatestConfig:\n    key = "x"\n')).toEqual([]);
  });

  it('takes the body of an if on a debug flag, a development environment or a CI variable', () => {
    expect(devText('if settings.DEBUG:\n    a = 1\nb = 2\n')).toEqual(['if settings.DEBUG:\n    a = 1']);
    expect(devText("if (process.env.NODE_ENV !== 'production') {\n  a = 1;\n}\nb = 2;\n")).toEqual(["if (process.env.NODE_ENV !== 'production') {\n  a = 1;"]);
    expect(devText("if os.environ.get('GITHUB_WORKFLOW'):\n    a = 1\n")).toHaveLength(1);
    expect(devText("if ENV == 'development':\n    a = 1\n")).toHaveLength(1);
  });

  it('takes the else of a production-only if, and neither branch of a negated debug flag', () => {
    expect(devText("if ENV == 'production':\n    a = 1\nelse:\n    b = 2\n")).toEqual(['else:\n    b = 2']);
    expect(devText("if (isProduction) {\n  a = 1;\n} else {\n  b = 2;\n}\n")).toEqual(['} else {\n  b = 2;']);
    expect(devText('if not DEBUG:\n    a = 1\n')).toEqual([]);
    expect(devText("if (!isDev) {\n  a = 1;\n}\n")).toEqual([]);
  });

  it('takes development and test entries of an environment map, not production', () => {
    const knex = "module.exports = {\n  development: {\n    password: 'a',\n  },\n  production: {\n    password: 'b',\n  },\n};\n";
    expect(devText(knex)).toEqual(["  development: {\n    password: 'a',"]);
    expect(devText('test:\n  password: a\nproduction:\n  password: b\n')).toEqual(['test:\n  password: a']);
    expect(devText('"scripts": {\n  "test": "vitest"\n}\n')).toEqual([]);
  });

  it("takes the else of a platform check ('ON_HEROKU' in os.environ) and the body of its negation", () => {
    const heroku = "if 'ON_HEROKU' in os.environ:\n    DEBUG = False\nelse:\n    DEBUG = True\n";
    expect(devText(heroku)).toEqual(['else:\n    DEBUG = True']);
    expect(devText("if os.environ.get('RENDER'):\n    DEBUG = False\nelse:\n    DEBUG = True\n")).toEqual(['else:\n    DEBUG = True']);
    expect(devText("if 'RENDER' not in os.environ:\n    DEBUG = True\n")).toEqual(["if 'RENDER' not in os.environ:\n    DEBUG = True"]);
    expect(devText("if 'RENDER' in os.environ:\n    DEBUG = True\n")).toEqual([]);
  });

  it('reads a body indented with tabs under an entry indented with spaces as the entry\'s', () => {
    const mixed = 'module.exports = {\n   "development": {\n\t\t"jwtSecret" : "a"\n   },\n   "production": {\n\t\t"jwtSecret" : "b"\n   }\n}\n';
    expect(devText(mixed)).toEqual(['   "development": {\n\t\t"jwtSecret" : "a"']);
  });

  it('takes a whole file that declares a development environment, unless it also declares production', () => {
    expect(readDevContext('NODE_ENV=development\nA=1\n').spans).toEqual([[0, 25]]);
    expect(readDevContext('NODE_ENV=development\nNODE_ENV=production\n').spans).toEqual([]);
    expect(readDevContext('A=1\n').spans).toEqual([]);
  });
});

describe('findings in development-only blocks', () => {
  it('lowers a generic password there, and keeps it blocking in the production branch', () => {
    const knex = "module.exports = {\n  development: {\n    connection: { password: 'Xq7rT2vK9pLm' },\n  },\n  production: {\n    connection: { password: 'Bz4wN8cJ3hQs' },\n  },\n};\n";
    const findings = detectChunk({ path: 'knexfile.js', text: knex }, pack);
    const blocking = findings.filter((f) => isBlocking(f, 'high', 'medium'));
    expect(blocking.map((f) => f.line)).toEqual([6]);
    const lowered = findings.find((f) => f.line === 3);
    expect(lowered?.context).toBe('dev');
    expect(lowered?.message).toContain('development-only block');
  });

  it('still blocks on a provider key there: a real key works wherever it is written', () => {
    const key = `sk_live_${'Qm7vR2xLp9TzWk4NbH8dZ3cF'}`;
    expect(blockingRules('app/config.py', `class DevelopmentConfig(Config):\n    STRIPE_KEY = '${key}'\n`)).toContain('stripe-secret-key');
  });

  it('blocks on DEBUG = True in a production class but not in a development class', () => {
    expect(blockingRules('app/config.py', 'class DevelopmentConfig(Config):\n    DEBUG = True\n')).toEqual([]);
    expect(blockingRules('app/config.py', 'class ProductionConfig(Config):\n    DEBUG = True\n')).toEqual(['django-debug-true']);
  });

  it('does not block on DEBUG=True in an env file that declares a development environment', () => {
    expect(blockingRules('backend/.env', 'ENVIRONMENT=development\nDEBUG=True\n')).not.toContain('debug-enabled-env');
    expect(blockingRules('backend/.env', 'ENVIRONMENT=production\nDEBUG=True\n')).toContain('debug-enabled-env');
  });
});

describe('files that declare production', () => {
  it('reads a .flaskenv that declares production as production code', () => {
    const key = ['b0e1', '9c4f', '7a2d', '5e8b', '3f6a', '1c9d', '4e7b', '2a5f', '8c3e', '6d1a', '9f4b', '7e2c', '5a8d', '3b6f', '1e9c', '4d7a'].join('');
    const text = `FLASK_ENV=production\nSECRET_KEY=${key}\n`;
    expect(blockingRules('.flaskenv', text)).not.toEqual([]);
    expect(blockingRules('.flaskenv', text.replace('production', 'development'))).toEqual([]);
  });

  it('still lowers a development class in a config file whose production class declares production', () => {
    const text = "class DevelopmentConfig(Config):\n    FLASK_DEBUG = True\n\nclass ProductionConfig(Config):\n    FLASK_ENV = 'production'\n";
    expect(blockingRules('app/config.py', text)).toEqual([]);
  });

  it('keeps a CI workflow a development file although a build step declares production', () => {
    const workflow = 'jobs:\n  test:\n    services:\n      postgres:\n        env:\n          POSTGRES_PASSWORD: Qm7vR2xLp9TzWk4N\n    env:\n      NODE_ENV: production\n';
    expect(blockingRules('.github/workflows/ci.yml', workflow)).toEqual([]);
  });

  it('reads a compose file whose service declares NODE_ENV=production as production code', () => {
    const compose = (env: string): string => `services:\n  api:\n    environment:\n      - NODE_ENV=${env}\n      - JWT_SECRET=Qm7vR2xLp9TzWk4N\n`;
    expect(blockingRules('docker-compose.yml', compose('production'))).toContain('compose-literal-secret-env');
    expect(blockingRules('docker-compose.yml', compose('development'))).toEqual([]);
  });
});
