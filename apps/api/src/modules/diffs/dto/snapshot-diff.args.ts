import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

/** `Snapshot.diff(…)`: the query of `GET /snapshots/{id}/diff`. */
@ArgsType()
export class SnapshotDiffArgs {
  @Field(() => ID, { description: 'An analyzed snapshot of the same cluster to compare with.' })
  against!: string;

  @Field(() => Int, {
    defaultValue: 100,
    description: 'Cap of each list, 0–500 (counts are always complete).',
  })
  limit!: number;
}
