import { isDocumentationHost, isLocalHost, isTestMailHost } from './database-hosts.js';
import type { LiteralSite } from './weak-literal.js';

// Whether a password beside mail settings opens a real mailbox: the address it belongs to is at a public mail
// service, or the server it logs in to is on the internet.

// Public mail services: an address there with a password beside it is a mailbox anyone can open.
const PUBLIC_MAILBOX = /\b([\w.+-]{3,64})@(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|gmx|web|yandex|mail|zoho|aol|free|orange|laposte|libero|proton|protonmail)\.[a-z]{2,3}(?:\.[a-z]{2})?\b/gi;
const SAMPLE_MAILBOX = /^(?:your|my|example|user|test|email|e-mail|mail|name|someone|sender|me|abc|foo|john\.?doe|jane\.?doe)|x{3,}/i;

// A mail server's host set beside the password: Django's `EMAIL_HOST = 'smtp.gmail.com'`, `MAIL_HOST=mail.shop.io`,
// `SMTP_SERVER`, Rails' `address: "smtp.…"`, PHPMailer's `$mail->Host = '…'`. A qualified name only, not an address.
const MAIL_HOST_SETTING = /(?:\b\w{0,30}(?:mail|smtp)\w{0,20}?[_.-]?(?:host|server)|\$mail->Host|\baddress)["']?\s*(?:=>|[:=])\s*["']?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![\w@.-])/gi;

// The password slot of a Symfony Mailer DSN whose scheme names a mail provider (its host is `default`).
const PROVIDER_DSN = /\b(?:gmail|ses|mailgun|sendgrid|postmark|mailjet|brevo|sendinblue|mandrill|sparkpost|mailersend|resend|infobip)(?:\+(?:smtps?|api|https))?:\/\/[^\s:/]{1,80}:$/i;

/** Whether the text before a value ends in a mail provider DSN's password slot (`gmail://user:`): the provider's login. */
export function isProviderDsnPassword(before: string): boolean {
  return PROVIDER_DSN.test(before);
}

// Words docs write in a mail host's place: `smtp.yourdomain.com`, `mail.your-provider.com`, `smtp.server.com`.
const SAMPLE_MAIL_HOST = /(?:^|[.-])(?:your|my|example|sample|placeholder|dummy|fake|domain|(?:your|my)-?(?:domain|provider|company|server|host)|provider|company|server|host)(?:[.-]|$)/i;

function isMailKey(site: LiteralSite): boolean {
  return /mail|smtp|imap|pop3?_/i.test(`${site.key} ${site.before ?? ''}`);
}

/**
 * Whether the value is a mail password (`MAIL_PASSWORD`, PHPMailer's `$mail->Password`, mutt's `imap_pass`, a bare
 * `:password =>` in Rails' `smtp_settings` or beside `'smtp.gmail.com'`) beside the address of a real mailbox at a
 * public mail service (`MAIL_USERNAME = 'shop.orders@gmail.com'`): a working login, however guessable.
 */
export function isPublicMailboxPassword(site: LiteralSite): boolean {
  const block = site.block ?? ''; // built on first read
  const mail = isMailKey(site) || /\bsmtp_settings\b|["']smtp\.[a-z0-9-]+\.[a-z]{2,}["']/i.test(block);
  return mail && [...block.matchAll(PUBLIC_MAILBOX)].some(([, local = '']) => !SAMPLE_MAILBOX.test(local));
}

/**
 * Whether the value is a mail password whose server, set beside it, is on the internet (`EMAIL_HOST =
 * 'smtps.aruba.it'`): the mailbox it opens is real wherever the settings are, a developer's local settings too. Not a
 * mail catcher (Mailtrap, MailHog), this machine, or a documentation host.
 */
export function isRemoteMailPassword(site: LiteralSite): boolean {
  // A bare `:password =>` counts inside Rails' `smtp_settings = { … }`.
  const block = site.block ?? '';
  if (!isMailKey(site) && !/\bsmtp_settings\b/.test(block)) return false;
  // A Symfony Mailer DSN for a mail provider (`MAILER_DSN=gmail://shop@…:…@default`): the provider is the server.
  if (isProviderDsnPassword(site.before ?? '')) return true;
  const hosts = [...block.matchAll(MAIL_HOST_SETTING)].map(([, host = '']) => host);
  return hosts.some((host) => !isLocalHost(host) && !isTestMailHost(host) && !isDocumentationHost(host) && !SAMPLE_MAIL_HOST.test(host));
}
