import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Doctor } from '../api/types';
import { Empty, ErrorMessage, Loading, Page, Pager } from '../components/ui';
import { Link } from '../lib/router';
import { formatDateTime, zoneLabel } from '../lib/time';

function Presence({ doctor }: { doctor: Doctor }) {
  const label = doctor.status === 'online' ? 'Online now' : doctor.status === 'busy' ? 'Busy' : 'Offline';
  return <span className={`badge presence-${doctor.status}`}>{label}</span>;
}

/** "See a doctor now": online doctors who are not busy, each with their earliest free time (`GET /slots`). */
function SeeADoctorNow({ specialization }: { specialization: string }) {
  const now = useQuery({
    queryKey: ['doctors', 'now', specialization],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/slots', {
          params: { query: { onlineOnly: true, limit: 5, ...(specialization ? { specialization } : {}) } },
        }),
      ),
  });
  if (!now.data || now.data.data.length === 0) {
    return null;
  }
  return (
    <section className="card now" aria-labelledby="now-title">
      <h2 id="now-title">See a doctor now</h2>
      <ul className="rows" aria-label="Doctors available now">
        {now.data.data.map((slot) => (
          <li key={slot.doctor.id} className="row">
            <Link to={`/doctors/${slot.doctor.id}`}>{slot.doctor.fullName}</Link>
            <span className="muted">
              {slot.doctor.specialization} · free from {formatDateTime(slot.startsAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FindDoctor() {
  const [search, setSearch] = useState('');
  const [specialization, setSpecialization] = useState('');
  const [page, setPage] = useState(1);
  const deferredSearch = useDeferredValue(search.trim());

  const specializations = useQuery({
    queryKey: ['doctors', 'specializations'],
    queryFn: () => unwrap(clinic.GET('/api/v1/doctors/specializations')),
    staleTime: 60_000,
  });
  const doctors = useQuery({
    queryKey: ['doctors', 'list', { search: deferredSearch, specialization, page }],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/doctors', {
          params: {
            query: {
              page,
              limit: 12,
              ...(deferredSearch ? { search: deferredSearch } : {}),
              ...(specialization ? { specialization } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title="Find a doctor">
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          Name
          <input
            type="search"
            value={search}
            placeholder="e.g. Bea"
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
          />
        </label>
        <label>
          Specialization
          <select
            value={specialization}
            onChange={(event) => {
              setSpecialization(event.target.value);
              setPage(1);
            }}
          >
            <option value="">Any specialization</option>
            {specializations.data?.map((entry) => (
              <option key={entry.specialization} value={entry.specialization}>
                {entry.specialization} ({entry.count})
              </option>
            ))}
          </select>
        </label>
      </form>
      <SeeADoctorNow specialization={specialization} />
      <ErrorMessage error={specializations.error ?? doctors.error} />
      {doctors.isPending ? (
        <Loading what="doctors" />
      ) : doctors.data && doctors.data.data.length === 0 ? (
        <Empty>No doctor matches. Try another name or specialization.</Empty>
      ) : (
        <ul className="cards" aria-label="Doctors" aria-busy={doctors.isFetching}>
          {doctors.data?.data.map((doctor) => (
            <li key={doctor.id} className="card doctor-card">
              <h2>
                <Link to={`/doctors/${doctor.id}`}>{doctor.fullName}</Link>
              </h2>
              <p>{doctor.specialization}</p>
              <p className="muted">
                Works in {zoneLabel(doctor.timezone)} time
                {doctor.yearsOfExperience !== null ? ` · ${doctor.yearsOfExperience} years' experience` : ''}
              </p>
              <Presence doctor={doctor} />
            </li>
          ))}
        </ul>
      )}
      {doctors.data && <Pager meta={doctors.data.meta} onPage={setPage} label="Doctor pages" />}
    </Page>
  );
}
