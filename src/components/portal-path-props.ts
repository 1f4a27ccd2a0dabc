/**
 * Build-time validation for <PortalPath>: a typo in a page (no path, an empty step, an
 * unknown prop) fails `astro build` with a message that names the component and shows the fix,
 * instead of shipping a broken breadcrumb to customers.
 */
import { z } from '~/config/zod';
import { parseProps } from './parse-props';

const step = z
  .string()
  .trim()
  .min(1, 'a portal step is empty; write the exact label the admin sees, e.g. "Enterprise apps"');

export const PortalPathPropsSchema = z
  .object({
    /** The exact labels to click, in order, e.g. ['Entra admin center', 'Enterprise apps', 'New application']. */
    path: z
      .array(step, { error: 'path must be a list of labels' })
      .min(1, 'path is empty; list at least one portal step'),
    /** Accessible name of the breadcrumb; "Portal path" unless a page needs to tell two apart. */
    label: z.string().trim().min(1).optional(),
  })
  .strict();

export type PortalPathProps = z.infer<typeof PortalPathPropsSchema>;

export function parsePortalPathProps(props: unknown): PortalPathProps {
  return parseProps(
    'PortalPath',
    PortalPathPropsSchema,
    props,
    "<PortalPath path={['Entra admin center', 'Enterprise apps', 'New application']} />",
  );
}
