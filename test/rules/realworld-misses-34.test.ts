import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses, false positives and double reports found in samples 190 to 197 (payments, transactional mail, notebooks,
// Spring Boot, Go services, maps APIs, infrastructure as code, browser extensions and desktop apps). Every value is
// invented.
const pack = loadDiskPack();

const { blockingIds } = bindToPack(pack);

describe('sample 192: notebooks and data-science scripts', () => {
  it('names a Weights & Biases key set through os.environ', () => {
    expect(blockingIds('train.py', 'os.environ["WANDB_API_KEY"] = "5d0e8a3f7c1b9e2d4a6f8c0b3e5d7a9f1c2b4e6d"\n')).toEqual(['wandb-api-key']);
  });
});

describe('sample 193: Spring Boot back ends', () => {
  it('blocks a guessable database password when the JDBC URL names a public address', () => {
    const yaml = (host: string): string =>
      `spring:\n  datasource:\n    url: jdbc:mysql://${host}:3306/shop\n    username: root\n    password: admin@123\n`;
    expect(blockingIds('src/main/resources/application-prod.yml', yaml('175.24.18.61'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('src/main/resources/application-prod.yml', yaml('10.0.3.12'))).toEqual([]);
    expect(blockingIds('src/main/resources/application-prod.yml', yaml('1.2.3.4'))).toEqual([]);
  });

  it('reads a password that ends like a domain as a value, not a dotted name', () => {
    const text = 'spring.datasource.url=jdbc:mysql://notes.cx1abc2def3g.us-east-1.rds.amazonaws.com:3306/notes\nspring.datasource.password=Kqvtmw48zp.com\n';
    expect(blockingIds('src/main/resources/application-prod.properties', text)).toEqual(['generic-secret-assignment']);
  });
});

describe('sample 194: Go web services', () => {
  it("reads the Go MySQL driver's DSN without its tcp protocol", () => {
    expect(blockingIds('model/setup.go', 'db, err := gorm.Open("mysql", "admin:Wq4mz81Tn@(shop.c9akcs1.eu-west-1.rds.amazonaws.com:3306)/shop?parseTime=True")\n')).toEqual(['mysql-go-dsn-password']);
  });

  it('takes a key spelled PassWord for a password key, and a mail app password for a password', () => {
    const ini = '[database]\nDbHost = db.shop-cn.com\nDbPassWord = zhangsan88\n';
    expect(blockingIds('config/config.ini', ini.replace('db.shop-cn.com', '47.96.21.130'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/config.ini', '[mail]\nMailPasswd = qwhxkzmtbnvplrsd\n')).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/config.ini', '[mail]\nMailPasswd = internationalize\n')).toEqual([]);
  });

  it('lowers a key its author marked insecure', () => {
    expect(blockingIds('Makefile', 'export JWT_SECRET_KEY=Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5=INSECURE\n')).toEqual([]);
    expect(blockingIds('Makefile', 'export JWT_SECRET_KEY=Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5\n')).toEqual(['generic-secret-assignment']);
  });

  it('names Qiniu secret keys', () => {
    const ini = '[qiniu]\nZone = 1\nAccessKey = 2vd_L0N-QWSd8St_4m2TcaLlDVzc31ap37-rijDu\nSecretKey = ALEDpw3s3rs8Yu7KYk8UB3lPCZ56QBGXru4gj14M\n';
    expect(blockingIds('config/config.ini', ini)).toEqual(['generic-secret-assignment', 'qiniu-secret-key']);
  });
});

describe('sample 196: infrastructure as code', () => {
  it('names Yandex OAuth tokens, and reads chpasswd written without indentation', () => {
    expect(blockingIds('secrets.auto.tfvars', 'yc_token = "y0_AgoE4tm5FCKZ9F6qs4GRngRErJfqYeslDDLZzovaqgvlZL2JYYjyN7M2Pq"\n')).toEqual(['yandex-oauth-token']);
    expect(blockingIds('scripts/cloud_init.sh', '#cloud-config\nchpasswd:\nlist: |\nroot: Kw9mT2vLq8Xz\nexpire: False\n')).toEqual(['cloud-init-chpasswd-password']);
  });
});

describe('sample 190: payment providers', () => {
  it('names Razorpay live secrets, Mollie, Xendit and Adyen keys, and reads the three-part Flutterwave key', () => {
    expect(blockingIds('functions/index.js', "const rzp = new Razorpay({ key_id: 'rzp_live_Qm7vT2xKp9LfR4', key_secret: 'Hq8vT3mWz7Lp4RwXc9NbY2kF' });\n")).toEqual(['razorpay-live-key-secret']);
    expect(blockingIds('routes/web.php', '$mollie->setApiKey("live_Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2V");\n')).toEqual(['mollie-live-api-key']);
    expect(blockingIds('docs/FIX.md', '```env\nFLW_SECRET_KEY=FLWSECK-4b9e2c7a1d5f8e3b6c0a9d7f2e4b1c8a-19a4c7e2b3fvt-X\n```\n')).toEqual(['flutterwave-secret-key']);
    const adyen = 'AQEyhmfxK4TaqXxK6u0RkY7XoCq2Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp9Zt3Wq5Vx5=-Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5Lm7Rc4Kp9Zo=-Hq8v3(mW;z7Lp}4Rw';
    expect(blockingIds('deploy.sh', `export ADYEN_API_KEY=${adyen}\n`)).toEqual(['adyen-api-key']);
  });

  it('reports test-mode Mollie and Xendit keys below the blocking level', () => {
    expect(blockingIds('includes/initialize.php', '$mollie->setApiKey("test_Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2V");\n')).toEqual([]);
    expect(blockingIds('create_invoice.php', "<?php\n$secret = 'xnd_development_Hq8vT3mWz7Lp4RwXc9NbY2kFq8Tn2Vx5Lm7Rc4Kp9Zt3Wq5Vx5';\n")).toEqual([]);
  });
});

describe('sample 191: transactional mail', () => {
  it("keeps a guessable password in Rails' smtp_settings beside a real Gmail address", () => {
    const rb = (user: string): string =>
      `ActionMailer::Base.smtp_settings = {\n  :address => 'smtp.gmail.com',\n  :user_name => "${user}@gmail.com",\n  :password => "ngokindhelp",\n}\n`;
    expect(blockingIds('config/environment.rb', rb('kindhelp.ngo1'))).toEqual(['generic-secret-assignment']);
    expect(blockingIds('config/environment.rb', rb('your_email'))).toEqual([]);
  });

  it('flags ActionMailer logging in without checking the certificate', () => {
    const rb = "ActionMailer::Base.smtp_settings = {\n  address: 'smtp.mailgun.org',\n  password: ENV['MAILGUN_SMTP_PASSWORD'],\n  openssl_verify_mode: 'none'\n}\n";
    expect(blockingIds('config/initializers/mail.rb', rb)).toEqual(['actionmailer-login-tls-unverified']);
  });
});

describe('sample 195: maps, geocoding and weather APIs', () => {
  it('blocks a key in the query string of the provider URL, also built over lines, not a variable', () => {
    expect(blockingIds('src/services/AddressService.js', 'const url = "https://api.tomtom.com/search/2/geocode/"\n  + address + ".json"\n  + "?key=Qm7vT2xKp9LfR4sNb8HdZ3cWq8Tn2Vx5";\n')).toEqual(['location-api-key-in-url']);
    expect(blockingIds('src/js/weather.js', 'fetch(`https://api.weatherapi.com/v1/current.json?key=${API_KEY}&q=${city}`)\n')).toEqual([]);
  });

  it("reads PHP's getenv() ?: fallback and OpenWeatherMap's camel-case appId", () => {
    expect(blockingIds('api/geocode.php', "$tomtomKey = getenv('TOMTOM_API_KEY') ?: 'Kq7vT2xWm9LpR4sNb8HdZ3cWq8Tn2Vx5';\n")).toEqual(['env-fallback-secret']);
    const js = "const appId = '7c1e9a3f5b2d8e4a6c0f9b7d3e1a5c8f';\nconst url = `https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${appId}`;\n";
    expect(blockingIds('js/app.js', js)).toEqual(['openweathermap-api-key']);
  });
});

describe('sample 197: browser extensions and desktop apps', () => {
  const key = `dW50cnVzdGVkIGNvbW1lbnQ6IHJzaWduIGVuY3J5cHRlZCBzZWNyZXQga2V5ClJXUlRZMEl5${'Qm7vT2xKp9LfR4sNb8HdZ3cW'.repeat(11)}Cg==`;

  it('names a Tauri updater key wherever it is pasted, unless it is named a dummy', () => {
    expect(blockingIds('release.bat', `set TAURI_SIGNING_PRIVATE_KEY=${key}\n`)).toEqual(['tauri-updater-signing-key']);
    expect(blockingIds('docs/RELEASE.md', `Private key:\n\n\`\`\`\n${key}\n\`\`\`\n`)).toEqual(['tauri-updater-signing-key']);
    expect(blockingIds('Makefile', `# Dummy updater signing key for local builds\nDUMMY_SIGNING_KEY := ${key}\n`)).toEqual([]);
  });

  it("flags Electron's ignore-certificate-errors switch", () => {
    expect(blockingIds('main.js', "app.commandLine.appendSwitch('ignore-certificate-errors');\n")).toEqual(['electron-ignore-certificate-errors-switch']);
  });
});

describe('samples 190, 191 and 193: sandbox logins and Actuator endpoints', () => {
  it('lowers a generic secret beside a sandbox mode, and a Mailtrap login in a nested auth object', () => {
    const paypal = (mode: string): string => `paypal.configure({\n  mode: "${mode}",\n  client_secret: "EL1tVxAjhT7cJimnz5-Nsx9k2reTKSVfErNQF-CmrwJgxRtylkGTKlU4RvrX"\n});\n`;
    expect(blockingIds('config/paypal.js', paypal('sandbox'))).toEqual([]);
    expect(blockingIds('config/paypal.js', paypal('live'))).toEqual(['generic-secret-assignment']);
    const mail = (host: string): string => `nodemailer.createTransport({\n  host: "${host}",\n  port: 2525,\n  auth: {\n    user: "3f9a8c2d1e7b6a",\n    pass: "ab1f9c3e7d2b5a"\n  }\n});\n`;
    expect(blockingIds('controllers/contact.js', mail('sandbox.smtp.mailtrap.io'))).toEqual([]);
    expect(blockingIds('controllers/contact.js', mail('smtp.shop-mail.net'))).toEqual(['generic-secret-assignment']);
  });

  it('blocks an Actuator shutdown endpoint exposed on the web, and reports every endpoint exposed below that', () => {
    const yml = (enabled: string): string => `management:\n  endpoints:\n    web:\n      exposure:\n        include: "*"\n  endpoint:\n    shutdown:\n      enabled: ${enabled}\n`;
    expect(blockingIds('src/main/resources/application-prod.yml', yml('true'))).toEqual(['spring-actuator-shutdown-exposed']);
    expect(blockingIds('src/main/resources/application-prod.yml', yml('false'))).toEqual([]);
  });
});
