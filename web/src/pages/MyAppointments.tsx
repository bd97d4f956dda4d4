import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Appointment } from '../api/types';
import { Empty, ErrorMessage, Loading, Page, Pager, StatusBadge } from '../components/ui';
import { Link } from '../lib/router';
import { formatDateTime, formatTime } from '../lib/time';

const CANCELLABLE = new Set(['pending', 'confirmed']);

function CancelControl({ appointment }: { appointment: Appointment }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const policy = useQuery({
    queryKey: ['doctors', 'policy', appointment.doctorId],
    queryFn: () =>
      unwrap(clinic.GET('/api/v1/doctors/{id}/booking-policy', { params: { path: { id: appointment.doctorId } } })),
    enabled: asking,
  });
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
  const late = windowHours > 0 && new Date(appointment.startsAt).getTime() - Date.now() < windowHours * 3_600_000;

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
                  <CancelControl appointment={appointment} />
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
      <AppointmentList which="past" />
    </Page>
  );
}
