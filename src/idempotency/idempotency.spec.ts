import { replayOf, requestHashOf, storedKeyOf } from './idempotency';

describe('requestHashOf', () => {
  it('hashes equal requests alike whatever their key order', () => {
    expect(requestHashOf('POST /appointments', { a: 1, b: 'x', c: null })).toBe(
      requestHashOf('POST /appointments', { c: null, b: 'x', a: 1 }),
    );
  });

  it('tells different bodies and different routes apart', () => {
    const base = requestHashOf('POST /appointments', { doctorId: 'd', startsAt: '2030-01-07T10:00:00.000Z' });
    expect(requestHashOf('POST /appointments', { doctorId: 'd', startsAt: '2030-01-07T10:30:00.000Z' })).not.toBe(base);
    expect(requestHashOf('POST /other', { doctorId: 'd', startsAt: '2030-01-07T10:00:00.000Z' })).not.toBe(base);
  });

  it('treats an absent field and a null one alike, and is a SHA-256 hex digest', () => {
    const hash = requestHashOf('r', { reason: undefined });
    expect(hash).toBe(requestHashOf('r', { reason: null }));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('stored answers', () => {
  const answer = { status: 201, body: { code: 'X' } as never };

  it('replays the stored answer for the same request and refuses another request with 422', () => {
    const stored = { requestHash: 'h', answer };
    expect(replayOf(stored, 'h')).toBe(answer);
    expect(() => replayOf(stored, 'other')).toThrow(expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED' }));
  });

  it('reads a row without an answer as nothing stored', () => {
    expect(storedKeyOf(undefined)).toBeNull();
    expect(storedKeyOf({ request_hash: 'h', response_status: null, response_body: null })).toBeNull();
    expect(storedKeyOf({ request_hash: 'h', response_status: 201, response_body: answer.body })).toEqual({
      requestHash: 'h',
      answer,
    });
  });
});
