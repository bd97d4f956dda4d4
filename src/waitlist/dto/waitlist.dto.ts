import type { WaitlistEntry, WaitlistOffer, WaitlistOfferEvent, WaitlistStatus } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { PageMetaDto } from '../../common/http/page.dto';
import { IsDurationMinutes, IsUuid } from '../../common/http/validators';

@ApiSchema({ name: 'JoinWaitlistRequest' })
export class JoinWaitlistDto {
  /** The doctor whose freed time to wait for. */
  @IsUuid()
  doctorId!: string;

  /** Start of the window (ISO 8601 with an offset); an offered slot lies inside [from, to). */
  @IsInstantWithOffset()
  from!: string;

  /** End of the window: after `from`, at most 31 days after it, in the future. */
  @IsInstantWithOffset()
  to!: string;

  /**
   * Length of the appointment wanted: 5..480 minutes, a multiple of 5. Default 30.
   * @example 30
   */
  @IsOptional()
  @IsDurationMinutes()
  durationMinutes?: number;
}

/** Freed time held for the entry's patient: book it with `POST /appointments` and `holdId` before `expiresAt`. */
@ApiSchema({ name: 'WaitlistOffer' })
export class WaitlistOfferDto implements WaitlistOffer {
  /** The hold kept for the patient (`WAITLIST_OFFER_MINUTES`, default 15). */
  @UuidField()
  holdId!: string;
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
  /** When the offer lapses and the time passes to the next waiting entry. */
  @InstantField()
  expiresAt!: string;
}

/** A patient waiting for a doctor's time to come free inside [from, to). */
@ApiSchema({ name: 'WaitlistEntry' })
export class WaitlistEntryDto implements WaitlistEntry {
  @UuidField()
  id!: string;
  @UuidField()
  patientId!: string;
  @UuidField()
  doctorId!: string;
  @InstantField()
  from!: string;
  @InstantField()
  to!: string;
  /** @example 30 */
  @IntegerField({ minimum: 5, maximum: 480 })
  durationMinutes!: number;
  @EnumField('WaitlistStatus')
  status!: WaitlistStatus;
  /** The open offer while `offered` (and the one booked, once `booked`); null otherwise. */
  @ApiProperty({ type: WaitlistOfferDto, nullable: true })
  offer!: WaitlistOfferDto | null;
  @InstantField()
  createdAt!: string;
}

@ApiSchema({ name: 'WaitlistEntryPage' })
export class WaitlistEntryPageDto {
  data!: WaitlistEntryDto[];
  meta!: PageMetaDto;
}

/** Socket.IO `waitlist.offer`: to the entry's patient, once the offer has committed. */
@ApiSchema({ name: 'WaitlistOfferEvent' })
export class WaitlistOfferEventDto implements WaitlistOfferEvent {
  entry!: WaitlistEntryDto;
}

/** Socket payloads the AsyncAPI document shares with the OpenAPI one. */
export const WAITLIST_EVENT_MODELS = [WaitlistOfferEventDto];
