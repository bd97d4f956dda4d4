import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { holdsSlotSql } from '../database/slot-holding';
import { TimeOffEntity } from './time-off.entity';

/** A period in which the doctor cannot take a new appointment. */
export interface BusyPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** What occupies a doctor's time in a range: one indexed read each for time off and for appointments. */
@Injectable()
export class DoctorSlotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The doctor's time off overlapping [since, until). */
  findTimeOff(doctorId: string, since: Date, until: Date): Promise<BusyPeriod[]> {
    return this.dataSource
      .getRepository(TimeOffEntity)
      .createQueryBuilder('t')
      .select(['t.startsAt', 't.endsAt'])
      .where('t.doctor_id = :doctorId AND t.starts_at < :until AND t.ends_at > :since', { doctorId, since, until })
      .getMany();
  }

  /**
   * The doctor's slot-holding appointments (not cancelled, not deleted) overlapping [since, until) that started
   * after `earliest` (served by `ix_appointments_doctor_starts`).
   */
  async findAppointments(doctorId: string, earliest: Date, since: Date, until: Date): Promise<BusyPeriod[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await this.dataSource.query(
      `SELECT a.starts_at, a.ends_at
         FROM appointments a
        WHERE a.doctor_id = $1 AND a.starts_at > $2 AND a.starts_at < $3 AND a.ends_at > $4
          AND ${holdsSlotSql('a')}`,
      [doctorId, earliest, until, since],
    );
    return rows.map((row) => ({ startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }));
  }
}
