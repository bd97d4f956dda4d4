import { FIELD_LIMITS, type Doctor, type DoctorStatus, type SpecializationCount } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { PageMetaDto } from '../../common/http/page.dto';

/** A doctor's public profile; name, email and phone come from their account. */
@ApiSchema({ name: 'Doctor' })
export class DoctorDto implements Doctor {
  @UuidField()
  id!: string;
  /** The doctor's account. */
  @UuidField()
  userId!: string;
  /** @example "Dr Amara Okafor" */
  fullName!: string;
  /** @example "amara.okafor@clinic.example" */
  @ApiProperty({ format: 'email' })
  email!: string;
  phone!: string | null;
  /** @example "Cardiology" */
  specialization!: string;
  /**
   * Unique across doctors.
   * @example "GMC-7301842"
   */
  licenseNumber!: string;
  /** @example 12 */
  @IntegerField({
    nullable: true,
    minimum: FIELD_LIMITS.yearsOfExperience.min,
    maximum: FIELD_LIMITS.yearsOfExperience.max,
  })
  yearsOfExperience!: number | null;
  bio!: string | null;
  /**
   * IANA time zone; the weekly hours are local to it.
   * @example "Europe/Berlin"
   */
  timezone!: string;
  /** At least one socket of the doctor is connected. */
  isOnline!: boolean;
  /** `offline` while `isOnline` is false, else the status the doctor chose. */
  @EnumField('DoctorStatus')
  status!: DoctorStatus;
  /** When the doctor's last socket closed; null if never. */
  @InstantField({ nullable: true })
  lastSeenAt!: string | null;
  @InstantField()
  createdAt!: string;
  /** Last change of the profile or of the account's name and phone. */
  @InstantField()
  updatedAt!: string;
}

@ApiSchema({ name: 'DoctorPage' })
export class DoctorPageDto {
  data!: DoctorDto[];
  meta!: PageMetaDto;
}

@ApiSchema({ name: 'SpecializationCount' })
export class SpecializationCountDto implements SpecializationCount {
  /** @example "Cardiology" */
  specialization!: string;
  /**
   * Active doctors with this specialization.
   * @example 3
   */
  @IntegerField({ minimum: 1 })
  count!: number;
}
