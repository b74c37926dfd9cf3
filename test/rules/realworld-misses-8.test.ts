import { describe, expect, it } from 'vitest';
import { classifyContext } from '../../src/detect/classify-context.js';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Causes from samples 32 to 35 of real-world files (deployment files; Python settings; a hunt for credentials in
// unusual files; Node apps as committed). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

const k8sSecret = (data: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n${data}`;
const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('false positives', () => {
  it("reports a Kubernetes Secret's default or guessable value at confidence low, also as base64", () => {
    for (const value of ['postgres', 'app']) {
      expect(scan('k8s/secret.yaml', k8sSecret(`stringData:\n  POSTGRES_PASSWORD: ${value}\n`))).toContainEqual({ ruleId: 'kubernetes-secret-literal', blocking: false });
    }
    expect(scan('k8s/secret.yaml', k8sSecret('stringData:\n  POSTGRES_PASSWORD: dbpassword\n'))).toEqual([]);
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  DB_PASSWORD: ${base64('thisisasecretpassword')}\n`))).toEqual([]);
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  DB_PASSWORD: ${base64('Vq7mLx2Tz9Rk4wHp')}\n`))).toEqual(['kubernetes-secret-literal']);
    // `echo mysecretpassword | base64` encodes the newline too.
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  pg_password: ${base64('mysecretpassword\n')}\n`))).toEqual([]);
  });

  it('drops deploy-time substitution tokens in a compose file', () => {
    const compose = (value: string): string => `services:\n  api:\n    environment:\n      DB_PASSWORD: ${value}\n`;
    expect(blockingIds('docker-compose.production.yml', compose('__DB_PASSWORD__'))).toEqual([]);
    expect(blockingIds('docker-compose.production.yml', compose('Hk28vQpL0xZr5mWt'))).toEqual(['compose-literal-secret-env']);
  });
});

describe('false positives: file names and published values', () => {
  it('reads *_example files as examples, local_settings.py and dev-named JS configs as development', () => {
    expect(classifyContext('startproject/settings_example.py')).toBe('example');
    expect(classifyContext('project_name/settings/prod_example.py')).toBe('example');
    expect(classifyContext('mezzanine_app/local_settings.py')).toBe('dev');
    expect(classifyContext('config/pm2/pm2-dev-process.config.js')).toBe('dev');
    expect(classifyContext('webpack.dev.config.js')).toBe('dev');
    expect(classifyContext('ecosystem.config.js')).toBe('code');
    expect(classifyContext('shop/settings.py')).toBe('code');
  });

  it("lowers an iOS app's Firebase key in GoogleService-Info.plist, as in google-services.json", () => {
    const plist = (key: string): string => `<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n\t<string>${key}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>704512398861</string>\n</dict>\n</plist>\n`;
    expect(scan('ios/Runner/GoogleService-Info.plist', plist('AIzaSyBq7mLx2Tz9Rk4wHpVd3Nc8Fj6Gs1Ke0Yu'))).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    // The same key elsewhere in the app's code blocks (GMSServices.provideAPIKey is the Maps SDK's: sample 136).
    expect(blockingIds('ios/Runner/GeminiClient.swift', 'let apiKey = "AIzaSyBq7mLx2Tz9Rk4wHpVd3Nc8Fj6Gs1Ke0Yu"\n')).toEqual(['google-api-key']);
  });

  it("takes OpenWeatherMap's published sample appid for the tutorial value it is", () => {
    expect(scan('app.py', 'API_KEY = "b6907d289e10d714a6e88b30761fae22"\n')).toEqual([]);
    expect(blockingIds('app.py', 'API_KEY = "9f3c2a7e5b1d4f8a6c0e3b7d9a2f5c8e"\n')).toEqual(['generic-secret-assignment']);
  });

  it('takes app_password, SuperSecretPassword123! and Spanish placeholders for what they are', () => {
    expect(blockingIds('smt.py', 'server = smtplib.SMTP("smtp.gmail.com", 587)\nserver.login("you@gmail.com", "app_password")\n')).toEqual([]);
    expect(blockingIds('secrets.tfvars', 'db_password = "SuperSecretPassword123!"\n')).toEqual([]);
    expect(blockingIds('k8s/secret.yaml', k8sSecret(`data:\n  SECRET_KEY: ${base64('tu_valor_secreto')}\n`))).toEqual([]);
    expect(blockingIds('secrets.tfvars', 'db_password = "Wq7vLm2xTz9Rk4Hp"\n')).toEqual(['generic-secret-assignment']);
  });
});

describe('false positives: unfilled course templates', () => {
  it("lowers a weak signing key beside a 'YOUR … HERE' value or keys set to their own names, not beside real settings", () => {
    expect(scan('config/keys.js', 'module.exports = {\n  mongoURI: "YOUR MONGO URI HERE",\n  secretOrKey: "secret"\n};\n')).toEqual([{ ruleId: 'jwt-hardcoded-secret-node', blocking: false }]);
    const json = '{\n  "mongoURI": "mongodb+srv://root:root/shop",\n  "jwtSecret": "mysecrettoken",\n  "githubClientID": "githubClientID"\n}\n';
    expect(blockingIds('config/default.json', json)).toEqual([]);
    expect(blockingIds('config/keys.js', "module.exports = {\n  mongoURI: process.env.MONGO_URI,\n  jwt_secret: 'secret'\n};\n")).toEqual(['weak-secret-key']);
  });
});

describe('misses', () => {
  it('reads a password that opens with `*` as a password, not a glob or a mask', () => {
    expect(blockingIds('secrets.tfvars', 'db_password = "*Tern4Vik9q"\n')).toEqual(['generic-secret-assignment']);
    expect(scan('secrets.tfvars', 'db_password = "*****"\nallowed_secret_paths = "*.example.com"\n')).toEqual([]);
  });

  it('finds an encryption, signing or Fernet key set with ENV in a Dockerfile or in a compose environment', () => {
    expect(blockingIds('Dockerfile', 'FROM python:3.12\nENV ENCRYPTION_KEY=x2vQ8mLz4Tn7Rk\n')).toEqual(['dockerfile-secret-env-arg']);
    expect(blockingIds('docker-compose.prod.yml', 'services:\n  api:\n    environment:\n      FERNET_KEY: x2vQ8mLz4Tn7Rk\n')).toEqual(['compose-literal-secret-env']);
  });

  it('reads a password that opens with `@` and holds digits and symbols as a password, not a decorator or a scope', () => {
    expect(blockingIds('server/.env', "SECRET_JWT_ACCESS_TOKEN_KEY = '@shopkeeper@123#$%##'\n")).toContain('generic-secret-assignment');
    expect(scan('src/app.ts', "const token_scope = '@babel/core';\nconst api_key = '@Injectable';\n")).toEqual([]);
  });

  it('finds a Cloudinary secret under CLOUD_API_SECRET', () => {
    expect(blockingIds('backend/.env', 'CLOUD_NAME=myshop\nCLOUD_API_KEY=291102859406925\nCLOUD_API_SECRET=q7vLm2xTz9Rk4wHpVd3Nc8Fj6Gs\n')).toContain('cloudinary-api-secret');
  });

  it("blocks a 24-character Google OAuth secret below its client id, also in a developer's config", () => {
    const config = (secret: string): string => `module.exports = {\n  googleClientID: '447062918578-r9f1wlwww4u2uwy3dhpr0igrob82yd6q.apps.googleusercontent.com',\n  googleClientSecret: '${secret}',\n};\n`;
    expect(blockingIds('config/dev.js', config('iCu2KTEg3nSEpAUnjMiKAw-H'))).toEqual(['gcp-oauth-client-secret-paired']);
    expect(blockingIds('config/dev.js', 'module.exports = {\n  googleClientSecret: \'iCu2KTEg3nSEpAUnjMiKAw-H\',\n};\n')).toEqual([]);
  });

  it('blocks a stock password with digits in the URL of a managed database, not on localhost or as a bare word', () => {
    const uri = (password: string, host: string): string => `app.config["MONGO_URI"] = "mongodb+srv://shopadmin:${password}@${host}/shop?retryWrites=true"\n`;
    expect(blockingIds('app.py', uri('Password1', 'shopcluster-k3x9q.mongodb.net'))).toEqual(['database-url-password']);
    expect(blockingIds('app.py', uri('admin123', 'shopcluster-k3x9q.mongodb.net'))).toEqual(['database-url-password']);
    expect(blockingIds('app.py', uri('password', 'shopcluster-k3x9q.mongodb.net'))).toEqual([]);
    expect(blockingIds('app.py', uri('Password1', 'localhost'))).toEqual([]);
  });
});
