/**
 * The one way a component checks its props, on the model of Starlight's `parseWithFriendlyErrors`:
 * a zod schema per component, and on a mistake one error that names the component, lists each
 * problem with its prop, and shows a correct use. In an Astro component the error stops
 * `astro build`, so a typo in a page never ships. Every component a page uses takes its props
 * through here; a React island's are checked by the Astro section that renders it (so zod stays out
 * of the browser), and the islands' inner pieces get theirs from their island, checked by TypeScript.
 */
import { z } from '~/config/zod';

export function parseProps<Schema extends z.ZodType>(
  component: string,
  schema: Schema,
  props: unknown,
  hint?: string,
): z.output<Schema> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.map(String).join('.') || '(props)'}: ${issue.message}`,
  );
  throw new Error(
    `<${component}> got invalid props:\n${problems.join('\n')}${hint ? `\nHint: ${hint}` : ''}`,
  );
}

/** The level of an island's own headings, one below the page section it sits in. */
export const HEADING_LEVEL = z.union([z.literal(2), z.literal(3), z.literal(4)]).default(3);
