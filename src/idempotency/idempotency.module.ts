import { Module } from '@nestjs/common';
import { IdempotencyKeysRepository } from './idempotency-keys.repository';

/** The `Idempotency-Key` protocol: its rows (this module) and its edge (`keyed-request.ts`, applied by controllers). */
@Module({
  providers: [IdempotencyKeysRepository],
  exports: [IdempotencyKeysRepository],
})
export class IdempotencyModule {}
