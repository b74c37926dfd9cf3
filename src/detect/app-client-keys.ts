import { readSettingName } from './sdk-public-keys.js';
import type { LiteralSite } from './weak-literal.js';

// Ids and keys every build of an app carries, so no secret: Shopify's app key (its OAuth client id), Adjust's app
// token, RevenueCat's public SDK keys, ePayco's apiKey, Roboflow's publishable keys, the client API keys of Backendless
// and Stream, Veriff's public API key, T-Bank's terminal key and Canny's board token; each service keeps its secret
// under another name; and settings whose name says they hold such an id.

/** An `api_key` set in shopify_app's `ShopifyApp.configure` block: the app's client id, public in every OAuth URL. */
function isShopifyAppClientKey(site: LiteralSite): boolean {
  return /^(?:config\.)?api_?key$/i.test(site.key) && /\bShopifyApp\.configure\b/.test(site.block ?? '');
}

/**
 * RevenueCat's public SDK keys, one per store (`appl_`, `goog_`, `amzn_`, `strp_`, `rcb_`), and its Test Store's
 * (`test_`, in code that sets RevenueCat up): its secret keys start `sk_`.
 */
function isRevenueCatPublicKey(site: LiteralSite): boolean {
  if (/^(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{20,40}$/.test(site.value)) return true;
  return /^test_[A-Za-z0-9]{20,40}$/.test(site.value) && /revenuecat|react-native-purchases|\bPurchases\.configure\b/i.test(site.block ?? '');
}

/** ePayco's `apiKey` (32 hex) in code that builds its client: its SDKs' name for the public key, which the browser checkout is given; `privateKey` is the secret. */
function isEpaycoPublicKey(site: LiteralSite): boolean {
  return /^(?:api_?key|public_?key)$/i.test(site.key) && /^[0-9a-f]{32}$/.test(site.value) && /\bepayco\b/i.test(site.block ?? '');
}

/** Roboflow's publishable keys (`rf_…`): roboflow.js runs inference from the browser with one; the private API key has no prefix. */
function isRoboflowPublishableKey(site: LiteralSite): boolean {
  return /^rf_[A-Za-z0-9]{20,40}$/.test(site.value);
}

/**
 * Whether a value is an Adjust app token: 12 lower-case letters and digits under an app token name in code that uses
 * Adjust's SDK, its API or names it. Every build of the app sends it with its events, so it is an id; Adjust's API
 * token is the secret.
 */
function isAdjustAppToken(site: LiteralSite): boolean {
  if (!/^[a-z0-9]{12}$/.test(site.value) || !/app_?token$/i.test(site.key)) return false;
  return /adjust/i.test(site.key) || /\b(?:com\.adjust\.sdk|Adjust(?:Config|Event)?\b|InitAdjust)|\badjust\.com\b/.test(site.block ?? '');
}

/**
 * Whether a key is a Stream (getstream.io) app's API key: 12 lower-case letters and digits under an API key name in
 * code that uses Stream's SDKs. Browser and mobile clients are given it; the 64-character API secret is the secret.
 */
export function isStreamApiKey(site: LiteralSite): boolean {
  if (!/^[a-z0-9]{12}$/.test(site.value) || !/api_?key/i.test(readSettingName(site.before ?? '') || site.key)) return false;
  return /\b(?:StreamChat|StreamVideoClient|StreamClient|stream-chat|getstream|@stream-io|stream_chat|stream\.connect)\b/i.test(site.block ?? '');
}

const UPPER_UUID = String.raw`[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}`;
const UPPER_UUID_VALUE = new RegExp(`^${UPPER_UUID}$`);
const UPPER_UUID_APP_ID = new RegExp(String.raw`\bAPP(?:LICATION)?_?ID["']?\s*[:=]\s*["']${UPPER_UUID}["']`, 'i');

/**
 * Whether a key is a Backendless app's client API key: an upper-case UUID under an API key name, beside the app's
 * id (another one) or Backendless's name. Each client platform (Android, iOS, JS) gets its own, made to ship in the
 * app; what it may do is set by the app's roles. Backendless 3 called it the secret key (`SECRET_KEY` passed to
 * `Backendless.initApp(this, APP_ID, SECRET_KEY, VERSION)`).
 */
export function isBackendlessClientKey(site: LiteralSite): boolean {
  const name = readSettingName(site.before ?? '') || site.key;
  if (!UPPER_UUID_VALUE.test(site.value) || !/api_?key|secret_?key/i.test(name)) return false;
  const block = site.block ?? '';
  if (/secret_?key/i.test(name)) return /\bBackendless\.initApp\(/i.test(block);
  return /backendless/i.test(block) || UPPER_UUID_APP_ID.test(block);
}

/**
 * Whether a key is a Veriff integration's API key: a UUID under an API or public key name that names Veriff, or in
 * code that calls Veriff. Veriff calls it the public key (its web SDK is given it, and it is sent as X-AUTH-CLIENT);
 * the shared secret that signs each request is the secret.
 */
export function isVeriffPublicKey(site: LiteralSite): boolean {
  if (!/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/.test(site.value)) return false;
  const name = readSettingName(site.before ?? '') || site.key;
  if (!/(?:api|public)_?key$/i.test(name) || /secret|private/i.test(name)) return false;
  return /veriff/i.test(name) || /\bveriff\b|\bX-AUTH-CLIENT\b/i.test(site.block ?? '');
}

// Settings named "API key" that hold a public client id: Shopify's API key is the app's client id, sent in every
// OAuth URL and App Bridge page (the secret is SHOPIFY_API_SECRET); DocuSign's integration key is its OAuth client id.
// Parse's application id and its client, JavaScript and REST keys ship in every app (only the master key guards data),
// and so does AppsFlyer's dev key (its API tokens are the secrets). python-social-auth's `SOCIAL_AUTH_<PROVIDER>_KEY`
// is the OAuth app's client id (its `_SECRET` is the secret). Kit's (ConvertKit's) v3 API key subscribes people to a
// form from the browser (its API secret, and v4's `kit_` keys, are the secrets). Zoom's Meeting SDK key is the app's
// client id, the `appKey` of every signature the web SDK sends (its SDK secret signs them). Last.fm's API key goes in
// every request URL, from browsers too (its shared secret signs the authenticated calls). Kakao's JavaScript key is
// the browser SDK's (`Kakao.init`), locked to the app's domains (its REST and admin keys are the secrets). Sinch's
// application key names the app to its SDK (the application secret beside it signs). Countly's app key goes with every
// event an app or a page's tracker sends (only its REST `api_key` reads data). Ghost's Content API key reads only
// published content and is made for browsers (its Admin API key is the secret); Freshchat's app key is its mobile
// SDK's (the REST API token is the secret). Yotpo's app key is the store's id in every review widget (its API
// secret is the secret). Audius's API key names the app to its SDK, in browsers too (its API secret signs). Facebook's
// client token ships inside every build of a mobile app and Meta says it is not meant to be secret (the app secret is).
// Pusher's app key (and Laravel Reverb's and Soketi's) goes to every browser that subscribes (Laravel Echo reads it as
// VITE_PUSHER_APP_KEY); the app secret signs.
const PUBLIC_CLIENT_KEY = /^(?:[a-z]{1,20}[_.-])?(?:pusher|reverb|soketi)[_.-]?(?:app[_.-]?)?key$|^(?:[a-z]{1,20}[_.-])?yotpo[_.-]?app[_.-]?key$|^(?:[a-z]{1,20}[_.-])?audius[_.-]?api[_.-]?key$|^(?:[a-z]{1,20}[_.-])?sinch[_.-]?app(?:lication)?[_.-]?key$|^(?:[a-z]{1,20}[_.-])?kakao[_.-]?(?:javascript|js)[_.-]?(?:app[_.-]?)?key$|^social[_.-]?auth[_.-]?(?:[a-z0-9]{1,20}[_.-]){1,3}key$|^shopify[_.-]?(?:[a-z]{1,12}[_.-]?)?api[_.-]?key$|^(?:docusign[_.-]?)?integrat(?:ion|or)[_.-]?key$|^(?:x-)?parse[_.-]?(?:javascript|js|client|rest[_.-]?api|application|app)[_.-]?(?:id|key)$|^(?:[a-z]{1,20}[_.-])?apps?flyer[_.-]?dev[_.-]?key$|^(?:convert)?kit[_.-]?(?:v3[_.-]?)?(?:api[_.-]?)?key$|^zoom[_.-]?(?:meeting[_.-]?|video[_.-]?)?sdk[_.-]?key$|^(?:[a-z]{1,20}[_.-])?last[_.-]?fm[_.-]?api[_.-]?key$|^(?:[a-z]{1,20}[_.-])?countly[_.-]?(?:app[_.-]?)?key$|^(?:[a-z]{1,20}[_.-])?ghost[_.-]?content[_.-]?(?:api[_.-]?)?key$|^(?:[a-z]{1,20}[_.-])?freshchat[_.-]?app[_.-]?key$|^(?:[a-z]{1,20}[_.-])?facebook[_.-]?client[_.-]?token$/i;

/** A T-Bank (Tinkoff) acquiring TerminalKey (digits, `DEMO` on a test terminal): it names the shop in every payment form; the terminal's password signs. */
function isTinkoffTerminalKey(site: LiteralSite): boolean {
  return /terminal[_.-]?key$/i.test(site.key) && /^[0-9]{10,16}(?:DEMO|E2E)?$/.test(site.value);
}

// Settings that hold a public id only where the code names its service: Canny's widget `boardToken` (the board on
// every page it shows; the API key is the secret), Yotpo's bare `APP_KEY` (the store's id in every review widget) and
// a Zoom JWT app's API key beside its API secret (the JWT's `iss`, handed to the browser's Meeting SDK as `apiKey`).
const NAMED_BY_SERVICE: readonly (readonly [key: RegExp, service: RegExp])[] = [
  [/board_?token$/i, /\bcanny\b/i],
  [/^app_?key$/i, /\byotpo\b/i],
  [/zoom_?api_?key$/i, /zoom_?api_?secret/i],
  [/access_?key$/i, /\bHMS_[A-Z_]{2,40}|\b100ms\b|@100mslive/i], // 100ms: every token it issues carries the access key
];

function isServicePublicId(site: LiteralSite): boolean {
  return NAMED_BY_SERVICE.some(([key, service]) => key.test(site.key) && service.test(site.block ?? ''));
}

/** A short.io public key (`pk_` and 16) sent to `/links/public`: made for browsers, it only creates links. */
function isShortIoPublicKey(site: LiteralSite): boolean {
  return /^pk_[A-Za-z0-9]{16}$/.test(site.value) && /\bapi\.short\.(?:cm|io)\/links\/public\b/.test(`${site.above ?? ''}${site.block ?? ''}`);
}

/** A Beehiiv resource id (`pub_`, `aut_`, `post_`, `sub_` and a UUID): the publication's id is in every dashboard URL. */
function isBeehiivResourceId(site: LiteralSite): boolean {
  return /^(?:pub|aut|post|sub)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(site.value);
}

/** Whether a value is an id or key every build of an app carries, by its setting's name or its own shape. */
export function isAppClientId(site: LiteralSite): boolean {
  return PUBLIC_CLIENT_KEY.test(site.key) || isShopifyAppClientKey(site) || isEpaycoPublicKey(site) || isAdjustAppToken(site) || isRevenueCatPublicKey(site) || isRoboflowPublishableKey(site) || isTinkoffTerminalKey(site) || isServicePublicId(site) || isBeehiivResourceId(site) || isShortIoPublicKey(site);
}
