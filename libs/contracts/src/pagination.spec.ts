import { z } from 'zod';
import { KordonError } from './kordon-error';
import { decodeCursor, encodeCursor, pageQuerySchema } from './pagination';

describe('pagination', () => {
  it('round-trips a cursor through base64url', () => {
    const position = { after: '2025-01-31T12:00:00Z', id: 'c1ü' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
    expect(decodeCursor(cursor, z.object({ after: z.string(), id: z.string() }))).toEqual(position);
  });

  it.each(['', 'not a cursor!', 'e30', Buffer.from('{"a":').toString('base64url')])(
    'rejects a bad cursor %p as invalid_cursor',
    (text) => {
      const schema = z.object({ id: z.string() });
      expect(() => decodeCursor(text, schema)).toThrow(KordonError);
      try {
        decodeCursor(text, schema);
      } catch (error) {
        expect(error).toMatchObject({
          code: 'invalid_cursor',
          status: 400,
          details: [{ path: 'cursor' }],
        });
      }
    },
  );

  it('parses page queries: default limit 50, bounds 1..500, strings coerced', () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(pageQuerySchema.parse({ limit: '500', cursor: 'abc' })).toEqual({
      limit: 500,
      cursor: 'abc',
    });
    expect(pageQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ limit: '2.5' }).success).toBe(false);
  });
});
