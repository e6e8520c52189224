import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { MAINLAND_MOBILE } from '@app/shared';

/**
 * Where outbound messages may go. Checked when a person or a unit saves an address, and the
 * webhook's host again right before each send (a name can point elsewhere since it was saved).
 */

/** One address, no display name, no spaces or line breaks (nothing that could add a mail header). */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function isMobileNumber(value: string): boolean {
  return MAINLAND_MOBILE.test(value);
}

/** Loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and unspecified. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return PRIVATE.check(ip, 'ipv4');
  if (family !== 6) return false;
  // ::ffff:10.0.0.1 is 10.0.0.1.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? PRIVATE.check(mapped[1], 'ipv4') : PRIVATE.check(ip, 'ipv6');
}

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export type WebhookUrlProblem = 'WEBHOOK_URL_INVALID' | 'WEBHOOK_URL_NOT_HTTPS' | 'WEBHOOK_URL_PRIVATE';

/**
 * A webhook URL's problem, if any. https only, without user name or password; plain http only to
 * this machine and only where private targets are allowed (development and tests). With
 * `allowPrivate` off (production) a literal private address or a local name is refused here; names
 * are resolved again at send time (`webhookHostProblem`).
 */
export function webhookUrlProblem(value: string, allowPrivate: boolean): WebhookUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'WEBHOOK_URL_INVALID';
  }
  if (value.length > 2000 || url.username || url.password || !url.hostname) return 'WEBHOOK_URL_INVALID';
  const local = LOCAL_NAMES.has(url.hostname);
  if (url.protocol === 'http:' && !(local && allowPrivate)) return 'WEBHOOK_URL_NOT_HTTPS';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'WEBHOOK_URL_NOT_HTTPS';
  if (allowPrivate) return null;
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (local || url.hostname.endsWith('.localhost') || isPrivateAddress(literal)) return 'WEBHOOK_URL_PRIVATE';
  return null;
}

/**
 * Right before a send with private targets refused: every address the host resolves to must be
 * public. (The HTTP client resolves again; a name that changes between the two lookups — DNS
 * rebinding — is the window this leaves, see the note.)
 */
export async function webhookHostProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  const inside = addresses.find((a) => isPrivateAddress(a.address));
  return inside ? `webhook host ${host} resolves to a private address (${inside.address})` : null;
}

export type PreferenceProblem =
  'NOTIFY_EMAIL_INVALID' | 'NOTIFY_PHONE_INVALID' | 'NOTIFY_EMAIL_MISSING' | 'NOTIFY_PHONE_MISSING' | 'NOTIFY_WEBHOOK_NO_UNIT';

/** What is wrong with a person's channel choice, if anything: every chosen channel needs somewhere to go. */
export function preferenceProblem(
  p: { channels: readonly string[]; email: string | null; phone: string | null },
  departmentId: string | null,
): PreferenceProblem | null {
  if (p.email !== null && !isEmailAddress(p.email)) return 'NOTIFY_EMAIL_INVALID';
  if (p.phone !== null && !isMobileNumber(p.phone)) return 'NOTIFY_PHONE_INVALID';
  if (p.channels.includes('email') && p.email === null) return 'NOTIFY_EMAIL_MISSING';
  if (p.channels.includes('sms') && p.phone === null) return 'NOTIFY_PHONE_MISSING';
  if (p.channels.includes('webhook') && departmentId === null) return 'NOTIFY_WEBHOOK_NO_UNIT';
  return null;
}
