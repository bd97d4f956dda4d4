import { MigrationInterface, QueryRunner } from 'typeorm';

/** Expired refresh tokens are deleted in the background (`ExpiredRowsSweeper`): it finds them by `expires_at`. */
export class RefreshTokensExpiry1795900000000 implements MigrationInterface {
  name = 'RefreshTokensExpiry1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_refresh_tokens_expires ON refresh_tokens (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_refresh_tokens_expires`);
  }
}
