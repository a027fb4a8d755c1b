/** A contender variant from `'NAME:ENV=V,ENV=V'`: its name and the environment it runs with. */
export function parseVariant(spec: string): { name: string; env: Record<string, string> } {
  const [name = spec, assignments = ''] = spec.split(':');
  const env = Object.fromEntries(
    assignments
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        // Split at the first '=' only: values may hold '=' (NODE_OPTIONS=--flag=value).
        const at = pair.indexOf('=');
        return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
      }),
  );
  return { name, env };
}
