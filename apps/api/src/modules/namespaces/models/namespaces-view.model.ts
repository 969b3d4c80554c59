import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { NamespacePodSecurityResponse, NamespacesViewResponse } from '@kordon/contracts';
import type { PssLevel } from '@kordon/engine';
import { PssLevelEnum, PssModeSourceEnum } from '../../../graphql/vocabulary.enums';

type ModeResponse = NamespacePodSecurityResponse['modes']['enforce'];

@ObjectType({ description: 'A label of the namespace.' })
export class Label {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType({
  description: 'How a Pod Security mode resolved: level, version and where it comes from.',
})
export class PssMode {
  @Field(() => PssLevelEnum) level!: PssLevel;
  @Field() version!: string;
  @Field(() => PssModeSourceEnum) source!: ModeResponse['source'];
}

@ObjectType()
export class PssModes {
  @Field(() => PssMode) enforce!: PssMode;
  @Field(() => PssMode) audit!: PssMode;
  @Field(() => PssMode) warn!: PssMode;
}

@ObjectType({
  description: 'A note about the namespace, as a code and parameters (worded at the edge).',
})
export class NamespaceNote {
  @Field() code!: string;
  @Field(() => String, { nullable: true, description: 'Its parameters, JSON-encoded.' })
  paramsJson!: string | null;
}

@ObjectType({
  description:
    "A namespace's Pod Security labels against the highest level it could enforce today.",
})
export class NamespacePodSecurity {
  @Field() name!: string;
  @Field(() => Int) workloads!: number;
  @Field(() => [Label], { description: 'Its `pod-security.kubernetes.io/*` labels, verbatim.' })
  labels!: Label[];
  @Field(() => PssModes) modes!: PssModes;
  @Field(() => PssLevelEnum, {
    description:
      'The highest level it could enforce without rejecting a workload (as `kordon scan`).',
  })
  recommendedEnforce!: PssLevel;
  @Field(() => Int) workloadsRejectedByEnforce!: number;
  @Field({ description: 'The `kubectl label` command that enforces the recommended level.' })
  command!: string;
  @Field(() => [NamespaceNote]) notes!: NamespaceNote[];
}

@ObjectType({ description: "A snapshot's namespaces and their Pod Security." })
export class NamespacesView {
  @Field() snapshotId!: string;
  @Field({ description: 'The Pod Security version judged at (`v1.31`).' }) pssVersion!: string;
  @Field(() => [NamespacePodSecurity], { description: 'One page of namespaces, by name.' })
  items!: NamespacePodSecurity[];
  @Field(() => Int, { description: 'Namespaces in the snapshot, all pages together.' })
  total!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  nextCursor!: string | null;
}

export function toNamespacesViewModel(v: NamespacesViewResponse): NamespacesView {
  return {
    ...v,
    items: v.items.map((n) => ({
      ...n,
      labels: Object.entries(n.labels).map(([name, value]) => ({ name, value })),
      notes: n.notes.map((note) => ({
        code: note.code,
        paramsJson: note.params === undefined ? null : JSON.stringify(note.params),
      })),
    })),
  };
}
