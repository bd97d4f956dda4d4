/**
 * Raised after a change that retires a user's tokens has committed (deactivation, password change). The
 * notifications module closes that user's open sockets on every instance, so they lose access at once.
 */
export const ACCESS_REVOKED = 'user.access_revoked';

export interface AccessRevokedEvent {
  userId: string;
  reason: 'deactivated' | 'password_changed';
}
