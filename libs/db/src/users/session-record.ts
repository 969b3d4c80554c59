import type { UserRecord } from './user-record';

export type SignInMethod = 'password' | 'oidc';

export interface SessionRecord {
  id: string;
  userId: string;
  method: SignInMethod;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** An active session with its user, as the auth guard needs it. */
export interface ActiveSession {
  session: SessionRecord;
  user: UserRecord;
  csrfHash: string;
}

/** A session just created: the cookie value and CSRF token exist only here, in plain text. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
  session: SessionRecord;
}
