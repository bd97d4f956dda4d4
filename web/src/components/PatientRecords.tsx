import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Appointment } from '../api/types';
import { formatDateTime } from '../lib/time';
import { Empty, ErrorMessage, Loading } from './ui';

function AddRecord({ appointment, onDone }: { appointment: Appointment; onDone: () => void }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [diagnosis, setDiagnosis] = useState('');
  const [icd10Code, setIcd10Code] = useState('');
  const [notes, setNotes] = useState('');
  const [prescriptions, setPrescriptions] = useState('');
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.POST('/api/v1/patients/{id}/records', {
          params: { path: { id: appointment.patientId } },
          body: {
            status: 'active',
            appointmentId: appointment.id,
            diagnosis: diagnosis.trim(),
            ...(icd10Code.trim() ? { icd10Code: icd10Code.trim() } : {}),
            ...(notes.trim() ? { notes: notes.trim() } : {}),
            prescriptions: prescriptions
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line.length > 0),
          },
        }),
      ),
    onSuccess: onDone,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['records', appointment.patientId] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={`New record for ${appointment.patient.fullName}`}>
      <label>
        Diagnosis
        <input required maxLength={2000} value={diagnosis} onChange={(e) => setDiagnosis(e.target.value)} />
      </label>
      <label>
        ICD-10 code (optional)
        <input
          value={icd10Code}
          maxLength={10}
          aria-describedby={`${id}-icd`}
          onChange={(e) => setIcd10Code(e.target.value)}
        />
        <span id={`${id}-icd`} className="hint">
          For example J45.909.
        </span>
      </label>
      <label>
        Notes (optional)
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label>
        Prescriptions (optional, one per line)
        <textarea rows={2} value={prescriptions} onChange={(e) => setPrescriptions(e.target.value)} />
      </label>
      <ErrorMessage error={add.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Save the record'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A patient's medical records next to one of their appointments, and a new record from it (the doctor). */
export function PatientRecords({ appointment }: { appointment: Appointment }) {
  const [open, setOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const panelId = useId();
  const records = useQuery({
    queryKey: ['records', appointment.patientId],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/patients/{id}/records', {
          params: { path: { id: appointment.patientId }, query: { limit: 50 } },
        }),
      ),
    enabled: open,
  });
  const name = appointment.patient.fullName;
  return (
    <div className="records">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${open ? 'Hide records' : 'Records'} of ${name}`}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide records' : 'Records'}
      </button>
      {open && (
        <section id={panelId} className="records-panel" aria-label={`${name}'s medical records`}>
          <ErrorMessage error={records.error} />
          {records.isPending ? (
            <Loading what={`${name}'s records`} />
          ) : records.data?.data.length === 0 ? (
            <Empty>No records yet.</Empty>
          ) : (
            <ul className="rows" aria-label={`Records of ${name}`}>
              {records.data?.data.map((record) => (
                <li key={record.id} className="row compact">
                  <div>
                    <strong>{record.diagnosis}</strong>
                    {record.icd10Code && <span className="muted"> · {record.icd10Code}</span>}
                    <span className="badge">{record.status === 'active' ? 'Active' : 'Resolved'}</span>
                    {record.notes && <p>{record.notes}</p>}
                    {record.prescriptions.length > 0 && <p>Prescriptions: {record.prescriptions.join('; ')}</p>}
                    <p className="muted">{formatDateTime(record.createdAt)}</p>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {adding ? (
            <AddRecord appointment={appointment} onDone={() => setAdding(false)} />
          ) : (
            <button type="button" onClick={() => setAdding(true)}>
              Add a record
            </button>
          )}
        </section>
      )}
    </div>
  );
}
