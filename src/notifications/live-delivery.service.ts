import { Inject, Injectable } from '@nestjs/common';
import type {
  AppointmentEventName,
  AppointmentEvents,
  DoctorPresence,
  Notification,
  Role,
  SlotsChangedEvent,
  WaitlistOfferEvent,
} from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BOARD_ROOM, roleRoom, slotsRoom, userRoom, type ClinicNamespace } from './realtime.types';

/**
 * The one way out to sockets. Appointment events and messages go to the rooms of the users they concern (with the
 * Redis adapter, on every instance); appointment events also to the admins' sockets that asked for them
 * (`appointments.watch`, reception's live board), `slots.changed` to the sockets watching the doctor; only presence goes to
 * everyone. Callers emit after their change committed.
 *
 * Without Redis (one instance: `createSocketAdapter` takes the Redis adapter exactly when `REDIS_URL` is set) every
 * socket that could hear an emit is in this process, so an emit to rooms none of which exists here is skipped before
 * Socket.IO serialises its payload (a booking's answer and its range, with nobody connected). With Redis, other
 * instances may hold the rooms: everything is emitted.
 */
@Injectable()
export class LiveDelivery {
  private namespace: ClinicNamespace | null = null;
  private readonly alone: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.alone = config.redisUrl === null;
  }

  /** Whether an emit to `rooms` may reach a socket (see the class): false only when provably none. */
  private reaches(namespace: ClinicNamespace, rooms: readonly string[]): boolean {
    if (!this.alone) {
      return true;
    }
    const here = namespace.adapter.rooms;
    return rooms.some((room) => here.has(room));
  }

  /** Called by the gateway once the namespace exists; before that (and in scripts) deliveries are no-ops. */
  attach(namespace: ClinicNamespace): void {
    this.namespace = namespace;
  }

  appointmentEvent<K extends AppointmentEventName>(
    userIds: readonly string[],
    event: { name: K; payload: AppointmentEvents[K] },
  ): void {
    const rooms = [...userIds.map(userRoom), BOARD_ROOM];
    if (!this.namespace || userIds.length === 0 || !this.reaches(this.namespace, rooms)) {
      return;
    }
    // Socket.IO types each event separately; the name/payload pair is checked by the generic signature above.
    const target = this.namespace.to(rooms) as unknown as {
      emit(event: K, payload: AppointmentEvents[K]): boolean;
    };
    target.emit(event.name, event.payload);
  }

  notification(userId: string, notification: Notification): void {
    this.namespace?.to(userRoom(userId)).emit('notification', notification);
  }

  presence(presence: DoctorPresence): void {
    this.namespace?.emit('doctor.presence', presence);
  }

  /** To the sockets watching the doctor, on every instance; only these three fields, whatever `event` carries. */
  slotsChanged(event: SlotsChangedEvent): void {
    const { doctorId, from, to } = event;
    const room = slotsRoom(doctorId);
    if (this.namespace && this.reaches(this.namespace, [room])) {
      this.namespace.to(room).emit('slots.changed', { doctorId, from, to });
    }
  }

  /** A waitlist offer, to its patient's rooms only. */
  waitlistOffer(userIds: readonly string[], event: WaitlistOfferEvent): void {
    const rooms = userIds.map(userRoom);
    if (this.namespace && rooms.length > 0 && this.reaches(this.namespace, rooms)) {
      this.namespace.to(rooms).emit('waitlist.offer', event);
    }
  }

  /** Closes every socket of the user, on every instance (with the Redis adapter). */
  disconnectUser(userId: string): void {
    this.namespace?.in(userRoom(userId)).disconnectSockets(true);
  }

  /** Users with at least one open socket on any instance (of `role`, when given). */
  async connectedUserIds(role?: Role): Promise<string[]> {
    if (!this.namespace) {
      return [];
    }
    const sockets = await (role ? this.namespace.in(roleRoom(role)) : this.namespace).fetchSockets();
    return [...new Set(sockets.map((socket) => socket.data.actor.userId))];
  }
}
