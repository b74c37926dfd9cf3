import { describe, expect, it } from 'vitest';
import { bindToPack } from '../helpers/blocking-rules.js';
import { deriveHex } from '../helpers/derived-values.js';
import { loadDiskPack } from '../helpers/disk-pack.js';

// Misses and false positives found in samples 133 to 136 (smart-contract projects, spreadsheet and office
// automations, VPN and network configuration, native mobile apps). Every value is invented.
const pack = loadDiskPack();

const { blockingIds, scan } = bindToPack(pack);
const hex64 = '6fa93c1e8b2d4f7a9c5e1b3d7f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a';

describe('sample 133: smart-contract projects', () => {
  it('blocks recovery phrases, Hardhat account keys and endpoint tokens, not the public development mnemonic', () => {
    const phrase = 'ladder orbit fossil canvas timber rescue pilot gravel hockey nation useful vendor';
    expect(blockingIds('truffle-config.js', `var mnemonic = "${phrase}";\n`)).toEqual(['wallet-mnemonic']);
    expect(blockingIds('deploy.js', `const provider = new HDWalletProvider(\n  '${phrase}',\n  rpcUrl\n);\n`)).toEqual(['wallet-mnemonic']);
    expect(blockingIds('hardhat.config.js', 'accounts: { mnemonic: "test test test test test test test test test test test junk" },\n')).toEqual([]);
    expect(blockingIds('hardhat.config.js', `sepolia: {\n  url: RPC,\n  accounts: ["${hex64}"],\n},\n`)).toEqual(['ethereum-private-key-literal']);
    expect(blockingIds('src/rpc.ts', "const RPC = 'https://rpc.ankr.com/fantom/" + hex64 + "';\n")).toEqual(['rpc-endpoint-token']);
  });

  it('does not take contract addresses or a chunk typed twice for secrets', () => {
    expect(blockingIds('scripts/add_token.py', 'TOKEN_FARM_ADDRESS = "0x3254d3Cb7b9a1e4F6c8D2b0A5e7C9f1B3d5E7a9C"\n')).toEqual([]);
    expect(blockingIds('docs/verify.md', 'ETHERSCAN_API_KEY=ABCDE12345ABCDE12345ABCDE123456789\n')).toEqual([]);
  });
});

describe('sample 134: spreadsheet and office automations', () => {
  it("does not block clasp's published client secret or Excel's sheet protection", () => {
    const clasprc = '{"token":{},"oauth2ClientSettings":{"clientId":"1072944905499-vm2v2i5dvn0a0d2o4ca36i1vge8cvbn0.apps.googleusercontent.com","clientSecret":"v6V3fKV_zWU7iw1DrpO1rknX"}}\n';
    expect(blockingIds('.clasprc.json', clasprc)).toEqual([]);
    expect(blockingIds('Module1.bas', '    With ws\n        .Unprotect Password:="qmzeK7xw"\n    End With\n')).toEqual([]);
    expect(blockingIds('Module1.bas', '    Set wb = Workbooks.Open(Filename:=path, Password:="qmzeK7xw")\n')).toEqual(['generic-secret-assignment']);
  });

  it('blocks an Airtable key in an API URL and an Airtable PAT read under a public prefix', () => {
    expect(blockingIds('src/Page.jsx', "fetch('https://api.airtable.com/v0/appD5wusZEIfj2zMv/Table%201?api_key=keyQm4vT8zKx2Lp7W')\n")).toEqual(['airtable-api-key']);
    expect(blockingIds('src/lib/airtable.ts', 'const pat = import.meta.env.VITE_AIRTABLE_PAT;\n')).toEqual(['client-exposed-secret-env-read']);
  });
});

describe('sample 135: VPN and network configuration', () => {
  it('blocks OpenVPN static keys, WireGuard keys in container env and Wi-Fi passphrases', () => {
    const lines = Array.from({ length: 16 }, (_, i) => deriveHex(`openvpn-${i}`, 32)).join('\n');
    expect(blockingIds('client.ovpn', `<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n${lines}\n-----END OpenVPN Static key V1-----\n</tls-auth>\n`)).toEqual(['openvpn-static-key']);
    expect(blockingIds('media/docker-compose.yml', '    environment:\n      #- WIREGUARD_PRIVATE_KEY="kH9zq2WmT4xVb7Lp0RcN8yJd3Fs6Ga1Qe5Uo2Iw9PtY="\n')).toEqual(['wireguard-private-key']);
    expect(blockingIds('files/etc/uci-defaults/99-custom.sh', "uci set wireless.@wifi-iface[0].key='k7Vq2mXz9Lp4'\n")).toEqual(['wifi-passphrase']);
    expect(blockingIds('files/etc/uci-defaults/99-custom.sh', 'uci set wireless.@wifi-iface[0].key="$WIFI_KEY"\n')).toEqual([]);
  });
});

describe('sample 136: native mobile apps', () => {
  it('lowers keys that ship in the app by design: Maps SDK keys and Gigya site keys', () => {
    expect(blockingIds('ios/Runner/AppDelegate.swift', 'GMSServices.provideAPIKey("AIzaSyK8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsAe0u")\n')).toEqual([]);
    expect(blockingIds('ios/Runner/AppDelegate.m', '[GMSServices provideAPIKey:@"AIzaSyK8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsAe0u"];\n')).toEqual([]);
    const gigya = `static let apiKey = "3_${'Kq8vTz2mXk4Lp9WnRb7Yc5Hd1Jf6GsA'.repeat(2)}"\n`;
    expect(scan('Sources/Auth.swift', gigya)).toEqual([{ ruleId: 'generic-secret-assignment', blocking: false }]);
  });

  it('blocks trust-all TrustManagers and a wrapped Dart certificate callback', () => {
    const unsafe = 'new X509TrustManager() {\n    @Override\n    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n    }\n';
    expect(blockingIds('app/src/main/java/com/shop/net/UnsafeOkHttpClient.java', unsafe)).toEqual(['java-trust-all-certificates']);
    const dart = '    client.badCertificateCallback = ((X509Certificate cert, String host, int port) => true);\n';
    expect(blockingIds('lib/pages/phone_page.dart', dart)).toEqual(['dart-bad-certificate-callback']);
  });
});
