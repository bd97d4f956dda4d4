import { AppointmentEntity } from '../appointments/appointment.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { DoctorEntity } from '../doctors/doctor.entity';
import { TimeOffEntity } from '../doctors/time-off.entity';
import { WorkingHoursEntity } from '../doctors/working-hours.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { MedicalRecordEntity } from '../patients/medical-record.entity';
import { PatientEntity } from '../patients/patient.entity';
import { UserEntity } from '../users/user.entity';
import { InitialSchema1764150000000 } from './migrations/1764150000000-initial-schema';
import { DoctorSpecializationLower1795693689945 } from './migrations/1795693689945-doctor-specialization-lower';
import { RefreshTokensExpiry1795900000000 } from './migrations/1795900000000-refresh-tokens-expiry';
import { PatientEnumChecks1796460798512 } from './migrations/1796460798512-patient-enum-checks';
import { OutboxEvents1796463392063 } from './migrations/1796463392063-outbox-events';

export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  PatientEntity,
  DoctorEntity,
  WorkingHoursEntity,
  TimeOffEntity,
  AppointmentEntity,
  IdempotencyKeyEntity,
  MedicalRecordEntity,
  AuditEventEntity,
  NotificationEntity,
];

/** Listed, not globbed: the same list works under ts (tests) and js (build). */
export const MIGRATIONS = [
  InitialSchema1764150000000,
  DoctorSpecializationLower1795693689945,
  RefreshTokensExpiry1795900000000,
  PatientEnumChecks1796460798512,
  OutboxEvents1796463392063,
];
