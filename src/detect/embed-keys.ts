import { isUuid } from './generic-filters.js';
import { readSettingName } from './sdk-public-keys.js';
import type { LiteralSite } from './weak-literal.js';

// Keys a service tells you to put in your pages: they identify the account to its browser script or form endpoint
// and grant nothing a visitor could not already do. The service's own API tokens are the secrets.

// The name the value is set under (`apiKey: '…'`, `BUGSNAG_API_KEY=…`), else the rule's key.
const readName = (site: LiteralSite): string => readSettingName(site.before ?? '') || site.key;

/**
 * Whether a key is a Bugsnag notifier key (32 hex digits) given to its SDK (`Bugsnag.start({ apiKey: '…' })`,
 * `BugsnagPerformance.start`, `BUGSNAG_API_KEY`): every browser and app build sends it with its error reports, and
 * Bugsnag documents it as safe to embed. Its personal auth tokens are the secret.
 */
export function isBugsnagNotifierKey(site: LiteralSite): boolean {
  if (!/^[a-f0-9]{32}$/i.test(site.value)) return false;
  const name = readName(site);
  if (/auth|token|secret/i.test(name)) return false;
  if (/bugsnag[_.-]?(?:notifier[_.-]?)?api[_.-]?key$/i.test(name)) return true;
  return /^api_?key$/i.test(name) && /\bBugsnag(?:Performance)?\.(?:start|init|createClient)\(|\bbugsnag\s*\(\s*\{|\bnew\s+Bugsnag\b/i.test(site.block ?? '');
}

/**
 * Whether a key is a Web3Forms access key (a UUID) under an access key name: it goes in the form's hidden input on a
 * public page, and only lets that form send mail to its owner.
 */
export function isFormsAccessKey(site: LiteralSite): boolean {
  if (!isUuid(site.value)) return false;
  const name = readName(site);
  if (!/access[_.-]?key$/i.test(name)) return false;
  return /web3forms/i.test(name) || /web3forms/i.test(site.block ?? '');
}

/**
 * Whether a value is a Snipcart public API key: base64 of a UUID followed by digits, which Snipcart's cart script reads
 * from `data-api-key` on every page of the shop. Its secret API keys have another shape.
 */
export function isSnipcartPublicKey(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{64,96}={0,2}$/.test(value)) return false;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[0-9]{12,30}$/.test(Buffer.from(value, 'base64').toString('latin1'));
}

/**
 * Whether a key is a Builder.io public API key (32 hex digits) given to `builder.init` or set under a Builder API key
 * name (`BUILDER_API_KEY`, `NEXT_PUBLIC_BUILDER_API_KEY`): every page that renders Builder content sends it, and it
 * reads only published content. Builder's private keys start with `bpk-`.
 */
export function isBuilderPublicKey(site: LiteralSite): boolean {
  if (!/^[a-f0-9]{32}$/.test(site.value)) return false;
  if (/\bbuilder\.init\(\s*["'`]$/.test(site.before ?? '')) return true;
  return /builder(?:[_.-]?io)?[_.-]?(?:public[_.-]?)?api[_.-]?key$/i.test(readName(site));
}

/**
 * Whether a key is a Contentful Content Delivery API token (64 hex digits or 43 base64url characters) under a delivery
 * token name (`CONTENTFUL_DELIVERY_TOKEN`, `CDA_ACCESS_TOKEN`) or given to `createClient` or Gatsby's
 * gatsby-source-contentful plugin without the preview host: it reads only published entries, which the site shows
 * anyway. Preview and management tokens are not judged public.
 */
export function isContentfulDeliveryToken(site: LiteralSite): boolean {
  if (!/^(?:[a-f0-9]{64}|[A-Za-z0-9_-]{43})$/.test(site.value)) return false;
  const name = readName(site);
  if (/(?:contentful[_.-]?)?(?:delivery|cda)[_.-]?(?:access[_.-]?|api[_.-]?)?(?:token|key)$/i.test(name)) return true;
  const block = site.block ?? '';
  const given = /\bcontentful\.createClient\(/.test(block) || /\bgatsby-source-contentful\b/.test((site.above ?? '').slice(-300));
  return /^access_?token$/i.test(name) && given && !/preview/i.test(block);
}

/** Whether a key is one of those above: a key its service tells you to put in your pages. */
export function isEmbeddedKey(site: LiteralSite): boolean {
  return isBugsnagNotifierKey(site) || isBuilderPublicKey(site) || isContentfulDeliveryToken(site) || isFormsAccessKey(site) || isSnipcartPublicKey(site.value);
}
