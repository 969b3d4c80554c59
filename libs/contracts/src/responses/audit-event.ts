import { z } from 'zod';
import { pageSchema } from '../pagination';

/** One audit log entry as the API returns it. `details` never holds a secret. */
export const auditEventViewSchema = z
  .object({
    id: z.string().uuid(),
    at: z.string(),
    actorId: z.string(),
    actor: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export type AuditEventView = z.infer<typeof auditEventViewSchema>;

export const auditEventPageSchema = pageSchema(auditEventViewSchema).meta({ id: 'AuditEventPage' });
