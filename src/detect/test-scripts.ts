import { TEST_DIR } from './classify-context.js';

// A file named like a test (`test-clover.js`, `print_test.py`, `scripts/test-chatwork.ts`) that no test runner would
// run: a one-off script that calls a live service with the developer's own key. Its name says test; its text does not.

// Names that only a test runner's conventions make tests, outside any test directory. Not test data, settings or
// doubles (`test_data.py`, `test_settings.py`, `mock_api.js`), whose values are the tests' own.
const TEST_NAME = /(?:^|\/)(?:test[-_][^/]+\.(?:py|[cm]?[jt]sx?|rb|php|sh)|[^/]+[._-]test\.(?:py|[cm]?[jt]sx?|rb|php)|tests?\.(?:py|rb|js|ts))$/i;
const DATA_NAME = /(?:^|[/_.-])(?:data|datas|fixtures?|settings|config|configs|conf|env|helpers?|utils?|mocks?|fakes?|stubs?|dummy|samples?|constants?|setup)(?:[_.-][^/]*)?\.[a-z0-9]+$/i;

// What tests are written with: a runner's functions and imports, assertions, test attributes. One is enough.
const TEST_MARKERS = new RegExp(
  [
    String.raw`\b(?:describe|it|test|beforeEach|beforeAll|afterEach|afterAll|suite)\s*\(\s*["'\x60]`,
    String.raw`\bexpect\s*\(`,
    String.raw`\bassert(?:\.|_|\s*\(|\s+[\w(!])`,
    String.raw`\b(?:unittest|pytest|jest|vitest|mocha|chai|sinon|supertest|nock|ava|node:test|@playwright/test|cypress|testing|RSpec|Minitest|PHPUnit|TestCase|Test::More)\b`,
    String.raw`^[ \t]*(?:async[ \t]+)?def[ \t]+test_?\w*\s*\(`,
    String.raw`@Test\b|\[(?:Test|Fact|Theory|TestMethod)\]|#\[(?:test|cfg\(test\))\]|\bfunc[ \t]+Test\w*\(`,
  ].join('|'),
  'm',
);

// A literal URL to a host on the internet or a device on the network: the script talks to a real service (a
// database's too: `libsql://…turso.io`, `postgres://user:…@…neon.tech`; a camera's `http://198.1.2.107/cgi-bin/…`).
const LIVE_URL = /\b(?:https?|libsql|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|rediss?):\/\/(?:[^\s/@'"`]{1,200}@)?(?!(?:localhost|127\.[0-9.]{1,11}|0\.0\.0\.0|\[::1\]|[\w.-]*example\.(?:com|org|net))[:/])(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b|[0-9]{1,3}(?:\.[0-9]{1,3}){3}[:/])/i;

// Or a database client given a host on the internet as a setting (`pymysql.connect(host='gateway01…tidbcloud.com'`,
// `createPool({ host: "sql12.freesqldatabase.com"`).
const LIVE_HOST_SETTING = /\bhost(?:name)?["']?\s{0,4}[=:]\s{0,4}["'](?!localhost|127\.|0\.0\.0\.0|[\w.-]*example\.(?:com|org|net)["'])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}["']/i;

/** Whether a path names a test only by its file name, in no test directory, and not as the tests' data or settings. */
export function isNamedLikeTest(path: string): boolean {
  return TEST_NAME.test(path) && !TEST_DIR.test(path) && !DATA_NAME.test(path);
}

// Or a provider SDK's resource called the way its Python libraries are (`stripe.Invoice.create(`,
// `stripe.Invoice.finalize_invoice(`, `openai.ChatCompletion.create(`), or an SDK's client built with a key
// (`Mistral(api_key=api_key)`, `new OpenAI({ apiKey })`): the SDK knows the host.
const LIVE_SDK_CALL = /\b[a-z_]+\.[A-Z][A-Za-z]+\.(?:create|list|retrieve|modify|delete|finalize_invoice|pay|send)\(|\b[A-Z][A-Za-z]{2,30}\([ \t]{0,4}\{?[ \t]{0,4}api_?[Kk]ey\b/;

// Or a mail server on the internet logged in to by smtplib (`smtplib.SMTP("smtp.gmail.com", 587)`).
const LIVE_MAIL_SERVER = /\bsmtplib\.SMTP(?:_SSL)?\([ \t]{0,4}["'](?!localhost|127\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}["']/i;

/** Whether a text reads as a script calling a live service, written with no test runner, assertion or test function. */
export function isLiveScript(text: string): boolean {
  const live = LIVE_URL.test(text) || LIVE_HOST_SETTING.test(text) || LIVE_SDK_CALL.test(text) || LIVE_MAIL_SERVER.test(text);
  return live && !TEST_MARKERS.test(text);
}
