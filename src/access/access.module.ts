import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessPolicy } from './access-policy';

/**
 * The access policy, for every feature: global, like configuration, because every controller and service asks it
 * (and it must be the only thing that decides access).
 */
@Global()
@Module({
  imports: [AuditModule],
  providers: [AccessPolicy],
  exports: [AccessPolicy],
})
export class AccessModule {}
