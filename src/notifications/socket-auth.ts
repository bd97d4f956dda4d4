import { FIELD_LIMITS } from '@app/contracts';
import type { Socket } from 'socket.io';
import { bearerToken } from '../auth/jwt.strategy';

/** The access token of a handshake: `auth.token` (a bare token or `Bearer …`), else the Authorization header. */
export function handshakeToken(handshake: Pick<Socket['handshake'], 'auth' | 'headers'>): string | null {
  const given: unknown = (handshake.auth as Record<string, unknown> | undefined)?.token;
  const token =
    typeof given === 'string' && given.trim() !== ''
      ? given.trim().replace(/^Bearer\s+/i, '')
      : bearerToken(handshake.headers.authorization);
  return token && token.length <= FIELD_LIMITS.accessToken.max ? token : null;
}
