import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives from samples 49 (Rails and Laravel apps) and 50 (mobile and frontend configuration).
// Every value is invented.
const pack = loadDiskPack();

const { scan, blockingIds } = bindToPack(pack);

describe('misses: Rails and Laravel settings without a secret-named key', () => {
  it("finds OmniAuth's positional client secret, also wrapped to the next line, not ENV lookups or labels", () => {
    expect(blockingIds('config/initializers/devise.rb', "  config.omniauth :github, 'Iv1.8a61f9b3a7aba766', 'f3c9a27b41d85e6f0c2a9b7d13e48f56a0b2c9d4'\n")).toEqual(['omniauth-provider-secret']);
    expect(blockingIds('config/initializers/omniauth.rb', "  provider :facebook, '512345678901234',\n    'aa1c5ac1222dd209a918001b1bdc59d5'\n")).toEqual(['omniauth-provider-secret']);
    expect(scan('config/initializers/devise.rb', "  config.omniauth :github, ENV['GITHUB_KEY'], ENV['GITHUB_SECRET']\n  config.omniauth :facebook, 'APP_ID', 'APP_SECRET'\n")).toEqual([]);
  });

  it('finds Capistrano password and token settings, commented out too', () => {
    const deploy = "server '203.0.113.7', user: 'root'\n# set :password, \"9bd2Lq7k\"\nset :password, \"pr0dVx!u$\"\nset :password, ENV['DEPLOY_PASSWORD']\n";
    expect(blockingIds('config/deploy.rb', deploy)).toEqual(['capistrano-secret-setting', 'capistrano-secret-setting']);
  });

  it("finds a Mailgun key under Laravel's services.php 'secret'", () => {
    const services = "    'mailgun' => [\n        'domain' => 'mg.shop.io',\n        'secret' => '5e1c9a7b3d2f4e6a8c0b1d3f5a7c9e2b-3f8a1c5d-9b2e4d6f',\n    ],\n";
    expect(blockingIds('config/services.php', services)).toEqual(['mailgun-private-api-key']);
  });
});

describe('misses: Android signing passwords', () => {
  it('finds the upload keystore passwords in build.gradle, gradle.properties and key.properties', () => {
    const gradle = "    release {\n        storeFile file('upload.jks')\n        storePassword 'Lq7kE2mV9xTz'\n        keyAlias 'upload'\n    }\n";
    expect(blockingIds('android/app/build.gradle', gradle)).toEqual(['android-signing-password']);
    expect(blockingIds('android/gradle.properties', 'MYAPP_UPLOAD_STORE_PASSWORD=Rt8vW2qLm5Zx\n')).toEqual(['android-signing-password']);
    expect(blockingIds('android/key.properties', 'storePassword=Rt8vW2qLm5Zx\nkeyAlias=upload\n')).toEqual(['android-signing-password']);
  });

  it("leaves the debug keystore's android, lookups and placeholders alone, and lowers docs", () => {
    const safe = "        storePassword 'android'\n        keyPassword keystoreProperties['keyPassword']\n        storePassword System.getenv(\"STORE_PASSWORD\")\n";
    expect(scan('android/app/build.gradle', safe)).toEqual([]);
    expect(scan('android/gradle.properties', 'MYAPP_UPLOAD_STORE_PASSWORD=*****\nMYAPP_UPLOAD_KEY_PASSWORD=YOUR_KEY_PASSWORD\n')).toEqual([]);
    expect(scan('docs/RELEASE.md', 'storePassword=Rt8vW2qLm5Zx\n')).toEqual([{ ruleId: 'android-signing-password', blocking: false }]);
  });
});

describe('false positives: the Firebase iOS key in Swift', () => {
  it('reads a Firebase iOS config in Swift (typed or not) as the public key it is, not a lone Google key', () => {
    const tuist = 'public enum GoogleServiceInfo {\n    public static let apiKey: String = "AIzaSyB7vLm2xRk9wHp4dNc8Fj6Gs1KeZ0YuQ8m"\n    public static let gcmSenderId: String = "885586487183"\n}\n';
    expect(scan('Derived/Sources/TuistPlists+App.swift', tuist)).toEqual([{ ruleId: 'google-api-key', blocking: false }]);
    expect(blockingIds('Sources/Geo.swift', 'static let apiKey: String = "AIzaSyB7vLm2xRk9wHp4dNc8Fj6Gs1KeZ0YuQ8m"\n')).toEqual(['google-api-key']);
  });
});

// Samples 51 (Go, Rust and Spring backends) and 52 (automation scripts).
describe('misses: Rust JWT keys, PowerShell and Selenium passwords', () => {
  it("finds jsonwebtoken's from_secret literal, lowered in tests and in a mod tests block", () => {
    expect(blockingIds('src/handlers/login.rs', '    let key = EncodingKey::from_secret(b"Zq81-mVt3-LpR9");\n')).toEqual(['jwt-hardcoded-secret-rust']);
    expect(blockingIds('tests/auth.rs', '    let key = EncodingKey::from_secret(b"secret");\n')).toEqual([]);
    const inFileTests = 'pub fn sign() {}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn roundtrip() {\n        let k = EncodingKey::from_secret(b"test-secret");\n    }\n}\n';
    expect(blockingIds('src/auth/token.rs', inFileTests)).toEqual([]);
    expect(scan('src/auth.rs', '    let key = EncodingKey::from_secret(secret.as_bytes());\n')).toEqual([]);
  });

  it('finds a plain-text password given to ConvertTo-SecureString, not a variable', () => {
    expect(blockingIds('deploy/winrm.ps1', '$pw = ConvertTo-SecureString "Vq3m-Torch-81" -AsPlainText -Force\n')).toEqual(['powershell-securestring-literal']);
    expect(scan('deploy/winrm.ps1', '$pw = ConvertTo-SecureString $env:ADMIN_PASSWORD -AsPlainText -Force\n')).toEqual([]);
  });

  it('finds a password typed into a login form by Selenium, not a user name', () => {
    expect(blockingIds('bot/login.py', 'driver.find_element(By.ID, "password").send_keys("Vq3m-Torch-81")\n')).toEqual(['selenium-password-send-keys']);
    expect(scan('bot/login.py', 'driver.find_element(By.ID, "username").send_keys("maria.lopez")\n')).toEqual([]);
  });
});
