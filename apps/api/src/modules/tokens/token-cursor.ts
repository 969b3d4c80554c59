import { z } from 'zod';
import { decodeCursor, encodeCursor } from '@kordon/contracts';

const schema = z.object({ at: z.string(), id: z.string().uuid() });

export function encodeTokenCursor(t: { createdAt: Date; id: string }): string {
  return encodeCursor({ at: t.createdAt.toISOString(), id: t.id });
}

export function decodeTokenCursor(cursor: string): { createdAt: Date; id: string } {
  const c = decodeCursor(cursor, schema);
  return { createdAt: new Date(c.at), id: c.id };
}
