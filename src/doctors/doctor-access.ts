import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/app-error';

/**
 * The one rule for changing a doctor's profile, schedule and time off, and for reading their time off: the doctor
 * themself or an admin. Doctors are public to every signed-in user, so refusing with 403 (not 404) reveals nothing.
 */
export function assertManagesDoctor(actor: Actor, doctorId: string): void {
  if (actor.role === 'admin' || (actor.role === 'doctor' && actor.doctorId === doctorId)) {
    return;
  }
  throw new ForbiddenError('Only the doctor or an admin may do this');
}
