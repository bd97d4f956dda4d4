import type { RedisOptions } from 'ioredis';
import type Redis from 'ioredis';

/**
 * Commands (rate limits, presence counts, publishes): a command waits through at most two reconnect attempts, then
 * fails, and no command waits longer than `COMMAND_TIMEOUT_MS` for its answer, so a Redis that is down or stalls costs
 * a request an error (each caller says what it does then), never a request that hangs.
 */
export const COMMAND_TIMEOUT_MS = 5000;
export const COMMAND_CLIENT_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 2,
  enableOfflineQueue: true,
  commandTimeout: COMMAND_TIMEOUT_MS,
};

/**
 * A subscriber sends no handshake commands. ioredis 5 (since 5.8.2) writes its handshake (`CLIENT SETINFO`, then the
 * ready check's `INFO`) while subscriptions queued during the connect are already going out: once a SUBSCRIBE has
 * gone, the `INFO` is refused ("Connection in subscriber mode, only subscriber commands may be used"), the
 * connection is reset, and a subscription asked for at that moment is lost (ioredis issue #2037, fixed in ioredis 6).
 * Seen in CI: an instance's Socket.IO adapter, which subscribes while its connection opens, went deaf to the other
 * instances. Neither command means anything to a connection that only listens; after a reconnect ioredis still
 * subscribes again to everything Redis had acknowledged.
 */
const SUBSCRIBER_HANDSHAKE: RedisOptions = { enableReadyCheck: false, disableClientInfo: true };

/**
 * A subscriber: its SUBSCRIBE/PSUBSCRIBE wait for Redis however long it takes (no retry limit, no command timeout).
 * With a limit, a subscription asked for while Redis was unreachable was failed and never made again (ioredis
 * subscribes again after a reconnect only to what Redis had acknowledged), and the instance went on without it:
 * deaf to the other instances' socket events and revocations for as long as it ran.
 */
export function subscriberOf(client: Redis): Redis {
  return client.duplicate({ maxRetriesPerRequest: null, commandTimeout: undefined, ...SUBSCRIBER_HANDSHAKE });
}

/**
 * Makes `publish` on `client` never reject: a failure is handed to `onError` and the publish answers 0 receivers.
 * For a client whose publishes nobody awaits (the Socket.IO Redis adapter's): an unhandled rejection during a Redis
 * outage would end the process. What such a publish carried is lost, as a socket event is when Redis is down.
 */
export function publishingSafely(client: Redis, onError: (error: unknown) => void): Redis {
  const original: (channel: string | Buffer, message: string | Buffer) => Promise<number> = client.publish.bind(client);
  const safe = (channel: string | Buffer, message: string | Buffer): Promise<number> =>
    original(channel, message).catch((error: unknown) => {
      onError(error);
      return 0;
    });
  client.publish = safe;
  return client;
}
