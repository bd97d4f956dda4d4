import { Inject, Injectable } from '@nestjs/common';
import type { AvailabilityExplanation, AvailabilityReason } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { notFound } from '../access/access-policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { availabilityReason, blockedRangeOf, timeReasons } from '../scheduling/booking-policy';
import { BookingRepository } from './booking.repository';
import { endOf, subjectOf } from './booking-rules';

/**
 * Why the caller can or cannot book an interval right now, from the code that decides bookings: the same facts
 * statement and `timeReasons` (the 422 rules in the booking's order), then the same predicates the exclusion
 * constraints and the insert's hold check apply, read instead of enforced (`BookingRepository.readOccupancy`).
 * `available` is true exactly when no reason stands, which is when the caller's booking would succeed (a test holds
 * the two together over random schedules, buffers, holds and times).
 */
@Injectable()
export class AvailabilityExplainService {
  constructor(
    private readonly booking: BookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async explain(
    actor: Actor,
    doctorId: string,
    startsAt: Date,
    durationMinutes: number,
  ): Promise<AvailabilityExplanation> {
    const interval = { startsAt, endsAt: endOf(startsAt, durationMinutes) };
    const patientId = actor.role === 'patient' ? actor.patientId : null;
    const target = { patientId, doctorId, ...interval, holdId: null };
    const facts = await this.booking.readFacts(target);
    const doctor = facts.doctor;
    if (!doctor) {
      throw notFound('doctor');
    }
    const reasons: AvailabilityReason[] = timeReasons(interval, {
      now: facts.now,
      hours: doctor.hours,
      policy: doctor.policy,
      timeOff: facts.timeOff,
      subject: subjectOf(actor),
    });
    const occupancy = await this.booking.readOccupancy(target, blockedRangeOf(interval, doctor.policy));
    for (const range of occupancy.booked) {
      reasons.push(
        availabilityReason('BOOKED', 'The doctor has another appointment (or its buffer) at that time', range),
      );
    }
    for (const range of occupancy.own) {
      reasons.push(availabilityReason('BOOKED', 'You already have an appointment at that time', range));
    }
    for (const range of occupancy.held) {
      reasons.push(availabilityReason('HELD', 'Someone is holding this time while they book', range));
    }
    const max = this.config.maxActiveBookingsPerPatient;
    if (patientId !== null && occupancy.active >= max) {
      reasons.push(
        availabilityReason('BOOKING_LIMIT_REACHED', `A patient may hold at most ${max} upcoming appointments`),
      );
    }
    return {
      doctorId,
      startsAt: interval.startsAt.toISOString(),
      endsAt: interval.endsAt.toISOString(),
      available: reasons.length === 0,
      reasons,
    };
  }
}
