import {
  SETTABLE_DOCTOR_STATUSES,
  type DoctorPresence,
  type DoctorStatus,
  type SettableDoctorStatus,
} from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EnumField, InstantField, UuidField } from '../../common/http/api-fields';

@ApiSchema({ name: 'SetDoctorStatusRequest' })
export class SetDoctorStatusDto {
  /** What patients see while the doctor is connected; `offline` follows from having no open socket. */
  @EnumField('SettableDoctorStatus')
  @IsIn(SETTABLE_DOCTOR_STATUSES)
  status!: SettableDoctorStatus;
}

/** Whether a doctor is connected and what they show; also the payload of the `doctor.presence` socket event. */
@ApiSchema({ name: 'DoctorPresence' })
export class DoctorPresenceDto implements DoctorPresence {
  @UuidField()
  doctorId!: string;
  /** At least one socket of the doctor is connected (any tab, device or instance). */
  isOnline!: boolean;
  /** `offline` while not online, else the status the doctor set (default `online`). */
  @EnumField('DoctorStatus')
  status!: DoctorStatus;
  /** When the doctor last came online or went offline; null if never connected. */
  @InstantField({ nullable: true })
  lastSeenAt!: string | null;
}
