// An Asaas API key's body is base64 of `<hash>::<account id>::$aach_<key id>`; production and sandbox keys put a
// few characters before it (`$aact_prod_000…`, `$aact_hmlg_000…`). A guide's made-up key copies the prefix and a few
// characters of the body, then runs into text that decodes to no such triple.

const DECODED = /^[0-9a-z]{20,40}::[0-9a-z-]{6,40}::\$aach_[0-9a-z-]{4,40}$/;

/** Whether an Asaas key (without its `$`) decodes to the hash, account and key id an issued one holds. */
export function verifyAsaasKey(key: string): boolean {
  const body = key.replace(/^aact_(?:prod_|hmlg_)?/, '');
  for (let skip = 0; skip <= 5; skip += 1) {
    if (DECODED.test(Buffer.from(body.slice(skip), 'base64').toString('latin1'))) return true;
  }
  return false;
}
