/**
 * What a track's list of steps is, and everything the site derives from it: numbers, labels,
 * the Starlight sidebar entries and Previous / Next links, the pages a list needs, and the texts
 * with the product's words filled in. A track is one identity provider's walk through the set-up:
 * Entra ID (./entra.ts, the default) and Okta (./okta.ts), defined the same way.
 *
 * Import-free on purpose: astro.config.mjs loads this file and the track lists with Node itself
 * (type stripping), before Vite or any alias exists. Keep it to erasable TypeScript (no enums, no
 * parameter properties) and import nothing here but types.
 */

/** The product's words a step's texts use; src/lib/steps fills them in from the config. */
export interface StepWords {
  /** "ApartmentIQ" */
  readonly product: string;
  /** The name of the enterprise application the admin creates. */
  readonly app: string;
  /** "CSM" */
  readonly csm: string;
  /** The ApartmentIQ section where users are finished by hand, e.g. "Manage Users". */
  readonly section: string;
  /** The premium tools, as a list in words ("Research Pro and Explore Pro"). */
  readonly premiumTools: string;
  /** The checklist line for getting the Tenant URL and Secret Token (src/lib/csm/credentials.ts). */
  readonly credentialTask: string;
  /** The Entra roles that are enough to set this up, in words (src/lib/roles/request.ts). */
  readonly sufficientRoles: string;
  /**
   * True while the guide removes the `active` mapping: Entra then tells ApartmentIQ nothing when
   * someone leaves, so the admin deactivates them by hand (src/lib/entra/leavers.ts).
   */
  readonly leaversByHand: boolean;
}

export type StepText = string | ((words: StepWords) => string);
export type StepTexts = readonly string[] | ((words: StepWords) => readonly string[]);

/** One step as a track's list writes it. */
export interface StepEntry {
  /**
   * The page's slug: `prepare` is src/content/docs/prepare.mdx, served at /prepare/; a page in a
   * folder has the folder in front, `okta/connect` (src/content/docs/okta/connect.mdx). Two
   * tracks may list the same slug only for a page they share (After setup).
   */
  readonly slug: string;
  /** The title without its number; the page's frontmatter `title` must say the same. */
  readonly title: string;
  /**
   * `false` for a closing stage (After setup): it counts for progress and the checklist but sits
   * after the numbered set-up steps, outside their sidebar group, and its title has no number.
   */
  readonly numbered?: boolean;
  /** One sentence for the Overview's card. */
  readonly summary: StepText;
  /** What to tick off on the printable checklist, in order. */
  readonly tasks: StepTexts;
}

export interface TrackDefinition<Steps extends readonly StepEntry[]> {
  /** Stable id, e.g. `entra`. */
  readonly id: string;
  /**
   * The identity provider's name as the reader picks it ("Entra ID", "Okta"): the label of the
   * track's tab in every `<Tabs syncKey="track">`, and so the value the choice is stored as.
   */
  readonly label: string;
  /** The sidebar group that holds the numbered steps. */
  readonly groupLabel: string;
  readonly steps: Steps;
}

/** A step with what its place in the list gives it. */
export type TrackStep<Slug extends string = string> = StepEntry & {
  readonly slug: Slug;
  /** 1-based place in the whole list (progress: "Step 6 of 6"). */
  readonly position: number;
  /** The number shown in titles and the sidebar; undefined for a closing stage. */
  readonly number: number | undefined;
  /** The title as pages, the sidebar and pagination show it: "3. Connect", or "After setup". */
  readonly label: string;
};

export interface Track<Slug extends string = string> {
  readonly id: string;
  readonly label: string;
  readonly groupLabel: string;
  readonly steps: readonly TrackStep<Slug>[];
}

const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SLUG = new RegExp(`^${SEGMENT}(?:/${SEGMENT})?$`);

/**
 * Checks a track's list and numbers it. Throws (failing the config load, hence dev and build)
 * with a message that names the step at fault.
 */
export function defineTrack<const Steps extends readonly StepEntry[]>(
  definition: TrackDefinition<Steps>,
): Track<Steps[number]['slug']> {
  const { id, label, groupLabel, steps } = definition;
  const problems: string[] = [];
  if (steps.length === 0) problems.push('it lists no steps: a track needs at least one');
  const seen = new Set<string>();
  let closingSeen = false;
  steps.forEach((step, index) => {
    const where = `step ${index + 1} ("${step.slug}")`;
    if (!SLUG.test(step.slug))
      problems.push(
        `${where}: a step slug is lower-case kebab-case, e.g. "create-app" (or "okta/connect" for a page in a folder)`,
      );
    if (seen.has(step.slug)) problems.push(`${where}: every step slug must be unique`);
    seen.add(step.slug);
    if (step.title.trim() === '') problems.push(`${where}: the title is empty`);
    if (/^\d+\.\s/.test(step.title))
      problems.push(`${where}: write the title without its number; the number is derived`);
    if (step.numbered === false) closingSeen = true;
    else if (closingSeen)
      problems.push(`${where}: numbered steps must come before the closing (unnumbered) ones`);
  });
  if (label.trim() === '') problems.push('the track has no label (the name the reader picks)');
  if (problems.length > 0)
    throw new Error(`The "${id}" list of guide steps is invalid:\n- ${problems.join('\n- ')}`);

  let number = 0;
  return {
    id,
    label,
    groupLabel,
    steps: steps.map((step, index) => {
      const shown = step.numbered === false ? undefined : ++number;
      return {
        ...step,
        position: index + 1,
        number: shown,
        label: shown === undefined ? step.title : `${shown}. ${step.title}`,
      };
    }),
  };
}

/** The path of a step's page, with the site's trailing slash. */
export function stepHref(step: Pick<StepEntry, 'slug'>): string {
  return `/${step.slug}/`;
}

/** Starlight sidebar items (a subset of Starlight's own config types, to stay import-free). */
export interface SidebarLink {
  readonly slug: string;
  readonly label: string;
  /** On a track's own steps: `data-aiq-track`, which the stylesheet uses to show the reader's track. */
  readonly attrs?: Readonly<Record<string, string>>;
}
export interface SidebarGroup {
  readonly label: string;
  readonly items: SidebarLink[];
}

/** The attribute on a track's sidebar links (src/styles/custom.css hides the other track's group). */
export const TRACK_LINK_ATTRIBUTE = 'data-aiq-track';

/**
 * The track's part of the sidebar: its numbered steps in one group, then its closing stages.
 * Starlight's pagination follows the sidebar, so this also orders Previous / Next. Entries use
 * `slug`, so Starlight itself fails the build if a page is missing.
 */
export function trackSidebar(track: Track): (SidebarGroup | SidebarLink)[] {
  return guideSidebar([track]);
}

/**
 * The sidebar part of every track: each track's numbered steps in its own group (all open: a
 * reader without JavaScript sees every track), then the closing stages, each once even when
 * several tracks share it. The reader's track is shown and the other hidden by the stylesheet,
 * from the choice src/route-data.ts puts on <html>.
 */
export function guideSidebar(tracks: readonly Track[]): (SidebarGroup | SidebarLink)[] {
  const groups = tracks.flatMap((track): SidebarGroup[] => {
    const numbered = track.steps.filter((step) => step.number !== undefined);
    if (numbered.length === 0) return [];
    const items = numbered.map((step): SidebarLink => ({
      slug: step.slug,
      label: step.label,
      ...(tracks.length > 1 ? { attrs: { [TRACK_LINK_ATTRIBUTE]: track.id } } : {}),
    }));
    return [{ label: track.groupLabel, items }];
  });
  const closing = new Map<string, SidebarLink>();
  for (const step of tracks.flatMap((track) => track.steps))
    if (step.number === undefined && !closing.has(step.slug))
      closing.set(step.slug, { slug: step.slug, label: step.label });
  return [...groups, ...closing.values()];
}

/** A Previous / Next target: where it goes and what it says. */
export interface PageLink {
  readonly href: string;
  readonly label: string;
}

/**
 * Previous and Next on a page of a track, walking Overview → its steps: the sidebar holds every
 * track, so Starlight's own links would cross from one track into the other. `next` is undefined
 * after the track's last step (the page keeps Starlight's, e.g. Troubleshooting). Undefined for a
 * page that is neither the Overview nor one of the track's steps.
 */
export function trackNeighbours(
  track: Track,
  pageSlug: string,
  overview: PageLink,
): { prev: PageLink | undefined; next: PageLink | undefined } | undefined {
  const walk: PageLink[] = [
    overview,
    ...track.steps.map((step) => ({ href: stepHref(step), label: step.label })),
  ];
  const index = pageSlug === '' ? 0 : track.steps.findIndex((step) => step.slug === pageSlug) + 1;
  if (index === 0 && pageSlug !== '') return undefined;
  return { prev: walk[index - 1], next: walk[index + 1] };
}

/**
 * One message per listed step without a page, for the config to throw. `hasPage(slug)` says
 * whether src/content/docs holds `<slug>.md` or `<slug>.mdx` (the config looks on disk).
 */
export function missingStepPages(track: Track, hasPage: (slug: string) => boolean): string[] {
  return track.steps
    .filter((step) => !hasPage(step.slug))
    .map(
      (step) =>
        `Guide step ${step.position} "${step.label}" (track "${track.id}") has no page: ` +
        `add src/content/docs/${step.slug}.mdx, or remove the step from the list.`,
    );
}

/** A step with its texts in the product's words: what components render. */
export type ResolvedStep<Slug extends string = string> = Omit<
  TrackStep<Slug>,
  'summary' | 'tasks'
> & {
  readonly summary: string;
  readonly tasks: readonly string[];
};

/** Fills in the product's words; throws if a step ends up without a summary or a task. */
export function resolveSteps<Slug extends string>(
  track: Track<Slug>,
  words: StepWords,
): readonly ResolvedStep<Slug>[] {
  return track.steps.map((step) => {
    const summary = typeof step.summary === 'function' ? step.summary(words) : step.summary;
    const tasks = typeof step.tasks === 'function' ? step.tasks(words) : step.tasks;
    if (summary.trim() === '') throw new Error(`Guide step "${step.slug}" has no summary.`);
    if (tasks.length === 0 || tasks.some((task) => task.trim() === ''))
      throw new Error(`Guide step "${step.slug}" needs at least one checklist task, none empty.`);
    return { ...step, summary, tasks };
  });
}
