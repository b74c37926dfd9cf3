import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes from samples 30 and 31 of real-world files (whole small repositories; a hunt for leaked credentials in
// unusual forms), and from sample 28. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('false positives', () => {
  it('reads REST-client request files as development tooling: their login tokens do not block', () => {
    expect(classifyContext('app.http')).toBe('dev');
    expect(classifyContext('requests/users.rest')).toBe('dev');
    const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYWRtaW4iLCJ1c2VybmFtZSI6ImRlbW8ifQ.q7Rk2mVx9TzL4pWn3Hc8d5F6g7H8j9K0aB1cD2eF3g4';
    const request = `GET http://localhost:8000/api/orders\nAuthorization: ${token}\n`;
    expect(scan('app.http', request)).toEqual([{ ruleId: 'json-web-token', blocking: false }]);
    expect(blockingIds('src/client.js', `const auth = '${token}';\n`)).toEqual(['json-web-token']);
  });

  it("lowers DEBUG = True in the else of a platform check ('ON_HEROKU' in os.environ)", () => {
    const settings = (condition: string): string => `import os\n${condition}:\n    DEBUG = False\nelse:\n    DEBUG = True\nALLOWED_HOSTS = ['shop.herokuapp.com']\n`;
    expect(blockingIds('shop/settings.py', settings("if 'ON_HEROKU' in os.environ"))).toEqual([]);
    expect(blockingIds('shop/settings.py', "import os\nif 'RENDER' in os.environ:\n    DEBUG = True\nALLOWED_HOSTS = ['shop.onrender.com']\n")).toEqual(['django-debug-true']);
  });
});

describe('misses', () => {
  it('finds secrets given as name/value pairs (ECS task definitions, env lists in code)', () => {
    expect(blockingIds('deploy/deploy.sh', '  "environment": [{"name": "DB_PASSWORD", "value": "Hq8vLm2xP9wZe3Tk"}],\n')).toEqual(['name-value-pair-secret']);
    expect(blockingIds('service.js', "env: [{ name: 'REDIS_PASSWORD', value: 'Zq8Tn2Vx5Lm7Rc4K' }]\n")).toEqual(['name-value-pair-secret']);
    expect(scan('deploy/task.json', '"environment": [{"name": "DB_HOST", "value": "db.internal"}]\n')).toEqual([]);
  });

  it('finds a database password passed by position to Sequelize or JDBC, not one for a database on this machine', () => {
    const sequelize = (host: string): string => `const sequelize = new Sequelize('shopdb', 'shopdb', 'Vq7mLx2Tz9Rk4w', { host: '${host}', dialect: 'postgres' });\n`;
    expect(blockingIds('store-service.js', sequelize('shop.db.elephantsql.com'))).toEqual(['positional-db-password']);
    expect(scan('store-service.js', sequelize('localhost'))).toEqual([]);
    const jdbc = '    return DriverManager.getConnection(\n        "jdbc:postgresql://db.shop.io/shop",\n\n        "shop", "Oz-q7mLx2Tz9");\n';
    expect(blockingIds('src/db/Connection.java', jdbc)).toEqual(['positional-db-password']);
  });

  it('finds a Gmail app password under a mail-password name with a word inside or misspelt', () => {
    expect(blockingIds('.env', "EMAIL_AUTH_USER=codes.shop@gmail.com\nEMAIL_AUTH_PASS='wkrmtqzvhpxlndbj'\n")).toContain('gmail-app-password');
    expect(blockingIds('backend/config/.env', 'SMPT_SERVICE=gmail\nSMPT_PASSWORD = wkrmtqzvhpxlndbj\n')).toContain('gmail-app-password');
  });

  it('finds a server password in a Markdown table beside its internet host, not beside localhost', () => {
    const table = (host: string): string => `| Setting | Value |\n|---------|-------|\n| Server | \`${host}\` |\n| Admin User | \`shopadmin\` |\n| Password | \`Vk7qLm2xT9wZr4\` |\n`;
    expect(blockingIds('docs/CREDENTIALS.md', table('shopdb.postgres.database.azure.com'))).toEqual(['docs-server-login-table']);
    expect(blockingIds('docs/CREDENTIALS.md', table('localhost'))).toEqual([]);
  });

  it('finds a numeric database password beside a managed host, not beside localhost, and no other number', () => {
    const pool = (host: string): string => `const pool = mysql.createPool({\n  host: '${host}',\n  user: 'admin',\n  password: '12345678',\n});\n`;
    expect(blockingIds('backend/db.js', pool('shop.c9akcs1xyz.us-east-1.rds.amazonaws.com'))).toEqual(['generic-secret-assignment']);
    expect(scan('backend/db.js', pool('localhost'))).toEqual([]);
    expect(scan('backend/db.js', "const config = {\n  host: 'shop.c9akcs1xyz.us-east-1.rds.amazonaws.com',\n  token_ttl: '86400',\n};\n")).toEqual([]);
  });
});
