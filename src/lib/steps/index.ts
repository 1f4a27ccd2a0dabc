/**
 * The guide's steps as the site renders them: each track's list (./entra.ts, ./okta.ts) with the
 * product's words from the config filled in. Components and tests import from here;
 * astro.config.mjs imports the lists and ./track.ts directly.
 */
import { apartmentIq } from '../../config/apartmentiq';
import { credentialDelivery } from '../csm/credentials';
import { sufficientRolesInWords } from '../roles/request';
import { formatList } from '../text/format-list';
import { entraTrack } from './entra';
import { oktaTrack } from './okta';
import { resolveSteps, type ResolvedStep, type StepWords } from './track';

export { entraTrack, oktaTrack };
export {
  guideSidebar,
  stepHref,
  trackNeighbours,
  trackSidebar,
  type PageLink,
  type ResolvedStep,
  type Track,
  type TrackStep,
} from './track';

/** The identity providers the guide has a track for; Entra ID is the default. */
export const TRACK_IDS = ['entra', 'okta'] as const;
export type TrackId = (typeof TRACK_IDS)[number];
export const DEFAULT_TRACK: TrackId = 'entra';

/** Every track's list, the default first (the sidebar and the tabs follow this order). */
export const guideTracks = [entraTrack, oktaTrack] as const;

/** The slug of a step of the Entra ID guide, e.g. `'connect'`. */
export type GuideStepSlug = (typeof entraTrack.steps)[number]['slug'];
/** The slug of a step of the Okta guide, e.g. `'okta/connect'`. */
export type OktaStepSlug = (typeof oktaTrack.steps)[number]['slug'];
export type AnyStepSlug = GuideStepSlug | OktaStepSlug;
export type GuideStep = ResolvedStep<GuideStepSlug>;
export type AnyGuideStep = ResolvedStep<AnyStepSlug>;

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

/** The Entra ID guide's steps (the default track). */
export const guideSteps: readonly GuideStep[] = resolveSteps(entraTrack, stepWords);
/** The Okta guide's steps. */
export const oktaSteps: readonly ResolvedStep<OktaStepSlug>[] = resolveSteps(oktaTrack, stepWords);

/** Each track's resolved steps, by track id. */
export const trackSteps: Readonly<Record<TrackId, readonly AnyGuideStep[]>> = {
  entra: guideSteps,
  okta: oktaSteps,
};

export const guideStepSlugs: readonly GuideStepSlug[] = guideSteps.map((step) => step.slug);

/** The track with this id. */
export function trackById(id: TrackId): (typeof guideTracks)[number] {
  return id === 'okta' ? oktaTrack : entraTrack;
}

/**
 * The step whose page has this id (`connect`, `okta/connect`); undefined for the Overview and
 * other pages. A page two tracks share (After setup) gives the default track's entry.
 */
export function findGuideStep(id: string): AnyGuideStep | undefined {
  for (const trackId of TRACK_IDS) {
    const step = trackSteps[trackId].find((candidate) => candidate.slug === id);
    if (step) return step;
  }
  return undefined;
}

/** The tracks that list the page with this id: none, one, or several for a shared page. */
export function tracksOfPage(id: string): TrackId[] {
  return TRACK_IDS.filter((trackId) => trackSteps[trackId].some((step) => step.slug === id));
}
