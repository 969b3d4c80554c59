import {
  TypeInfo,
  getNamedType,
  isObjectType,
  parse,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from 'graphql';

/** Every `Type.field` of the object types reachable from Query and Mutation (introspection aside). */
export function schemaFields(schema: GraphQLSchema): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (typeName: string) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || seen.has(typeName)) return;
    seen.add(typeName);
    for (const field of Object.values(type.getFields())) {
      out.add(`${typeName}.${field.name}`);
      walk(getNamedType(field.type).name);
    }
  };
  walk(schema.getQueryType()?.name ?? 'Query');
  const mutation = schema.getMutationType();
  if (mutation) walk(mutation.name);
  return out;
}

/** Every `Type.field` the documents select (through fragments too). */
export function selectedFields(schema: GraphQLSchema, documents: string[]): Set<string> {
  const out = new Set<string>();
  for (const source of documents) {
    const typeInfo = new TypeInfo(schema);
    visit(
      parse(source),
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (parent && !node.name.value.startsWith('__'))
            out.add(`${parent.name}.${node.name.value}`);
        },
      }),
    );
  }
  return out;
}
