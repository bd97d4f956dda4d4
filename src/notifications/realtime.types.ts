import type { ClientToServerEvents, Role, ServerToClientEvents } from '@app/contracts';
import type { DefaultEventsMap, Namespace, Socket } from 'socket.io';
import type { Actor } from '../auth/actor';

/** What the handshake middleware leaves on each socket. */
export interface SocketData {
  actor: Actor;
  /** When the access token of the handshake expires (ms since epoch); the socket is closed then. */
  expiresAt: number;
  /** `AccessTokenAuthenticator.revokedSince` of the handshake's read of the caller. */
  revocationMark: number;
}

export type ClinicNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, SocketData>;
export type ClinicSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, SocketData>;

/** Every connection of a user joins this room: events for the user go here and nowhere else. */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** Every connection joins its role's room too, for broadcasts to one role. */
export function roleRoom(role: Role): string {
  return `role:${role}`;
}

/** Admins' sockets that asked for every appointment's events (`appointments.watch`: reception's live board). */
export const BOARD_ROOM = 'board:appointments';

/**
 * Sockets watching a doctor's free time (`slots.watch`) join this room; `slots.changed` goes here (through the Redis
 * adapter, to the watchers on every instance).
 */
export function slotsRoom(doctorId: string): string {
  return `slots:${doctorId}`;
}

/** How many doctors a socket watches: its slots rooms. */
export function watchedDoctorCount(socket: Pick<ClinicSocket, 'rooms'>): number {
  let count = 0;
  for (const room of socket.rooms) {
    count += room.startsWith('slots:') ? 1 : 0;
  }
  return count;
}
