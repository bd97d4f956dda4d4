import type { EntityManager } from 'typeorm';
import type { WeeklyBlock } from './working-hours';

export interface DoctorHours {
  timezone: string;
  blocks: WeeklyBlock[];
}

/** With whether the doctor can be booked at all: a deactivated doctor keeps their hours but takes no bookings. */
export interface LoadedDoctorHours extends DoctorHours {
  bookable: boolean;
}

interface HoursRow {
  timezone: string;
  bookable: boolean;
  day_of_week: number | null;
  start_minute: number | null;
  end_minute: number | null;
}

/**
 * A doctor's time zone and weekly blocks in one indexed query (doctor by primary key, its hours through
 * `ix_doctor_working_hours_doctor`); null when there is no such doctor.
 */
export async function loadDoctorHours(em: EntityManager, doctorId: string): Promise<LoadedDoctorHours | null> {
  const rows: HoursRow[] = await em.query(
    `SELECT d.timezone, u.is_active AS bookable, wh.day_of_week, wh.start_minute, wh.end_minute
       FROM doctors d
       JOIN users u ON u.id = d.user_id
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
  return { timezone: first.timezone, bookable: first.bookable, blocks };
}
