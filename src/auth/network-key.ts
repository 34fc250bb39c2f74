/**
 * The key a client address is throttled and trusted under. An IPv6 host
 * controls at least a /64 and rotates addresses inside it at will (privacy
 * extensions do it daily), so IPv6 addresses count by their /64 network.
 * IPv4 and IPv4-mapped IPv6 addresses count individually.
 */
export function networkKey(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/u, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/u.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** Eight groups without leading zeros; anything malformed still maps to some stable key. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::', 2);
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...fill, ...right].map((group) => group.replace(/^0+(?=.)/u, ''));
}
