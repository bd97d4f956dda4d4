import type { Socket } from 'socket.io';
import { bearerToken } from '../auth/jwt.strategy';

/** Longer than any token we issue; anything bigger is refused unread. */
const MAX_TOKEN_LENGTH = 4096;

/** The access token of a handshake: `auth.token` (a bare token or `Bearer …`), else the Authorization header. */
export function handshakeToken(handshake: Pick<Socket['handshake'], 'auth' | 'headers'>): string | null {
  const given: unknown = (handshake.auth as Record<string, unknown> | undefined)?.token;
  const token =
    typeof given === 'string' && given.trim() !== ''
      ? given.trim().replace(/^Bearer\s+/i, '')
      : bearerToken(handshake.headers.authorization);
  return token && token.length <= MAX_TOKEN_LENGTH ? token : null;
}
