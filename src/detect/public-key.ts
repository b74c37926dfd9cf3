import { escapeRegExp } from './escape-regexp.js';
import { isUuid } from './generic-filters.js';
import { isSignedWithPublishedSecret, readJwtClaims } from './sample-jwt.js';
import { readFallbackName, readSettingName } from './sdk-public-keys.js';
import type { LiteralSite } from './weak-literal.js';

// Keys that web apps ship to every browser on purpose: Supabase anon keys, Firebase web configs' and Maps
// JavaScript API keys. What protects them is row-level security or the key's restrictions, not secrecy.

// A front-end build inlines variables with these prefixes into the JavaScript it serves.
const CLIENT_NAME = String.raw`\b(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|GATSBY|NUXT_PUBLIC|VUE_APP)_[A-Z0-9_]*`;
const CLIENT_PREFIX = new RegExp(`${CLIENT_NAME}$`);
// The settings of a Firebase app beside its key: web (authDomain, messagingSenderId) and iOS (gcmSenderID, googleAppID).
const FIREBASE_CONFIG = /\b(?:authDomain|messagingSenderId|storageBucket|gcmSenderI[dD]|googleAppI[dD])\b|\.firebaseapp\.com\b|\.appspot\.com\b|\.firebasestorage\.app\b|FIREBASE_AUTH_DOMAIN/;

// The signatures of the two keys `supabase start` gives every local stack: a copy whose payload was edited by hand
// (`"iss": "supabase-demh"`) still carries one, and no server signed the edit.
const SUPABASE_DEMO_SIGNATURES = new Set(['CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0', 'EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU']);

/**
 * Whether a JWT is a Supabase anon key (`"role": "anon"`), which every browser using the project receives and which
 * row-level security confines (the service_role key beside it is the secret), or one of the keys `supabase start`
 * gives every local stack (`"iss": "supabase-demo"`, published in Supabase's docs), also with its payload edited, or
 * any token signed with a stack's published default secret.
 */
export function isPublicJwt(value: string): boolean {
  const claims = readJwtClaims(value);
  if (claims?.['role'] === 'anon' || claims?.['iss'] === 'supabase-demo' || SUPABASE_DEMO_SIGNATURES.has(value.slice(value.lastIndexOf('.') + 1))) return true;
  return claims !== undefined && isSignedWithPublishedSecret(value);
}

/**
 * Whether a Google API key (`AIza…`) is a browser key: in a Firebase web config (its authDomain or
 * messagingSenderId beside it, or a FIREBASE_ setting), under a client-exposed env prefix, in a Maps JavaScript
 * API script URL, an Android app's google-services.json (`current_key`) or an app's native Maps SDK setting, which
 * ship inside the app, or beside a Firebase Realtime Database URL (a device's Firebase client settings). Reported at
 * confidence low: restrict it in the Cloud console rather than hide it.
 */
export function isBrowserGoogleKey(site: LiteralSite): boolean {
  if (!site.value.startsWith('AIza')) return false;
  const before = site.before ?? '';
  const name = readSettingName(before);
  const fallback = readFallbackName(before);
  if ([name, fallback].some((n) => /FIREBASE/i.test(n))) return true;
  // A key named for a server-side API (`GEMINI_API_KEY`, `YOUTUBE_API_KEY`, Cloud Translation's or Vision's) is billed
  // per call, wherever it is listed, also behind a browser prefix (`EXPO_PUBLIC_GOOGLE_TRANSLATE_API_KEY`: shipped
  // in every copy of the app, still the Translation API's key).
  if ([name, fallback].some((n) => /gemini|genai|generative|palm|youtube|translat|vision|speech|server|backend/i.test(n))) return false;
  if (isServerApiComment(site.above ?? '')) return false;
  if ([name, fallback].some((n) => CLIENT_PREFIX.test(n))) return true;
  // Named a browser key (`GOOGLE_BROWSER_API_KEY`, an EDN config's `:dashboard-google-browser-api-key "…"`).
  if (/browser[-_]?(?:api[-_]?)?key["']?[ \t]{0,4}[:=]?[ \t]{0,4}["']?$/i.test(before)) return true;
  if (/maps\/api\/js\?(?:[^"'\s]*&)?key=$/.test(before)) return true;
  if (/"current_key"\s*:\s*"$/.test(before)) return true; // google-services.json: the Firebase app's Android key
  // The Android string resources google-services.json becomes (`<string name="google_api_key">`), beside the app id.
  if (/name=["']google_(?:crash_reporting_)?api_key["'][^>]{0,60}>$/.test(before) && /name=["'](?:google_app_id|gcm_defaultSenderId)["']/.test(site.block ?? '')) return true;
  // The Firebase console's "Web API Key", by that name or given to FirebaseAuthentication.net's `new FirebaseConfig("…")`.
  if (/^web_?api_?key$/i.test(name) || /\bnew\s+FirebaseConfig\(\s*["']$/.test(before)) return true;
  if (/chat\.googleapis\.com\/v1\/spaces\/[\w-]+\/messages\?key=$/.test(before)) return true; // every Chat webhook's key
  // The block is built on the first read of site.block: read it after the checks of the line alone.
  const block = site.block ?? '';
  // A constant that a Maps JavaScript API script URL beside it interpolates (`…/maps/api/js?key=${API_KEY}`).
  if (name !== '' && new RegExp(`maps/api/js\\?(?:[^"'\\s]*&)?key=(?:\\$\\{|["'\`]\\s*\\+\\s*)${name}\\b`).test(block)) return true;
  if (isNativeMapsKey(site.value, name, before, block)) return true;
  // A device's Firebase client settings (`#define API_KEY "AIza…"` beside `#define DATABASE_URL "….firebaseio.com"`):
  // the web API key every Firebase client is given; the database's rules and the user's login guard the data.
  if (/\.firebaseio\.com\b|\.firebasedatabase\.app\b/.test(block)) return true;
  // A Maps key beside the Maps JavaScript API's libraries list (`MAPS_LIBS: ['geometry', 'places']`): the browser loads it.
  if (/maps/i.test(name) && /\b(?:libraries|[A-Z_]*MAPS_LIB(?:RARIE)?S)["']?\s*[:=]\s*\[[^\]]{0,80}["'](?:places|geometry|drawing|visualization|marker)["']/i.test(block)) return true;
  // A Maps key in an Angular or Ionic environment file (`export const environment = {…}`), which the build bundles.
  if (/maps/i.test(name) && /\bexport\s+const\s+environment\s*[:=]/.test(block)) return true;
  // The same key given to the browser beside it (`VITE_GOOGLE_MAPS_API_KEY=` the value, in a README's env block).
  if (new RegExp(`${CLIENT_NAME}["']?\\s*[=:]\\s*["']?${escapeRegExp(site.value)}`).test(block)) return true;
  // The same key set as the app's native Maps key beside it (an .env line above the Expo config that copies it).
  if (new RegExp(`(?:googleMapsApiKey|com\\.google\\.android\\.geo\\.API_KEY)["']?[^\\n]{0,40}?["']${escapeRegExp(site.value)}["']`).test(block)) return true;
  // GoogleService-Info.plist: the iOS app's key, beside its sender and app ids, or its API_KEY entry pasted alone;
  // not a whole dict holding an API_KEY alone (a Gemini sample's GenerativeAI-Info.plist).
  const firebasePlist = /<key>(?:GCM_SENDER_ID|GOOGLE_APP_ID)<\/key>/.test(block) || (/<key>API_KEY<\/key>/.test(block) && !/<dict>/.test(block));
  if (/<string>$/.test(before) && firebasePlist) return true;
  // Beside a Firebase web app's id (`1:770714758504:web:aea9…`), whatever the key's label: the web config, listed.
  if (/\b1:\d{6,15}:web:[0-9a-f]{6,}\b/.test(block)) return true;
  // On a line of its own, as the fallback of `apiKey:\n  process.env.NEXT_PUBLIC_FIREBASE_API_KEY ||\n  "AIza…"`.
  const own = name === '' && new RegExp(`apiKey["']?\\s*:\\s*(?:[\\w.]+\\s*(?:\\|\\||\\?\\?)\\s*)?["']${escapeRegExp(site.value)}`).test(block);
  return (own || /^apiKey$/i.test(name)) && FIREBASE_CONFIG.test(block);
}

// The comment lines right above a setting that say which API its key is for (`# Gemini API Key`, a makersuite or AI
// Studio link): a server-side API's key, whatever prefix the setting has.
function isServerApiComment(above: string): boolean {
  const comments = /(?:^|\n)((?:[ \t]*(?:#|\/\/)[^\n]*\n){1,3})$/.exec(above)?.[1] ?? '';
  return /\bgemini\b|makersuite|aistudio\.google|generativelanguage/i.test(comments);
}

// An app's native Maps SDK key: Expo's ios.config.googleMapsApiKey and android.config.googleMaps.apiKey, the
// react-native-maps plugin's iosGoogleMapsApiKey, the Cordova and Capacitor Maps plugins' settings, AndroidManifest's
// com.google.android.geo.API_KEY. It ships inside the app binary and is restricted to the app's bundle id or signing
// certificate.
function isNativeMapsKey(value: string, name: string, before: string, block: string): boolean {
  if (/^(?:ios|android)?googleMapsApiKey$/i.test(name) || /\bprovideAPIKey[(:][ \t]{0,4}@?["']$/.test(before)) return true; // iOS GMSServices
  if (/\bFormsGoogleMaps\.Init\(\s*["']$/.test(before)) return true; // Xamarin.Forms.GoogleMaps on iOS
  if (/^(?:API_KEY_FOR_(?:ANDROID|IOS)|GOOGLE_MAPS_(?:ANDROID|IOS)_API_KEY)$/.test(name)) return true; // cordova-plugin-googlemaps' variables
  // A MAPS_API_KEY beside the manifest entry it feeds (local.properties pasted above AndroidManifest's meta-data).
  if (/MAPS_?API_?KEY$/i.test(name) && /com\.google\.android\.geo\.API_KEY|manifestPlaceholders/.test(block)) return true;
  if (/com\.google\.android\.geo\.API_KEY["']\s+android:value=["']$/.test(before)) return true;
  // The string resource the manifest's meta-data points at (`<string name="google_maps_key">`, also set by a Gradle
  // `resValue`), and the key WordPress's ACF gives its Google Map field, which the browser loads.
  if (/\bresValue[ \t(]{1,3}["']string["'],\s*["']google_maps_key["'],[^\n]{0,80}?["']$/.test(before)) return true;
  if (/>$/.test(before) && new RegExp(`<string\\s+name=["']google_maps_key["'][^>]{0,120}>${escapeRegExp(value)}<`).test(block)) return true;
  // ACF's filter callback sets `$api['key']`; its settings call names the key `google_api_key`.
  if (/(?:\bacf_update_setting\(\s*["']google_api_key["'],|\$api\[["']key["']\]\s*=)\s*["']$/.test(before)) return true;
  // The same meta-data with its value on the next line (a manifest pasted into a README or a page).
  if (/^\s*android:value=["']$/.test(before) && /android:name=["']com\.google\.android\.(?:geo|maps\.v2)\.API_KEY["']\s*$/m.test(block)) return true;
  // Expo's android.config.googleMaps, Capacitor's GoogleMaps (or GoogleMapsPlugin) plugin settings.
  return /^apiKey$/i.test(name) && /["']?googleMaps(?:Plugin)?["']?\s*:\s*\{\s*["']?apiKey["']?\s*:\s*["']AIza/i.test(block);
}

/**
 * Whether a key is made to ship to every visitor: a PostHog project key (`phc_…`, write-only), the app-only bearer
 * of Twitter's own web clients (twitter.com's app `NRILgA`, TweetDeck's `FQODgE`), served in their public JavaScript,
 * a Gigya (SAP Customer Data Cloud) site key (`3_…`), which every login page of the site sends, an Nx Cloud
 * read-only token (base64 of `<uuid>|read-only`), which Nx has workspaces commit in nx.json, a Web Push public key,
 * a Supabase publishable key (`sb_publishable_…`, the anon key's successor), an Ecwid `public_` token (storefront
 * reads), an IEX Cloud publishable token (`pk_`, `Tpk_` in its sandbox), a Chec (Commerce.js) public key (`pk_` and 45
 * hex, the storefront's), a Datadog RUM client token (`pub…`, which only sends data), an Adyen client key (`test_` or
 * `live_` and 32 capitals and digits, Drop-in's), a SumUp public key (`sup_pk_…`, the card widget's), a fincode public
 * key (`p_test_…`, `p_prod_…`, fincode.js's) or a Monnify API key (`MK_TEST_…`, which its web SDK is given).
 */
export function isPublicProjectKey(value: string): boolean {
  const nxReadOnly = /^[A-Za-z0-9+/]{48}fHJlYWQtb25seQ==$/.test(value);
  // VAPID public keys are uncompressed P-256 points, 65 bytes from 0x04, in base64url (Firebase's vapidKey); the
  // private key is 32 bytes (43 characters).
  const vapidPublic = /^B[A-Za-z0-9_-]{86}=?$/.test(value);
  return nxReadOnly || vapidPublic || /^phc_[A-Za-z0-9]{30,60}$/.test(value) || /^A{21}(?:NRILgA|FQODgE)A{5}/.test(value) || /^3_[A-Za-z0-9_-]{48,66}$/.test(value) || /^sb_publishable_[A-Za-z0-9_-]{20,80}$/.test(value) || /^public_[A-Za-z0-9]{32}$/.test(value) || /^(?:T?pk_[0-9a-f]{32}|pk_(?:test_)?[0-9a-f]{45})$/.test(value) || /^pub[0-9a-f]{32}$/.test(value) ||
    /^(?:test|live)_[A-Z0-9]{32}$/.test(value) || /^sup_pk_[A-Za-z0-9]{20,60}$/.test(value) ||
    /^p_(?:test|prod)_[A-Za-z0-9+/]{100,140}={0,2}$/.test(value) || /^MK_(?:TEST|PROD)_[A-Z0-9]{10}$/.test(value);
}

/**
 * Whether a key is a Paddle Billing client-side token (`live_` or `test_` and 27 hex, which Paddle.js is given in the
 * browser) where Paddle is named: Instamojo's private sandbox key and auth token have the same shape.
 */
export function isPaddleClientToken(site: LiteralSite): boolean {
  return /^(?:live|test)_[0-9a-f]{27}$/.test(site.value) && /paddle/i.test(site.block ?? '');
}

/**
 * Whether the value is set under a client-exposed env prefix (`EXPO_PUBLIC_GEOAPIFY_API_KEY=…`): a build inlines it
 * into the JavaScript every visitor downloads, so it is a browser key by design. A secret-named one (`…_SECRET`,
 * a service-role or admin key) is client-exposed-secret-env's finding, not this judgement's.
 */
export function isClientPrefixedSetting(site: LiteralSite): boolean {
  return CLIENT_PREFIX.test(readSettingName(site.before ?? ''));
}

/**
 * Whether a key is in a URL every visitor's browser loads, as the provider means it to be: the `apikey=` of Yandex
 * Maps' JavaScript API script (or the key its loader builds that URL from), the `key=` of a MapTiler or Thunderforest
 * style or tile URL (restricted to the site's origins), or the `apiKey=` of Every.org's partner API (free public keys
 * made for browser apps); and the `token=` of a PayPal checkout URL, the order's id that the buyer's browser is sent
 * to (no credential), and of a Firebase Storage download URL, which opens that one file to whoever has the link, as a
 * share link does.
 */
export function isBrowserUrlKey(site: LiteralSite): boolean {
  const before = site.before ?? '';
  return /\bapi-maps\.yandex\.(?:ru|com|com\.tr|by|kz|uz)\/[^"'\s]{0,80}[?&]apikey=$/.test(before) ||
    /\b(?:api\.maptiler\.com|tile\.thunderforest\.com)\/[^"'\s]{0,160}[?&]api_?key=$|\bapi\.maptiler\.com\/[^"'\s]{0,160}[?&]key=$/.test(before) ||
    /\bpartners\.every\.org\/[^"'\s]{0,200}[?&]apiKey=$/.test(before) ||
    /\bpaypal\.com\/(?:checkoutnow|cgi-bin\/webscr|webapps\/[\w/-]{1,40})[^"'\s]{0,120}[?&]token=$/.test(before) ||
    /\bfirebasestorage\.googleapis\.com\/v0\/b\/[^"'\s]{1,300}[?&]token=$/.test(before) || isYandexMapsLoaderKey(site);
}

// The same Yandex Maps key set in the code that loads the script or uses `ymaps` (`const apiKey = "<uuid>"`, then the
// loader's URL is built from it).
function isYandexMapsLoaderKey(site: LiteralSite): boolean {
  if (!isUuid(site.value)) return false;
  return /^(?:api_?key|(?:yandex_?)?(?:y?maps?_?)(?:api_?)?key)$/i.test(readSettingName(site.before ?? '')) && /\bymaps\b|\bapi-maps\.yandex\./.test(site.block ?? '');
}
