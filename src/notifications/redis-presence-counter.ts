import type Redis from 'ioredis';
import { LocalSockets, type PresenceCounter } from './presence-counter';

/** How long a socket entry lives in Redis without a heartbeat: a crashed instance's sockets expire after this. */
export const PRESENCE_TTL_MS = 60_000;
/** Each instance refreshes its entries (and sweeps expired ones) this often. */
export const PRESENCE_HEARTBEAT_MS = 20_000;

/**
 * Drops expired entries of every known doctor and answers the doctors left with none, atomically, so exactly one
 * instance sees each doctor empty out. It touches keys outside KEYS: fine on one Redis, not on Redis Cluster.
 */
const SWEEP_SCRIPT = `
local now = tonumber(ARGV[1])
local emptied = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local key = ARGV[2] .. id
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if redis.call('ZCARD', key) == 0 then
    redis.call('SREM', KEYS[1], id)
    table.insert(emptied, id)
  end
end
return emptied
`;

type ExecResult = [Error | null, unknown][] | null;

function assertExecuted(results: ExecResult): void {
  const failed = results?.find(([error]) => error !== null);
  if (failed?.[0]) {
    throw failed[0];
  }
}

/**
 * Counts shared by every instance. Per doctor a sorted set of socket ids scored by expiry time: instances refresh
 * their own entries on a heartbeat, so the sockets of an instance that died without closing them expire instead
 * of keeping a doctor online forever. A set of doctor ids lets any instance sweep them.
 */
export class RedisPresenceCounter implements PresenceCounter {
  private readonly local = new LocalSockets();
  private readonly doctorsKey: string;
  private readonly doctorKeyPrefix: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly ttlMs = PRESENCE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.doctorsKey = `${prefix}:presence:doctors`;
    this.doctorKeyPrefix = `${prefix}:presence:doctor:`;
  }

  async add(doctorId: string, socketId: string): Promise<void> {
    this.local.add(doctorId, socketId);
    const key = this.doctorKeyPrefix + doctorId;
    assertExecuted(
      await this.redis
        .multi()
        .zadd(key, this.now() + this.ttlMs, socketId)
        .pexpire(key, this.ttlMs * 2)
        .sadd(this.doctorsKey, doctorId)
        .exec(),
    );
  }

  async remove(doctorId: string, socketId: string): Promise<void> {
    this.local.remove(doctorId, socketId);
    await this.redis.zrem(this.doctorKeyPrefix + doctorId, socketId);
  }

  async count(doctorId: string): Promise<number> {
    return this.redis.zcount(this.doctorKeyPrefix + doctorId, `(${this.now()}`, '+inf');
  }

  async heartbeat(): Promise<string[]> {
    const entries = this.local.entries();
    if (entries.length > 0) {
      const expiresAt = this.now() + this.ttlMs;
      const refresh = this.redis.multi();
      for (const [doctorId, socketIds] of entries) {
        const key = this.doctorKeyPrefix + doctorId;
        // Plain ZADD (not XX): an entry swept while this process stalled comes back.
        refresh.zadd(key, ...socketIds.flatMap((id) => [expiresAt, id])).pexpire(key, this.ttlMs * 2);
        refresh.sadd(this.doctorsKey, doctorId);
      }
      assertExecuted(await refresh.exec());
    }
    return this.sweep();
  }

  async removeAllLocal(): Promise<string[]> {
    const entries = this.local.entries();
    if (entries.length > 0) {
      const removal = this.redis.multi();
      for (const [doctorId, socketIds] of entries) {
        removal.zrem(this.doctorKeyPrefix + doctorId, ...socketIds);
      }
      assertExecuted(await removal.exec());
    }
    return this.local.clear();
  }

  async liveDoctorIds(): Promise<string[]> {
    await this.sweep();
    return this.redis.smembers(this.doctorsKey);
  }

  private async sweep(): Promise<string[]> {
    const emptied = await this.redis.eval(SWEEP_SCRIPT, 1, this.doctorsKey, this.now(), this.doctorKeyPrefix);
    return Array.isArray(emptied) ? emptied.map(String) : [];
  }
}
