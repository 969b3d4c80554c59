import type { UserView } from '@kordon/contracts';
import type { UserRecord } from '@kordon/db';

export function toUserView(user: UserRecord): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    clusters: user.clusters,
    hasPassword: user.hasPassword,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
