import { Field, ObjectType } from '@nestjs/graphql';
import type { MatrixCellResponse } from '@kordon/contracts';
import { listCost } from '../../../graphql/connection-cost.estimator';
import { NamespaceReachEnum } from '../../../graphql/vocabulary.enums';
import { MATRIX_CELL_CAP } from '../network.service';
import { WorkloadPair, toWorkloadPair } from './reach.model';

@ObjectType({
  description:
    'One cell of the namespace matrix: the workload pairs that can connect, with ports and allowing rules.',
})
export class MatrixCell {
  @Field() snapshotId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => NamespaceReachEnum) reach!: MatrixCellResponse['reach'];
  @Field(() => [WorkloadPair], {
    description: `At most ${MATRIX_CELL_CAP} (\`complete: false\` beyond).`,
    complexity: listCost,
  })
  pairs!: WorkloadPair[];
  @Field() complete!: boolean;
}

export function toMatrixCellModel(c: MatrixCellResponse): MatrixCell {
  return { ...c, pairs: c.pairs.map(toWorkloadPair) };
}
