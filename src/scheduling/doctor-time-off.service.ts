import { Injectable } from '@nestjs/common';
import { MAX_TIME_OFF_DAYS, pageOf, type Page, type TimeOff } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { ValidationError } from '../common/errors/app-error';
import { offsetOf } from '../common/http/pagination.dto';
import { DoctorTimeOffRepository } from './doctor-time-off.repository';
import { toTimeOffResponse } from './time-off.mapper';
import { DoctorsRepository } from '../doctors/doctors.repository';
import type { CreateTimeOffDto, ListTimeOffQueryDto } from './dto/time-off.dto';
import { AccessPolicy, notFound } from '../access/access-policy';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';

const DAY_MS = 86_400_000;

/**
 * Periods a doctor does not work (holidays, conferences). Slots inside them are not offered and bookings into them
 * are refused; appointments already booked inside a new time off are left as they are, for the doctor to move or
 * cancel.
 */
@Injectable()
export class DoctorTimeOffService {
  constructor(
    private readonly doctors: DoctorsRepository,
    private readonly timeOffs: DoctorTimeOffRepository,
    private readonly access: AccessPolicy,
    private readonly events: DomainEventPublisher,
  ) {}

  private async assertDoctorExists(doctorId: string): Promise<void> {
    if (!(await this.doctors.exists(doctorId))) {
      throw notFound('doctor');
    }
  }

  async addTimeOff(actor: Actor, doctorId: string, dto: CreateTimeOffDto): Promise<TimeOff> {
    this.access.require(actor, 'doctor.manage', { doctorId });
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) {
      throw new ValidationError([{ field: 'endsAt', message: 'endsAt must be after startsAt' }]);
    }
    if (endsAt.getTime() - startsAt.getTime() > MAX_TIME_OFF_DAYS * DAY_MS) {
      throw new ValidationError([
        { field: 'endsAt', message: `a time off lasts at most ${MAX_TIME_OFF_DAYS} days; add several for longer` },
      ]);
    }
    await this.assertDoctorExists(doctorId);
    const { saved, changed } = await this.timeOffs.transaction(async (em) => {
      const created = await this.timeOffs.create(em, { doctorId, startsAt, endsAt, reason: dto.reason ?? null });
      const event = await this.events.record(em, {
        name: 'slots.changed',
        payload: { doctorId, from: startsAt.toISOString(), to: endsAt.toISOString() },
      });
      return { saved: created, changed: event };
    });
    this.events.publish(changed);
    return toTimeOffResponse(saved);
  }

  /** In start order; `from`/`to` keep the time off that overlaps the range. */
  async listTimeOff(actor: Actor, doctorId: string, query: ListTimeOffQueryDto): Promise<Page<TimeOff>> {
    this.access.require(actor, 'doctor.manage', { doctorId });
    if (query.from && query.to && new Date(query.to) <= new Date(query.from)) {
      throw new ValidationError([{ field: 'to', message: 'to must be after from' }]);
    }
    await this.assertDoctorExists(doctorId);
    const range = {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    const [rows, total] = await this.timeOffs.findPage(doctorId, range, offsetOf(query), query.limit);
    return pageOf(rows.map(toTimeOffResponse), total, query.page, query.limit);
  }

  async removeTimeOff(actor: Actor, doctorId: string, timeOffId: string): Promise<void> {
    this.access.require(actor, 'doctor.manage', { doctorId });
    const changed = await this.timeOffs.transaction(async (em) => {
      const removed = await this.timeOffs.remove(em, doctorId, timeOffId);
      if (!removed) {
        throw notFound('timeOff');
      }
      return this.events.record(em, {
        name: 'slots.changed',
        payload: { doctorId, from: removed.startsAt.toISOString(), to: removed.endsAt.toISOString() },
      });
    });
    this.events.publish(changed);
  }
}
