import { BOOKING_POLICY_LIMITS, DEFAULT_BOOKING_POLICY, type BookingPolicy } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsBoolean, Max, Min } from 'class-validator';
import { IntegerField } from '../../common/http/api-fields';
import { IsInteger, OptionalNotNull } from '../../common/http/validators';

const L = BOOKING_POLICY_LIMITS;
const D = DEFAULT_BOOKING_POLICY;

/** A doctor's booking rules. Patients are held to notice, horizon and the reschedule window; staff are exempt. */
@ApiSchema({ name: 'BookingPolicy' })
export class BookingPolicyDto implements BookingPolicy {
  /**
   * Minutes kept free before each of the doctor's appointments (buffers stack, and may reach outside working hours).
   * @example 10
   */
  @IntegerField({ minimum: L.bufferBeforeMinutes.min, maximum: L.bufferBeforeMinutes.max })
  bufferBeforeMinutes!: number;
  /**
   * Minutes kept free after each of the doctor's appointments.
   * @example 5
   */
  @IntegerField({ minimum: L.bufferAfterMinutes.min, maximum: L.bufferAfterMinutes.max })
  bufferAfterMinutes!: number;
  /**
   * A patient cannot book or move an appointment to start sooner than this many minutes from now.
   * @example 120
   */
  @IntegerField({ minimum: L.minimumNoticeMinutes.min, maximum: L.minimumNoticeMinutes.max })
  minimumNoticeMinutes!: number;
  /**
   * A patient cannot book or move an appointment to start later than this many 24-hour days from now.
   * @example 90
   */
  @IntegerField({ minimum: L.bookingHorizonDays.min, maximum: L.bookingHorizonDays.max })
  bookingHorizonDays!: number;
  /**
   * A patient who cancels later than this many hours before the start is marked `lateCancellation`; a patient cannot
   * reschedule inside it. 0: no window.
   * @example 24
   */
  @IntegerField({ minimum: L.cancellationWindowHours.min, maximum: L.cancellationWindowHours.max })
  cancellationWindowHours!: number;
  /**
   * New bookings start `confirmed` instead of `pending` (whoever books).
   * @example false
   */
  autoConfirm!: boolean;
}

/** Replaces the whole policy: a field left out takes its default (the contract's, which is today's behaviour). */
@ApiSchema({ name: 'ReplaceBookingPolicyRequest' })
export class ReplaceBookingPolicyDto implements Partial<BookingPolicy> {
  /** @example 10 */
  @ApiPropertyOptional({ type: 'integer', default: D.bufferBeforeMinutes })
  @OptionalNotNull()
  @IsInteger()
  @Min(L.bufferBeforeMinutes.min)
  @Max(L.bufferBeforeMinutes.max)
  bufferBeforeMinutes?: number;

  /** @example 5 */
  @ApiPropertyOptional({ type: 'integer', default: D.bufferAfterMinutes })
  @OptionalNotNull()
  @IsInteger()
  @Min(L.bufferAfterMinutes.min)
  @Max(L.bufferAfterMinutes.max)
  bufferAfterMinutes?: number;

  /** @example 120 */
  @ApiPropertyOptional({ type: 'integer', default: D.minimumNoticeMinutes })
  @OptionalNotNull()
  @IsInteger()
  @Min(L.minimumNoticeMinutes.min)
  @Max(L.minimumNoticeMinutes.max)
  minimumNoticeMinutes?: number;

  /** @example 90 */
  @ApiPropertyOptional({ type: 'integer', default: D.bookingHorizonDays })
  @OptionalNotNull()
  @IsInteger()
  @Min(L.bookingHorizonDays.min)
  @Max(L.bookingHorizonDays.max)
  bookingHorizonDays?: number;

  /** @example 24 */
  @ApiPropertyOptional({ type: 'integer', default: D.cancellationWindowHours })
  @OptionalNotNull()
  @IsInteger()
  @Min(L.cancellationWindowHours.min)
  @Max(L.cancellationWindowHours.max)
  cancellationWindowHours?: number;

  /** @example false */
  @ApiProperty({ required: false, type: Boolean, default: D.autoConfirm })
  @OptionalNotNull()
  @IsBoolean()
  autoConfirm?: boolean;
}
