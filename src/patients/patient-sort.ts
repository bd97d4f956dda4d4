import type { PatientSort } from '@app/contracts';

export interface PatientOrder {
  /** A SQL expression over the `p` (patients) and `u` (users) aliases. */
  expression: string;
  direction: 'ASC' | 'DESC';
}

/** Names compare case-insensitively, so the order is the same on every database collation. */
const SORT_EXPRESSIONS: Record<'fullName' | 'createdAt', string> = {
  fullName: 'lower(u.full_name)',
  createdAt: 'p.created_at',
};

/** `fullName` ascending, `-fullName` descending; the value is already one of `PATIENT_SORTS` (the DTO checks). */
export function patientOrderOf(sort: PatientSort): PatientOrder {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as keyof typeof SORT_EXPRESSIONS;
  return { expression: SORT_EXPRESSIONS[field], direction: descending ? 'DESC' : 'ASC' };
}
