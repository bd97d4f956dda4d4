import { FIELD_LIMITS } from '@app/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../common/errors/app-error';
import { toErrorResponse } from '../common/errors/error-response';
import { requestPath } from '../common/http/request-id';
import { requestHashOf, type KeyAnswer, type KeyClaim, type Keyed } from './idempotency';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** `FIELD_LIMITS.idempotencyKey.max`, under the name the routes document it by. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = FIELD_LIMITS.idempotencyKey.max;

/** What an error answer needs to be stored verbatim: the request's id and path. */
export interface RequestMeta {
  requestId: string;
  path: string;
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
  const { min, max } = FIELD_LIMITS.idempotencyKey;
  if (typeof raw !== 'string' || raw.length < min || raw.length > max) {
    throw new ValidationError([
      {
        field: IDEMPOTENCY_KEY_HEADER,
        message: `${IDEMPOTENCY_KEY_HEADER} must be ${min}..${max} characters`,
      },
    ]);
  }
  return raw;
});

/**
 * The `Idempotency-Key` protocol at the edge, for any route that takes a key: the claim handed to the operation
 * (whose request is hashed with its route, and whose refusals are rendered as the global filter renders them, once,
 * so the answer stored and the answer sent are the same bytes), and the answer sent: the operation's value with the
 * route's status, a replayed first answer with its own status, or a refusal the operation stored.
 */
export class KeyedRequest implements KeyClaim {
  readonly requestHash: string;
  private readonly rendered = new WeakMap<AppError, KeyAnswer>();

  constructor(
    readonly userId: string,
    readonly key: string,
    route: string,
    request: Record<string, unknown>,
    private readonly meta: RequestMeta,
  ) {
    this.requestHash = requestHashOf(route, request);
  }

  answerOf(error: AppError): KeyAnswer {
    let answer = this.rendered.get(error);
    if (!answer) {
      const mapped = toErrorResponse(error, this.meta.path, this.meta.requestId);
      answer = { status: mapped.status, body: mapped.body };
      this.rendered.set(error, answer);
    }
    return answer;
  }

  /** The answer this request stored for a refusal, if it stored one. */
  storedAnswerFor(error: unknown): KeyAnswer | undefined {
    return error instanceof AppError ? this.rendered.get(error) : undefined;
  }
}

/**
 * Runs an operation under an optional key and sends its answer. Without a key the operation's refusals go to the
 * global filter as usual; with one, a refusal the operation stored is sent exactly as stored.
 */
export async function sendKeyed<T>(
  reply: FastifyReply,
  status: number,
  claim: KeyedRequest | null,
  operation: (claim: KeyClaim | null) => Promise<Keyed<T>>,
): Promise<unknown> {
  let outcome: Keyed<T>;
  try {
    outcome = await operation(claim);
  } catch (error) {
    const stored = claim?.storedAnswerFor(error);
    if (!stored) {
      throw error;
    }
    void reply.status(stored.status);
    return stored.body;
  }
  if ('replay' in outcome) {
    void reply.status(outcome.replay.status);
    return outcome.replay.body;
  }
  void reply.status(status);
  return outcome.value;
}
