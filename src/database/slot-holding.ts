/**
 * Which appointments hold their time, over an `appointments` alias: every one that is neither cancelled nor deleted.
 * The exclusion constraints `ex_appointments_doctor_overlap` / `ex_appointments_patient_overlap` carry the same
 * predicate (migrations `1764150000000`, `1796700000000`), so what a free-slot read treats as taken is exactly what a
 * booking collides with. The one spelling of it in SQL: a read that needs it uses this.
 */
export function holdsSlotSql(alias: string): string {
  return `${alias}.status <> 'cancelled' AND ${alias}.deleted_at IS NULL`;
}

/**
 * The range an appointment blocks for its doctor: its interval widened by the buffers in force when it was booked
 * (NULL: no buffer on that side). The doctor's exclusion constraint is over this very expression, so a read that
 * spells it this way (with `holdsSlotSql`) is served by the constraint's index and sees what a booking collides with.
 */
export function blockedRangeSql(alias: string): string {
  return `tstzrange(COALESCE(${alias}.blocked_from, ${alias}.starts_at), COALESCE(${alias}.blocked_to, ${alias}.ends_at), '[)')`;
}

/**
 * `blockedRangeSql(alias) && tstzrange(from, to, '[)')` spelled as two comparisons of its bounds (a blocked range is
 * never empty, so the two agree): a read of many doctors that also bounds `starts_at` is then served by the btree on
 * (doctor_id, starts_at), which reads one short run per doctor, where the planner would otherwise combine the
 * exclusion constraint's GiST with the start index (about three times slower here).
 */
export function blockedOverlapsSql(alias: string, from: string, to: string): string {
  return `COALESCE(${alias}.blocked_to, ${alias}.ends_at) > ${from} AND COALESCE(${alias}.blocked_from, ${alias}.starts_at) < ${to}`;
}

/** The range a hold blocks for its doctor (`appointment_holds` alias); served by `ix_appointment_holds_doctor_range`. */
export function heldRangeSql(alias: string): string {
  return `tstzrange(${alias}.blocked_from, ${alias}.blocked_to, '[)')`;
}

/**
 * A hold that still blocks, over an `appointment_holds` alias: one whose expiry is ahead of the statement's clock. An
 * expired hold never blocks anyone, whether or not its expiry has been noticed yet.
 */
export function liveHoldSql(alias: string): string {
  return `${alias}.expires_at > statement_timestamp()`;
}
