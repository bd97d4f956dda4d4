import {
  APPOINTMENT_DURATION,
  type Appointment,
  type AppointmentParty,
  type AppointmentStatus,
  type Page,
} from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { PageMetaDto } from '../../common/http/page.dto';

/** A party of an appointment, as much as the other party may see. */
@ApiSchema({ name: 'AppointmentParty' })
export class AppointmentPartyDto implements AppointmentParty {
  @UuidField()
  id!: string;
  /** @example "Jonas Weber" */
  fullName!: string;
}

@ApiSchema({ name: 'AppointmentDoctor' })
export class AppointmentDoctorDto extends AppointmentPartyDto {
  /** @example "Cardiology" */
  specialization!: string;
}

/** A booked time between one patient and one doctor. Times are UTC with `Z`; intervals are half-open. */
@ApiSchema({ name: 'Appointment' })
export class AppointmentDto implements Appointment {
  @UuidField()
  id!: string;
  @UuidField()
  patientId!: string;
  @UuidField()
  doctorId!: string;
  @InstantField()
  startsAt!: string;
  /** `startsAt` + `durationMinutes`; the slot is [startsAt, endsAt). */
  @InstantField()
  endsAt!: string;
  /** @example 30 */
  @IntegerField({
    minimum: APPOINTMENT_DURATION.min,
    maximum: APPOINTMENT_DURATION.max,
    multipleOf: APPOINTMENT_DURATION.step,
  })
  durationMinutes!: number;
  @EnumField('AppointmentStatus')
  status!: AppointmentStatus;
  /** @example "Follow-up after blood test" */
  reason!: string | null;
  /** The doctor's notes; only the doctor writes them. */
  notes!: string | null;
  /** The `reason` given when it was cancelled. */
  cancellationReason!: string | null;
  /** The id of the user who cancelled it. */
  @UuidField({ nullable: true })
  cancelledBy!: string | null;
  /**
   * A patient cancelled it inside the doctor's cancellation window (`cancellationWindowHours` of the booking
   * policy); false otherwise.
   * @example false
   */
  lateCancellation!: boolean;
  /** The recurring series it was booked in; null when it was booked on its own. */
  @UuidField({ nullable: true })
  seriesId!: string | null;
  @InstantField()
  createdAt!: string;
  @InstantField()
  updatedAt!: string;
  patient!: AppointmentPartyDto;
  doctor!: AppointmentDoctorDto;
}

@ApiSchema({ name: 'AppointmentPage' })
export class AppointmentPageDto implements Page<Appointment> {
  data!: AppointmentDto[];
  meta!: PageMetaDto;
}
