import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Samples 1829 onwards. Every value is invented.
const pack = loadDiskPack();
const { blockingIds } = bindToPack(pack);

describe('samples 1829 onwards: delivery apps, school platforms, ops automation and CI systems', () => {
  it('blocks a DoorDash signing secret decoded in place and a Bearer token given to a % format', () => {
    const drive = 'token = jwt.encode(payload, jwt.utils.base64url_decode("5AkWDiUFucJ9G06OjVtKtvzjyi-YGWR7Vai-a-XmxrY"), headers={"dd-ver": "DD-JWT-V1"})\n';
    expect(blockingIds('backend/server.py', drive)).toEqual(['doordash-signing-secret']);
    const yelp = "headers = {'Authorization': 'Bearer %s' % 'igDAtSmRq5vvTgBTMycVXsHXTxSeKV3_Kgui76jRRukOjgfHE1_tszDfv5b1PrAX71JaLCy07lI1AY0WMYTxQQ'}\n";
    expect(blockingIds('yelp_doordash.py', yelp)).toEqual(['http-authorization-header']);
  });

  it("does not block Blackboard's application key (a UUID beside APP_SECRET) nor a guide's my-static-token-123", () => {
    const constants = '    public static final String APP_KEY = "3c1e9a52-7b64-4f08-9d2e-5a8f6c4b1e73";\n    public static final String APP_SECRET = System.getenv("BB_SECRET");\n';
    expect(blockingIds('src/main/java/grades/BlackboardConstants.java', constants)).toEqual([]);
    const script = 'curl -s -H "X-Rundeck-Auth-Token: my-static-token-123" http://rundeck:4440/api/41/projects\n';
    expect(blockingIds('scripts/init-rundeck.sh', script)).toEqual([]);
  });
});
