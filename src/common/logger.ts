import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
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
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
];

/** Errors are logged by type, message, code and stack only: never the SQL parameters or a request body. */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { message: String(error) };
  }
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    code: typeof code === 'string' ? code : undefined,
    stack: error.stack,
  };
}

export function createLogger(level: string): Logger {
  return pino({
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
  });
}

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
    this.write('info', message, params);
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
