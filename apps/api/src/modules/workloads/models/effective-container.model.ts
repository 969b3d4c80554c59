import { Field, Float, ObjectType, type ReturnTypeFuncValue } from '@nestjs/graphql';
import type { WorkloadDetailResponse } from '@kordon/contracts';
import { ContainerTypeEnum, ValueSourceEnum } from '../../../graphql/vocabulary.enums';

type Source = 'container' | 'pod' | 'unset';
type ContainerResponse = WorkloadDetailResponse['containers'][number];

/** `{value, source}` for one GraphQL type of value (GraphQL has no generics). */
function sourced<T>(name: string, type: () => ReturnTypeFuncValue, description: string) {
  @ObjectType(name, { description })
  class Sourced {
    @Field(type, { nullable: true, description: 'null when unset.' }) value!: T | null;
    @Field(() => ValueSourceEnum) source!: Source;
  }
  return Sourced;
}

export const SourcedBoolean = sourced<boolean>(
  'SourcedBoolean',
  () => Boolean,
  'A boolean and where it comes from.',
);
export type SourcedBoolean = InstanceType<typeof SourcedBoolean>;
export const SourcedNumber = sourced<number>(
  'SourcedNumber',
  () => Float,
  'A number (a UID, a GID) and where it comes from.',
);
export type SourcedNumber = InstanceType<typeof SourcedNumber>;
export const SourcedString = sourced<string>(
  'SourcedString',
  () => String,
  'A string and where it comes from.',
);
export type SourcedString = InstanceType<typeof SourcedString>;
export const SourcedStrings = sourced<string[]>(
  'SourcedStrings',
  () => [String],
  'A list of strings and where it comes from.',
);
export type SourcedStrings = InstanceType<typeof SourcedStrings>;

@ObjectType({
  description: 'An object value (a seccomp profile…), JSON-encoded, and where it comes from.',
})
export class SourcedJson {
  @Field(() => String, { nullable: true, description: 'The value, JSON-encoded; null when unset.' })
  valueJson!: string | null;
  @Field(() => ValueSourceEnum) source!: Source;
}

@ObjectType()
export class EffectiveCapabilities {
  @Field(() => SourcedStrings) add!: SourcedStrings;
  @Field(() => SourcedStrings) drop!: SourcedStrings;
}

@ObjectType({
  description:
    "A container's effective security context: each field's value and whether the container, the pod or nothing sets it.",
})
export class EffectiveContainer {
  @Field() name!: string;
  @Field(() => ContainerTypeEnum) type!: ContainerResponse['type'];
  @Field(() => String, { nullable: true }) image!: string | null;
  @Field(() => SourcedBoolean) privileged!: SourcedBoolean;
  @Field(() => SourcedBoolean) allowPrivilegeEscalation!: SourcedBoolean;
  @Field(() => SourcedBoolean) runAsNonRoot!: SourcedBoolean;
  @Field(() => SourcedNumber) runAsUser!: SourcedNumber;
  @Field(() => SourcedNumber) runAsGroup!: SourcedNumber;
  @Field(() => SourcedBoolean) readOnlyRootFilesystem!: SourcedBoolean;
  @Field(() => SourcedJson) seccompProfile!: SourcedJson;
  @Field(() => SourcedJson) appArmorProfile!: SourcedJson;
  @Field(() => SourcedJson) seLinuxOptions!: SourcedJson;
  @Field(() => EffectiveCapabilities) capabilities!: EffectiveCapabilities;
  @Field(() => SourcedString) procMount!: SourcedString;
}

const json = (v: { value: unknown; source: Source }): SourcedJson => ({
  valueJson: v.value === null || v.value === undefined ? null : JSON.stringify(v.value),
  source: v.source,
});

export function toEffectiveContainerModel(c: ContainerResponse): EffectiveContainer {
  return {
    ...c,
    seccompProfile: json(c.seccompProfile),
    appArmorProfile: json(c.appArmorProfile),
    seLinuxOptions: json(c.seLinuxOptions),
  };
}
