export { createClinicClient, type ClinicClient, type ClinicClientOptions } from './client';
export { ClinicApiError, UnexpectedResponseError, isApiError, unwrap, type SuccessData } from './errors';
export { newIdempotencyKey } from './idempotency';
export { connectNotifications, type NotificationsOptions, type NotificationsSocket } from './socket';
export type { components, operations, paths } from './generated/openapi';
export { NOTIFICATIONS_NAMESPACE } from '@app/contracts';
export type {
  Appointment,
  AppointmentCreatedEvent,
  AppointmentDeletedEvent,
  AppointmentParty,
  AppointmentStatus,
  AppointmentStatusChangedEvent,
  AppointmentUpdatedEvent,
  ClientToServerEvents,
  DoctorPresence,
  DoctorStatus,
  ErrorCode,
  ErrorDetail,
  ErrorResponse,
  Notification,
  NotificationType,
  Role,
  ServerToClientEvents,
  SetStatusAck,
  SettableDoctorStatus,
} from '@app/contracts';
