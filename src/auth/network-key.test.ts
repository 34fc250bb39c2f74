import { describe, expect, it } from 'vitest';
import { networkKey } from './network-key.js';

describe('networkKey', () => {
  it.each<[string, string]>([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:85a3:1:aaaa:bbbb:cccc:dddd', '2001:db8:85a3:1::/64'],
    ['2001:0DB8:85A3:0001:0000:0000:0000:0001', '2001:db8:85a3:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:ffff::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts %s as %s', (ip, key) => {
    expect(networkKey(ip)).toBe(key);
  });

  it('puts two addresses of one IPv6 /64 under one key', () => {
    expect(networkKey('2001:db8:1:2::a')).toBe(networkKey('2001:db8:1:2:ffff:eeee:dddd:cccc'));
  });

  it('keeps neighbouring /64 networks apart', () => {
    expect(networkKey('2001:db8:1:2::a')).not.toBe(networkKey('2001:db8:1:3::a'));
  });
});
