import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Appointment } from '../api/types';
import { SlotPicker } from '../components/SlotPicker';
import { Empty, ErrorMessage, Loading, Page, Pager, StatusBadge } from '../components/ui';
import { MyWaitlist } from './Waitlist';
import { Link } from '../lib/router';
import { formatDateTime, formatTime } from '../lib/time';

const CANCELLABLE = new Set(['pending', 'confirmed']);

function usePolicy(doctorId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['doctors', 'policy', doctorId],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/{id}/booking-policy', { params: { path: { id: doctorId } } })),
    enabled,
  });
}

/** Whether `startsAt` is less than the window's hours away (the contract's cancellation window, counted back). */
function insideWindow(startsAt: string, windowHours: number): boolean {
  return windowHours > 0 && new Date(startsAt).getTime() - Date.now() < windowHours * 3_600_000;
}

function CancelControl({ appointment }: { appointment: Appointment }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const policy = usePolicy(appointment.doctorId, asking);
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.PATCH('/api/v1/appointments/{id}/status', {
          params: { path: { id: appointment.id } },
          body: { status: 'cancelled', reason: 'Cancelled by the patient' },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['appointments'] }),
  });
  const windowHours = policy.data?.cancellationWindowHours ?? 0;
  const late = insideWindow(appointment.startsAt, windowHours);

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Cancel…
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="group"
      aria-label={`Cancel the appointment of ${formatDateTime(appointment.startsAt)}`}
    >
      {late && (
        <p className="message warning">
          This is within {appointment.doctor.fullName}&apos;s {windowHours}-hour cancellation window: it will be
          recorded as a late cancellation.
        </p>
      )}
      <ErrorMessage error={cancel.error ?? policy.error} />
      <button type="button" className="danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
        {cancel.isPending ? 'Cancelling…' : 'Yes, cancel it'}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}

/** Move the appointment to another free time of the same doctor (`PATCH /appointments/:id` with `startsAt`). */
function RescheduleControl({ appointment }: { appointment: Appointment }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [moved, setMoved] = useState<Appointment | null>(null);
  const policy = usePolicy(appointment.doctorId, open);
  const move = useMutation({
    mutationFn: (startsAt: string) =>
      unwrap(
        clinic.PATCH('/api/v1/appointments/{id}', {
          params: { path: { id: appointment.id } },
          body: { startsAt },
        }),
      ),
    onSuccess: (updated) => {
      setMoved(updated);
      setOpen(false);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
      void queryClient.invalidateQueries({ queryKey: ['slots', appointment.doctorId] });
    },
  });
  const windowHours = policy.data?.cancellationWindowHours ?? 0;
  const late = insideWindow(appointment.startsAt, windowHours);
  if (!open) {
    return (
      <>
        {moved && (
          <p className="message success" role="status">
            Moved to {formatDateTime(moved.startsAt)}.
          </p>
        )}
        <button
          type="button"
          aria-expanded={false}
          onClick={() => {
            setMoved(null);
            move.reset();
            setOpen(true);
          }}
        >
          Reschedule…
        </button>
      </>
    );
  }
  return (
    <section
      className="card reschedule"
      aria-label={`Reschedule the appointment of ${formatDateTime(appointment.startsAt)}`}
    >
      <h3>Pick a new time with {appointment.doctor.fullName}</h3>
      {policy.isPending && <Loading what="the doctor's booking rules" />}
      {late && (
        <p className="message warning">
          This appointment is within {appointment.doctor.fullName}&apos;s {windowHours}-hour cancellation window, so it
          can no longer be moved. You can still cancel it.
        </p>
      )}
      <ErrorMessage error={move.error ?? policy.error} />
      {!late && !policy.isPending && (
        <SlotPicker
          doctorId={appointment.doctorId}
          durationMinutes={appointment.durationMinutes}
          action="Move to"
          disabled={move.isPending}
          onPick={(slot) => move.mutate(slot.startsAt)}
        />
      )}
      <button type="button" onClick={() => setOpen(false)}>
        Keep the current time
      </button>
    </section>
  );
}

function AppointmentList({ which }: { which: 'upcoming' | 'past' }) {
  const [page, setPage] = useState(1);
  const now = useMemo(() => new Date().toISOString(), []);
  const list = useQuery({
    queryKey: ['appointments', 'mine', which, page],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/appointments', {
          params: {
            query:
              which === 'upcoming'
                ? { from: now, sort: 'startsAt', page, limit: 10 }
                : { to: now, sort: '-startsAt', page, limit: 10 },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const title = which === 'upcoming' ? 'Upcoming' : 'Past';
  return (
    <section aria-labelledby={`${which}-title`} className="stack">
      <h2 id={`${which}-title`}>{title}</h2>
      <ErrorMessage error={list.error} />
      {list.isPending ? (
        <Loading what={`${title.toLowerCase()} appointments`} />
      ) : list.data?.data.length === 0 ? (
        <Empty>
          {which === 'upcoming' ? (
            <>
              Nothing booked. <Link to="/doctors">Find a doctor</Link>
            </>
          ) : (
            'No past appointments.'
          )}
        </Empty>
      ) : (
        <ul className="rows" aria-label={`${title} appointments`}>
          {list.data?.data.map((appointment) => (
            <li key={appointment.id} className="card row" data-appointment-id={appointment.id}>
              <div>
                <strong>
                  {formatDateTime(appointment.startsAt)}–{formatTime(appointment.endsAt)}
                </strong>
                <div>
                  {appointment.doctor.fullName} · {appointment.doctor.specialization}
                </div>
                {appointment.reason && <div className="muted">{appointment.reason}</div>}
                {appointment.lateCancellation && <div className="muted">Late cancellation</div>}
              </div>
              <div className="row-actions">
                <StatusBadge status={appointment.status} />
                {which === 'upcoming' && CANCELLABLE.has(appointment.status) && (
                  <>
                    <RescheduleControl appointment={appointment} />
                    <CancelControl appointment={appointment} />
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.data && <Pager meta={list.data.meta} onPage={setPage} label={`${title} appointment pages`} />}
    </section>
  );
}

export function MyAppointments() {
  return (
    <Page title="My appointments">
      <AppointmentList which="upcoming" />
      <MyWaitlist />
      <AppointmentList which="past" />
    </Page>
  );
}
