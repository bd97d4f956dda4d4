import type { Appointment, AppointmentEventName, ClientToServerEvents, ServerToClientEvents } from '@app/contracts';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { DomainEvent } from '../../src/common/domain-events';
import { DomainEventPublisher } from '../../src/outbox/domain-event-publisher';
import { DoctorPresenceService } from '../../src/notifications/doctor-presence.service';
import { NotificationsGateway } from '../../src/notifications/notifications.gateway';
import type { Session } from './factories';
import type { TestApp } from './test-app';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type EventName = keyof ServerToClientEvents;
type PayloadOf<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/** Everything a socket received, in order, with a way to wait for the next matching event. */
export class EventLog {
  readonly received: { event: string; payload: unknown }[] = [];
  private waiters: { event: string; match: (payload: unknown) => boolean; resolve: (payload: unknown) => void }[] = [];

  /** `diagnose` adds what the servers know to the message of a wait that ran out (see `waitFor`). */
  constructor(
    readonly socket: ClientSocket,
    private readonly diagnose: () => Promise<string> = async () => '',
  ) {
    socket.onAny((event: string, payload: unknown) => {
      this.received.push({ event, payload });
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.event === event && waiter.match(payload)) {
          waiter.resolve(payload);
          return false;
        }
        return true;
      });
    });
  }

  /**
   * The first event of that name (already received or still to come) that matches. A wait that runs out (30 s, half
   * the test timeout) fails with what this socket did receive, so a lost event is a message rather than a timeout.
   */
  waitFor<E extends EventName>(
    event: E,
    match: (payload: PayloadOf<E>) => boolean = () => true,
    withinMs = 30_000,
  ): Promise<PayloadOf<E>> {
    const test = match as (payload: unknown) => boolean;
    const seen = this.received.find((entry) => entry.event === event && test(entry.payload));
    if (seen) {
      return Promise.resolve(seen.payload as PayloadOf<E>);
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        event,
        match: test,
        resolve: (payload: unknown) => {
          clearTimeout(timer);
          resolve(payload as PayloadOf<E>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const got = this.names().join(', ') || 'nothing';
        void this.diagnose().then(
          (servers) =>
            reject(
              new Error(
                `no matching ${event} within ${withinMs} ms (socket connected=${String(this.socket.connected)}; ` +
                  `received: ${got})${servers ? `; ${servers}` : ''}`,
              ),
            ),
          (error: unknown) =>
            reject(new Error(`no matching ${event} within ${withinMs} ms; diagnosis failed: ${String(error)}`)),
        );
      }, withinMs);
      this.waiters.push(waiter);
    });
  }

  of<E extends EventName>(event: E): PayloadOf<E>[] {
    return this.received.filter((entry) => entry.event === event).map((entry) => entry.payload as PayloadOf<E>);
  }

  names(): string[] {
    return this.received.map((entry) => entry.event);
  }
}

/** Opens sockets to `/notifications` and closes every one of them at the end of each test. */
export class SocketPool {
  private readonly sockets: ClientSocket[] = [];

  /** `diagnose`: what the servers know, added to a failed wait's message (see `EventLog.waitFor`). */
  constructor(private readonly diagnose?: () => Promise<string>) {}

  open(
    url: string,
    credentials: { token?: string; headers?: Record<string, string> } = {},
  ): { socket: ClientSocket; log: EventLog } {
    const socket: ClientSocket = io(`${url}/notifications`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: credentials.token === undefined ? {} : { token: credentials.token },
      extraHeaders: credentials.headers,
    });
    this.sockets.push(socket);
    return { socket, log: new EventLog(socket, this.diagnose) };
  }

  /** Opens a socket for a session and waits until the server accepted it. */
  async connect(url: string, session: Session): Promise<{ socket: ClientSocket; log: EventLog }> {
    const opened = this.open(url, { token: session.accessToken });
    await connected(opened.socket);
    return opened;
  }

  closeAll(): void {
    for (const socket of this.sockets.splice(0)) {
      socket.disconnect();
    }
  }
}

/**
 * Resolves once the server accepted the socket. A handshake that neither connects nor fails within 20 s fails with
 * what the client knows, rather than leaving the test to its timeout with nothing said.
 */
export function connected(socket: ClientSocket, withinMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const engine = socket.io.engine as { readyState?: string; transport?: { name?: string } } | undefined;
      reject(
        new Error(
          `the socket did not connect within ${withinMs} ms (engine ${engine?.readyState ?? 'none'}` +
            ` over ${engine?.transport?.name ?? 'no transport'}, socket active=${String(socket.active)})`,
        ),
      );
    }, withinMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Resolves with the handshake's `connect_error`; fails if the socket connects instead. */
export function refused(socket: ClientSocket): Promise<Error> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the socket connected')));
    socket.once('connect_error', (error) => resolve(error));
  });
}

/** Waits until the presence changes queued on the server (by connects and disconnects so far) are written. */
export async function presenceSettled(...apps: TestApp[]): Promise<void> {
  await Promise.all(apps.map((t) => t.app.get(DoctorPresenceService).drain()));
}

/** Closes a client socket and waits until its server (`t`) has handled the disconnect. */
export async function disconnectAndSettle(t: TestApp, socket: ClientSocket): Promise<void> {
  const serverSide = socket.id ? t.app.get(NotificationsGateway).server.sockets.get(socket.id) : undefined;
  const gone = new Promise<void>((resolve) =>
    serverSide ? serverSide.once('disconnect', () => resolve()) : resolve(),
  );
  socket.disconnect();
  await gone;
  await presenceSettled(t);
}

/** An appointment payload as the booking service publishes it, for driving events without booking. */
export function appointmentOf(patient: Session, doctor: Session, overrides: Partial<Appointment> = {}): Appointment {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    patientId: patient.user.patientId!,
    doctorId: doctor.user.doctorId!,
    startsAt: '2031-03-03T10:00:00.000Z',
    endsAt: '2031-03-03T10:30:00.000Z',
    durationMinutes: 30,
    status: 'pending',
    reason: 'Recurring chest pain',
    notes: null,
    cancellationReason: null,
    cancelledBy: null,
    lateCancellation: false,
    seriesId: null,
    createdAt: now,
    updatedAt: now,
    patient: { id: patient.user.patientId!, fullName: patient.user.fullName },
    doctor: { id: doctor.user.doctorId!, fullName: doctor.user.fullName, specialization: 'General practice' },
    ...overrides,
  };
}

/**
 * Raises an appointment event on `t` as the appointment services do, without an appointment behind it: recorded in a
 * transaction (the parties' inbox), then published after its commit (live delivery).
 */
export async function raiseEvent<K extends AppointmentEventName>(t: TestApp, event: DomainEvent<K>): Promise<void> {
  const events = t.app.get(DomainEventPublisher);
  events.publish(await t.dataSource.transaction((em) => events.record(em, event)));
}
