import { Injectable } from '@nestjs/common';
import type { Appointment, AppointmentStatus } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AccessPolicy } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import type { DomainEvent } from '../common/domain-events';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import type { EntityManager } from 'typeorm';
import { policyOrDefault, insideCancellationWindow } from '../scheduling/booking-policy';
import { BookingPolicyRepository } from '../scheduling/booking-policy.repository';
import { audienceOf, blockedSlotsOf, toAppointmentResponse } from './appointment.mapper';
import { AppointmentsRepository } from './appointments.repository';
import { findTransition } from './appointment-transitions';
import type { ChangeAppointmentStatusDto } from './dto/change-status.dto';

/** The `cancellationReason` of a pending appointment whose start came before anyone confirmed it (API.md). */
export const NOT_CONFIRMED_REASON = 'not confirmed before start';

/** The actor of what the service does on time by itself (API.md, "Time-driven work"). */
export const SYSTEM_ACTOR = { id: null, role: 'system' } as const;

export function invalidTransition(from: AppointmentStatus, to: string): AppError {
  return new AppError('INVALID_STATUS_TRANSITION', `An appointment cannot move from ${from} to ${to}`);
}

@Injectable()
export class AppointmentStatusService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
    private readonly policies: BookingPolicyRepository,
  ) {}

  /**
   * Moves an appointment along `APPOINTMENT_TRANSITIONS`. The write is a compare-and-swap on the status it read,
   * so of two concurrent moves only one wins; the other answers 409 like any move the table does not allow.
   */
  async changeStatus(actor: Actor, id: string, dto: ChangeAppointmentStatusDto): Promise<Appointment> {
    const changed = await this.appointments.transaction(async (em) => {
      const current = this.access.requireFound(
        actor,
        'appointment.read',
        await this.appointments.findLoaded(id, actor, em),
        {},
      );
      const previousStatus = current.status;
      const row = findTransition(previousStatus, dto.status);
      if (!row) {
        throw invalidTransition(previousStatus, dto.status);
      }
      this.access.require(actor, 'appointment.move', { visible: true, to: dto.status, roles: row.roles });
      const cancelling = dto.status === 'cancelled';
      const late =
        cancelling && actor.role === 'patient' && (await this.cancelsLate(em, current.doctorId, current.startsAt));
      const moved = await this.appointments.moveStatus(em, id, previousStatus, {
        status: dto.status,
        ...(cancelling ? { cancellation: { reason: dto.reason ?? null, by: actor.userId, late } } : {}),
      });
      if (!moved) {
        throw invalidTransition(previousStatus, dto.status);
      }
      const loaded = await this.appointments.findLoaded(id, undefined, em);
      if (!loaded) {
        throw invalidTransition(previousStatus, dto.status);
      }
      const appointment = toAppointmentResponse(loaded);
      const event: DomainEvent<'appointment.status_changed'> = {
        name: 'appointment.status_changed',
        payload: {
          appointment,
          previousStatus,
          status: appointment.status,
          changedBy: { id: actor.userId, role: actor.role },
        },
        ...audienceOf(loaded, cancelling ? blockedSlotsOf(loaded) : undefined),
      };
      return this.events.record(em, event);
    });
    this.events.publish(changed);
    return changed.payload.appointment;
  }

  /**
   * The time-driven status sweeps, one batch: finds and moves up to `batch` overdue appointments in one statement
   * (`sweepOverdue`: compare-and-swap on each one's status, so a doctor's concurrent move wins or loses cleanly), then
   * records each one's `appointment.status_changed` by `system` in the same transaction (its stored notifications
   * through `@OnRecorded`) and publishes them after the commit. Answers how many moved.
   */
  async sweepOverdue(
    rules: { noShowMinutes: number | null; completeMinutes: number | null },
    batch: number,
  ): Promise<number> {
    const changed = await this.appointments.transaction(async (em) => {
      const moved = await this.appointments.sweepOverdue(
        em,
        { ...rules, unconfirmedReason: NOT_CONFIRMED_REASON },
        batch,
      );
      if (moved.length === 0) {
        return [];
      }
      const previous = new Map(moved.map((row) => [row.id, row.previous]));
      const loaded = await this.appointments.findLoadedByIds(
        em,
        moved.map((row) => row.id),
      );
      return this.events.recordAll(
        em,
        loaded.map((row): DomainEvent<'appointment.status_changed'> => {
          const appointment = toAppointmentResponse(row);
          return {
            name: 'appointment.status_changed',
            payload: {
              appointment,
              previousStatus: previous.get(row.id) ?? appointment.status,
              status: appointment.status,
              changedBy: { ...SYSTEM_ACTOR },
            },
            ...audienceOf(row, appointment.status === 'cancelled' ? blockedSlotsOf(row) : undefined),
          };
        }),
      );
    });
    if (changed.length > 0) {
      this.events.publish(...changed);
    }
    return changed.length;
  }

  /** A patient's cancellation inside the doctor's cancellation window (the policy in force now) is late. */
  private async cancelsLate(em: EntityManager, doctorId: string, startsAt: Date): Promise<boolean> {
    const { policy } = await this.policies.find(doctorId, em);
    return insideCancellationWindow(startsAt, new Date(), policyOrDefault(policy));
  }
}
