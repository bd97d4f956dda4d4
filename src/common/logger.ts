import type { FastifyInstance } from 'fastify';
import { type Params, PinoLogger, Logger as PinoNestjsLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { types } from 'node:util';
import pino, { type DestinationStream, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import type { LogLevel } from '../config/env.schema';
import { requestPath } from './http/request-id';

/** Keys whose values never reach a log line, wherever they appear. */
const REDACTED = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'accessToken',
  'refreshToken',
  'token',
  'authorization',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
];

/**
 * PostgreSQL data errors (SQLSTATE class 22) quote the offending input (`invalid input syntax for type uuid: "…"`),
 * which may be a diagnosis or a password: their quoted part is cut from the message and from the stack.
 */
function withoutQuotedInput(error: Error, code: string | undefined): { message: string; stack?: string } {
  if (!code?.startsWith('22')) {
    return { message: error.message, stack: error.stack };
  }
  const message = error.message.replace(/"[\s\S]*"/, '"[redacted]"');
  return { message, stack: error.stack?.split(error.message).join(message) };
}

/** Errors are logged by type, message, code and stack only: never the SQL parameters or a request body. */
function serializeError(error: unknown): Record<string, unknown> {
  // isNativeError also knows socket errors made in Node's own realm (under Jest, instanceof does not).
  if (!types.isNativeError(error)) {
    return { message: String(error) };
  }
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : undefined;
  return { type: error.name, ...withoutQuotedInput(error, code), code };
}

/**
 * Colourised, one readable line per entry (pino-pretty, in-process: no worker thread). Redaction and serializers
 * run before it, so it shows exactly what a JSON line would carry.
 */
function prettyStdout(): DestinationStream {
  return pinoPretty({
    colorize: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    singleLine: true,
    // Synchronous, so lines keep their order with what the process writes itself (the start banner).
    sync: true,
  });
}

/**
 * `destination` defaults to stdout (JSON, or pretty lines with `format: 'pretty'`); tests pass their own to read
 * every line the app writes, always as JSON.
 */
export function createLogger(
  level: LogLevel,
  destination?: DestinationStream,
  format: 'json' | 'pretty' = 'json',
): Logger {
  return pino(
    {
      level,
      base: { service: 'clinic-booking' },
      redact: { paths: REDACTED, censor: '[redacted]' },
      serializers: {
        err: serializeError,
        error: serializeError,
        // Paths only: query strings may carry search terms (names, diagnoses).
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: requestPath(req.url ?? '') }),
        res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? (format === 'pretty' ? prettyStdout() : undefined),
  );
}

/**
 * Nest's start-up chatter (one line per module, controller, route and socket message: ~80 lines) is wiring, not
 * news: it goes to `debug`. Its warnings and errors keep their level.
 */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController']);

/**
 * nestjs-pino's `Logger` for Nest, with the wiring demoted: nestjs-pino maps `log` to `info` and has no per-context
 * level, so this one override is all that is left of the hand-written adapter.
 */
export class NestLogger extends PinoNestjsLogger {
  override log(message: unknown, ...params: unknown[]): void {
    const context = params[params.length - 1];
    if (typeof context === 'string' && WIRING_CONTEXTS.has(context)) {
      this.debug(message, ...params);
      return;
    }
    super.log(message, ...params);
  }
}

/**
 * Nest's logger (`NestFactory.create`'s `logger`): nestjs-pino on the app's one pino instance, the one Fastify logs
 * with (no second instance, no pino-http request lines: Fastify already logs each request). Inside a request its lines
 * go through the request's child logger (`bindRequestLogger`), so they carry the `reqId`; outside one, through
 * `logger`.
 */
export function nestLoggerFor(logger: Logger): NestLogger {
  const params: Params = { pinoHttp: { logger } };
  return new NestLogger(new AppPinoLogger(logger, params), params);
}

/**
 * nestjs-pino keeps one logger per process for lines written outside a request (the first app's): each app here
 * keeps its own, so a second app in the same process (tests, the multi-instance specs) logs to its own destination.
 */
class AppPinoLogger extends PinoLogger {
  constructor(
    private readonly root: Logger,
    params: Params,
  ) {
    super(params);
  }

  override get logger(): Logger {
    return storage.getStore()?.logger ?? this.root;
  }
}

/**
 * Makes the request's child logger (Fastify's, with the `reqId`) the one nestjs-pino writes through for the rest of
 * the request: what nestjs-pino's own middleware does with `useExisting`, as one Fastify hook. Nest middleware on
 * Fastify runs through `@fastify/middie` and its route matching on every request: measured, that cost the bare
 * health route 29% of its throughput and the authed read 0.81 → 0.69 of its ceiling.
 */
export function bindRequestLogger(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    // Fastify's request logger is a child of `createLogger`'s pino instance: a pino Logger by construction.
    storage.run(new Store(request.log as Logger), done);
  });
}
