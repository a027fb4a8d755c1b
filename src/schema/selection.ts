import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields of `sets`, with inline fragments and fragment spreads expanded (each named
 * fragment once). `@skip` and `@include` are not evaluated.
 */
export function* fieldsIn(
  sets: readonly SelectionSetNode[],
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: Set<string> = new Set(),
): Generator<FieldNode> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        yield selection;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        yield* fieldsIn([selection.selectionSet], fragment, seen);
      } else {
        const name = selection.name.value;
        const definition = fragment(name);
        if (!definition || seen.has(name)) continue;
        seen.add(name);
        yield* fieldsIn([definition.selectionSet], fragment, seen);
      }
    }
  }
}

/**
 * Whether the client selected any of `names` under the current field, following `path`
 * (field names, not aliases) through nested selections, fragments and inline fragments.
 * `@skip` and `@include` are not evaluated: a field named under either counts as selected, so
 * the answer errs towards "selected" (more work, never a missing value).
 */
export function selectsAny(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
  names: ReadonlySet<string>,
): boolean {
  const fragment = (name: string) => info.fragments[name];
  let level: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) level.push(node.selectionSet);
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    for (const field of fieldsIn(level, fragment)) {
      if (field.name.value === step && field.selectionSet) next.push(field.selectionSet);
    }
    if (next.length === 0) return false;
    level = next;
  }
  for (const field of fieldsIn(level, fragment)) if (names.has(field.name.value)) return true;
  return false;
}
