import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `doctors.weekly_hours`: the doctor's working blocks as one short text (`1:540-1020 2:540-1020`, ordered by day and
 * start; null without any), kept by the database itself from `doctor_working_hours` on every insert, update, delete
 * and truncate, whoever writes them. "Who can see me first?" (`GET /slots`) reads every matching doctor's hours on
 * each request: joining and aggregating their blocks there cost more than the rest of the read together and grew with
 * the size of the directory, reading them off the doctor's own row does not.
 */
export class DoctorWeeklyHours1796900000800 implements MigrationInterface {
  name = 'DoctorWeeklyHours1796900000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE doctors ADD COLUMN weekly_hours text`);
    await q.query(`
      CREATE FUNCTION doctor_weekly_hours_of(doctor uuid) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT string_agg(w.day_of_week || ':' || w.start_minute || '-' || w.end_minute, ' '
                          ORDER BY w.day_of_week, w.start_minute)
          FROM doctor_working_hours w WHERE w.doctor_id = doctor
      $$`);
    await q.query(`
      CREATE FUNCTION doctor_weekly_hours_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          UPDATE doctors SET weekly_hours = NULL WHERE weekly_hours IS NOT NULL;
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          UPDATE doctors SET weekly_hours = doctor_weekly_hours_of(OLD.doctor_id) WHERE id = OLD.doctor_id;
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.doctor_id IS DISTINCT FROM OLD.doctor_id) THEN
          UPDATE doctors SET weekly_hours = doctor_weekly_hours_of(NEW.doctor_id) WHERE id = NEW.doctor_id;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER doctor_weekly_hours AFTER INSERT OR UPDATE OR DELETE ON doctor_working_hours
      FOR EACH ROW EXECUTE FUNCTION doctor_weekly_hours_refresh()`);
    await q.query(`
      CREATE TRIGGER doctor_weekly_hours_truncate AFTER TRUNCATE ON doctor_working_hours
      FOR EACH STATEMENT EXECUTE FUNCTION doctor_weekly_hours_refresh()`);
    await q.query(`UPDATE doctors SET weekly_hours = doctor_weekly_hours_of(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS doctor_weekly_hours_truncate ON doctor_working_hours`);
    await q.query(`DROP TRIGGER IF EXISTS doctor_weekly_hours ON doctor_working_hours`);
    await q.query(`DROP FUNCTION IF EXISTS doctor_weekly_hours_refresh()`);
    await q.query(`DROP FUNCTION IF EXISTS doctor_weekly_hours_of(uuid)`);
    await q.query(`ALTER TABLE doctors DROP COLUMN IF EXISTS weekly_hours`);
  }
}
