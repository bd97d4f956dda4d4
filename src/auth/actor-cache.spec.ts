import type { AppConfig } from '../config/app-config';
import { ActorCache, type ActorRow } from './actor-cache';

const row = (id: string, tokenVersion = 0): ActorRow => ({
  id,
  role: 'patient',
  is_active: true,
  token_version: tokenVersion,
  patient_id: `p-${id}`,
  doctor_id: null,
});

function cacheWith(ttlMs: number): ActorCache {
  const config = { actorCacheTtlMs: ttlMs, redisPrefix: 'test' } as AppConfig;
  return new ActorCache(config, null);
}

describe('ActorCache', () => {
  afterEach(() => jest.useRealTimers());

  it('remembers a row for the TTL, then forgets it', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const cache = cacheWith(10_000);
    cache.store(row('u1'), cache.mark());
    expect(cache.get('u1')).toEqual(row('u1'));
    jest.setSystemTime(1_000_000 + 9_999);
    expect(cache.get('u1')).toBeDefined();
    jest.setSystemTime(1_000_000 + 10_000);
    expect(cache.get('u1')).toBeUndefined();
  });

  it('forgets a revoked API key (by its id) exactly as a deactivated user, and never stores a key read before', () => {
    const cache = cacheWith(10_000);
    const key = (id: string) => ({ id, scopes: ['doctors:read' as const], expires_at: null, revoked_at: null });
    cache.storeKey('hash-1', key('k1'), cache.mark());
    cache.storeKey('hash-2', key('k2'), cache.mark());
    const before = cache.mark();
    cache.onApiKeyRevoked({ id: 'e1', name: 'api_key.revoked', payload: { apiKeyId: 'k1' } });
    expect(cache.getKey('hash-1')).toBeUndefined();
    expect(cache.getKey('hash-2')).toEqual(key('k2'));
    // A read that began before the revocation cannot put the key back.
    cache.storeKey('hash-1', key('k1'), before);
    expect(cache.getKey('hash-1')).toBeUndefined();
  });

  it('forgets a user when their access is revoked', () => {
    const cache = cacheWith(10_000);
    cache.store(row('u1'), cache.mark());
    cache.store(row('u2'), cache.mark());
    cache.onAccessRevoked({ id: 'e1', name: 'user.access_revoked', payload: { userId: 'u1', reason: 'deactivated' } });
    expect(cache.get('u1')).toBeUndefined();
    expect(cache.get('u2')).toBeDefined();
  });

  it('does not store a row read before an invalidation that landed while it was read', () => {
    const cache = cacheWith(10_000);
    const mark = cache.mark();
    // The row was read (active), then a deactivation committed and was announced, then the read finishes.
    cache.onAccessRevoked({ id: 'e1', name: 'user.access_revoked', payload: { userId: 'u1', reason: 'deactivated' } });
    cache.store(row('u1'), mark);
    expect(cache.get('u1')).toBeUndefined();
    // A read that starts afterwards is stored again.
    cache.store(row('u1', 1), cache.mark());
    expect(cache.get('u1')).toEqual(row('u1', 1));
  });

  it('stores nothing when the TTL is 0', () => {
    const cache = cacheWith(0);
    cache.store(row('u1'), cache.mark());
    expect(cache.get('u1')).toBeUndefined();
  });

  it('keeps at most 50,000 callers, dropping the oldest', () => {
    const cache = cacheWith(60_000);
    for (let i = 0; i <= 50_000; i += 1) {
      cache.store(row(`u${i}`), cache.mark());
    }
    expect(cache.get('u0')).toBeUndefined();
    expect(cache.get('u1')).toBeDefined();
    expect(cache.get('u50000')).toBeDefined();
  });
});
