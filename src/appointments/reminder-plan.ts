import { EDITABLE_STATUSES, type Appointment } from '@app/contracts';
import type { PlannedJob } from '../jobs/job-kinds';

export const REMINDER_KIND = 'appointment.reminder' as const;

/** One reminder per appointment, lead and start: planning it again (a retry, a move back) is a no-op. */
export function reminderKey(appointmentId: string, minutesBefore: number, startsAt: string): string {
  return `${REMINDER_KIND}:${appointmentId}:${minutesBefore}:${startsAt}`;
}

/**
 * The reminders an appointment gets when it is booked or moved (API.md, "Time-driven work"): one per lead, due at
 * start − lead, and only those whose time comes after `since` (the booking or the move): an appointment booked
 * 30 minutes ahead gets no 60-minute reminder. A reminder whose time passes while the service is down is still sent
 * on return; the handler checks then that the appointment has not started, moved or left `pending`/`confirmed`.
 */
export function remindersOf(
  appointment: Pick<Appointment, 'id' | 'startsAt' | 'status'>,
  leadMinutes: readonly number[],
  since: Date,
): PlannedJob<typeof REMINDER_KIND>[] {
  if (!EDITABLE_STATUSES.includes(appointment.status)) {
    return [];
  }
  const start = Date.parse(appointment.startsAt);
  const startsAt = new Date(start).toISOString();
  return leadMinutes
    .map((minutesBefore) => ({ minutesBefore, runAt: new Date(start - minutesBefore * 60_000) }))
    .filter(({ runAt }) => runAt.getTime() > since.getTime())
    .map(({ minutesBefore, runAt }) => ({
      kind: REMINDER_KIND,
      dedupeKey: reminderKey(appointment.id, minutesBefore, startsAt),
      payload: { appointmentId: appointment.id, minutesBefore, startsAt },
      runAt,
    }));
}

/**
 * Whether a reminder planned for `plannedStartsAt` is still to be sent when its job runs at `now`: the appointment is
 * still `pending` or `confirmed`, still at that start (else it moved, and its new time has reminders of its own), and
 * has not started (a reminder late because the service was down is sent only until then).
 */
export function reminderStillDue(
  appointment: { status: Appointment['status']; startsAt: Date } | undefined,
  plannedStartsAt: string,
  now: Date,
): boolean {
  return (
    appointment !== undefined &&
    EDITABLE_STATUSES.includes(appointment.status) &&
    appointment.startsAt.getTime() === Date.parse(plannedStartsAt) &&
    appointment.startsAt.getTime() > now.getTime()
  );
}
