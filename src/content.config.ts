import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { PageSourcesFieldSchema } from './lib/sources/frontmatter';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    // Every page names the sources its Entra statements rest on and the day they were checked
    // (rendered at the foot of the page by src/components/SourcesFooter.astro).
    schema: docsSchema({ extend: z.object({ sources: PageSourcesFieldSchema }) }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
