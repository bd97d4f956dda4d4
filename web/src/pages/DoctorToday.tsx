import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import { appointmentsBetween } from '../api/appointments';
import { DoctorAppointmentRow } from '../components/DoctorAppointmentRow';
import { Empty, ErrorMessage, Loading, Page } from '../components/ui';
import { formatDay, startOfDay, viewerZone, zoneLabel } from '../lib/time';

/** The day (in `zone`) that is today, moving on at midnight. */
function useToday(zone: string | undefined): { from: Date; to: Date } | null {
  const [tick, setTick] = useState(0);
  const range = useMemo(
    () => (zone ? { from: startOfDay(zone), to: startOfDay(zone, new Date(), 1) } : null),
    // `tick` changes after midnight, so the day moves on.
    [zone, tick],
  );
  useEffect(() => {
    if (!range) {
      return;
    }
    const timer = window.setTimeout(() => setTick((value) => value + 1), range.to.getTime() - Date.now() + 1000);
    return () => window.clearTimeout(timer);
  }, [range]);
  return range;
}

export function DoctorToday() {
  const me = useQuery({
    queryKey: ['doctors', 'me'],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/me')),
  });
  const zone = me.data?.timezone;
  const today = useToday(zone);
  const appointments = useQuery({
    queryKey: ['appointments', 'doctor-day', today?.from.toISOString()],
    queryFn: today ? () => appointmentsBetween(today.from, today.to) : skipToken,
  });

  return (
    <Page title="Today">
      <ErrorMessage error={me.error ?? appointments.error} />
      {zone && today && (
        <p className="muted">
          {formatDay(today.from, zone)}, in your working timezone ({zoneLabel(zone)})
          {zone !== viewerZone && `; this device is on ${zoneLabel(viewerZone)} time`}.
        </p>
      )}
      {me.isPending || appointments.isPending ? (
        <Loading what="today's appointments" />
      ) : appointments.data?.data.length === 0 ? (
        <Empty>No appointments today.</Empty>
      ) : (
        <ul className="rows" aria-label="Today's appointments" aria-busy={appointments.isFetching}>
          {appointments.data?.data.map((appointment) => (
            <DoctorAppointmentRow key={appointment.id} appointment={appointment} zone={zone} className="card row" />
          ))}
        </ul>
      )}
      {appointments.data && appointments.data.total > appointments.data.data.length && (
        <p className="muted">Showing the first {appointments.data.data.length} appointments of the day.</p>
      )}
    </Page>
  );
}
