import { describe, expect, it } from 'vitest';
import { looksRandom, shannonEntropy } from '../../src/detect/entropy.js';
import { hasFillerRun, isCodeOrText, isIdentifierLike, isGenericExemptPath } from '../../src/detect/generic-filters.js';
import { isSequential } from '../../src/detect/typed-runs.js';
import { isBareIdentifier } from '../../src/detect/indirection.js';
import { isIndirection } from '../../src/detect/indirection.js';
import { isPlaceholder } from '../../src/detect/placeholder.js';
import { isTemplate } from '../../src/detect/template.js';

describe('value filters', () => {
  it('recognises placeholders but not random values that contain a filler word by chance', () => {
    for (const v of ['<your-api-key>', 'your-generated-key-here', 'xxxxxxxx', 'changeme', 'AKIAIOSFODNN7EXAMPLE', '********', 'password', 'REPLACE_WITH_DB_PASSWORD', 'UkVQTEFDRV9XSVRIX0RCX1BBU1NXT1JE', 'SECURE_PASSWORD', 'tu_password', 'votre-cle-secret', 'app-secret-change-this-before-production', 'yourapikey', 'YourStrongPassword123!', 'user:blahblah', '_WP_DB_PASSWORD_', '_WP_PASS', 'CHANGE_IT', 'override-me', 'set_me_in_production', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'SENHA', 'contraseña', 'prod-jwt-refresh-secret-32-chars-min', 'prod_pass']) {
      expect(isPlaceholder(v), v).toBe(true);
    }
    for (const v of ['Qm7vT2xKp9LfakeR4sNb8HdZ3cFw6Yj1Ue5Ai0Og', 'hX4k9QmP2v', 's3cr3t-Pg-pw-71', 'subscription_key', 'tutorial_token', 'Kx8_SECRET']) expect(isPlaceholder(v), v).toBe(false);
  });

  it('takes JWTs with the claims only docs write for placeholders, not tokens with claims of their own', () => {
    // Assembled at runtime: no token-shaped literal sits in the repository.
    const jwt = (claims: object): string => ['{"alg":"HS256","typ":"JWT"}', JSON.stringify(claims)].map((part) => Buffer.from(part).toString('base64url')).join('.') + '.q7WmR2xTv9LpK4sNb8HdZ3cFw6Yj1Ue5Rk2Tm8Vx4Pz';
    for (const claims of [{ sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, { key: 'value' }, { some: 'payload' }, { a: 1, b: 2 }]) {
      expect(isPlaceholder(jwt(claims)), JSON.stringify(claims)).toBe(true);
    }
    for (const claims of [{ sub: 'u_8Kq2vXr', role: 'service_role', iat: 1763800000 }, { user_id: 4187 }, { iss: 'https://auth.shop.io', sub: '1234567890' }]) {
      expect(isPlaceholder(jwt(claims)), JSON.stringify(claims)).toBe(false);
    }
    // An HS256 signature shorter than 43 characters was typed, not computed.
    expect(isPlaceholder(jwt({ user_id: 4187 }).slice(0, -11))).toBe(true);
  });

  it('recognises templates and indirections', () => {
    for (const v of ['${DB_PASSWORD}', '{{ .Values.token }}', '%(password)s', '$TOKEN', '%TOKEN%', '__API_KEY__', '{os.getenv("AZURE_SQL_PASSWORD")}', "{config['db_pw']}", '{}', '{0}']) expect(isTemplate(v), v).toBe(true);
    expect(isTemplate('p4$$w0rd-Zk9')).toBe(false);
    for (const v of ['os.getenv("KEY")', 'os.environ["KEY"]', 'process.env.STRIPE_KEY', 'settings.SECRET_KEY', 'get_secret("x")', "config['token']"]) {
      expect(isIndirection(v), v).toBe(true);
    }
    expect(isIndirection('9fK2mQ7xR4tL8vN3')).toBe(false);
  });

  it('treats hex digests as hashes only under hash-like keys, and UUIDs always', () => {
    const sha = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    expect(isIdentifierLike(sha, 'commit_sha')).toBe(true);
    expect(isIdentifierLike(sha, 'api_token')).toBe(false);
    expect(isIdentifierLike('123e4567-e89b-42d3-a456-426614174000', 'token')).toBe(true);
  });

  it('treats names, code, paths, ARNs and timestamps as non-secrets, but not random values', () => {
    for (const v of ['PKCS7PrivateKeyTypes', 'OAuth2Token', 'standard_b64encode', 'b64decode', 'k8s-aws-v1.', 'previousToken2']) expect(isBareIdentifier(v), v).toBe(true);
    for (const v of ['#ansired', '=Token.EOF:', 'Token=None', 'Describe*', 'ResourceTag/tag-key', 'arn:aws:iam::aws:policy/X', 'us-west-2:123456789012:secret:db', '2016-09-08T21:47:36Z', 'self.tokens+1', 'a?x=1&b=2']) {
      expect(isCodeOrText(v), v).toBe(true);
    }
    for (const v of ['ZVPYY7Lrq7pNHoC3', 'kHr8Cili8pjm0HCUdMte', 'Qm7vT2xKp9LfR4sNb8HdZ3cF']) {
      expect(isBareIdentifier(v) || isCodeOrText(v), v).toBe(false);
    }
  });

  it('treats long letters-only values that break into short runs as random, and constants, Perl variables and versions as code', () => {
    for (const v of ['qZmTwRbKxNvLpHcJ', 'QmZtRkWqLpVnXb']) expect(isBareIdentifier(v), v).toBe(false);
    for (const v of ['XMLHttpRequest', 'getUserPasswordFromStore', 'abcdefghijklmnop', 'SOCKS5_NO_ACCEPTABLE_AUTH']) expect(isBareIdentifier(v), v).toBe(true);
    for (const v of ['$auth_param-', '$CPAN::Config-', '$password']) expect(isIndirection(v), v).toBe(true);
    for (const v of ['1.302103', 'v2.10.4', '/^Unexpected', 'username:', 'T1552.001', '--docker-config', 'client.OAuth2Credentials.', 'DB_TOKEN:latest']) {
      expect(isCodeOrText(v), v).toBe(true);
    }
    expect(isCodeOrText('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.')).toBe(false);
    for (const v of ['projects/42/secrets/db-pass/versions/3', 'bold+italic']) expect(isCodeOrText(v), v).toBe(true);
    expect(isCodeOrText('wJ4xTq9/Rk2LpV7nH3/cZ8')).toBe(false);
    expect(isCodeOrText('X-ChatWorkWebhookSignature')).toBe(true);
    expect(isCodeOrText('X-Hub-Signature-256')).toBe(true);
    expect(isCodeOrText('X-Kq7vTx2Lp9m')).toBe(false);
    expect(isCodeOrText('nullable|string|max:255')).toBe(true);
    expect(isTemplate('InvalidToken:%s:%s')).toBe(true);
    for (const v of ['_convert_oauth2_credentials', 'x-goog-iam-authorization-token', 'akia_live_99f3810a9c84918239019']) expect(isBareIdentifier(v), v).toBe(true);
    // A snake-case prefix before a generated body is a prefixed key, not a name.
    expect(isBareIdentifier('e2b_7c1d9e4a2f8b6c3e0d5a9f1b7e2c8d4a6f0b3e9c')).toBe(false);
    expect(isTemplate('anonymous:$FROM_EMAIL')).toBe(true);
    expect(isTemplate('hush$money')).toBe(false);
    expect(isTemplate('\\(Secrets.CLIENT_SECRET)')).toBe(true);
    for (const v of ['tok_c2lnbk..', 'sk_live_or_sk_test_xxx', '123e4567-e89b-12d3-a456-426614174000']) expect(isPlaceholder(v), v).toBe(true);
  });

  it('detects sequential and repeated filler', () => {
    for (const v of ['abcdefgh', '12345678', 'aaaaaaaaaa', 'abcabcabc', 'qwertyuiop']) expect(isSequential(v), v).toBe(true);
    expect(isSequential('k9Qm2xT7')).toBe(false);
    expect(hasFillerRun('django-insecure-!@#$%^&*()abcdefghijklmnopqrstuvwxyz0123456789')).toBe(true);
    expect(hasFillerRun('my-key-0123456789-x')).toBe(true);
    expect(hasFillerRun('k9Qm2xT7abcdefghiR4sNb8')).toBe(false);
    // Digit-and-letter pairs counting, the digits up or down: a key typed for a deploy guide.
    expect(hasFillerRun('3f4a8b2c1d9e7f6a5b4c3d2e1f0a9b8c')).toBe(true);
    expect(hasFillerRun('a1b2c3d4e5f60718')).toBe(true);
    expect(hasFillerRun('8c41f07e2b9d35a6c1e04f7d93b2a5e8')).toBe(false);
  });

  it('exempts lock files and minified bundles from generic rules', () => {
    expect(isGenericExemptPath('web/package-lock.json')).toBe(true);
    expect(isGenericExemptPath('static/app.min.js')).toBe(true);
    expect(isGenericExemptPath('site/_app/immutable/nodes/3.js')).toBe(true);
    expect(isGenericExemptPath('src/app/pages/index.js')).toBe(false);
    expect(isGenericExemptPath('web/server.js')).toBe(false);
  });

  it('measures entropy per charset so long hex passes and words do not', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(looksRandom('49437ab2c4e1f07d93a85b6e2f1c0d47a9e83b5f61d2c7e04b8a96f3d5c1e27b')).toBe(true);
    expect(looksRandom('passwordpassword')).toBe(false);
    expect(looksRandom('short')).toBe(false);
  });
});
