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
    // Statement-level: a statement that writes many blocks (a week replaced, a bulk import) updates each doctor's row
    // once, not once per block, and a doctor whose text comes out the same is not written at all.
    // Concurrent writers of one doctor's blocks: the affected doctors are locked first, in id order (no deadlock
    // between two statements touching several doctors), and only then is the text read, by a statement of its own
    // and so with a snapshot taken after any writer it waited for had committed: the last one to commit writes a
    // text that includes every committed block, not only those its statement started with.
    await q.query(`
      CREATE FUNCTION doctor_weekly_hours_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          UPDATE doctors SET weekly_hours = NULL WHERE weekly_hours IS NOT NULL;
          RETURN NULL;
        ELSIF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT doctor_id) INTO ids FROM added;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT doctor_id) INTO ids FROM removed;
        ELSE
          SELECT array_agg(c.doctor_id) INTO ids
            FROM (SELECT doctor_id FROM removed UNION SELECT doctor_id FROM added) c;
        END IF;
        PERFORM 1 FROM doctors WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
        UPDATE doctors d SET weekly_hours = h.hours
          FROM (SELECT c.id, doctor_weekly_hours_of(c.id) AS hours FROM unnest(ids) AS c(id)) h
         WHERE d.id = h.id AND d.weekly_hours IS DISTINCT FROM h.hours;
        RETURN NULL;
      END
      $$`);
    // One format, checked: what the app parses (`parseWeeklyHours`) is all this column can hold.
    await q.query(`
      ALTER TABLE doctors ADD CONSTRAINT ck_doctors_weekly_hours
      CHECK (weekly_hours ~ '^[1-7]:[0-9]{1,4}-[0-9]{1,4}( [1-7]:[0-9]{1,4}-[0-9]{1,4})*$')`);
    await q.query(`
      CREATE TRIGGER doctor_weekly_hours_insert AFTER INSERT ON doctor_working_hours
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION doctor_weekly_hours_refresh()`);
    await q.query(`
      CREATE TRIGGER doctor_weekly_hours_update AFTER UPDATE ON doctor_working_hours
      REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION doctor_weekly_hours_refresh()`);
    await q.query(`
      CREATE TRIGGER doctor_weekly_hours_delete AFTER DELETE ON doctor_working_hours
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION doctor_weekly_hours_refresh()`);
    await q.query(`
      CREATE TRIGGER doctor_weekly_hours_truncate AFTER TRUNCATE ON doctor_working_hours
      FOR EACH STATEMENT EXECUTE FUNCTION doctor_weekly_hours_refresh()`);
    await q.query(`UPDATE doctors SET weekly_hours = doctor_weekly_hours_of(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS doctor_weekly_hours_truncate ON doctor_working_hours`);
    for (const event of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER IF EXISTS doctor_weekly_hours_${event} ON doctor_working_hours`);
    }
    await q.query(`DROP FUNCTION IF EXISTS doctor_weekly_hours_refresh()`);
    await q.query(`DROP FUNCTION IF EXISTS doctor_weekly_hours_of(uuid)`);
    await q.query(`ALTER TABLE doctors DROP CONSTRAINT IF EXISTS ck_doctors_weekly_hours`);
    await q.query(`ALTER TABLE doctors DROP COLUMN IF EXISTS weekly_hours`);
  }
}
