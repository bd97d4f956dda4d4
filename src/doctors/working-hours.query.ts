import type { EntityManager } from 'typeorm';
import type { WeeklyBlock } from './working-hours';

export interface DoctorHours {
  timezone: string;
  blocks: WeeklyBlock[];
}

interface HoursRow {
  timezone: string;
  day_of_week: number | null;
  start_minute: number | null;
  end_minute: number | null;
}

/**
 * A doctor's time zone and weekly blocks in one indexed query (doctor by primary key, its hours through
 * `ix_doctor_working_hours_doctor`); null when there is no such doctor.
 */
export async function loadDoctorHours(em: EntityManager, doctorId: string): Promise<DoctorHours | null> {
  const rows: HoursRow[] = await em.query(
    `SELECT d.timezone, wh.day_of_week, wh.start_minute, wh.end_minute
       FROM doctors d
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
  return { timezone: first.timezone, blocks };
}
