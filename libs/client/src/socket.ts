import { NOTIFICATIONS_NAMESPACE, type ClientToServerEvents, type ServerToClientEvents } from '@app/contracts';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

/** A socket on `/notifications`, typed by the contract's event maps. */
export type NotificationsSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** socket.io-client's options; `auth` is built from the token. */
export type NotificationsOptions = Omit<Partial<ManagerOptions & SocketOptions>, 'auth'>;

/**
 * Opens the `/notifications` namespace with the access token in the handshake's `auth`. A socket lives no longer
 * than its token: pass a function to hand a fresh one to every reconnection.
 */
export function connectNotifications(
  baseUrl: string,
  token: string | (() => string | Promise<string>),
  options: NotificationsOptions = {},
): NotificationsSocket {
  const auth =
    typeof token === 'string'
      ? { token }
      : (answer: (data: { token?: string }) => void) => {
          // A token that cannot be had sends none: the handshake then fails with connect_error "Unauthorized".
          Promise.resolve()
            .then(token)
            .then(
              (value) => answer({ token: value }),
              () => answer({}),
            );
        };
  return io(`${baseUrl.replace(/\/+$/, '')}${NOTIFICATIONS_NAMESPACE}`, { ...options, auth });
}
