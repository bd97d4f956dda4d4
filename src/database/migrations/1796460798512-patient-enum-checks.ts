import { MigrationInterface, QueryRunner } from 'typeorm';
import { BLOOD_TYPES, GENDERS } from '@app/contracts';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * `gender` and `blood_type` hold only the contract's values (the DTOs already refuse others): the database says so
 * too, so the answer's named enums `Gender` and `BloodType` cannot be contradicted by a row written another way.
 */
export class PatientEnumChecks1796460798512 implements MigrationInterface {
  name = 'PatientEnumChecks1796460798512';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE patients ADD CONSTRAINT ck_patients_gender CHECK (gender IN (${list(GENDERS)}))`);
    await q.query(
      `ALTER TABLE patients ADD CONSTRAINT ck_patients_blood_type CHECK (blood_type IN (${list(BLOOD_TYPES)}))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE patients DROP CONSTRAINT IF EXISTS ck_patients_blood_type`);
    await q.query(`ALTER TABLE patients DROP CONSTRAINT IF EXISTS ck_patients_gender`);
  }
}
