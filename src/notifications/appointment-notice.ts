import type { Appointment, AppointmentEventName, AppointmentEvents, AppointmentStatus } from '@app/contracts';
import { formatInZone } from '../common/time/zoned-text';
import type { Notice } from './notifications.repository';

/** One appointment event, its name telling its payload apart, and the doctor's zone its times are told in. */
export type AppointmentEventMessage = {
  [K in AppointmentEventName]: { name: K; payload: AppointmentEvents[K]; doctorTimezone: string };
}[AppointmentEventName];

const STATUS_WORDS: Record<AppointmentStatus, string> = {
  pending: 'pending',
  confirmed: 'confirmed',
  in_progress: 'started',
  completed: 'completed',
  cancelled: 'cancelled',
  no_show: 'marked as a no-show',
};

/** Fields whose change moves the appointment in time. */
const TIME_FIELDS = new Set(['startsAt', 'durationMinutes', 'endsAt']);

/** `1440` → `1 day`, `60` → `1 hour`, `90` → `90 minutes`: a reminder's lead, in the largest whole unit. */
export function leadText(minutes: number): string {
  const [count, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function parties(appointment: Appointment): string {
  return `${appointment.patient.fullName} with ${appointment.doctor.fullName}`;
}

/**
 * The stored text of an appointment event, its time on the doctor's wall clock (`Mon 7 Dec 2026, 15:30 IST`). It names who and when, never why: the reason, notes and cancellation
 * reason are medical content and stay out of notifications (they may show on lock screens and in e-mails).
 */
export function appointmentNotice(event: AppointmentEventMessage): Notice {
  const { appointment } = event.payload;
  // Both parties read the doctor's wall clock: that is where the appointment happens (a video visit included).
  const when = (a: Appointment) => formatInZone(a.startsAt, event.doctorTimezone);
  const base = { appointmentId: appointment.id, status: appointment.status };
  switch (event.name) {
    case 'appointment.created':
      return {
        type: event.name,
        title: 'Appointment booked',
        body: `${parties(appointment)} on ${when(appointment)}.`,
        data: base,
      };
    case 'appointment.updated': {
      const moved = event.payload.changes.some((field) => TIME_FIELDS.has(field));
      return {
        type: event.name,
        title: moved ? 'Appointment rescheduled' : 'Appointment updated',
        body: moved
          ? `${parties(appointment)} is now on ${when(appointment)}.`
          : `${parties(appointment)} on ${when(appointment)} was updated.`,
        data: { ...base, changes: event.payload.changes },
      };
    }
    case 'appointment.status_changed': {
      const word = STATUS_WORDS[event.payload.status];
      return {
        type: event.name,
        title: `Appointment ${word}`,
        body: `${parties(appointment)} on ${when(appointment)} was ${word}.`,
        data: { ...base, previousStatus: event.payload.previousStatus },
      };
    }
    case 'appointment.deleted':
      return {
        type: event.name,
        title: 'Appointment removed',
        body: `${parties(appointment)} on ${when(appointment)} was removed by the clinic.`,
        data: base,
      };
    case 'appointment.reminder':
      return {
        type: event.name,
        title: 'Appointment reminder',
        body: `${parties(appointment)} on ${when(appointment)}, in ${leadText(event.payload.minutesBefore)}.`,
        data: { ...base, minutesBefore: event.payload.minutesBefore },
      };
  }
}
