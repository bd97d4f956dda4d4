import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DoctorEntity } from '../doctors/doctor.entity';
import { DEFAULT_WEEKLY_HOURS, type WeeklyBlock } from './working-hours';
import { WorkingHoursEntity } from './working-hours.entity';
import type { LoadedDoctorHours } from './working-hours.query';
import type { BookingPolicy } from '@app/contracts';
import { policyJsonSql } from './booking-policy.repository';

interface HoursRow {
  timezone: string;
  bookable: boolean;
  day_of_week: number | null;
  start_minute: number | null;
  end_minute: number | null;
  policy: BookingPolicy | null;
}

/** A doctor's weekly working hours (minutes after local midnight) and time zone. */
@Injectable()
export class DoctorScheduleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * A doctor's time zone and weekly blocks in one indexed query (doctor by primary key, its hours through
   * `ix_doctor_working_hours_doctor`); null when there is no such doctor.
   */
  async findHours(doctorId: string, em: EntityManager = this.dataSource.manager): Promise<LoadedDoctorHours | null> {
    const rows: HoursRow[] = await em.query(
      `SELECT d.timezone, u.is_active AS bookable, wh.day_of_week, wh.start_minute, wh.end_minute,
              ${policyJsonSql('bp')} AS policy
         FROM doctors d
         JOIN users u ON u.id = d.user_id
         LEFT JOIN doctor_booking_policies bp ON bp.doctor_id = d.id
         LEFT JOIN doctor_working_hours wh ON wh.doctor_id = d.id
        WHERE d.id = $1
        ORDER BY wh.day_of_week, wh.start_minute`,
      [doctorId],
    );
    const first = rows[0];
    if (!first) {
      return null;
    }
    const blocks = rows
      .filter((row) => row.day_of_week !== null)
      .map((row) => ({
        dayOfWeek: Number(row.day_of_week),
        startMinute: Number(row.start_minute),
        endMinute: Number(row.end_minute),
      }));
    return { timezone: first.timezone, bookable: first.bookable, blocks, policy: first.policy };
  }

  /**
   * Locks the doctor row until the transaction of `em` ends; false when there is no such doctor. `FOR NO KEY
   * UPDATE`, the lock an update of the row's other columns takes: it orders the doctor's week and policy changes,
   * and leaves alone the `FOR KEY SHARE` that a booking's foreign key check takes on the row, so the doctor's bookings
   * go on while a week is replaced (`FOR UPDATE` would hold them until it commits).
   */
  async lockDoctor(doctorId: string, em: EntityManager): Promise<boolean> {
    const doctor = await em.findOne(DoctorEntity, {
      where: { id: doctorId },
      select: { id: true },
      lock: { mode: 'for_no_key_update' },
    });
    return doctor !== null;
  }

  async setTimezone(doctorId: string, timezone: string, em: EntityManager): Promise<void> {
    await em.update(DoctorEntity, { id: doctorId }, { timezone });
  }

  /** A new doctor's starting week (`DEFAULT_WEEKLY_HOURS`), inside the registration's transaction. */
  async insertDefaultWeek(doctorId: string, em: EntityManager): Promise<void> {
    await em.insert(
      WorkingHoursEntity,
      DEFAULT_WEEKLY_HOURS.map((block) => ({ ...block, doctorId })),
    );
  }

  /** Deletes the doctor's blocks and inserts `blocks` (one multi-row insert, none when empty). */
  async replaceWeek(doctorId: string, blocks: readonly WeeklyBlock[], em: EntityManager): Promise<void> {
    await em.delete(WorkingHoursEntity, { doctorId });
    if (blocks.length > 0) {
      await em.insert(
        WorkingHoursEntity,
        blocks.map((block) => ({ ...block, doctorId })),
      );
    }
  }
}
