import { InitialSchema1764150000000 } from './migrations/1764150000000-initial-schema';
import { DoctorSpecializationLower1795693689945 } from './migrations/1795693689945-doctor-specialization-lower';
import { RefreshTokensExpiry1795900000000 } from './migrations/1795900000000-refresh-tokens-expiry';
import { PatientEnumChecks1796460798512 } from './migrations/1796460798512-patient-enum-checks';
import { OutboxEvents1796463392063 } from './migrations/1796463392063-outbox-events';
import { BookingPoliciesAndHolds1796700000000 } from './migrations/1796700000000-booking-policies-and-holds';
import { Jobs1796800000000 } from './migrations/1796800000000-jobs';
import { AppointmentSweepIndexes1796800000001 } from './migrations/1796800000001-appointment-sweep-indexes';
import { Webhooks1796900000000 } from './migrations/1796900000000-webhooks';
import { ApiKeys1796900000100 } from './migrations/1796900000100-api-keys';
import { Waitlist1796900000200 } from './migrations/1796900000200-waitlist';
import { WebhookDeliveriesFinished1796900000300 } from './migrations/1796900000300-webhook-deliveries-finished';
import { WebhookAttemptsInFlight1796900000400 } from './migrations/1796900000400-webhook-attempts-in-flight';
import { OutboxWrittenAt1796900000500 } from './migrations/1796900000500-outbox-written-at';
import { QueuedJobsByAppointment1796900000600 } from './migrations/1796900000600-queued-jobs-by-appointment';
import { SweepIndexesByStatus1796900000700 } from './migrations/1796900000700-sweep-indexes-by-status';
import { DoctorWeeklyHours1796900000800 } from './migrations/1796900000800-doctor-weekly-hours';
import { SearchTrigramIndexes1796900000900 } from './migrations/1796900000900-search-trigram-indexes';

/** Listed, not globbed: the same list works under ts (tests) and js (build). */
export const MIGRATIONS = [
  InitialSchema1764150000000,
  DoctorSpecializationLower1795693689945,
  RefreshTokensExpiry1795900000000,
  PatientEnumChecks1796460798512,
  OutboxEvents1796463392063,
  BookingPoliciesAndHolds1796700000000,
  Jobs1796800000000,
  AppointmentSweepIndexes1796800000001,
  Webhooks1796900000000,
  ApiKeys1796900000100,
  Waitlist1796900000200,
  WebhookDeliveriesFinished1796900000300,
  WebhookAttemptsInFlight1796900000400,
  OutboxWrittenAt1796900000500,
  QueuedJobsByAppointment1796900000600,
  SweepIndexesByStatus1796900000700,
  DoctorWeeklyHours1796900000800,
  SearchTrigramIndexes1796900000900,
];
