import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The free-text `search` of the patient and user lists (`ILIKE '%…%'` on names, emails and diagnoses) gets trigram
 * indexes (`pg_trgm`, a trusted extension: a database owner may create it). Without them every search read each row
 * of the table it searched: all users for a search of patients or users, and each patient's records besides. With
 * them a search of three letters or digits in a row reads the rows that hold its trigrams; a shorter one still reads
 * the table. The patient search names each indexed column on its own table (`PatientsRepository`), so that
 * PostgreSQL can combine the indexes. The doctors' directory has no such index: it holds hundreds of rows, not tens of
 * thousands, and PostgreSQL reads it whole either way.
 *
 * `fastupdate = off`: each insert or update enters its trigrams at once, rather than into a pending list that every
 * search then reads in full until a vacuum merges it (and that makes the planner skip the index meanwhile). These
 * tables take few writes (accounts, records), and a search's cost stays the same between vacuums.
 */
export class SearchTrigramIndexes1796900000900 implements MigrationInterface {
  name = 'SearchTrigramIndexes1796900000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE INDEX ix_users_full_name_trgm ON users USING gin (full_name gin_trgm_ops) WITH (fastupdate = off)`,
    );
    await q.query(`CREATE INDEX ix_users_email_trgm ON users USING gin (email gin_trgm_ops) WITH (fastupdate = off)`);
    await q.query(
      `CREATE INDEX ix_medical_records_diagnosis_trgm ON medical_records USING gin (diagnosis gin_trgm_ops) WITH (fastupdate = off)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_medical_records_diagnosis_trgm`);
    await q.query(`DROP INDEX IF EXISTS ix_users_email_trgm`);
    await q.query(`DROP INDEX IF EXISTS ix_users_full_name_trgm`);
  }
}
