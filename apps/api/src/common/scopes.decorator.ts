import { SetMetadata } from '@nestjs/common';
import type { Scope } from '@kordon/contracts';

export const SCOPES_KEY = 'kordon:scopes';
export const PUBLIC_KEY = 'kordon:public';
export const ANY_PRINCIPAL_KEY = 'kordon:any-principal';

/** The scopes that may call a route or resolver (any one of them; `admin` always may). */
export const Scopes = (...scopes: Scope[]) => SetMetadata(SCOPES_KEY, scopes);

/** A route anyone may call (health, sign-in). Everything else needs a token or a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** A route any token or signed-in user may call, whatever its scopes (`/auth/me`, sign-out). */
export const AnyPrincipal = () => SetMetadata(ANY_PRINCIPAL_KEY, true);
