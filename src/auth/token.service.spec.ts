import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { TokenService } from './token.service';

const config = {
  jwt: { secret: 's'.repeat(40), accessTtl: 60, refreshTtl: 600, issuer: 'clinic-booking' },
} as AppConfig;

function service(): TokenService {
  return new TokenService(new JwtService({ secret: config.jwt.secret }), config);
}

describe('TokenService.verifyAccess', () => {
  afterEach(() => jest.useRealTimers());

  it('answers a token it has verified from memory, the same payload each time', () => {
    const tokens = service();
    const token = tokens.signAccess('u1', 'patient', 3);
    const first = tokens.verifyAccess(token);
    expect(first).toEqual(expect.objectContaining({ sub: 'u1', role: 'patient', ver: 3, typ: 'access' }));
    expect(tokens.verifyAccess(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('refuses a remembered token once it has expired', () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    const tokens = service();
    const token = tokens.signAccess('u1', 'patient', 0);
    tokens.verifyAccess(token);
    jest.setSystemTime(new Date('2026-11-26T10:00:59Z'));
    expect(tokens.verifyAccess(token).sub).toBe('u1');
    jest.setSystemTime(new Date('2026-11-26T10:01:00Z'));
    expect(() => tokens.verifyAccess(token)).toThrow('Missing or invalid access token');
  });

  it('never lets a changed token ride on a remembered one', () => {
    const tokens = service();
    const token = tokens.signAccess('u1', 'patient', 0);
    tokens.verifyAccess(token);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(payload, 'base64url').toString().replace('"patient"', '"admin"');
    const tampered = [header, Buffer.from(forged).toString('base64url'), signature].join('.');
    expect(() => tokens.verifyAccess(tampered)).toThrow('Missing or invalid access token');
    expect(() => tokens.verifyAccess(`${token}x`)).toThrow('Missing or invalid access token');
  });

  it('does not take a refresh token for an access token', () => {
    const tokens = service();
    const { token } = tokens.signRefresh('u1', 'family');
    expect(() => tokens.verifyAccess(token)).toThrow('Missing or invalid access token');
  });
});
