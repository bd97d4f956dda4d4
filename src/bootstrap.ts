import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { applyExamples } from './api-docs/examples';
import { buildAsyncApiDocument, withServerHost } from './api-docs/asyncapi-document';
import { buildOpenApiDocument } from './api-docs/openapi-document';
import { corsOptions } from './common/http/cors';
import { requestIdFor } from './common/http/request-id';
import { createValidationPipe } from './common/http/validation';
import { isWebAppPath, serveWebApp, WEB_APP_CSP } from './common/http/web-app';
import { bindRequestLogger, createLogger, nestLoggerFor } from './common/logger';
import type { AppConfig } from './config/app-config';
import { createSocketAdapter } from './notifications/redis-io.adapter';

export const API_PREFIX = 'api/v1';
/** Routes served without the prefix (probes hit `/health/…` directly). */
export const UNPREFIXED_ROUTES = ['health/live', 'health/ready'];

/**
 * Headers on every answer: no MIME sniffing, no framing, no referrer; API answers (health data) are never
 * cached; HSTS in production. The Swagger UI keeps its own scripts, so only API answers get a strict CSP. Built once
 * per kind of answer at start (names in lower case, as Fastify keeps them), not for every response. The web app's
 * pages and files get their own CSP (`WEB_APP_CSP`) and the cache headers its files are served with.
 */
function securityHeaders(production: boolean): {
  api: Readonly<Record<string, string>>;
  docs: Readonly<Record<string, string>>;
  web: Readonly<Record<string, string>>;
} {
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };
  if (production) {
    common['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  }
  const api = {
    ...common,
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  };
  const web = { ...common, 'content-security-policy': WEB_APP_CSP };
  return { api: Object.freeze(api), docs: Object.freeze(common), web: Object.freeze(web) };
}
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Swagger UI at `/docs`, the OpenAPI document at `/docs-json` and the AsyncAPI document of the socket namespace at
 * `/docs/asyncapi.json`, built once from the same components. Examples that must lie ahead (a booking's start) are
 * dated afresh for each request; the socket server is the host the document was asked from.
 */
function serveApiDocuments(app: NestFastifyApplication): void {
  const openapi = buildOpenApiDocument(app);
  const asyncapi = buildAsyncApiDocument(openapi);
  SwaggerModule.setup('docs', app, openapi, {
    jsonDocumentUrl: 'docs-json',
    patchDocumentOnRequest: (_request, _reply, document) => applyExamples(document, new Date()),
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/docs/asyncapi.json', (request, reply) => {
      const host = request.headers.host;
      void reply.send(host ? withServerHost(asyncapi, host) : asyncapi);
    });
}

/**
 * While shutting down, answers still in flight close their connection, so keep-alive clients cannot hold the
 * server open once the last request has finished. Raised by `closeApp` before Nest's shutdown starts: Nest runs
 * its hooks and closes Socket.IO (which closes the HTTP server) before Fastify's own close begins.
 */
const drainFlags = new WeakMap<object, { value: boolean }>();

/** Graceful stop: no new work, requests in flight finish (then their connections close), sockets and pool close. */
export async function closeApp(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const draining = drainFlags.get(fastify);
  if (draining) {
    draining.value = true;
  }
  fastify.server.closeIdleConnections();
  await app.close();
}

export interface CreateAppOptions {
  /** Where log lines go instead of stdout (tests that read the logs). */
  logDestination?: DestinationStream;
}

/** Builds the whole HTTP application (also used by the e2e tests, so they test the real thing). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger(config.logLevel, options.logDestination, config.logFormat);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    trustProxy: config.trustProxy === false ? false : config.trustProxy.split(',').map((p) => p.trim()),
    return503OnClosing: true,
    // Slow-header clients are cut off: the header deadline is checked every second, not every 30 s.
    http: { headersTimeout: config.http.headersTimeoutMs, connectionsCheckingInterval: 1000 },
    connectionTimeout: 60_000,
    requestTimeout: config.http.requestTimeoutMs,
    keepAliveTimeout: 72_000,
  });
  const fastify = adapter.getInstance();
  if (config.logRequestContext) {
    bindRequestLogger(fastify);
  }
  const draining = { value: false };
  drainFlags.set(fastify, draining);
  // One callback hook, not async and not several: it runs on every answer (errors and 404s included).
  const headers = securityHeaders(config.nodeEnv === 'production');
  const servesWebApp = config.webRoot !== null;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    if (request.url.startsWith('/docs')) {
      void reply.headers(headers.docs);
    } else if (servesWebApp && isWebAppPath(request.url)) {
      void reply.headers(headers.web);
    } else {
      void reply.headers(headers.api);
    }
    if (draining.value) {
      void reply.header('connection', 'close');
    }
    done(null, payload);
  });
  // Errors raised by Fastify itself (body too large, bad JSON) reach Nest's error handler and so the one global
  // filter: no Fastify-level handler of our own.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: nestLoggerFor(logger),
    bufferLogs: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(createValidationPipe());
  app.useWebSocketAdapter(createSocketAdapter(app, config));
  app.enableCors(corsOptions(config.corsOrigins));
  if (config.docsEnabled) {
    serveApiDocuments(app);
  }
  if (config.webRoot !== null) {
    await serveWebApp(app, config.webRoot);
  }
  return app;
}
