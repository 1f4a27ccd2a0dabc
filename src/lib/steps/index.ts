/**
 * The guide's steps as the site renders them: the Entra list (./entra.ts) with the product's
 * words from the config filled in. Components and tests import from here; astro.config.mjs
 * imports ./entra.ts and ./track.ts directly.
 */
import { apartmentIq } from '../../config/apartmentiq';
import { credentialDelivery } from '../csm/credentials';
import { sufficientRolesInWords } from '../roles/request';
import { formatList } from '../text/format-list';
import { entraTrack } from './entra';
import { resolveSteps, type ResolvedStep, type StepWords } from './track';

export { entraTrack };
export { stepHref, trackSidebar, type ResolvedStep, type Track, type TrackStep } from './track';

/** The slug of a step of the guide, e.g. `'connect'`. */
export type GuideStepSlug = (typeof entraTrack.steps)[number]['slug'];
export type GuideStep = ResolvedStep<GuideStepSlug>;

export const stepWords: StepWords = {
  product: apartmentIq.productName,
  app: apartmentIq.entraAppName,
  csm: apartmentIq.contacts.csmShort,
  section: apartmentIq.manualTasks.section,
  premiumTools: formatList(apartmentIq.manualTasks.premiumTools, 'and'),
  credentialTask: credentialDelivery.task,
  sufficientRoles: sufficientRolesInWords,
  leaversByHand: apartmentIq.scim.activeMapping === 'remove',
};

export const guideSteps: readonly GuideStep[] = resolveSteps(entraTrack, stepWords);

export const guideStepSlugs: readonly GuideStepSlug[] = guideSteps.map((step) => step.slug);

/** The step whose page has this id (`connect`); undefined for the Overview and other pages. */
export function findGuideStep(id: string): GuideStep | undefined {
  return guideSteps.find((step) => step.slug === id);
}
