import { Logger } from '@nestjs/common';
import {
  Ack,
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { NOTIFICATIONS_NAMESPACE, type SetStatusAck, type WatchAck } from '@app/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Actor } from '../auth/actor';
import { AccessTokenAuthenticator } from '../auth/jwt.strategy';
import { AppError } from '../common/errors/app-error';
import { DoctorPresenceService } from './doctor-presence.service';
import { DoctorStatusService } from './doctor-status.service';
import { SetDoctorStatusDto } from './dto/doctor-status.dto';
import { LiveDelivery } from './live-delivery.service';
import { BOARD_ROOM, roleRoom, userRoom, type ClinicNamespace, type ClinicSocket } from './realtime.types';
import { SlotWatchService } from './slot-watch.service';
import { handshakeToken } from './socket-auth';

/**
 * Socket.IO namespace `/notifications`. The handshake is authenticated in middleware with the same rules as REST
 * (deactivated users and retired tokens are refused), so a refused client gets `connect_error` "Unauthorized" and
 * never a `connect`. Each socket joins its user's and its role's room; events go to those rooms only, and
 * `slots.changed` to the sockets that watch the doctor (`slots.watch`, which joins the doctor's slots room).
 */
@WebSocketGateway({ namespace: NOTIFICATIONS_NAMESPACE })
export class NotificationsGateway
  implements OnGatewayInit<ClinicNamespace>, OnGatewayConnection<ClinicSocket>, OnGatewayDisconnect<ClinicSocket>
{
  /** The namespace (set by Nest); services emit through `LiveDelivery`, never straight to it. */
  @WebSocketServer()
  readonly server!: ClinicNamespace;

  private readonly logger = new Logger('NotificationsGateway');
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly authenticator: AccessTokenAuthenticator,
    private readonly delivery: LiveDelivery,
    private readonly presence: DoctorPresenceService,
    private readonly doctorStatus: DoctorStatusService,
    private readonly slotWatch: SlotWatchService,
  ) {}

  afterInit(namespace: ClinicNamespace): void {
    this.delivery.attach(namespace);
    namespace.use((socket, next) => {
      const token = handshakeToken(socket.handshake);
      this.authenticator.authenticateSocket(token).then(
        ({ actor, expiresAt, revocationMark }) => {
          socket.data.actor = actor;
          socket.data.expiresAt = expiresAt;
          socket.data.revocationMark = revocationMark;
          next();
        },
        (error: unknown) => {
          // A bad token sends the client back to login; a database outage must not, so it says so instead.
          if (error instanceof AppError) {
            next(new Error('Unauthorized'));
          } else {
            this.logger.error({ err: error }, 'socket authentication failed');
            next(new Error('Service unavailable'));
          }
        },
      );
    });
  }

  handleConnection(socket: ClinicSocket): void {
    const { actor } = socket.data;
    if (actor.role === 'integration') {
      // Unreachable: the handshake refuses API keys (`authenticateSocket`); a key never gets a room.
      socket.disconnect(true);
      return;
    }
    void socket.join([userRoom(actor.userId), roleRoom(actor.role)]);
    if (this.authenticator.revokedSince(socket.data.revocationMark)) {
      // A revocation since the handshake read the caller may have closed the user's sockets before this one was in
      // its rooms: the caller is read once more, now that it is.
      this.recheck(socket);
    }
    this.scheduleExpiry(socket);
    if (actor.doctorId) {
      this.presence.connected(actor.doctorId, socket.id);
    }
  }

  private recheck(socket: ClinicSocket): void {
    this.authenticator.authenticateSocket(handshakeToken(socket.handshake)).then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof AppError) {
          socket.disconnect(true);
        } else {
          this.logger.warn({ err: error }, 'could not check a new socket against a revocation; it stays open');
        }
      },
    );
  }

  handleDisconnect(socket: ClinicSocket): void {
    clearTimeout(this.expiryTimers.get(socket.id));
    this.expiryTimers.delete(socket.id);
    const actor = socket.data.actor as Actor | undefined;
    if (actor?.doctorId) {
      this.presence.disconnected(actor.doctorId, socket.id);
    }
  }

  /** `{ status: 'online' | 'busy' }`, doctors only; answers `{ ok: true }` or `{ ok: false, code }`. */
  @SubscribeMessage('doctor.set_status')
  async setStatus(
    @ConnectedSocket() socket: ClinicSocket,
    @MessageBody() payload: unknown,
    @Ack() ack: unknown,
  ): Promise<void> {
    answer(socket, 'doctor.set_status', await this.changeStatus(socket.data.actor, payload), ack);
  }

  /** `{ doctorId }`, any role: the socket hears `slots.changed` for that doctor until it unwatches or disconnects. */
  @SubscribeMessage('slots.watch')
  async watchSlots(
    @ConnectedSocket() socket: ClinicSocket,
    @MessageBody() payload: unknown,
    @Ack() ack: unknown,
  ): Promise<void> {
    answer(socket, 'slots.watch', await this.slotWatch.watch(socket, payload), ack);
  }

  /** `{ doctorId }`: stops `slots.changed` for that doctor; a doctor not watched is `{ ok: true }` too. */
  @SubscribeMessage('slots.unwatch')
  async unwatchSlots(
    @ConnectedSocket() socket: ClinicSocket,
    @MessageBody() payload: unknown,
    @Ack() ack: unknown,
  ): Promise<void> {
    answer(socket, 'slots.unwatch', await this.slotWatch.unwatch(socket, payload), ack);
  }

  /** Admins only: the socket also hears every appointment's `appointment.*` events (reception's live board). */
  @SubscribeMessage('appointments.watch')
  watchAppointments(@ConnectedSocket() socket: ClinicSocket, @Ack() ack: unknown): void {
    if (socket.data.actor.role !== 'admin') {
      answer(socket, 'appointments.watch', { ok: false, code: 'FORBIDDEN' }, ack);
      return;
    }
    void socket.join(BOARD_ROOM);
    answer(socket, 'appointments.watch', { ok: true }, ack);
  }

  /** Stops `appointments.watch`; `{ ok: true }` also for a socket that was not watching. */
  @SubscribeMessage('appointments.unwatch')
  unwatchAppointments(@ConnectedSocket() socket: ClinicSocket, @Ack() ack: unknown): void {
    void socket.leave(BOARD_ROOM);
    answer(socket, 'appointments.unwatch', { ok: true }, ack);
  }

  /** Never throws: a bad payload or a failure is an answer, not a broken socket. */
  private async changeStatus(actor: Actor, payload: unknown): Promise<SetStatusAck> {
    if (actor.role !== 'doctor') {
      return { ok: false, code: 'FORBIDDEN' };
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return { ok: false, code: 'VALIDATION_FAILED' };
    }
    const dto = plainToInstance(SetDoctorStatusDto, payload);
    if (validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).length > 0) {
      return { ok: false, code: 'VALIDATION_FAILED' };
    }
    try {
      await this.doctorStatus.setOwnStatus(actor, dto);
      return { ok: true };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, code: error.code };
      }
      this.logger.error({ err: error, userId: actor.userId }, 'doctor.set_status failed');
      return { ok: false, code: 'INTERNAL_ERROR' };
    }
  }

  /** A socket lives no longer than its access token; the client reconnects with a fresh one. */
  private scheduleExpiry(socket: ClinicSocket): void {
    const timer = setTimeout(() => socket.disconnect(true), Math.max(socket.data.expiresAt - Date.now(), 0));
    timer.unref();
    this.expiryTimers.set(socket.id, timer);
  }
}

/** Acknowledges a client message; a refusal of one sent without an ack callback is emitted as `error`. */
function answer(socket: ClinicSocket, event: string, outcome: SetStatusAck | WatchAck, ack: unknown): void {
  if (typeof ack === 'function') {
    (ack as (answer: SetStatusAck | WatchAck) => void)(outcome);
  } else if (!outcome.ok) {
    socket.emit('error', { code: outcome.code, message: `${event} was refused` });
  }
}
