import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from '../common/errors/error-response';
import { requestPath } from '../common/http/request-id';
import { operationOutcomeOf } from './fhir-resources';

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

/**
 * The FHIR routes' errors: the status, headers and code the one mapping gives (`toErrorResponse`, so every status is
 * the REST API's), answered as an `OperationOutcome` in `application/fhir+json`. Guards throw inside the route's
 * exception zone too, so a missing token is an OperationOutcome `login` here.
 */
@Catch()
export class FhirOutcomeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const mapped = toErrorResponse(exception, requestPath(request.url), request.id);
    if (mapped.unexpected) {
      this.logger.error({ requestId: request.id, err: exception, status: mapped.status }, 'request failed');
    }
    void reply
      .status(mapped.status)
      .headers(mapped.headers)
      .header('Content-Type', FHIR_CONTENT_TYPE)
      .send(JSON.stringify(operationOutcomeOf(mapped.status, mapped.body)));
  }
}
