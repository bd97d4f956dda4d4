import { Injectable } from '@nestjs/common';
import { BOOKING_POLICY_LIMITS, DEFAULT_BOOKING_POLICY, type BookingPolicy } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AccessPolicy, notFound } from '../access/access-policy';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { policyOrDefault } from './booking-policy';
import { BookingPolicyRepository } from './booking-policy.repository';
import { DoctorScheduleRepository } from './doctor-schedule.repository';
import type { ReplaceBookingPolicyDto } from './dto/booking-policy.dto';

const DAY_MS = 24 * 60 * 60_000;

/**
 * What a change of the doctor's rules (policy, weekly hours) may change of their free time: everything from now to
 * the farthest horizon a policy can have.
 */
export function everythingAheadOf(now: Date): { from: string; to: string } {
  return {
    from: now.toISOString(),
    to: new Date(now.getTime() + BOOKING_POLICY_LIMITS.bookingHorizonDays.max * DAY_MS).toISOString(),
  };
}

/** A doctor's booking rules: read by anyone signed in, replaced by the doctor or an admin. */
@Injectable()
export class BookingPolicyService {
  constructor(
    private readonly policies: BookingPolicyRepository,
    private readonly schedules: DoctorScheduleRepository,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  async getPolicy(_actor: Actor, doctorId: string): Promise<BookingPolicy> {
    const { found, policy } = await this.policies.find(doctorId);
    if (!found) {
      throw notFound('doctor');
    }
    return policyOrDefault(policy);
  }

  /**
   * Replaces the policy (fields left out take their defaults). Existing appointments keep the buffers they were
   * booked with. The doctor row is locked so two replacements apply one after the other; watchers of the doctor hear
   * `slots.changed` for everything ahead once it has committed.
   */
  async replacePolicy(actor: Actor, doctorId: string, dto: ReplaceBookingPolicyDto): Promise<BookingPolicy> {
    this.access.require(actor, 'doctor.manage', { doctorId });
    const policy: BookingPolicy = { ...DEFAULT_BOOKING_POLICY };
    for (const key of Object.keys(DEFAULT_BOOKING_POLICY) as (keyof BookingPolicy)[]) {
      if (dto[key] !== undefined) {
        Object.assign(policy, { [key]: dto[key] });
      }
    }
    const changed = await this.schedules.transaction(async (em) => {
      if (!(await this.schedules.lockDoctor(doctorId, em))) {
        throw notFound('doctor');
      }
      await this.policies.replace(em, doctorId, policy);
      return this.events.record(em, {
        name: 'slots.changed',
        payload: { doctorId, ...everythingAheadOf(new Date()) },
      });
    });
    this.events.publish(changed);
    return policy;
  }
}
