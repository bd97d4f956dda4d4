import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { COMMAND_CLIENT_OPTIONS, publishingSafely, subscriberOf } from '../common/redis/redis-clients';
import type { AppConfig } from '../config/app-config';

/** Largest message a socket client may send: the REST body limit, so a socket is no wider a door than HTTP. */
export const SOCKET_MAX_MESSAGE_BYTES = 100 * 1024;

/** Socket.IO on the app's own HTTP server, with the app's CORS origins and message size limit. */
export class ClinicIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    protected readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    return super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: SOCKET_MAX_MESSAGE_BYTES,
      cors: { origin: this.config.corsOrigins, credentials: false },
    }) as Server;
  }
}

/**
 * Several instances behind one Redis: the Redis adapter relays room emits to every instance, so an event raised
 * on one reaches a user connected to another. Pub/sub need connections of their own (a subscribed connection can
 * do nothing else); both are closed when the app shuts down.
 */
export class RedisIoAdapter extends ClinicIoAdapter {
  private readonly logger = new Logger('RedisIoAdapter');
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(app: INestApplicationContext, config: AppConfig, redisUrl: string) {
    super(app, config);
    // The adapter publishes without awaiting: a publish that fails is logged, not an unhandled rejection.
    this.pub = publishingSafely(new Redis(redisUrl, COMMAND_CLIENT_OPTIONS), (error) =>
      this.logger.warn({ err: error }, 'a Socket.IO event could not be published to Redis'),
    );
    this.sub = subscriberOf(this.pub);
    for (const client of [this.pub, this.sub]) {
      client.on('error', (error: Error) =>
        this.logger.warn({ err: error.message }, 'Socket.IO Redis connection error'),
      );
    }
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const server = super.createIOServer(port, options);
    server.adapter(createAdapter(this.pub, this.sub, { key: `${this.config.redisPrefix}:socket.io` }));
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.all(
      [this.pub, this.sub].map(async (client) => {
        if (client.status !== 'end') {
          await client.quit().catch(() => client.disconnect());
        }
      }),
    );
  }
}

/** A plain adapter for one instance, the Redis one when `REDIS_URL` is set. */
export function createSocketAdapter(app: INestApplicationContext, config: AppConfig): ClinicIoAdapter {
  return config.redisUrl ? new RedisIoAdapter(app, config, config.redisUrl) : new ClinicIoAdapter(app, config);
}
