/**
 * Which appointments hold their time, over an `appointments` alias: every one that is neither cancelled nor deleted.
 * The exclusion constraints `ex_appointments_doctor_overlap` / `ex_appointments_patient_overlap` carry the same
 * predicate (migration `1764150000000`), so what a free-slot read treats as taken is exactly what a booking collides
 * with. The one spelling of it in SQL: a read that needs it uses this.
 */
export function holdsSlotSql(alias: string): string {
  return `${alias}.status <> 'cancelled' AND ${alias}.deleted_at IS NULL`;
}
