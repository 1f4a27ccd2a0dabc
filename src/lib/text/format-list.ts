/**
 * Joins words the way the guide writes them: "Admin, Manager, Editor or Read Only".
 * British list style (no serial comma) to match the source guide's wording.
 */
export function formatList(items: readonly string[], conjunction: 'and' | 'or'): string {
  const type = conjunction === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat('en-GB', { style: 'long', type }).format(items);
}
