// The routing group a filter document targets: `target_group_id`, a string or (as the filter
// schema allows) an integer, read alike by the plan and the deploy.

export function groupOf(doc: Record<string, unknown> | undefined): string | undefined {
  const g = doc?.target_group_id;
  if (typeof g === 'number' && Number.isInteger(g)) return String(g);
  return typeof g === 'string' && g !== '' ? g : undefined;
}
