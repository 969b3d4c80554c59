import { SetMetadata } from '@nestjs/common';
import type { TokenScope } from '@kordon/db';

export const SCOPES_KEY = 'kordon:scopes';
export const PUBLIC_KEY = 'kordon:public';

/** The scopes that may call a route or resolver (any one of them; `admin` always may). */
export const Scopes = (...scopes: TokenScope[]) => SetMetadata(SCOPES_KEY, scopes);

/** A route anyone may call (health). Everything else needs a token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
