import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TooManyRequestsError } from './app-error';
import { toErrorResponse } from './error-response';
import MaxRetriesPerRequestError from 'ioredis/built/errors/MaxRetriesPerRequestError';

function queryFailed(driverError: Record<string, unknown>): QueryFailedError {
  return new QueryFailedError('INSERT …', ['secret parameter'], Object.assign(new Error('db says no'), driverError));
}

describe('toErrorResponse', () => {
  it('maps an AppError by its code, with details and headers', () => {
    const mapped = toErrorResponse(new TooManyRequestsError('slow down', 60), '/p', 'rid');
    expect(mapped.status).toBe(429);
    expect(mapped.headers).toEqual({ 'Retry-After': '60' });
    expect(mapped.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS', path: '/p', requestId: 'rid' });
  });

  it('turns an exclusion violation into 409 APPOINTMENT_CONFLICT', () => {
    const mapped = toErrorResponse(
      queryFailed({ code: '23P01', constraint: 'ex_appointments_doctor_overlap' }),
      '/a',
      'r',
    );
    expect(mapped.status).toBe(409);
    expect(mapped.body.code).toBe('APPOINTMENT_CONFLICT');
  });

  it('turns known unique violations into their codes and unknown SQL errors into a bare 500', () => {
    expect(toErrorResponse(queryFailed({ code: '23505', constraint: 'uq_users_email' }), '/', 'r').body.code).toBe(
      'EMAIL_TAKEN',
    );
    const unknown = toErrorResponse(queryFailed({ code: '42P01' }), '/', 'r');
    expect(unknown.status).toBe(500);
    expect(unknown.unexpected).toBe(true);
    expect(JSON.stringify(unknown.body)).not.toMatch(/INSERT|secret parameter|db says no/);
  });

  it('answers 503 when the database is unreachable', () => {
    const mapped = toErrorResponse(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      '/',
      'r',
    );
    expect(mapped.status).toBe(503);
    expect(mapped.body.code).toBe('SERVICE_UNAVAILABLE');
  });

  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['an unreachable host', Object.assign(new Error('connect EHOSTUNREACH 10.0.0.9:5432'), { code: 'EHOSTUNREACH' })],
    ['a DNS hiccup', Object.assign(new Error('getaddrinfo EAI_AGAIN db'), { code: 'EAI_AGAIN' })],
    ['a connection lost mid-query', queryFailed({ message: 'Connection terminated unexpectedly' })],
    ['a connection lost outside a query', new Error('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['no pool client in time', new Error('timeout exceeded when trying to connect')],
    ['an administrator shutdown (57P01)', queryFailed({ code: '57P01' })],
    ['a statement timeout (57014)', queryFailed({ code: '57014' })],
    ['Redis down (ioredis gave up retrying)', new MaxRetriesPerRequestError(2)],
    ['Redis stalled (ioredis command timeout)', new Error('Command timed out')],
    ['a Redis connection closed under a command', new Error('Connection is closed.')],
  ])('answers 503 SERVICE_UNAVAILABLE, without details, for %s', (_case, error) => {
    const mapped = toErrorResponse(error, '/', 'r');
    expect(mapped.status).toBe(503);
    expect(mapped.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(mapped.headers).toEqual({ 'Retry-After': '5' });
    expect(JSON.stringify(mapped.body)).not.toMatch(/ECONN|EHOST|EAI|terminated|timeout|INSERT|secret/);
  });

  it('maps framework exceptions and Fastify body errors', () => {
    expect(toErrorResponse(new NotFoundException(), '/', 'r').status).toBe(404);
    expect(toErrorResponse(new BadRequestException('bad'), '/', 'r').body.code).toBe('VALIDATION_FAILED');
    const tooLarge = toErrorResponse(
      Object.assign(new Error('Request body is too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }),
      '/',
      'r',
    );
    expect(tooLarge.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('never lets an unknown error reach the client as anything but a generic 500', () => {
    const mapped = toErrorResponse(new TypeError("Cannot read properties of undefined (reading 'x')"), '/', 'r');
    expect(mapped.body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' });
  });
});
