/**
 * Stable HSDS identifiers: UUID version 5 (RFC 9562, SHA-1 of a namespace and a name) of names
 * like "organization:digitale-werkplaats-twente". The same slug gives the same UUID in every build
 * and on every server, so consumers can keep their links when they poll again.
 */
import { createHash } from 'node:crypto';

/**
 * The loket's namespace, generated once (randomly) for this purpose. Never change it: every
 * published HSDS id would change with it.
 */
export const HSDS_NAMESPACE = '2867d6e8-3552-43b0-af14-452afd4e7a1b';

/** UUID v5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new TypeError('namespace is not a UUID');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The HSDS id of one of our records: `hsdsId('organization', slug)`. */
export function hsdsId(table: string, ...key: string[]): string {
  return uuidV5([table, ...key].join(':'));
}
