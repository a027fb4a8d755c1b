import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

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
  let level: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) level.push(node.selectionSet);
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    forEachField(level, info, (name, selectionSet) => {
      if (name === step && selectionSet) next.push(selectionSet);
      return false;
    });
    if (next.length === 0) return false;
    level = next;
  }
  return forEachField(level, info, (name) => names.has(name));
}

/** Visit the fields of `sets` (fragments flattened) until `visit` returns true. */
function forEachField(
  sets: readonly SelectionSetNode[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  visit: (name: string, selectionSet: SelectionSetNode | undefined) => boolean,
  seen: Set<string> = new Set(),
): boolean {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (visit(selection.name.value, selection.selectionSet)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (forEachField([selection.selectionSet], info, visit, seen)) return true;
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (!fragment || seen.has(name)) continue;
        seen.add(name);
        if (forEachField([fragment.selectionSet], info, visit, seen)) return true;
      }
    }
  }
  return false;
}
