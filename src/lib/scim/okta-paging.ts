/**
 * How Okta reads a SCIM list, beyond the ListResponse shape every client needs (okta-dev-scim-20):
 * "The `itemsPerPage`, `startIndex`, and `totalResults` values need to be exchanged as integers,
 * not as strings", and Okta pages through users with `startIndex` and `count`. Its published SPEC
 * test (okta/okta-developer-docs, Okta-SCIM-20-SPEC-Test.json) asserts the three are numbers.
 * Pure: the probe's Okta mode judges the answer to its `count=2` list with it.
 */
import type { Finding } from './contract';
import { connectionFinding as finding } from './entries/connection';

const PAGING_FIELDS = ['totalResults', 'startIndex', 'itemsPerPage'] as const;

function field(document: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(document, key)) return document[key];
  const found = Object.keys(document).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : document[found];
}

/**
 * What Okta would trip over in a list answer: paging numbers missing or not integers (an error),
 * more resources than the `count` asked for (a warning). Nothing for a document that is not an
 * object; the ListResponse reader reports that.
 */
export function oktaPagingFindings(json: unknown, count: number): Finding[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  const document = json as Record<string, unknown>;
  const findings: Finding[] = [];
  const wrong = PAGING_FIELDS.filter((key) => !Number.isInteger(field(document, key)));
  if (wrong.length > 0) {
    const described = wrong.map((key) => {
      const value = field(document, key);
      return value === undefined
        ? `"${key}" is missing`
        : `"${key}" is ${typeof value === 'string' ? 'text' : `not an integer (${typeof value})`}`;
    });
    findings.push(
      finding(
        'paging-not-integer',
        `The list's paging numbers are not what Okta reads: ${described.join(', ')}. Okta needs totalResults, startIndex and itemsPerPage as integers.`,
      ),
    );
  }
  const resources = field(document, 'Resources');
  if (Array.isArray(resources) && resources.length > count) {
    findings.push(
      finding(
        'paging-ignored',
        `Asked for at most ${count} users (count=${count}), the list holds ${resources.length}.`,
      ),
    );
  }
  return findings;
}
