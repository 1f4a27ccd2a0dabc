/** Turns a page's `sources` frontmatter into what its footer shows. Pure, so it is unit-tested. */
import type { PageSources } from './frontmatter';
import { OKTA_PUBLISHERS, sourceDocuments, type SourceDocument, type SourceKey } from './registry';

export interface Citation extends SourceDocument {
  key: SourceKey;
}

export interface PageCitations {
  /**
   * "Entra steps checked against Microsoft Learn on 1 Dec 2026", "Okta steps checked against
   * Okta's documentation on …", both for a page of both tracks, or the help center's wording.
   */
  headline: string;
  checkedIso: string;
  citations: Citation[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Dec 2026": the same day in every locale and time zone (frontmatter dates are UTC days). */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

export function pageCitations(sources: PageSources): PageCitations {
  const citations = sources.cite.map((key) => ({ key, ...sourceDocuments[key] }));
  const day = formatDay(sources.checked);
  const citesMicrosoft = citations.some((citation) => citation.publisher === 'Microsoft Learn');
  const citesOkta = citations.some((citation) => OKTA_PUBLISHERS.includes(citation.publisher));
  const headline =
    citesMicrosoft && citesOkta
      ? `Entra and Okta steps checked against Microsoft Learn and Okta's documentation on ${day}`
      : citesMicrosoft
        ? `Entra steps checked against Microsoft Learn on ${day}`
        : citesOkta
          ? `Okta steps checked against Okta's documentation on ${day}`
          : `Checked against ApartmentIQ's help center on ${day}`;
  return {
    headline,
    checkedIso: sources.checked.toISOString().slice(0, 10),
    citations,
  };
}
