import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { clinic, unwrap } from '../api/client';
import { appointmentsBetween } from '../api/appointments';
import type { Appointment } from '../api/types';
import { StatusActions } from '../components/StatusActions';
import { Empty, ErrorMessage, Loading, Page, StatusBadge } from '../components/ui';
import { formatDay, formatTime, startOfDay, viewerZone, zoneLabel } from '../lib/time';

const PRESENCE_LABELS = { online: 'Online', busy: 'Busy', offline: 'Offline' } as const;

interface DoctorColumn {
  doctorId: string;
  name: string;
  specialization: string;
  appointments: Appointment[];
}

/** Reception: every doctor's appointments of today (the clinic's day, in this screen's timezone), live. */
export function ReceptionBoard() {
  const from = useMemo(() => startOfDay(viewerZone), []);
  const to = useMemo(() => startOfDay(viewerZone, new Date(), 1), []);
  const board = useQuery({
    queryKey: ['appointments', 'board', from.toISOString()],
    queryFn: () => appointmentsBetween(from, to),
  });
  const doctors = useQuery({
    queryKey: ['doctors', 'presence'],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors', { params: { query: { limit: 100 } } })),
  });
  const statusOf = useMemo(
    () => new Map((doctors.data?.data ?? []).map((doctor) => [doctor.id, doctor.status])),
    [doctors.data],
  );

  const columns = useMemo(() => {
    const byDoctor = new Map<string, DoctorColumn>();
    for (const appointment of board.data?.data ?? []) {
      const column = byDoctor.get(appointment.doctorId) ?? {
        doctorId: appointment.doctorId,
        name: appointment.doctor.fullName,
        specialization: appointment.doctor.specialization,
        appointments: [],
      };
      column.appointments.push(appointment);
      byDoctor.set(appointment.doctorId, column);
    }
    return [...byDoctor.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [board.data]);

  return (
    <Page title="Today at the clinic">
      <p className="muted">
        {formatDay(from)}, times in {zoneLabel(viewerZone)} time. Bookings and status changes appear as they happen.
      </p>
      <ErrorMessage error={board.error ?? doctors.error} />
      {board.isPending ? (
        <Loading what="today's board" />
      ) : columns.length === 0 ? (
        <Empty>No appointments today.</Empty>
      ) : (
        <div className="board" aria-busy={board.isFetching}>
          {columns.map((column) => (
            <section key={column.doctorId} className="card column" aria-labelledby={`doctor-${column.doctorId}`}>
              <h2 id={`doctor-${column.doctorId}`}>
                {column.name}{' '}
                {statusOf.get(column.doctorId) && (
                  <span className={`badge presence-${statusOf.get(column.doctorId)}`}>
                    {PRESENCE_LABELS[statusOf.get(column.doctorId) ?? 'offline']}
                  </span>
                )}
              </h2>
              <p className="muted">{column.specialization}</p>
              <ul className="rows" aria-label={`${column.name}'s appointments`}>
                {column.appointments.map((appointment) => (
                  <li key={appointment.id} className="row compact" data-appointment-id={appointment.id}>
                    <div>
                      <strong>{formatTime(appointment.startsAt)}</strong> {appointment.patient.fullName}
                    </div>
                    <div className="row-actions">
                      <StatusBadge status={appointment.status} />
                      <StatusActions appointment={appointment} />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {board.data && board.data.total > board.data.data.length && (
        <p className="muted">Showing the first {board.data.data.length} appointments of the day.</p>
      )}
    </Page>
  );
}
