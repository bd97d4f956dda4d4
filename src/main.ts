import 'reflect-metadata';
import { closeApp, createApp } from './bootstrap';
import { describeDatabase, serviceUrls, startBanner } from './common/start-banner';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const SHUTDOWN_DEADLINE_MS = 30_000;

async function main(): Promise<void> {
  const config = configOrExit();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const fastify = app.getHttpAdapter().getInstance();
  const logger = fastify.log;
  const address = fastify.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const urls = serviceUrls(config, port);
  if (config.logFormat === 'pretty') {
    process.stdout.write(startBanner(config, urls));
  } else {
    logger.info({ port, database: describeDatabase(config.database), urls }, 'clinic booking is listening');
  }

  let stopping = false;
  // SIGTERM: stop accepting, let requests in flight finish, close sockets and the pool, exit 0.
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A request that never ends must not keep the process alive forever.
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    closeApp(app)
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
