import { z } from 'zod';
import { pageSchema } from '../pagination';
import { findingSchema } from './finding';
import { instantSchema, resolveReasonSchema } from './vocabulary';

/** A finding's identity in a cluster with its open/resolved lifecycle. */
export const issueSchema = findingSchema
  .extend({
    open: z.boolean(),
    resolvedAt: instantSchema.nullable(),
    resolvedReason: resolveReasonSchema.nullable(),
    /** A suppression in force now matches it: it is out of the open list at once. */
    suppressed: z.boolean(),
  })
  .meta({ id: 'Issue' });
export type IssueResponse = z.infer<typeof issueSchema>;

export const issuePageSchema = pageSchema(issueSchema).meta({ id: 'IssuePage' });
export type IssuePageResponse = z.infer<typeof issuePageSchema>;
