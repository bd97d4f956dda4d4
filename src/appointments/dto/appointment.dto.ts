import {
  APPOINTMENT_STATUSES,
  type Appointment,
  type AppointmentParty,
  type AppointmentStatus,
  type Page,
} from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/http/page.dto';

export class AppointmentPartyDto implements AppointmentParty {
  id!: string;
  fullName!: string;
}

export class AppointmentDoctorDto extends AppointmentPartyDto {
  specialization!: string;
}

/** A booked time between one patient and one doctor. Times are UTC with `Z`; intervals are half-open. */
export class AppointmentDto implements Appointment {
  id!: string;
  patientId!: string;
  doctorId!: string;
  startsAt!: string;
  /** `startsAt` + `durationMinutes`; the slot is [startsAt, endsAt). */
  endsAt!: string;
  durationMinutes!: number;
  @ApiProperty({ enum: APPOINTMENT_STATUSES })
  status!: AppointmentStatus;
  reason!: string | null;
  /** The doctor's notes; only the doctor writes them. */
  notes!: string | null;
  /** The `reason` given when it was cancelled. */
  cancellationReason!: string | null;
  /** The id of the user who cancelled it. */
  cancelledBy!: string | null;
  createdAt!: string;
  updatedAt!: string;
  patient!: AppointmentPartyDto;
  doctor!: AppointmentDoctorDto;
}

export class AppointmentPageDto implements Page<Appointment> {
  data!: AppointmentDto[];
  meta!: PageMetaDto;
}
