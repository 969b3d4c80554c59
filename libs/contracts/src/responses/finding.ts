import { z } from 'zod';
import { pageSchema } from '../pagination';
import { instantSchema, severitySchema } from './vocabulary';

/** An issue open at a snapshot, with its check's wording. */
export const findingSchema = z
  .object({
    id: z.uuid(),
    fingerprint: z.string(),
    checkId: z.string(),
    title: z.string(),
    severity: severitySchema,
    kind: z.string(),
    namespace: z.string(),
    name: z.string(),
    container: z.string().nullable(),
    /** Field path relative to the pod spec, naming containers: `spec.containers[name=app].securityContext.privileged`. */
    path: z.string(),
    message: z.string(),
    /** The value found (any JSON value, null when absent). */
    observed: z.unknown(),
    expected: z.string(),
    remediation: z.string(),
    docsUrl: z.string(),
    firstSeenAt: instantSchema,
    reopenCount: z.number().int(),
  })
  .meta({ id: 'Finding' });
export type FindingResponse = z.infer<typeof findingSchema>;

export const findingPageSchema = pageSchema(findingSchema).meta({ id: 'FindingPage' });
export type FindingPageResponse = z.infer<typeof findingPageSchema>;
