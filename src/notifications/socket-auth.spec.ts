import { handshakeToken } from './socket-auth';

describe('handshakeToken', () => {
  it('takes auth.token first, with or without a Bearer prefix', () => {
    expect(handshakeToken({ auth: { token: 'abc' }, headers: { authorization: 'Bearer other' } })).toBe('abc');
    expect(handshakeToken({ auth: { token: 'Bearer abc' }, headers: {} })).toBe('abc');
  });

  it('falls back to the Authorization: Bearer header', () => {
    expect(handshakeToken({ auth: {}, headers: { authorization: 'Bearer abc' } })).toBe('abc');
    expect(handshakeToken({ auth: { token: 42 }, headers: { authorization: 'Basic abc' } })).toBeNull();
  });

  it('refuses absurdly long tokens unread', () => {
    expect(handshakeToken({ auth: { token: 'x'.repeat(5000) }, headers: {} })).toBeNull();
  });
});
