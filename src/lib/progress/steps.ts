/**
 * The guide's steps, in the order the admin does them: the one list behind the "Mark this step
 * as done" control, the Overview summary and the printable checklist. Validated with zod when the
 * module loads, so a duplicate or malformed slug fails the build.
 */
import { z } from '../../config/zod';
import { apartmentIq } from '../../config/apartmentiq';
import { credentialDelivery } from '../csm/credentials';
import { sufficientRolesInWords } from '../roles/request';

const GuideStepSchema = z
  .object({
    /** The page's slug, without slashes: `prepare` is `/prepare/`. */
    slug: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'a step slug is lower-case kebab-case, e.g. "create-app"',
      ),
    title: z.string().min(1),
    /** What to tick off on the printable checklist, in order. */
    tasks: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const GuideStepsSchema = z
  .array(GuideStepSchema)
  .min(1)
  .refine(
    (steps) => new Set(steps.map((step) => step.slug)).size === steps.length,
    'every step slug must be unique',
  );

export type GuideStep = z.infer<typeof GuideStepSchema>;

const { csmShort, section } = {
  csmShort: apartmentIq.contacts.csmShort,
  section: apartmentIq.manualTasks.section,
};

export const guideSteps: readonly GuideStep[] = GuideStepsSchema.parse([
  {
    slug: 'prepare',
    title: 'Prepare',
    tasks: [
      credentialDelivery.task,
      `Check that you have the ${sufficientRolesInWords} role in Microsoft Entra`,
    ],
  },
  {
    slug: 'create-app',
    title: 'Create the app',
    tasks: [
      `Create a non-gallery enterprise application named ${apartmentIq.entraAppName} (or reuse the one you made for SAML SSO)`,
      'Assign the users and groups who should get ApartmentIQ accounts',
    ],
  },
  {
    slug: 'connect',
    title: 'Connect',
    tasks: [
      'Open Provisioning: choose Automatic (classic layout) or + New configuration (newer layout)',
      'Enter the Tenant URL and the Secret Token, run Test connection, then Save (classic) or Create (newer)',
    ],
  },
  {
    slug: 'attribute-mapping',
    title: 'Attribute mapping',
    tasks: [
      'Disable group provisioning',
      'Keep only the attributes ApartmentIQ supports and remove the rest',
    ],
  },
  {
    slug: 'start-provisioning',
    title: 'Start provisioning',
    tasks: [
      'Run the provisioning dry run on the "Download users" file and fix what it flags',
      'Start provisioning',
      'After the first cycle, check the provisioning logs (they need Entra ID P1 or P2), or try one user with Provision on demand',
    ],
  },
  {
    slug: 'after-setup',
    title: 'After setup',
    tasks: [
      `In ApartmentIQ's ${section} section, assign market surveys to new users`,
      `In ${section}, select each user's role`,
      `Ask your ${csmShort} or Support for premium tool seats`,
      // With `active` removed, Entra does not tell ApartmentIQ about leavers (src/lib/entra/leavers.ts).
      ...(apartmentIq.scim.activeMapping === 'remove'
        ? [`When someone leaves, deactivate them in ${section} too`]
        : []),
    ],
  },
]);

export const guideStepSlugs: readonly string[] = guideSteps.map((step) => step.slug);

/** The page path of a step, with the site's trailing slash. */
export function stepHref(step: Pick<GuideStep, 'slug'>): string {
  return `/${step.slug}/`;
}

export function findGuideStep(slug: string): GuideStep | undefined {
  return guideSteps.find((step) => step.slug === slug);
}
