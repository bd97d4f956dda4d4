import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { AuditService } from './audit.service';
import { AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-events.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /**
   * The audit log of every read and write of patient profiles and medical records (admin), newest first: who, with
   * which role, what action, on which patient and record, when, with which request id, allowed or denied. `from` is
   * inclusive and `to` exclusive; `to` not after `from` → 400 `VALIDATION_FAILED`.
   */
  @ApiOperation({ summary: 'List audit events' })
  @Get()
  @Auth({ roles: ['admin'] })
  listAuditEvents(@CurrentUser() actor: Actor, @Query() query: ListAuditEventsQueryDto): Promise<AuditEventPageDto> {
    return this.audit.listEvents(actor, query);
  }
}
