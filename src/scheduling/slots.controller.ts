import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { EarliestSlotsDto, EarliestSlotsQueryDto } from './dto/earliest-slots.dto';
import { EarliestSlotsService } from './earliest-slots.service';

@ApiTags('doctors')
@Controller('slots')
export class SlotsController {
  constructor(private readonly earliest: EarliestSlotsService) {}

  /**
   * Each matching doctor's earliest free slot in [`from`, `to`) for the caller (every booking rule applied as for
   * `GET /doctors/{id}/slots`), earliest first, at most `limit` doctors. `onlineOnly=true` keeps doctors who are
   * online and not busy right now ("see a doctor now"). The range is at most 14 days (else 400 `RANGE_TOO_LARGE`);
   * `from` defaults to now and `to` to 14 days after `from`.
   */
  @ApiOperation({ summary: 'Find the earliest free slot across doctors' })
  @Get()
  @Auth({ scope: 'doctors:read' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`VALIDATION_FAILED`, or `RANGE_TOO_LARGE` past 14 days',
  })
  findEarliestSlots(@CurrentUser() actor: Actor, @Query() query: EarliestSlotsQueryDto): Promise<EarliestSlotsDto> {
    return this.earliest.findEarliest(actor, query);
  }
}
