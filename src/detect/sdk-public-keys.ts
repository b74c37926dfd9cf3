import { escapeRegExp } from './escape-regexp.js';
import { isUuid } from './generic-filters.js';
import type { LiteralSite } from './weak-literal.js';

// Keys an SDK's settings name as its public half: search-only keys, storefront tokens, analytics write keys, and
// the short app key set beside its own secret; and the readers of the setting name a literal is set under.

// Where only Algolia's search keys go: the lite client, DocSearch and Docusaurus's search theme (whose docs say the
// key is public), the query endpoint of the search host. DocSearch by its package, its call or its name in capitals:
// `docsearch` alone is also what LangChain tutorials call a Pinecone vector store.
const SEARCH_CLIENT = /search[- _]?only|algoliasearch\/lite|\bliteClient\b|theme-search-algolia|\bpublic api key\b|-dsn\.algolia\.net\/1\/indexes\/[^\s'"`]{1,120}\/quer(?:y|ies)\b|^[ \t]*algolia_search[ \t]*[=:][ \t]*true\b/im;
// DocSearch's client, also its v2 package (`import docsearch from "docsearch.js"`) and options (`inputSelector`, as
// Gatsby's DocSearch plugins pass them); a Hugo theme's `algolia_search = true` (above) turns on its search box, which
// reads the key beside it in the browser.
const DOCSEARCH = /@docsearch\/|\bdocsearch\(|\bDocSearch\b|["']docsearch\.js["']|\binputSelector["']?\s*:/;

/**
 * Whether a key is a search-only key, made for browsers (Algolia, Typesense, Meilisearch): its name or the variable
 * it stands in for says search-only, or the text around it does (a comment, a search-only client) and its name does
 * not say admin, write, secret or private (`BUILDER_PRIVATE_KEY` in a guide that also lists a "Public API Key").
 */
export function isSearchOnlyKey(site: LiteralSite): boolean {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(site.value)) return false;
  const name = readSettingName(site.before ?? '');
  if (/search[-_]?only/i.test(name) || /search[-_]?only/i.test(readFallbackName(site.before ?? ''))) return true;
  const block = site.block ?? '';
  return (SEARCH_CLIENT.test(block) || DOCSEARCH.test(block)) && name !== '' && !/admin|write|secret|private/i.test(name);
}

/**
 * Whether a key is a Shopify Storefront API public access token (32 hex digits), made for browsers and limited to the
 * catalogue and carts: its name says storefront, or it is sent as `X-Shopify-Storefront-Access-Token` (or is the
 * storefront-api-client's `publicAccessToken`). Not the Headless channel's private token
 * (`Shopify-Storefront-Private-Token`).
 */
export function isStorefrontToken(site: LiteralSite): boolean {
  if (!/^[a-f0-9]{32}$/i.test(site.value)) return false;
  // Also a fallback (`storefrontAccessToken: process.env.SHOPIFY_STOREFRONT_ACCESS_TOKEN || '…'`).
  const name = readSettingName(site.before ?? '') || readFallbackName(site.before ?? '');
  if (/private/i.test(name)) return false;
  const block = site.block ?? '';
  if (/Storefront-Private-Token/i.test(block)) return false;
  // @shopify/storefront-api-client names it `publicAccessToken` (`createStorefrontApiClient({ publicAccessToken })`).
  return /storefront/i.test(name) || /X-Shopify-Storefront-Access-Token/i.test(block) || (/^publicAccessToken$/i.test(name) && /createStorefrontApiClient/.test(block));
}

/**
 * Whether a key is an analytics SDK's browser key set in its SDK's settings block (`mixpanel: { token: '…' }`,
 * `amplitude: { apiKey: '…' }`): Mixpanel's project token and Amplitude's and Segment's API or write keys ride along
 * with every page view, public by design; their secrets are the `apiSecret`/`secretKey` settings. Under their own
 * names (`MIXPANEL_TOKEN`, `AMPLITUDE_API_KEY`, `SEGMENT_WRITE_KEY`) they are the same keys, and so is a bare `token`
 * a comment just above calls Mixpanel's.
 */
export function isAnalyticsBrowserKey(site: LiteralSite): boolean {
  if (!/^[A-Za-z0-9]{32}$/.test(site.value)) return false;
  const name = readSettingName(site.before ?? '');
  if (/^[A-Za-z_]{0,20}(?:MIXPANEL_(?:PROJECT_)?TOKEN|AMPLITUDE_API_KEY|SEGMENT_WRITE_KEY)$/i.test(name)) return true;
  if (!/^(?:token|api_?key|write_?key|project_?token|demo_?token)$/i.test(name)) return false;
  const block = site.block ?? '';
  if (/^[^\n{]{0,40}\b(?:mixpanel|amplitude|segment|rudderstack|heap)\b["']?\s{0,3}[:=]\s{0,3}\{/i.test(block)) return true;
  // A bare `token` under the comment that names it (`// Token passed to mixpanel.init()`, `# … Mixpanel project token`).
  return /token$/i.test(name) && /\bmixpanel\b/i.test((site.above ?? '').slice(-600));
}

/**
 * Whether a key is given to Mailchimp's mobile SDK (`MailchimpSDK.initialize(token: …)`, Android's
 * `MailchimpSdkConfiguration.Builder(context, "…")`): an SDK key, made for the app bundle, that adds and tags contacts
 * of one audience. The account's API keys are the secret.
 */
export function isMailchimpSdkKey(site: LiteralSite): boolean {
  return /\b(?:Mailchimp(?:SDK)?\.initialize\([ \t]*(?:token:[ \t]*)?|MailchimpSdkConfiguration\.Builder\([^,()]{1,60},[ \t]*)["']?$/.test(site.before ?? '');
}

/**
 * Whether a key is the short public half of a key pair set beside its secret (`STREAM_API_KEY=…` above
 * `STREAM_API_SECRET=…`: GetStream's app key, which its client SDKs ship): 8 to 16 single-case letters and digits,
 * both present, or LiveKit's key id (`API` + 12 letters and digits, sent as `iss` in every access token), under a
 * `<NAME>_API_KEY` whose `<NAME>_API_SECRET` is set nearby; or Pusher's app key (20 hex digits, which Laravel ships to
 * the browser as VITE_PUSHER_APP_KEY) under `<NAME>_APP_KEY` beside `<NAME>_APP_SECRET`, or a UUID under `APP_KEY`
 * beside `APP_SECRET` (Blackboard Learn's application key, its OAuth client id). A long key (an exchange's) is not
 * judged public.
 */
export function isPairedPublicKey(site: LiteralSite): boolean {
  const [, name = '', kind = ''] = /^([A-Za-z0-9]*)[_.-]?(api|app)[_.-]?key$/i.exec(site.key) ?? [];
  const { value } = site;
  // Only an app id (a UUID) is judged under a bare APP_KEY, with no product's name before it.
  const half = kind.toLowerCase() === 'app'
    ? (name !== '' && /^[a-f0-9]{20}$/.test(value)) || isUuid(value)
    : name !== '' && (/^(?=\D*\d)(?=[^A-Za-z]*[A-Za-z])(?:[a-z0-9]{8,16}|[A-Z0-9]{8,16})$/.test(value) || /^API[A-Za-z0-9]{12}$/.test(value));
  return half && new RegExp(`\\b${name}[_.-]?${kind}[_.-]?secret\\b`, 'i').test(site.block ?? '');
}

/**
 * A browser push subscription's `auth` (beside its `p256dh`), or an FCM registration token (`fK3…:APA91b…`, where a
 * server key starts with `AAAA`): one device's address, not a credential of a service.
 */
export function isPushSubscriptionKey(site: LiteralSite): boolean {
  if (/^(?!AAAA)[\w-]{11,40}:APA91b[\w-]{100,}$/.test(site.value)) return true;
  return /^auth$/i.test(site.key) && /^[A-Za-z0-9_-]{16,24}={0,2}$/.test(site.value) && /\bp256dh\b/.test(site.block ?? '');
}

/** A status badge's token in a README (`codecov.io/…/badge.svg?token=…`): it only draws the badge, and is shown to all. */
export function isBadgeToken(site: LiteralSite): boolean {
  return /\/(?:badge|graph)[\w./-]{0,40}\.svg\?(?:[\w.=%-]{0,80}&)?token=$/i.test(site.before ?? '');
}

/** Whether a key is a Rollbar client token in the browser snippet (`var _rollbarConfig = { accessToken: "…"`). */
export function isRollbarClientToken(site: LiteralSite): boolean {
  return /\baccessToken["']?\s*:\s*["']?$/.test(site.before ?? '') && /\b_rollbarConfig\s*=/.test(site.block ?? '');
}

/**
 * Whether a key is a Meta app's client token (`FacebookClientToken`, a `client_token` beside Facebook settings): Meta
 * builds it into every copy of the app, and documents it as not secret.
 */
export function isFacebookClientToken(site: LiteralSite): boolean {
  const name = readSettingName(site.before ?? '');
  if (/(?:facebook|fb)[_-]?client[_-]?token$/i.test(name)) return true;
  return /^client[_-]?token$/i.test(name) && /facebook|graph\.fb|\bfbsdk/i.test(site.block ?? '');
}

/**
 * Whether the value also stands under a site or public key name nearby: the public key copied into the secret's slot
 * (`RECAPTCHA_SITE_KEY = "6Le…"` above `RECAPTCHA_SECRET_KEY = "6Le…"`).
 */
export function isPublicKeyCopy(site: LiteralSite): boolean {
  // Only a key-like value (not `secretOrKey = … opts.publicKey : secretOrKey`) under a secret's name, so that the
  // block around other matches is not built for nothing.
  if (!/secret|private/i.test(site.key) || site.value.length < 16 || !/[0-9]/.test(site.value)) return false;
  // A copy means the value stands in the block twice; only then is a pattern built for where the other one stands.
  const block = site.block ?? '';
  if (block.indexOf(site.value) === block.lastIndexOf(site.value)) return false;
  const value = escapeRegExp(site.value);
  return new RegExp(`(?:site|public)[_-]?key["']?[ \t]{0,4}[:=][ \t]{0,4}["'\`]?${value}(?![\\w-])`, 'i').test(block);
}

/** The setting name right before a value: `NAME=`, `"name": "`, `name: '`; or ''. */
export function readSettingName(before: string): string {
  // A type annotation may sit between name and value (Swift's `apiKey: String = "…"`); a C macro has no `=`
  // (`#define FIREBASE_API_KEY "…"`).
  const assigned = /([A-Za-z0-9_]+)["']?\s*(?::\s*[A-Za-z][\w.?]*\s*)?[:=]\s*["'`]?$/.exec(before)?.[1];
  return assigned ?? /^\s*#\s*define\s+([A-Za-z0-9_]+)\s+["']?$/.exec(before)?.[1] ?? '';
}

/** The variable an env fallback stands in for (`process.env.NEXT_PUBLIC_FIREBASE_API_KEY || "…"`), or ''. */
export function readFallbackName(before: string): string {
  return /\b(?:process|import\.meta)\.env\.([A-Za-z0-9_]+)\s*(?:\|\||\?\?)\s*["'`]$/.exec(before)?.[1] ?? '';
}
