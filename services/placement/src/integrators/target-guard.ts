import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** A webhook URL that may not be called: the message says why, for a 400 or a delivery attempt's error. */
export class TargetRefusedError extends Error {
  override readonly name = 'TargetRefusedError';
}

export interface WebhookTarget {
  url: URL;
  /** As in the allow-list: `host:port`, IPv6 in brackets. */
  hostPort: string;
  allowListed: boolean;
}

/** `host:port` entries of PLACEMENT_WEBHOOK_ALLOWED_TARGETS, lower-cased. */
export function allowListOf(setting: string): ReadonlySet<string> {
  return new Set(setting.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean));
}

/** https anywhere; http only to an allow-listed host:port; no credentials in the URL. */
export function targetOf(raw: string, allowList: ReadonlySet<string>): WebhookTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefusedError('url must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefusedError('url must use https');
  if (url.username || url.password) throw new TargetRefusedError('url must not carry credentials');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const hostPort = `${url.hostname.toLowerCase()}:${port}`;
  const allowListed = allowList.has(hostPort);
  if (url.protocol === 'http:' && !allowListed) throw new TargetRefusedError('url must use https (http only for an allow-listed host)');
  return { url, hostPort, allowListed };
}

/**
 * Only ordinary unicast addresses are public: private, loopback, link-local, unique-local, CGNAT,
 * unspecified, multicast, reserved, and IPv6 forms that embed IPv4 (6to4, Teredo, NAT64) are not.
 */
export function isPublicAddress(address: string): boolean {
  const parsed = ipaddr.parse(address);
  const unwrapped = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
  return unwrapped.range() === 'unicast';
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/**
 * Every address the host resolves to, refused if any one is not public (unless allow-listed). Run when
 * subscribing and before each delivery, which then connects to these very addresses: a name that
 * re-resolves to an internal address between check and connect (DNS rebinding) is never called.
 */
export async function resolveTarget(target: WebhookTarget): Promise<ResolvedAddress[]> {
  const host = target.url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new TargetRefusedError(`url host ${host} does not resolve`);
  }
  if (target.allowListed) return addresses;
  const internal = addresses.find((entry) => !isPublicAddress(entry.address));
  if (internal) throw new TargetRefusedError(`url host ${host} resolves to ${internal.address}, which is not a public address`);
  return addresses;
}
