import type { LoggerService } from '@nestjs/common';
import { types } from 'node:util';
import pino, { type DestinationStream, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
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
  level: string,
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

/** Nest's logger on top of the same pino instance, so framework and app lines share one JSON format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? params.pop() : undefined;
    if (typeof message === 'object' && message !== null) {
      const text = typeof params[0] === 'string' ? params[0] : undefined;
      this.logger[level]({ context, ...(message as Record<string, unknown>) }, text);
      return;
    }
    const extra = level === 'error' && typeof params[0] === 'string' ? { stack: params[0] } : {};
    this.logger[level]({ context, ...extra }, String(message));
  }

  log(message: unknown, ...params: unknown[]): void {
    const context = params[params.length - 1];
    this.write(typeof context === 'string' && WIRING_CONTEXTS.has(context) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
}
