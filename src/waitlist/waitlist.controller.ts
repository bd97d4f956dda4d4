import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { APPOINTMENT_DURATION } from '@app/contracts';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { PaginationQueryDto } from '../common/http/pagination.dto';
import { UuidParam } from '../common/http/uuid-param';
import { JoinWaitlistDto, WaitlistEntryDto, WaitlistEntryPageDto } from './dto/waitlist.dto';
import { WaitlistService } from './waitlist.service';

@ApiTags('waitlist')
@Controller('waitlist')
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  /**
   * The calling patient waits for the doctor's time inside [from, to). When such time comes free (a cancellation, a
   * reschedule away, time off removed, a hold released or expired), the oldest `waiting` entry it fits is offered it:
   * a hold for the patient lasting `WAITLIST_OFFER_MINUTES` (default 15), `waitlist.offer` on their sockets and a
   * stored notification. Time already free when the entry is made is not offered (book it). `to` not after `from`, or
   * closer than `durationMinutes` → 400 `VALIDATION_FAILED`; more than 31 days apart → 400 `RANGE_TOO_LARGE`; `to`
   * not in the future → 422 `START_IN_PAST`. Unknown doctor → 404. Patients only (403 otherwise).
   */
  @ApiOperation({ summary: 'Join a doctor’s waitlist' })
  @Post()
  @Auth({ roles: ['patient'] })
  @ApiCreatedResponse({ type: WaitlistEntryDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`DOCTOR_NOT_FOUND`' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: '`START_IN_PAST`' })
  joinWaitlist(@CurrentUser() actor: Actor, @Body() dto: JoinWaitlistDto): Promise<WaitlistEntryDto> {
    return this.waitlist.joinWaitlist(actor, {
      doctorId: dto.doctorId,
      from: new Date(dto.from),
      to: new Date(dto.to),
      durationMinutes: dto.durationMinutes ?? APPOINTMENT_DURATION.default,
    });
  }

  /** Waitlist entries, newest first: a patient's own, a doctor's (of their waitlist), or all (admin). */
  @ApiOperation({ summary: 'List waitlist entries' })
  @Get()
  @Auth({ scope: 'appointments:read' })
  listWaitlist(@CurrentUser() actor: Actor, @Query() query: PaginationQueryDto): Promise<WaitlistEntryPageDto> {
    return this.waitlist.listWaitlist(actor, query);
  }

  /**
   * Its patient or an admin leaves the waitlist: the entry becomes `cancelled`, and an open offer's hold is released
   * at once (its time passes to the next entry). Again on a cancelled entry: 204. Its doctor → 403; anyone else, or
   * no such entry → 404 `WAITLIST_ENTRY_NOT_FOUND`; a `booked` entry → 409 `INVALID_STATUS_TRANSITION` (cancel the
   * appointment instead).
   */
  @ApiOperation({ summary: 'Leave a waitlist' })
  @Delete(':id')
  @HttpCode(204)
  @Auth({ scope: 'appointments:write' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'The entry’s doctor' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`WAITLIST_ENTRY_NOT_FOUND`' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`INVALID_STATUS_TRANSITION`: the entry is booked' })
  cancelWaitlistEntry(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<void> {
    return this.waitlist.cancelEntry(actor, id);
  }
}
