import { APPOINTMENT_TRANSITIONS, type AppointmentStatus, type AppointmentTransition, type Role } from '@app/contracts';

/** What the status table says about one requested move by one role. */
export type TransitionDecision = 'allowed' | 'role_not_allowed' | 'not_in_table';

/** The table row for `from → to`, if the contract allows that move at all. */
export function findTransition(
  from: AppointmentStatus,
  to: AppointmentStatus,
  table: readonly AppointmentTransition[] = APPOINTMENT_TRANSITIONS,
): AppointmentTransition | undefined {
  return table.find((row) => row.to === to && row.from.includes(from));
}

/**
 * A move missing from the table is refused whoever asks (409 `INVALID_STATUS_TRANSITION`); a move in the table
 * that the caller's role may not make is refused as forbidden (403).
 */
export function decideTransition(
  from: AppointmentStatus,
  to: AppointmentStatus,
  role: Role,
  table: readonly AppointmentTransition[] = APPOINTMENT_TRANSITIONS,
): TransitionDecision {
  const row = findTransition(from, to, table);
  if (!row) {
    return 'not_in_table';
  }
  return row.roles.includes(role) ? 'allowed' : 'role_not_allowed';
}

/** The status table as Markdown, for the OpenAPI description of `PATCH /appointments/:id/status`. */
export function describeTransitions(table: readonly AppointmentTransition[] = APPOINTMENT_TRANSITIONS): string {
  const rows = table.map((row) => `| ${row.from.join(', ')} | ${row.to} | ${row.roles.join(', ')} |`);
  return [
    'Moves an appointment along its life cycle. Allowed moves:',
    '',
    '| from | to | who |',
    '|---|---|---|',
    ...rows,
    '',
    'Any other move answers 409 `INVALID_STATUS_TRANSITION`, and so does the loser of two concurrent moves ' +
      "(the move is a compare-and-swap on the status read). A move the caller's role may not make answers 403. " +
      'When cancelling, `reason` is kept as `cancellationReason` and `cancelledBy` is the caller; other moves ' +
      'ignore `reason`. An appointment the caller may not see answers 404 `APPOINTMENT_NOT_FOUND`. ' +
      'Publishes `appointment.status_changed` to the patient and the doctor after commit.',
  ].join('\n');
}
