import { newIdempotencyKey } from '@clinic-booking/client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Appointment, Doctor, FreeSlot, Patient, Role } from '../api/types';
import { SlotPicker } from '../components/SlotPicker';
import { Empty, ErrorMessage, Loading, Page, StatusBadge } from '../components/ui';
import { formatDateTime, formatTime } from '../lib/time';

function PatientChooser({ onChoose }: { onChoose: (patient: Patient) => void }) {
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const patients = useQuery({
    queryKey: ['patients', 'search', term],
    queryFn: () =>
      unwrap(clinic.GET('/api/v1/patients', { params: { query: { limit: 10, ...(term ? { search: term } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="stack">
      <label>
        Find the patient (name or email)
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <ErrorMessage error={patients.error} />
      {patients.isPending ? (
        <Loading what="patients" />
      ) : patients.data?.data.length === 0 ? (
        <Empty>No patient matches.</Empty>
      ) : (
        <ul className="rows" aria-label="Matching patients" aria-busy={patients.isFetching}>
          {patients.data?.data.map((patient) => (
            <li key={patient.id} className="row compact">
              <span>
                {patient.fullName} <span className="muted">{patient.email}</span>
              </span>
              <button type="button" aria-label={`Choose ${patient.fullName}`} onClick={() => onChoose(patient)}>
                Choose
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DoctorChooser({ onChoose }: { onChoose: (doctor: Doctor) => void }) {
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const doctors = useQuery({
    queryKey: ['doctors', 'list', { search: term, page: 1, for: 'reception' }],
    queryFn: () =>
      unwrap(clinic.GET('/api/v1/doctors', { params: { query: { limit: 10, ...(term ? { search: term } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="stack">
      <label>
        Find the doctor (name)
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <ErrorMessage error={doctors.error} />
      {doctors.isPending ? (
        <Loading what="doctors" />
      ) : doctors.data?.data.length === 0 ? (
        <Empty>No doctor matches.</Empty>
      ) : (
        <ul className="rows" aria-label="Matching doctors" aria-busy={doctors.isFetching}>
          {doctors.data?.data.map((doctor) => (
            <li key={doctor.id} className="row compact">
              <span>
                {doctor.fullName} <span className="muted">{doctor.specialization}</span>
              </span>
              <button type="button" aria-label={`Choose ${doctor.fullName}`} onClick={() => onChoose(doctor)}>
                Choose
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Reception books for a patient: choose the patient, the doctor, a free time; then confirm (`POST /appointments`). */
export function BookForPatient() {
  const queryClient = useQueryClient();
  const [patient, setPatient] = useState<Patient | null>(null);
  const [doctor, setDoctor] = useState<Doctor | null>(null);
  const [slot, setSlot] = useState<FreeSlot | null>(null);
  const [reason, setReason] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const book = useMutation({
    mutationFn: () => {
      if (!patient || !doctor || !slot) {
        throw new Error('Choose a patient, a doctor and a time first.');
      }
      return unwrap(
        clinic.POST('/api/v1/appointments', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            doctorId: doctor.id,
            patientId: patient.id,
            startsAt: slot.startsAt,
            durationMinutes: 30,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        }),
      );
    },
    onSuccess: (appointment) => {
      setBooked(appointment);
      setSlot(null);
      setReason('');
      setKey(newIdempotencyKey());
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
      if (doctor) {
        void queryClient.invalidateQueries({ queryKey: ['slots', doctor.id] });
      }
    },
  });
  const pickSlot = (next: FreeSlot) => {
    setBooked(null);
    book.reset();
    setSlot(next);
    setKey(newIdempotencyKey());
  };
  return (
    <Page title="Book for a patient">
      {booked && (
        <div className="message success" role="status">
          Booked: {booked.patient.fullName} with {booked.doctor.fullName}, {formatDateTime(booked.startsAt)}{' '}
          <StatusBadge status={booked.status} />
        </div>
      )}
      <ol className="steps">
        <li className="card">
          <h2>1. Patient</h2>
          {patient ? (
            <p>
              <strong>{patient.fullName}</strong> ({patient.email}){' '}
              <button type="button" onClick={() => setPatient(null)}>
                Change patient
              </button>
            </p>
          ) : (
            <PatientChooser onChoose={setPatient} />
          )}
        </li>
        <li className="card">
          <h2>2. Doctor</h2>
          {doctor ? (
            <p>
              <strong>{doctor.fullName}</strong> ({doctor.specialization}){' '}
              <button
                type="button"
                onClick={() => {
                  setDoctor(null);
                  setSlot(null);
                }}
              >
                Change doctor
              </button>
            </p>
          ) : (
            <DoctorChooser onChoose={setDoctor} />
          )}
        </li>
        <li className="card">
          <h2>3. Time</h2>
          {!doctor ? (
            <p className="muted">Choose a doctor to see their free times.</p>
          ) : (
            <SlotPicker
              doctorId={doctor.id}
              doctorZone={doctor.timezone}
              durationMinutes={30}
              action="Choose"
              disabled={book.isPending}
              onPick={pickSlot}
            />
          )}
        </li>
      </ol>
      {slot && doctor && (
        <section className="card hold" aria-labelledby="confirm-title">
          <h2 id="confirm-title">Confirm the booking</h2>
          <p>
            {patient ? <strong>{patient.fullName}</strong> : 'No patient chosen yet'} with {doctor.fullName},{' '}
            <strong>{formatDateTime(slot.startsAt)}</strong>–{formatTime(slot.endsAt)}
          </p>
          <label>
            Reason for the visit (optional)
            <textarea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ErrorMessage error={book.error} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={!patient || book.isPending}
              onClick={() => book.mutate()}
            >
              {book.isPending ? 'Booking…' : 'Book it'}
            </button>
            <button type="button" onClick={() => setSlot(null)}>
              Choose another time
            </button>
          </div>
        </section>
      )}
    </Page>
  );
}

const AUDIENCES: { value: '' | Role; label: string }[] = [
  { value: '', label: 'Everyone' },
  { value: 'patient', label: 'All patients' },
  { value: 'doctor', label: 'All doctors' },
  { value: 'admin', label: 'Reception and admins' },
];

/** Reception broadcasts a message (`POST /notifications/broadcast`): to everyone or to one role. */
export function Broadcast() {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [role, setRole] = useState<'' | Role>('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.POST('/api/v1/notifications/broadcast', {
          body: { title: title.trim(), body: body.trim(), ...(role ? { role } : {}) },
        }),
      ),
    onSuccess: () => {
      setTitle('');
      setBody('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <Page title="Broadcast a message">
      <form className="card form narrow" onSubmit={submit}>
        <label>
          Send to
          <select value={role} onChange={(e) => setRole(e.target.value as '' | Role)}>
            {AUDIENCES.map((audience) => (
              <option key={audience.value} value={audience.value}>
                {audience.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Title
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Message
          <textarea required rows={4} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        <ErrorMessage error={send.error} />
        {send.isSuccess && (
          <p className="message success" role="status">
            Sent to {send.data.recipients} {send.data.recipients === 1 ? 'person' : 'people'}.
          </p>
        )}
        <button type="submit" className="primary" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send the message'}
        </button>
      </form>
    </Page>
  );
}
