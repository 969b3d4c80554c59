import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** `Type.field.argument`, the key of an argument's fixture. */
export type ArgKey = string;

export interface GeneratedOperation {
  query: string;
  /** Variable name → the argument it feeds. */
  variables: Map<string, ArgKey>;
  /** Every `Type.field` the operation selects. */
  fields: Set<string>;
}

/**
 * One operation calling `root.field` and selecting everything reachable below it: every field
 * of every object type, cut where a type repeats on the path (`Snapshot.cluster.snapshots…`) or
 * the depth limit would be passed. A connection's `edges` are left out (they hold the same
 * nodes as `nodes`). `include(key)` says which arguments to pass (as variables); a required
 * argument without one throws, so a new field cannot go unexercised.
 */
export function operationFor(
  schema: GraphQLSchema,
  root: GraphQLObjectType,
  fieldName: string,
  include: (key: ArgKey) => boolean,
  maxDepth: number,
): GeneratedOperation {
  const variables = new Map<string, ArgKey>();
  const declarations: string[] = [];
  const fields = new Set<string>();

  const argsOf = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string => {
    const passed = field.args.flatMap((arg: GraphQLArgument) => {
      const key = `${type.name}.${field.name}.${arg.name}`;
      if (!include(key)) {
        if (isNonNullType(arg.type) && arg.defaultValue === undefined)
          throw new Error(`no fixture for the required argument ${key}`);
        return [];
      }
      const name = `v${variables.size}`;
      variables.set(name, key);
      declarations.push(`$${name}: ${String(arg.type)}`);
      return [`${arg.name}: $${name}`];
    });
    return passed.length ? `(${passed.join(', ')})` : '';
  };

  const select = (
    type: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    path: readonly string[],
    depthLeft: number,
  ): string | null => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      fields.add(`${type.name}.${field.name}`);
      return `${field.name}${argsOf(type, field)}`;
    }
    if (!isObjectType(named) || path.includes(named.name) || depthLeft <= 1) return null;
    const call = `${field.name}${argsOf(type, field)}`;
    const inner = Object.values(named.getFields())
      .filter((f) => !(f.name === 'edges' && 'nodes' in named.getFields()))
      .map((f) => select(named, f, [...path, named.name], depthLeft - 1))
      .filter((s): s is string => s !== null);
    fields.add(`${type.name}.${field.name}`);
    return `${call} { ${inner.length ? inner.join(' ') : '__typename'} }`;
  };

  const field = root.getFields()[fieldName];
  if (!field) throw new Error(`${root.name} has no field ${fieldName}`);
  const body = select(root, field, [root.name], maxDepth);
  const operation = root === schema.getMutationType() ? 'mutation' : 'query';
  const vars = declarations.length ? `(${declarations.join(', ')})` : '';
  return { query: `${operation} Access${vars} { ${body ?? '__typename'} }`, variables, fields };
}

/** The object types reachable from a field's type (its own included). */
export function reachableTypes(field: GraphQLField<unknown, unknown>): Set<string> {
  const seen = new Set<string>();
  const walk = (type: ReturnType<typeof getNamedType>) => {
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const f of Object.values(type.getFields())) walk(getNamedType(f.type));
  };
  walk(getNamedType(field.type));
  return seen;
}
