import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Appointment, ErrorResponse } from '@app/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../common/errors/app-error';
import { requestPath } from '../common/http/request-id';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** What an error answer needs to be stored verbatim: the request's id and path. */
export interface RequestMeta {
  requestId: string;
  path: string;
}

/** A booking's answer; with an `Idempotency-Key` it may be a stored one, an error included. */
export interface BookingAnswer {
  status: number;
  body: Appointment | ErrorResponse;
}

export const CurrentRequestMeta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { requestId: request.id, path: requestPath(request.url) };
});

/** The optional `Idempotency-Key` header: absent → null; empty or over 255 characters → 400. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const raw = context.switchToHttp().getRequest<FastifyRequest>().headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (raw === undefined) {
    return null;
  }
  if (typeof raw !== 'string' || raw.length < 1 || raw.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new ValidationError([
      {
        field: IDEMPOTENCY_KEY_HEADER,
        message: `${IDEMPOTENCY_KEY_HEADER} must be 1..${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
      },
    ]);
  }
  return raw;
});

/** Sends a booking answer with its own status (a replayed first answer may be an error). */
export function sendBookingAnswer(reply: FastifyReply, answer: BookingAnswer): BookingAnswer['body'] {
  void reply.status(answer.status);
  return answer.body;
}
