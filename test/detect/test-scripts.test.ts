import { describe, expect, it } from 'vitest';
import { isLiveScript, isNamedLikeTest } from '../../src/detect/test-scripts.js';

describe('isNamedLikeTest', () => {
  it('takes file names only a test runner would call tests, outside test directories', () => {
    expect(isNamedLikeTest('test-clover.js')).toBe(true);
    expect(isNamedLikeTest('scripts/test-chatwork.ts')).toBe(true);
    expect(isNamedLikeTest('print_test.py')).toBe(true);
    expect(isNamedLikeTest('test.py')).toBe(true);
  });

  it("leaves out test directories and the tests' data, settings and doubles", () => {
    expect(isNamedLikeTest('tests/test-clover.js')).toBe(false);
    expect(isNamedLikeTest('spec/test_api.py')).toBe(false);
    expect(isNamedLikeTest('test_data.py')).toBe(false);
    expect(isNamedLikeTest('test_settings.py')).toBe(false);
    expect(isNamedLikeTest('test-helpers.js')).toBe(false);
    expect(isNamedLikeTest('app.py')).toBe(false);
  });
});

describe('isLiveScript', () => {
  it('reads a script that calls a service on the internet and asserts nothing', () => {
    expect(isLiveScript("const r = await fetch('https://api.clover.com/oauth/token', { method: 'POST' });\nconsole.log(await r.json());\n")).toBe(true);
    expect(isLiveScript('import requests\nr = requests.get("https://octopi.shop.io/api/version")\nprint(r.json())\n')).toBe(true);
    expect(isLiveScript('import stripe\nstripe.api_key = KEY\ninvoice = stripe.Invoice.create(customer=cus)\n')).toBe(true);
    expect(isLiveScript('from mistralai import Mistral\nclient = Mistral(api_key=api_key)\nprint(client.chat.complete(model=m))\n')).toBe(true);
    expect(isLiveScript('import smtplib\nserver = smtplib.SMTP("smtp.gmail.com", 587)\nserver.login(USER, PW)\n')).toBe(true);
    expect(isLiveScript('import smtplib\nserver = smtplib.SMTP("localhost", 1025)\n')).toBe(false);
  });

  it('does not read a test (a runner, an assertion, a test function) nor a script that calls only this machine', () => {
    expect(isLiveScript("import { test, expect } from 'vitest';\ntest('calls', async () => { await fetch('https://api.clover.com/v3'); });\n")).toBe(false);
    expect(isLiveScript('import requests\ndef test_version():\n    assert requests.get("https://octopi.shop.io/api/version").ok\n')).toBe(false);
    expect(isLiveScript('r = requests.get("http://localhost:5000/api/version")\nprint(r.json())\n')).toBe(false);
    expect(isLiveScript('r = requests.get("http://127.0.0.1:5000/api/version")\nprint(r.json())\n')).toBe(false);
    expect(isLiveScript('r = requests.get("http://0.0.0.0:8000/health")\nprint(r.json())\n')).toBe(false);
  });

  it('reads a script that calls a device by its address as live', () => {
    expect(isLiveScript("r = requests.get('http://198.51.100.107/cgi-bin/snapshot.cgi', auth=auth)\nopen('a.jpg', 'wb').write(r.content)\n")).toBe(true);
  });
});
