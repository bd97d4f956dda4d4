import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clinic, unwrap } from '../api/client';
import type { Appointment, AppointmentStatus } from '../api/types';
import { formatTime } from '../lib/time';
import { ErrorMessage } from './ui';

type Move = { to: AppointmentStatus; label: string; tone?: 'primary' | 'danger' };

/** The contract's status table, as buttons: what a doctor (or reception) may do next. */
const MOVES: Partial<Record<AppointmentStatus, Move[]>> = {
  pending: [
    { to: 'confirmed', label: 'Confirm', tone: 'primary' },
    { to: 'cancelled', label: 'Cancel', tone: 'danger' },
  ],
  confirmed: [
    { to: 'in_progress', label: 'Start', tone: 'primary' },
    { to: 'no_show', label: 'No-show' },
    { to: 'cancelled', label: 'Cancel', tone: 'danger' },
  ],
  in_progress: [{ to: 'completed', label: 'Complete', tone: 'primary' }],
};

export function StatusActions({ appointment }: { appointment: Appointment }) {
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (to: AppointmentStatus) =>
      unwrap(
        clinic.PATCH('/api/v1/appointments/{id}/status', {
          params: { path: { id: appointment.id } },
          body: { status: to, ...(to === 'cancelled' ? { reason: 'Cancelled by the clinic' } : {}) },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['appointments'] }),
  });
  const moves = MOVES[appointment.status] ?? [];
  if (moves.length === 0) {
    return null;
  }
  const who = `${appointment.patient.fullName} at ${formatTime(appointment.startsAt)}`;
  return (
    <div className="status-actions">
      <div className="actions" role="group" aria-label={`Actions for ${who}`}>
        {moves.map((entry) => (
          <button
            key={entry.to}
            type="button"
            className={entry.tone}
            disabled={move.isPending}
            aria-label={`${entry.label}: ${who}`}
            onClick={() => move.mutate(entry.to)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <ErrorMessage error={move.error} />
    </div>
  );
}
