/** A contender variant from `'NAME:ENV=V,ENV=V'`: its name and the environment it runs with. */
export function parseVariant(spec: string): { name: string; env: Record<string, string> } {
  const [name = spec, assignments = ''] = spec.split(':');
  const env = Object.fromEntries(
    assignments
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  return { name, env };
}
