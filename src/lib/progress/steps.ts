/**
 * The guide's steps, in the order the admin does them: the one list behind the "Mark this step
 * as done" control, the Overview summary and the printable checklist. Validated with zod when the
 * module loads, so a duplicate or malformed slug fails the build.
 */
import { z } from 'zod';
import { apartmentIq } from '../../config/apartmentiq';

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
      `Ask your ${csmShort} to enable SCIM and send you the Tenant URL and the Secret Token`,
      'Check that you can sign in to the Microsoft Entra admin center as at least Application Administrator',
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
      'Open Provisioning and choose Automatic (or New configuration with Bearer authentication)',
      'Enter the Tenant URL and the Secret Token, run Test Connection, then Save (or Create)',
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
      'Check the provisioning logs after the first cycle',
    ],
  },
  {
    slug: 'after-setup',
    title: 'After setup',
    tasks: [
      `In ApartmentIQ's ${section} section, assign market surveys to new users`,
      `In ${section}, select each user's role`,
      `Ask your ${csmShort} or Support for premium tool seats`,
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
