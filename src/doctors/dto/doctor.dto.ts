import { DOCTOR_STATUSES, type Doctor, type DoctorStatus, type SpecializationCount } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/http/page.dto';

/** A doctor's public profile; name, email and phone come from their account. */
export class DoctorDto implements Doctor {
  id!: string;
  /** The doctor's account. */
  userId!: string;
  fullName!: string;
  email!: string;
  phone!: string | null;
  specialization!: string;
  /** Unique across doctors. */
  licenseNumber!: string;
  yearsOfExperience!: number | null;
  bio!: string | null;
  /** IANA time zone; the weekly hours are local to it. */
  timezone!: string;
  /** At least one socket of the doctor is connected. */
  isOnline!: boolean;
  /** `offline` while `isOnline` is false, else the status the doctor chose. */
  @ApiProperty({ enum: DOCTOR_STATUSES })
  status!: DoctorStatus;
  /** When the doctor's last socket closed; null if never. */
  lastSeenAt!: string | null;
  createdAt!: string;
  /** Last change of the profile or of the account's name and phone. */
  updatedAt!: string;
}

export class DoctorPageDto {
  data!: DoctorDto[];
  meta!: PageMetaDto;
}

export class SpecializationCountDto implements SpecializationCount {
  specialization!: string;
  /** Active doctors with this specialization. */
  count!: number;
}
