import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Appointment } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ForbiddenError, ValidationError } from '../common/errors/app-error';
import { toErrorResponse } from '../common/errors/error-response';
import { DomainEventPublisher } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AvailabilityService } from '../doctors/availability.service';
import { AppointmentEntity } from './appointment.entity';
import { recipientsOf, toAppointmentResponse } from './appointment.mapper';
import { loadAppointment } from './appointment-reads';
import type { BookingAnswer, RequestMeta } from './booking-request';
import {
  assertActiveDoctor,
  assertActivePatient,
  assertBelowBookingLimit,
  assertStartsInFuture,
  endOf,
  lockPatientBookings,
} from './booking-rules';
import { DEFAULT_DURATION_MINUTES, type BookAppointmentDto } from './dto/book-appointment.dto';
import { IdempotencyService, requestHashOf } from './idempotency.service';

/** A booking request with its defaults applied and its time read as an instant. */
interface BookingRequest {
  doctorId: string;
  patientId: string | null;
  startsAt: Date;
  durationMinutes: number;
  reason: string | null;
}

interface Parties {
  patientId: string;
  doctorId: string;
}

@Injectable()
export class AppointmentBookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly availability: AvailabilityService,
    private readonly idempotency: IdempotencyService,
    private readonly events: DomainEventPublisher,
  ) {}

  /**
   * Books an appointment. With an `Idempotency-Key`, the first answer to this user's key (a success or a client
   * error) is stored and any repeat within 24 h gets it back without booking again.
   */
  async bookAppointment(
    actor: Actor,
    dto: BookAppointmentDto,
    idempotencyKey: string | null,
    meta: RequestMeta,
  ): Promise<BookingAnswer> {
    const request: BookingRequest = {
      doctorId: dto.doctorId,
      patientId: dto.patientId ?? null,
      startsAt: new Date(dto.startsAt),
      durationMinutes: dto.durationMinutes ?? DEFAULT_DURATION_MINUTES,
      reason: dto.reason ?? null,
    };
    if (idempotencyKey === null) {
      return { status: 201, body: await this.book(actor, request, null) };
    }
    const hash = requestHashOf('POST /appointments', { ...request, startsAt: request.startsAt.toISOString() });
    const claim = await this.idempotency.claim(actor.userId, idempotencyKey, hash);
    if (claim.kind === 'replay') {
      return claim.answer;
    }
    try {
      return { status: 201, body: await this.book(actor, request, idempotencyKey) };
    } catch (error) {
      const mapped = toErrorResponse(error, meta.path, meta.requestId);
      if (mapped.status >= 500) {
        // Our failure, not the client's: forget the key so a retry really runs again.
        await this.idempotency.release(actor.userId, idempotencyKey);
        throw error;
      }
      const answer: BookingAnswer = { status: mapped.status, body: mapped.body };
      await this.idempotency.record(actor.userId, idempotencyKey, answer);
      return answer;
    }
  }

  /** Who may book whom: a patient themself, a doctor only themself (and names the patient), admin any pair. */
  private partiesFor(actor: Actor, request: BookingRequest): Parties {
    switch (actor.role) {
      case 'patient':
        if (!actor.patientId || (request.patientId !== null && request.patientId !== actor.patientId)) {
          throw new ForbiddenError('A patient may only book for themself');
        }
        return { patientId: actor.patientId, doctorId: request.doctorId };
      case 'doctor':
        if (!actor.doctorId || request.doctorId !== actor.doctorId) {
          throw new ForbiddenError('A doctor may only book appointments with themself');
        }
        return { patientId: this.requirePatientId(request), doctorId: request.doctorId };
      case 'admin':
        return { patientId: this.requirePatientId(request), doctorId: request.doctorId };
    }
  }

  private requirePatientId(request: BookingRequest): string {
    if (request.patientId === null) {
      throw new ValidationError([
        { field: 'patientId', message: 'patientId is required when a doctor or admin books' },
      ]);
    }
    return request.patientId;
  }

  /**
   * One transaction: lock the patient's bookings, check parties, time, working hours and the booking limit, insert,
   * and (with a key) store the answer. Overlaps are refused by the exclusion constraints (23P01 → 409
   * `APPOINTMENT_CONFLICT`), which hold under any concurrency. The event goes out after commit.
   */
  private async book(actor: Actor, request: BookingRequest, idempotencyKey: string | null): Promise<Appointment> {
    const { patientId, doctorId } = this.partiesFor(actor, request);
    const endsAt = endOf(request.startsAt, request.durationMinutes);
    const booked = await this.dataSource.transaction(async (em) => {
      await lockPatientBookings(em, patientId);
      await assertActivePatient(em, patientId);
      await assertActiveDoctor(em, doctorId);
      assertStartsInFuture(request.startsAt);
      await this.availability.assertBookable(em, doctorId, request.startsAt, endsAt);
      await assertBelowBookingLimit(em, patientId, this.config.maxActiveBookingsPerPatient);
      const inserted = await em.getRepository(AppointmentEntity).insert({
        patientId,
        doctorId,
        startsAt: request.startsAt,
        endsAt,
        durationMinutes: request.durationMinutes,
        status: 'pending',
        reason: request.reason,
        createdBy: actor.userId,
      });
      const loaded = await loadAppointment(em, (inserted.identifiers[0] as { id: string }).id);
      const appointment = toAppointmentResponse(loaded);
      if (idempotencyKey !== null) {
        await this.idempotency.record(actor.userId, idempotencyKey, { status: 201, body: appointment }, em);
      }
      return { appointment, recipientUserIds: recipientsOf(loaded) };
    });
    this.events.publish({
      name: 'appointment.created',
      payload: { appointment: booked.appointment },
      recipientUserIds: booked.recipientUserIds,
    });
    return booked.appointment;
  }
}
