import { currentUser } from '../server/current-user';
import { SignOutButton } from './SignOutButton';

/** Who is signed in, and the way out. Renders nothing without a session (the sign-in page). */
export async function SessionBar() {
  const user = await currentUser();
  if (!user) return null;
  return (
    <div className="session-bar">
      <span>
        {user.email} <span className="muted">({user.role})</span>
      </span>
      <SignOutButton />
    </div>
  );
}
