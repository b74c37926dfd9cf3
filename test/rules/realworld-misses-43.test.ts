import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 247 to 254: Flask and Express apps, Kubernetes secrets, uptime and on-call tools, low-code flows, database
// client files, classic Java web apps, push notifications. Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);

describe('sample 247: Flask apps on PaaS', () => {
  it('finds a SECRET_KEY generated from every punctuation mark, `|`, `[` and `<` included', () => {
    const readme = 'FLASK_APP=application.py\nSECRET_KEY=Q*H7k_!T|8r^W2pLMXZZNf4q.y3dRT_mA]KwCE]gyz:,|V1}b[qKF<5C}m,}{xl[\n';
    expect(blockingIds('README.md', readme)).toEqual(['env-file-secret-key']);
  });
});

describe('samples 248 and 252: Fastify plugins, database client files', () => {
  it("reads Fastify's register(cors, {…}) and register(fastifyJwt, {…}) like cors({…}) and jwt({…})", () => {
    const cors = "await fastify.register(require('@fastify/cors'), {\n  origin: true,\n  credentials: true,\n});\n";
    expect(blockingIds('src/plugins/cors.js', cors)).toEqual(['cors-wildcard-credentials']);
    expect(scan('gateway/cors.mjs', "await fastify.register(cors, {\n  origin: '*',\n});\n")).toEqual([{ ruleId: 'cors-wildcard-code', blocking: false }]);
    expect(blockingIds('src/app.ts', 'server.register(fastifyJwt, {\n  secret: "q]e(LM7{Tx].4K[pZZW2H%*:#rrbCDfu",\n});\n')).toEqual(['jwt-hardcoded-secret-node']);
  });

  it('blocks a .pgpass only for a real password, and finds the login in a MySQL option file', () => {
    expect(scan('.pgpass', 'localhost:5432:site_db:<user>:<password>\n')).toEqual([{ ruleId: 'pgpass-file', blocking: false }]);
    expect(scan('.pgpass', 'localhost:5432:acme_development:acme:acme\n')).toEqual([{ ruleId: 'pgpass-file', blocking: false }]);
    expect(blockingIds('.pgpass', 'db.shop.io:5432:shop:app:Vn6sgDpKBoZPbu4sP6d\n')).toEqual(['pgpass-file', 'pgpass-password']);
    expect(blockingIds('.my.cnf', '[client]\nuser = blog\npassword = "pictures7"\n')).toEqual(['mysql-option-file-password']);
    expect(blockingIds('openssl.cnf', '[ req ]\ninput_password = Kq7vT2xWm9Lp\n')).not.toContain('mysql-option-file-password');
  });
});

describe('samples 250, 251 and 254: uptime and on-call tools, automation webhooks, push notifications', () => {
  it("finds UptimeRobot's main key but not its public monitor keys, and PagerDuty and Opsgenie keys", () => {
    expect(blockingIds('README.md', "from pyuptimerobot import UptimeRobot\napikey = 'u693774-5861b37a4c8e0d2f9b1e6a73'\n")).toContain('uptimerobot-api-key');
    expect(blockingIds('main.js', "// uptimerobot status page\nconst key = 'm788311234-4f8a2c9e1b7d3a6e5c0f9b2d';\n")).toEqual([]);
    expect(blockingIds('alertmanager.yml', 'receivers:\n  - name: oncall\n    pagerduty_configs:\n      - service_key: cc52175bd8de955d6f86de7cfa66aea4\n')).toEqual(['pagerduty-integration-key']);
    expect(blockingIds('alerts/opsgenie.py', 'headers = {"Authorization": "GenieKey d186f3b7-5bac-4135-b8c8-ed39bfb2a89a"}\n')).toEqual(['opsgenie-api-key']);
  });

  it('reports heartbeat URLs and Logtail source tokens below the blocking level', () => {
    expect(scan('heartbeat.py', 'url = "https://uptime.betterstack.com/api/v1/heartbeat/4aoxY0r4VS1e1b1qJzVBdr18"\n')).toEqual([{ ruleId: 'heartbeat-ping-url', blocking: false }]);
    expect(scan('src/config/logger.js', 'const logtail = new Logtail("JAbEBwqP0BaEfTEj37lwhERx");\n')).toEqual([{ ruleId: 'betterstack-source-token', blocking: false }]);
  });

  it('finds Make and IFTTT webhook URLs', () => {
    expect(blockingIds('scripts/hook.js', 'fetch("https://hook.eu2.make.com/k3v9q2xw7m1pz8rt5ny0ad4hc6fj2lsb", { method: "POST" })\n')).toEqual(['make-webhook-url']);
    expect(blockingIds('IFTTT.ino', 'http.begin("http://maker.ifttt.com/trigger/button_pressed/with/key/fkrTwq7m2xhaze");\n')).toEqual(['ifttt-webhook-key']);
  });

  it("finds OneSignal's legacy keys (a UUID in base64 sent as Basic) and Pushy keys", () => {
    const onesignal = 'requests.post("https://onesignal.com/api/v1/notifications",\n  headers={"Authorization": "Basic OWIyZTRmN2EtMWMzZC00ZThmLWE1YjYtMGQ3YzJlOWYxYTRi"})\n';
    expect(blockingIds('driver.py', onesignal)).toEqual(['onesignal-legacy-rest-api-key']);
    expect(blockingIds('pu.js', "var pushyAPI = new Pushy('ad8d0c3f7e2b91a4c6d0e8f1b3a5c7d9e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1');\n")).toEqual(['pushy-secret-api-key']);
  });
});

describe('sample 253: classic Java web apps', () => {
  it("finds a password held as a named property's text in hibernate.cfg.xml", () => {
    const cfg = '<session-factory>\n  <property name="connection.url">jdbc:mysql://db.example-prod.net:3306/food</property>\n  <property name="connection.password">Kq7vT2xWm9LpZ4</property>\n</session-factory>\n';
    expect(blockingIds('src/main/resources/hibernate.cfg.xml', cfg)).toEqual(['xml-named-element-secret']);
    expect(blockingIds('src/main/resources/hibernate.cfg.xml', '<property name="connection.password">${DB_PASSWORD}</property>\n')).toEqual([]);
  });
});
