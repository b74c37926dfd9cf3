import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 519 onwards. Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('sample 519: static-site deploys', () => {
  it("blocks a Netlify build hook, not the documentation's hook or a stand-in", () => {
    const hook = (id: string): string => `const BUILD_HOOK_URL = 'https://api.netlify.com/build_hooks/${id}';\n`;
    expect(blockingIds('src/github.js', hook('64b2f90e1ac3d7758e0b4fa2'))).toEqual(['static-site-deploy-hook']);
    expect(blockingIds('src/github.js', hook('5c23354f454e1350f8543e78'))).toEqual([]);
    expect(blockingIds('src/github.js', hook('your-build-hook-id'))).toEqual([]);
  });

  it('names a Surge token given inline to the deploy, not one read from an argument', () => {
    expect(blockingIds('deploy.sh', 'SURGE_TOKEN=8c2f1d9e07b4a3c6e5f9d0b1a2c7e4f3 npx surge dist shop.surge.sh\n')).toEqual(['surge-token']);
    expect(blockingIds('entrypoint.sh', 'SURGE_TOKEN="$3" ./surgecli deploy --silent "$1" "$2"\n')).toEqual([]);
  });

  it("leaves a Netlify OAuth app's client id, and a token cut short with three dots in a pasted error", () => {
    expect(blockingIds('docs/DEPLOY.md', 'NETLIFY_CLIENT_ID=k3PqW8vLm2Zr-T7xYc9HnBd4Fs6Jg1Ua0EoRiQwXyVt\n')).toEqual([]);
    const pasted = (tail: string): string => `+ firebase deploy --token "1//0hQZT7Rm2w5vKCgYIARAAGBASNwF-L9IrbWxNpqk7${tail}\n`;
    expect(blockingIds('notes/deploy.sh', pasted(' ...'))).toEqual([]);
    expect(blockingIds('notes/deploy.sh', pasted('"'))).toEqual(['google-oauth-refresh-token']);
  });

  it('blocks a random key pasted inside the angle brackets of a stand-in, not the stand-in', () => {
    const config = (value: string): string => `module.exports = { netlify: { config: { accessToken: "${value}" } } };\n`;
    expect(blockingIds('config/plugins.js', config('<Zx4KqWp9Tn2LmR7vB-cY8sHd3Jf6Gg1Ua0EoRiQwXyV>'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/plugins.js', config('<yourNetlifyAccessToken123456>'))).toEqual([]);
  });
});

describe('samples 520 and 521: data science and S3-compatible storage', () => {
  it('blocks a 40-character Finnhub token in a websocket URL', () => {
    const ws = 'ws = websocket.WebSocketApp("wss://ws.finnhub.io?token=d1q8xk7r01qm4a9g2s20d1q8xk7r01qm4a9g2s2g")\n';
    expect(blockingIds('stream.py', ws)).toEqual(['finnhub-api-key']);
  });

  it("blocks a B2 application key by its K00 shape even in a setup document, not a typed one", () => {
    const env = (key: string): string => `B2_KEY_ID=005eaf89f218f5300000001\nB2_APPLICATION_KEY=${key}\n`;
    expect(blockingIds('docs/STORAGE_B2.md', env('K005q8Zr4Kt7Vm2Xw9Lp3Nc6Hd1Fs5J'))).toEqual(['backblaze-b2-app-key-k-form']);
    expect(blockingIds('docs/STORAGE_B2.md', env('K005abcdefghijklmnopqrstuvwxyz1'))).toEqual([]);
  });

  it('blocks a Spaces secret beside its DO00 key id', () => {
    const env = 'DO_SPACES_ACCESS_KEY_ID=DO00QK7RZ3MW9XT2LPA4\nDO_SPACES_SECRET_ACCESS_KEY=q8Zr4Kt7Vm2Xw9Lp3Nc6Hd1Fs5Jg0Yb8Ue4Ro2Ti7Wa\n';
    expect(blockingIds('DIGITALOCEAN_SPACES.md', env)).toEqual(['digitalocean-spaces-secret-key']);
  });

  it("leaves the key id of a presigned URL, which has no secret beside it", () => {
    const img = '![cover](https://s3.us-west-2.amazonaws.com/b/cover.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAT73L2G45EIPT3X45%2F20210712%2Fus-west-2%2Fs3%2Faws4_request)\n';
    expect(blockingIds('_posts/preview.md', img)).toEqual([]);
    expect(blockingIds('deploy.sh', 'export AWS_ACCESS_KEY_ID=AKIAT73L2G45EIPT3X45\n')).toEqual(['aws-access-key-id']);
  });

  it('flags an upload that makes the object writable by anyone, and C# code that accepts any certificate', () => {
    expect(blockingIds('lib/s3upload.js', "s3.putObject({\n  ACL: 'public-read-write',\n  Key: name,\n});\n")).toEqual(['object-storage-public-write-acl']);
    expect(blockingIds('lib/s3upload.js', "s3.putObject({ ACL: 'public-read', Key: name });\n")).toEqual([]);
    const cs = 'ServicePointManager\n    .ServerCertificateValidationCallback +=\n    (sender, cert, chain, errors) => true;\n';
    expect(scan('Program.cs', cs)).toEqual([{ ruleId: 'dotnet-certificate-validation-disabled', blocking: false }]);
  });
});

describe('samples 522 and 523: push notifications and social login', () => {
  it('blocks a VAPID private key as setVapidDetails’ third argument on its own line and as a Terraform default', () => {
    const call = "webpush.setVapidDetails(\n    'mailto:ops@shop.io', // Replace with your email\n    'BD-KLH4bnU9qDF6LLX8aPJ5rTQ-KLF57HZ86bA5LjS96nhxafzsNjipsT5sdfjpcD4stbkqcH3s9XgqML2tNnho', // Public Key\n    'fB2eSi-LbD4NWp8bfiyNSm8LPpxaHX8rjkwKbT-bHnw' // Private Key\n);\n";
    expect(blockingIds('config/webpush.js', call)).toEqual(['vapid-private-key']);
    const tf = 'variable "private_vapid_key" {\n  type    = string\n  default = "fB2eSi-LbD4NWp8bfiyNSm8LPpxaHX8rjkwKbT-bHnw"\n}\n';
    expect(blockingIds('variables.tf', tf)).toEqual(['vapid-private-key']);
  });

  it("leaves a device's FCM registration token, and a Django password hash sent as a client secret", () => {
    const fcm = '  "message": {\n    "token": "f9kQzr1Xa2LPw0_Ybc3TtU:APA91bHq7Lw2Xz9Kp4Vt8Rb3Nc6Md1Fs5Gy0Ja8Eu2Io7Tx3Km9Qw1Rz6Yp4Nv7Bc0Ls5Ht2Xq8Lw2Xz9Kp4Vt8Rb3Nc6Md1Fs5Gy0Ja8Eu2Io7Tx3Km9Qw1Rz6Yp4"\n  }\n';
    expect(blockingIds('fcm-send.sh', fcm)).toEqual([]);
    const hash = 'CLIENT_SECRET = "pbkdf2_sha256$720000$Kd83hsPq0aZ1mXc7Tb2nLw$Wq9rTz4yBx1Lm0Np8Ks3Jd7Hf2Gc6Va5Ue1Yi9Oo4Pk="\n';
    expect(blockingIds('backend/oauth.py', hash)).toEqual([]);
  });

  it('drops a secret typed as the alphabet or a letter row between digits, not a random one', () => {
    const env = (value: string): string => `ENCRYPTION_SECRET=${value}\n`;
    expect(blockingIds('deploy/app.env', env('aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV'))).toEqual([]);
    expect(blockingIds('deploy/app.env', env('pQ4wE7rT2yU9iO1aS6dF3gH8jK5lZ0xC'))).toEqual([]);
    expect(blockingIds('deploy/app.env', env('Kd83hsPq0aZ1mXc7Tb2nLwWq9rTz4y'))).toEqual(['generic-secret-assignment']);
  });

  it('blocks a GitHub OAuth secret under a Githubpass name', () => {
    expect(blockingIds('pages/api/auth/[...nextauth].js', '// const Githubpass = "a81c4e07f2d95b3c6e10a7f48d2b95c3e7f01a6d";\n')).toEqual(['github-client-secret']);
  });
});

describe('sample 525: Kubernetes operators and GitOps', () => {
  it("reads a Helm chart's templates/ as deployed manifests, not as examples", () => {
    const secret = '          value: |\n            {\n              "POSTGRES_PASSWORD": "cQ8mLx2vTz",\n            }\n';
    expect(blockingIds('helm-charts/secret-store/templates/secretstore.yaml', secret)).toEqual(['generic-secret-assignment']);
    expect(blockingIds('templates/secretstore.yaml', secret)).toEqual([]);
  });

  it('blocks an Azure DevOps PAT as the password of an Argo CD repository for dev.azure.com only', () => {
    const repo = (url: string): string => `stringData:\n  url: ${url}\n  username: deploy\n  password: q7k3mzt5vwxr2pnhdl6ycgj4sbfae7tq5kmzw3rxn6vdlp2hyc4j\n`;
    expect(blockingIds('argocd/repo-azure.yaml', repo('https://shop@dev.azure.com/shop/web/_git/gitops'))).toEqual(['azure-devops-pat-legacy']);
    expect(blockingIds('argocd/repo.yaml', repo('https://github.com/shop/gitops'))).toEqual(['generic-secret-assignment']);
  });

  it('reads htpasswd -c as taking a file, so a cut-short comment holds no password', () => {
    expect(blockingIds('k8s/store.yaml', '  value: user:$apr1$mszGHRfu$fDCiA32o #Created from "htpasswd -cb htpasswd cluster-forge-\n')).toEqual([]);
    expect(blockingIds('setup.sh', 'htpasswd -n -b admin Kt5wharf9Lz\n')).toEqual(['htpasswd-batch-password']);
  });
});

describe('sample 526: browser-testing clouds', () => {
  it('blocks BrowserStack, Sauce Labs and TestingBot keys in hub URLs, even in tests', () => {
    expect(blockingIds('tests/test_checkout.py', "driver = webdriver.Remote(command_executor='http://shopqa1:Rk2VbN7cHdXw4PmLq9Tz@hub.browserstack.com:80/wd/hub')\n")).toEqual(['browserstack-access-key']);
    expect(blockingIds('src/test/java/GridTest.java', 'URL hub = new URL("https://oauth-shop:4c1e9a72-0b5d-4f38-a6e2-7d90c3b18f54@ondemand.us-west-1.saucelabs.com/wd/hub");\n')).toEqual(['saucelabs-access-key']);
    expect(blockingIds('tests/test_grid.py', "# command_executor='http://cf15ec84d8dbc74254770f58904dba41:eccbc3fc1626e53a13043b026c48bbf3@hub.testingbot.com/wd/hub',\n")).toEqual(['testingbot-secret']);
  });

  it('blocks a LambdaTest key as a getenv fallback and by its LT_ shape, and an Applitools key given to Eyes', () => {
    const java = 'String key = System.getenv("LT_ACCESS_KEY") == null ? "LT_Qw8Ex4PzMr6Nb9Lc2Tk7Vh3Jd5Fs1Ga0Yu8Ri4Eo6Wp2Tn7" : System.getenv("LT_ACCESS_KEY");\n';
    expect(blockingIds('src/test/java/SliderTest.java', java)).toEqual(['lambdatest-access-key']);
    const eyes = (value: string): string => `const { Eyes } = require('@applitools/eyes-playwright');\nawait eyes.setApiKey("${value}");\n`;
    expect(blockingIds('tests/visual.test.js', eyes('pX3dR8vN105kQ2mT7yB101cW9zL4hJ6sF103gA1eUqW7rT2mZk110'))).toEqual(['applitools-api-key']);
    expect(blockingIds('tests/visual.test.js', eyes('<replace_me>'))).toEqual([]);
  });
});
