import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestPath } from '../http/request-id';
import { toErrorResponse } from './error-response';
import { FHIR_CONTENT_TYPE, isFhirPath, operationOutcomeOf } from './operation-outcome';

/**
 * The single global filter: every failed HTTP request answers in the contract's error shape (`ErrorResponse`, or an
 * `OperationOutcome` under the FHIR API).
 */
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
    const path = requestPath(request.url);
    const mapped = toErrorResponse(exception, path, request.id);
    if (mapped.unexpected) {
      this.logger.error({ requestId: request.id, err: exception, status: mapped.status }, 'request failed');
    }
    void reply.status(mapped.status).headers(mapped.headers);
    if (isFhirPath(path)) {
      // The FHIR API's errors are OperationOutcomes, with the same status and code (unknown resource types too).
      void reply
        .header('Content-Type', FHIR_CONTENT_TYPE)
        .send(JSON.stringify(operationOutcomeOf(mapped.status, mapped.body)));
      return;
    }
    void reply.send(mapped.body);
  }
}
