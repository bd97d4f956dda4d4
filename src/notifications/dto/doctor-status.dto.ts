import {
  DOCTOR_STATUSES,
  SETTABLE_DOCTOR_STATUSES,
  type DoctorPresence,
  type DoctorStatus,
  type SettableDoctorStatus,
} from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class SetDoctorStatusDto {
  /** What patients see while the doctor is connected; `offline` follows from having no open socket. */
  @ApiProperty({ enum: SETTABLE_DOCTOR_STATUSES })
  @IsIn(SETTABLE_DOCTOR_STATUSES)
  status!: SettableDoctorStatus;
}

/** Whether a doctor is connected and what they show; also the payload of the `doctor.presence` socket event. */
export class DoctorPresenceDto implements DoctorPresence {
  doctorId!: string;
  /** At least one socket of the doctor is connected (any tab, device or instance). */
  isOnline!: boolean;
  /** `offline` while not online, else the status the doctor set (default `online`). */
  @ApiProperty({ enum: DOCTOR_STATUSES })
  status!: DoctorStatus;
  /** When the doctor last came online or went offline; null if never connected. */
  lastSeenAt!: string | null;
}
