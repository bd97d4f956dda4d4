import type { Appointment } from '@app/contracts';
import { io, type Socket } from 'socket.io-client';
import type { Session } from './sessions';

const CONNECT_CONCURRENCY = 50;

export type OnCreated = (payload: { appointment: Appointment }) => void;

/** A doctor's socket listens for `appointment.created` from the start (patients' sockets just sit there). */
function connect(url: string, session: Session, onCreated: OnCreated): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/notifications`, {
      transports: ['websocket'],
      auth: { token: session.accessToken },
      reconnection: false,
      // One engine connection per socket: without it, every client would share a single multiplexed connection.
      forceNew: true,
      timeout: 30_000,
    });
    if (session.doctorId !== null) {
      socket.on('appointment.created', onCreated);
    }
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Opens one socket per session into `sockets` (which the caller closes, also after a failure), 50 at a time. */
export async function connectAll(
  url: string,
  sessions: Session[],
  sockets: Socket[],
  onCreated: OnCreated,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECT_CONCURRENCY }, async () => {
      for (let i = next++; i < sessions.length; i = next++) {
        sockets.push(await connect(url, sessions[i], onCreated));
      }
    }),
  );
}
