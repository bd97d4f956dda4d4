import { MigrationInterface, QueryRunner } from 'typeorm';

/** `GET /doctors?specialization=` matches case-insensitively: `lower(specialization) = lower(:value)` needs its own index. */
export class DoctorSpecializationLower1795693689945 implements MigrationInterface {
  name = 'DoctorSpecializationLower1795693689945';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_doctors_specialization_lower ON doctors (lower(specialization))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_doctors_specialization_lower`);
  }
}
