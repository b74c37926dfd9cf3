import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Shapes missed in the second real-world sample of config files (typed and lower-case Flask/pydantic keys, a
// Procfile release password, a Django mail password, signing phrases in JS config modules). Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('framework-signing-key-literal', () => {
  it('blocks a pydantic setting with a prefix and a type', () => {
    const text = 'class Settings(BaseSettings):\n    app_secret_key: str = "4b9e02d7c1a6f83e5d0c9b47a2e18f6d3c5b0a97e4d2f81c6b3a0e95d7c24f1a"\n';
    expect(blockingIds('src/shared/config.py', text)).toEqual(['framework-signing-key-literal']);
  });

  it('blocks a short typed Flask key with punctuation and a keyboard-mash key', () => {
    expect(blockingIds('app.py', "app = Flask(__name__)\napp.secret_key = '#rtq9.Wvmz!e'\n")).toEqual(['framework-signing-key-literal']);
    expect(blockingIds('shop/__init__.py', "app.secret_key = 'pqlzmvhkrtwnxqpl'\n")).toEqual(['framework-signing-key-literal']);
  });

  it('leaves word phrases, env-var names and published tutorial values to other rules', () => {
    for (const value of ['thisismysecretkey', 'hello_world_app_key', 'FLASK_SECRET_KEY', 'you-will-never-guess']) {
      expect(scan('app.py', `app.secret_key = '${value}'\n`).map((f) => f.ruleId)).not.toContain('framework-signing-key-literal');
    }
  });

  it('only reports a key in a test file', () => {
    expect(scan('tests/test_app.py', "app.secret_key = '#rtq9.Wvmz!e'\n")).toEqual([{ ruleId: 'framework-signing-key-literal', blocking: false }]);
  });
});

describe('procfile-password-literal', () => {
  const release = (value: string): string => `web: gunicorn core.wsgi\nrelease: |\n  export DJANGO_SUPERUSER_PASSWORD=${value}\n  python manage.py createsuperuser --noinput\n`;

  it('blocks a human password in the release phase, quoted or not', () => {
    expect(blockingIds('Procfile', release("'GardenPassword2027'"))).toEqual(['procfile-password-literal']);
    expect(blockingIds('Procfile', release('Lantern-Fig-5'))).toEqual(['procfile-password-literal']);
  });

  it('stays silent on a variable or a placeholder', () => {
    expect(scan('Procfile', release('$ADMIN_PASSWORD'))).toEqual([]);
    expect(scan('Procfile', release('"<password>"'))).toEqual([]);
  });
});

describe('django-email-password-literal', () => {
  it('blocks a mail password in production settings, also commented out', () => {
    const text = "DEBUG = False\n# EMAIL_HOST_USER = 'desk@clinic.test'\n# EMAIL_HOST_PASSWORD = '456@Zxcvbnzxcvbn@456'\n";
    expect(blockingIds('clinic/settings.py', text)).toEqual(['django-email-password-literal']);
  });

  it('reads the environment without a finding', () => {
    expect(scan('clinic/settings.py', "EMAIL_HOST_PASSWORD = os.environ['EMAIL_HOST_PASSWORD']\n")).toEqual([]);
  });
});

describe('js-config-signing-secret', () => {
  it('blocks a signing phrase or word in a config module', () => {
    expect(blockingIds('config/config.mjs', "const config = {\n  port: 3000,\n  JWT_SECRET:'a quiet river of tokens'\n};\n")).toEqual(['js-config-signing-secret']);
    expect(blockingIds('config/config.js', "module.exports = {\n  ENV: 'pro',\n  security: {\n    secretKey: 'greenmantis',\n  },\n};\n")).toEqual(['js-config-signing-secret']);
  });

  it('stays silent on labels, translations, components and env reads', () => {
    expect(scan('config/form.js', "export const labels = { secretKey: 'Secret key', jwtSecret: 'JWT Secret' };\n")).toEqual([]);
    expect(scan('src/i18n/config.js', "export default { secretKey: 'chiave segreta' };\n")).toEqual([]);
    expect(scan('src/components/KeyForm.vue', "data() { return { secretKey: 'greenmantis' } }\n").map((f) => f.ruleId)).not.toContain('js-config-signing-secret');
    expect(scan('config/config.js', 'module.exports = { jwtSecret: process.env.JWT_SECRET };\n')).toEqual([]);
  });
});
