import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) with OWASP's minimum parameters
 * (19 MiB, 2 passes, 1 lane); the PHC string carries them, so they can be raised later.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** A hash of nothing in particular, verified when the account does not exist (same timing). */
const DECOY =
  '$argon2id$v=19$m=19456,t=2,p=1$/2f1taS9dxqPkTmma7Jk2Q$6OM0uAV6xf3igk+B6a0spNQ+pFnKE610iFKPDJeVmRY';

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether `password` matches `stored`; a null `stored` still spends the time of one check. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  const ok = await verify(stored ?? DECOY, password).catch(() => false);
  return stored !== null && ok;
}
