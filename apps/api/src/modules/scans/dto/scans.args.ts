import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../snapshots/dto/page.args';

@ArgsType()
export class ScansArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this repository.' })
  repository?: string;

  @Field(() => String, { nullable: true, description: 'Only this branch.' })
  branch?: string;

  @Field(() => String, { nullable: true, description: 'Only this tool (`kordon`, `kube-score`…).' })
  tool?: string;
}
