import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { APPOINTMENT_DURATION } from '@app/contracts';
import { ApiGoneResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { UuidParam } from '../common/http/uuid-param';
import { AppointmentHoldsService } from './appointment-holds.service';
import { CreateHoldDto, HoldDto } from './dto/hold.dto';

@ApiTags('appointments')
@Controller('appointments/holds')
export class HoldsController {
  constructor(private readonly holds: AppointmentHoldsService) {}

  /**
   * Holds an interval for the calling patient for `HOLD_TTL_SECONDS` (default 300): everyone else's booking or hold
   * of an overlapping interval (buffers included) → 409 `APPOINTMENT_CONFLICT`, and slots leave it out. The rules of a
   * booking apply (404, 422s, 409). A patient has at most one hold: a new one replaces the old. Book it with
   * `POST /appointments` and `holdId`. Patients only (403 otherwise).
   */
  @ApiOperation({ summary: 'Hold a time while booking' })
  @Post()
  @Auth({ roles: ['patient'] })
  createHold(@CurrentUser() actor: Actor, @Body() dto: CreateHoldDto): Promise<HoldDto> {
    return this.holds.holdTime(actor, {
      doctorId: dto.doctorId,
      startsAt: new Date(dto.startsAt),
      durationMinutes: dto.durationMinutes ?? APPOINTMENT_DURATION.default,
    });
  }

  /** Releases the caller's hold at once. 404 `HOLD_NOT_FOUND` for a hold that is not theirs or is gone. */
  @ApiOperation({ summary: 'Release a hold' })
  @Delete(':id')
  @HttpCode(204)
  @Auth({ roles: ['patient'] })
  @ApiGoneResponse({ type: ErrorResponseDto, description: 'Never: a released or expired hold answers 404.' })
  releaseHold(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<void> {
    return this.holds.releaseHold(actor, id);
  }
}
