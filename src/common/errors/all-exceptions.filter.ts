import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestPath } from '../http/request-id';
import { toErrorResponse } from './error-response';

/** The single global filter: every failed HTTP request answers in the contract's error shape. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      throw exception;
    }
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = toErrorResponse(exception, requestPath(request.url), request.id);
    if (mapped.unexpected) {
      this.logger.error({ requestId: request.id, err: exception, status: mapped.status }, 'request failed');
    }
    void reply.status(mapped.status).headers(mapped.headers).send(mapped.body);
  }
}
