import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Introspection meta fields are not counted: the standard introspection query
 * (`getIntrospectionQuery()`, what GraphiQL, Apollo Sandbox, Insomnia and
 * graphql-codegen send) nests `ofType` nine levels deep, and graphql-js's own
 * `MaxIntrospectionDepthRule` (one of the specified rules Apollo always runs)
 * already bounds the recursion that makes introspection expensive.
 */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Rejects operations nested deeper than `max` fields (fragments followed). */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (INTROSPECTION_ROOTS.has(sel.name.value)) continue;
          deepest = Math.max(deepest, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        } else if (sel.kind === Kind.INLINE_FRAGMENT)
          deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          deepest = Math.max(
            deepest,
            depthOf(frag?.selectionSet, new Set([...seen, sel.name.value])),
          );
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`query depth ${depth} exceeds the limit of ${max}`, {
              nodes: [node],
              extensions: {
                code: 'validation_failed',
                details: [{ path: 'query', problem: `depth ${depth} > ${max}` }],
              },
            }),
          );
        }
      },
    };
  };
}
