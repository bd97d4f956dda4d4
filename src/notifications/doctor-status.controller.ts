import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { DoctorPresenceDto, SetDoctorStatusDto } from './dto/doctor-status.dto';
import { DoctorStatusService } from './doctor-status.service';

@ApiTags('doctors')
@Controller('doctors')
export class DoctorStatusController {
  constructor(private readonly doctorStatus: DoctorStatusService) {}

  /**
   * Sets the caller's status (doctor only). While the doctor has no socket connected it still reads `offline`;
   * the stored status applies when they connect. A change while online is sent to every connected user as
   * `doctor.presence`.
   */
  @ApiOperation({ summary: 'Set the caller’s doctor status' })
  @Put('me/status')
  @Auth({ roles: ['doctor'] })
  setMyDoctorStatus(@CurrentUser() actor: Actor, @Body() dto: SetDoctorStatusDto): Promise<DoctorPresenceDto> {
    return this.doctorStatus.setOwnStatus(actor, dto);
  }

  /** Whether a doctor is online and their status (any role); 404 `DOCTOR_NOT_FOUND` for an unknown doctor. */
  @ApiOperation({ summary: 'Get a doctor’s presence' })
  @Get(':id/status')
  @Auth({ scope: 'doctors:read' })
  getDoctorStatus(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<DoctorPresenceDto> {
    return this.doctorStatus.getStatus(actor, id);
  }
}
