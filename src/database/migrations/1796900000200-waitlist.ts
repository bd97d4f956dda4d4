import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waitlist (`src/waitlist`): a patient waiting for a doctor's time inside [window_from, window_to). While
 * `offered`, `offer_*` is the hold made for them (no foreign key: holds are deleted when booked or a day after they
 * expired, and the entry keeps what it was offered); `lapses` counts offers that ran out, and `lapsed_*` is the last
 * one's interval, which the entry is not offered again. Indexed for the matching read (a doctor's waiting entries
 * oldest first, `ix_waitlist_entries_matching`), the lists (patient's, doctor's, all: newest first) and the booking
 * that turns an offer's hold into an appointment (`ux_waitlist_entries_offer_hold`).
 */
export class Waitlist1796900000200 implements MigrationInterface {
  name = 'Waitlist1796900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE waitlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        doctor_id uuid NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
        window_from timestamptz NOT NULL,
        window_to timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480 AND duration_minutes % 5 = 0),
        status text NOT NULL DEFAULT 'waiting'
          CHECK (status IN ('waiting', 'offered', 'booked', 'expired', 'cancelled')),
        lapses integer NOT NULL DEFAULT 0 CHECK (lapses BETWEEN 0 AND 2),
        offer_hold_id uuid,
        offer_starts_at timestamptz,
        offer_ends_at timestamptz,
        offer_expires_at timestamptz,
        lapsed_starts_at timestamptz,
        lapsed_ends_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_waitlist_entries_window CHECK (window_from < window_to),
        CONSTRAINT ck_waitlist_entries_offer CHECK (
          (status IN ('offered', 'booked')) = (offer_hold_id IS NOT NULL)
          AND (offer_hold_id IS NULL) = (offer_starts_at IS NULL)
          AND (offer_hold_id IS NULL) = (offer_ends_at IS NULL)
          AND (offer_hold_id IS NULL) = (offer_expires_at IS NULL)),
        CONSTRAINT ck_waitlist_entries_lapsed CHECK ((lapsed_starts_at IS NULL) = (lapsed_ends_at IS NULL))
      )`);
    await q.query(`
      CREATE INDEX ix_waitlist_entries_matching ON waitlist_entries (doctor_id, status, created_at, id)
        INCLUDE (window_from, window_to)`);
    await q.query(
      `CREATE INDEX ix_waitlist_entries_patient ON waitlist_entries (patient_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX ix_waitlist_entries_doctor ON waitlist_entries (doctor_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_waitlist_entries_created ON waitlist_entries (created_at DESC, id DESC)`);
    await q.query(`
      CREATE UNIQUE INDEX ux_waitlist_entries_offer_hold ON waitlist_entries (offer_hold_id)
        WHERE offer_hold_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS waitlist_entries`);
  }
}
