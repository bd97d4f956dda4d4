import type { LookupAddress } from 'node:dns';
import { assertAllowedTarget, isPublicAddress, publicOnlyLookup, WebhookUrlForbiddenError } from './webhook-target';

const GUARDED = { httpsOnly: false, allowPrivate: false };

describe('webhook targets (the SSRF guard)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses private address literals, names that resolve to loopback, and unresolvable names', async () => {
    for (const url of ['http://127.0.0.1/x', 'https://10.0.0.7/x', 'http://[::1]:8080/x', 'http://localhost/x']) {
      await expect(assertAllowedTarget(url, GUARDED)).rejects.toBeInstanceOf(WebhookUrlForbiddenError);
    }
    await expect(assertAllowedTarget('https://no-such-host.invalid/x', GUARDED)).rejects.toThrow(/does not resolve/);
    await expect(assertAllowedTarget('https://93.184.215.14/x', GUARDED)).resolves.toBeUndefined();
  });

  it('allows only https in production, and any address when private targets are allowed', async () => {
    await expect(assertAllowedTarget('http://93.184.215.14/x', { ...GUARDED, httpsOnly: true })).rejects.toThrow(
      /https/,
    );
    await expect(assertAllowedTarget('ftp://93.184.215.14/x', GUARDED)).rejects.toThrow(/https or http/);
    await expect(
      assertAllowedTarget('http://127.0.0.1:9/x', { httpsOnly: false, allowPrivate: true }),
    ).resolves.toBeUndefined();
  });

  it('refuses, in the connection’s own lookup, a name that resolves to loopback (no rebinding after the check)', async () => {
    const looked = (all: boolean) =>
      new Promise<{ error: Error | null; address: string | LookupAddress[] }>((resolve) =>
        publicOnlyLookup('localhost', { all }, (error, address) => resolve({ error, address })),
      );
    for (const all of [true, false]) {
      const { error } = await looked(all);
      expect(error).toBeInstanceOf(WebhookUrlForbiddenError);
      expect(error?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    }
  });
});
