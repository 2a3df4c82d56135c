/**
 * Who is asking, for per-IP rate limits: the socket's peer address, or, only when we run behind
 * `trustProxy` proxies (TRUSTED_PROXY), the address the outermost of them saw in X-Forwarded-For.
 * Without that setting the header is ignored: anyone can write it.
 */

/**
 * The client address. With `trustProxy` = n proxies in front of us, each appends the peer it saw to
 * X-Forwarded-For, so the n-th entry from the right is the client as the outermost proxy saw it;
 * entries further left were written by the client and prove nothing. Too few entries (a request
 * that bypassed the proxies): the socket address.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: number,
): string | undefined {
  if (trustProxy > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const candidate = hops[hops.length - trustProxy];
    if (candidate !== undefined) return candidate;
  }
  return socketAddress;
}

/**
 * The rate-limit bucket of an address: IPv4 as is, IPv4-mapped IPv6 as IPv4, and other IPv6
 * addresses by their /64 prefix, since one subscriber usually gets a whole /64 to pick from.
 */
export function addressBucket(address: string): string {
  const bare = address.replace(/^\[|\](?::\d+)?$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (!bare.includes(':')) return bare;
  const [head = '', tail = ''] = bare.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = bare.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
