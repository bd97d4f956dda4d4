import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import { appointmentsBetween } from '../api/appointments';
import { DoctorAppointmentRow } from '../components/DoctorAppointmentRow';
import { Empty, ErrorMessage, Loading, Page } from '../components/ui';
import { formatDay, groupByDay, startOfDay, viewerZone, zoneLabel } from '../lib/time';

/** A doctor's appointments of a week, day by day in their own timezone (the device's time beside it if it differs). */
export function DoctorWeek() {
  const [week, setWeek] = useState(0);
  const me = useQuery({ queryKey: ['doctors', 'me'], queryFn: () => unwrap(clinic.GET('/api/v1/doctors/me')) });
  const zone = me.data?.timezone;
  const range = useMemo(
    () =>
      zone ? { from: startOfDay(zone, new Date(), week * 7), to: startOfDay(zone, new Date(), week * 7 + 7) } : null,
    [zone, week],
  );
  const appointments = useQuery({
    queryKey: ['appointments', 'doctor-week', range?.from.toISOString()],
    queryFn: range ? () => appointmentsBetween(range.from, range.to) : skipToken,
    placeholderData: keepPreviousData,
  });
  const days = useMemo(
    () => (zone && range ? groupByDay(appointments.data?.data ?? [], range.from, 7, zone) : []),
    [appointments.data, zone, range],
  );
  const otherZone = zone !== undefined && zone !== viewerZone;

  return (
    <Page title="This week">
      <ErrorMessage error={me.error ?? appointments.error} />
      {zone && (
        <p className="muted">
          Days and times in your working timezone ({zoneLabel(zone)})
          {otherZone && `; this device's time (${zoneLabel(viewerZone)}) is shown beside each`}.
        </p>
      )}
      <div className="week-nav">
        <button type="button" disabled={week <= -4} onClick={() => setWeek(week - 1)}>
          Previous week
        </button>
        <h2 aria-live="polite">
          {range && zone ? `${formatDay(range.from, zone)} – ${formatDay(new Date(range.to.getTime() - 1), zone)}` : ''}
        </h2>
        <button type="button" disabled={week >= 8} onClick={() => setWeek(week + 1)}>
          Next week
        </button>
      </div>
      {me.isPending || appointments.isPending ? (
        <Loading what="the week's appointments" />
      ) : (
        <ol className="agenda" aria-label="Days of the week" aria-busy={appointments.isFetching}>
          {days.map(([day, list]) => (
            <li key={day} className="card">
              <h3 id={`agenda-${day}`}>{formatDay(`${day}T12:00:00Z`, 'UTC')}</h3>
              {list.length === 0 ? (
                <Empty>No appointments.</Empty>
              ) : (
                <ul className="rows" aria-labelledby={`agenda-${day}`}>
                  {list.map((appointment) => (
                    <DoctorAppointmentRow
                      key={appointment.id}
                      appointment={appointment}
                      zone={zone}
                      className="row compact"
                      showDeviceTime={otherZone}
                    />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {appointments.data && appointments.data.total > appointments.data.data.length && (
        <p className="muted">Showing the first {appointments.data.data.length} appointments of the week.</p>
      )}
    </Page>
  );
}
