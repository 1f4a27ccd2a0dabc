/**
 * The `sources` frontmatter every guide page carries (src/content.config.ts adds it to Starlight's
 * schema): the documents its statements about Entra rest on, and the day they were last checked
 * against them. A page with no such statement says `sources: none` explicitly, so forgetting the
 * field fails the build instead of passing silently.
 */
import { z } from '../../config/zod';
import { sourceKeys } from './registry';

export const PageSourcesSchema = z
  .object({
    /** The day every cited document was last compared with the page, YYYY-MM-DD. */
    checked: z.coerce.date(),
    cite: z
      .array(z.enum(sourceKeys, { error: `not a source key in src/lib/sources/registry.ts` }))
      .min(1)
      .refine((keys) => new Set(keys).size === keys.length, 'a source is cited twice'),
  })
  .strict();

export const PageSourcesFieldSchema = z.union([z.literal('none'), PageSourcesSchema]);

export type PageSources = z.infer<typeof PageSourcesSchema>;
