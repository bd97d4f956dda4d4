import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { BookingPolicyService } from './booking-policy.service';
import { DoctorScheduleService } from './doctor-schedule.service';
import { DoctorSlotsService } from './doctor-slots.service';
import { DoctorTimeOffService } from './doctor-time-off.service';
import { BookingPolicyDto, ReplaceBookingPolicyDto } from './dto/booking-policy.dto';
import { DoctorScheduleDto, ReplaceScheduleDto } from './dto/schedule.dto';
import { FreeSlotsDto, FreeSlotsQueryDto } from './dto/slots.dto';
import { CreateTimeOffDto, ListTimeOffQueryDto, TimeOffDto, TimeOffPageDto } from './dto/time-off.dto';

@ApiTags('doctors')
@Controller('doctors/:id')
export class DoctorAvailabilityController {
  constructor(
    private readonly schedules: DoctorScheduleService,
    private readonly timeOff: DoctorTimeOffService,
    private readonly slots: DoctorSlotsService,
    private readonly policies: BookingPolicyService,
  ) {}

  /** The doctor's booking rules (any role); a doctor who never set them has the defaults. 404 `DOCTOR_NOT_FOUND`. */
  @ApiOperation({ summary: 'Get a doctor’s booking policy' })
  @Get('booking-policy')
  @Auth({ scope: 'doctors:read' })
  getBookingPolicy(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<BookingPolicyDto> {
    return this.policies.getPolicy(actor, id);
  }

  /**
   * Replaces the booking rules (the doctor or an admin; 403 otherwise); fields left out take their defaults. Existing
   * appointments keep the buffers they were booked with. Watchers of the doctor get `slots.changed`.
   */
  @ApiOperation({ summary: 'Replace a doctor’s booking policy' })
  @Put('booking-policy')
  @Auth({ roles: ['doctor', 'admin'], scope: 'doctors:write' })
  replaceBookingPolicy(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: ReplaceBookingPolicyDto,
  ): Promise<BookingPolicyDto> {
    return this.policies.replacePolicy(actor, id, dto);
  }

  /**
   * The weekly working hours (any role), on the doctor's wall clock in `timezone`. A new doctor starts with
   * Monday–Friday 09:00–17:00. 404 `DOCTOR_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'Get a doctor’s weekly hours' })
  @Get('schedule')
  @Auth({ scope: 'doctors:read' })
  getDoctorSchedule(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<DoctorScheduleDto> {
    return this.schedules.getSchedule(actor, id);
  }

  /**
   * Replaces the whole week (the doctor or an admin; 403 otherwise). Takes the shape `GET` answers: `timezone` is
   * optional and, when given, becomes the doctor's time zone. Times are `HH:MM`, `endTime` after `startTime`
   * (`24:00` allowed); blocks of one day must not overlap: else 400 `VALIDATION_FAILED` with the offending
   * `weeklyHours.<i>.<field>`. Booked appointments are not touched.
   */
  @ApiOperation({ summary: 'Replace a doctor’s weekly hours' })
  @Put('schedule')
  @Auth({ roles: ['doctor', 'admin'], scope: 'doctors:write' })
  replaceDoctorSchedule(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: ReplaceScheduleDto,
  ): Promise<DoctorScheduleDto> {
    return this.schedules.replaceSchedule(actor, id, dto);
  }

  /**
   * Adds a time off (the doctor or an admin; 403 otherwise). `endsAt` after `startsAt`, at most 366 days later,
   * else 400. Appointments already booked inside it stay booked: the doctor moves or cancels them.
   */
  @ApiOperation({ summary: 'Add a time off' })
  @Post('time-off')
  @Auth({ roles: ['doctor', 'admin'], scope: 'doctors:write' })
  addTimeOff(@CurrentUser() actor: Actor, @UuidParam() id: string, @Body() dto: CreateTimeOffDto): Promise<TimeOffDto> {
    return this.timeOff.addTimeOff(actor, id, dto);
  }

  /** The doctor's time off in start order (the doctor or an admin; 403 otherwise); `from`/`to` keep what overlaps. */
  @ApiOperation({ summary: 'List a doctor’s time off' })
  @Get('time-off')
  @Auth({ roles: ['doctor', 'admin'], scope: 'doctors:write' })
  listTimeOff(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ListTimeOffQueryDto,
  ): Promise<TimeOffPageDto> {
    return this.timeOff.listTimeOff(actor, id, query);
  }

  /** Removes a time off (the doctor or an admin; 403 otherwise); 404 `TIME_OFF_NOT_FOUND` if the doctor has no such. */
  @ApiOperation({ summary: 'Remove a time off' })
  @Delete('time-off/:timeOffId')
  @HttpCode(204)
  @Auth({ roles: ['doctor', 'admin'], scope: 'doctors:write' })
  removeTimeOff(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('timeOffId') timeOffId: string,
  ): Promise<void> {
    return this.timeOff.removeTimeOff(actor, id, timeOffId);
  }

  /**
   * Free start times (any role), for the caller who asks: every `durationMinutes` from the start of each working
   * block on the doctor's wall clock, fitting in the block, starting in [`from`, `to`) and not in the past,
   * overlapping neither time off nor a non-cancelled appointment with its buffers (the doctor's current buffers
   * around the new one, each appointment's own around it), nor another patient's live hold. A patient also gets
   * only times inside the doctor's minimum notice and booking horizon, and none overlapping their own appointments.
   * `to` after `from` (else 400 `VALIDATION_FAILED`), at most 31 days later (else 400 `RANGE_TOO_LARGE`).
   * 404 `DOCTOR_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'Find a doctor’s free slots' })
  @Get('slots')
  @Auth({ scope: 'doctors:read' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`VALIDATION_FAILED`, or `RANGE_TOO_LARGE` past 31 days',
  })
  findFreeSlots(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: FreeSlotsQueryDto,
  ): Promise<FreeSlotsDto> {
    return this.slots.findFreeSlots(actor, id, query);
  }
}
