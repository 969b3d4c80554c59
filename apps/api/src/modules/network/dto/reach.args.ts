import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ReachProtocolEnum } from '../../../graphql/vocabulary.enums';

/** `Snapshot.reach(…)`: the question of `GET /snapshots/{id}/network/reach`. */
@ArgsType()
export class ReachArgs {
  @Field({ description: '`NAMESPACE/KIND/NAME` or `NAMESPACE/NAME`, as `kordon reach --from`.' })
  from!: string;
  @Field({ description: '`NAMESPACE/KIND/NAME` or `NAMESPACE/NAME`, as `kordon reach --to`.' })
  to!: string;
  @Field(() => Int, { nullable: true, description: '1–65535.' }) port?: number;
  @Field(() => ReachProtocolEnum, { nullable: true, description: 'Default TCP with a port.' })
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** `Snapshot.matrixCell(from, to)`. */
@ArgsType()
export class MatrixCellArgs {
  @Field({ description: 'Source namespace.' }) from!: string;
  @Field({ description: 'Destination namespace.' }) to!: string;
}
