/**
 * What one HTTP answer adds to the probe's answer: its transcript entry (headers and the first bytes
 * of the body, each passed through the secret finder) and its judged, worded check. Pure.
 */
import type {
  Capabilities,
  CheckStatus,
  DiagnosticCode,
  Finding,
  TranscriptEntry,
} from '~/lib/scim/contract';
import { QUOTE_MARGIN, WITHHELD, type SecretFinder } from '~/lib/secret/finder';
import type { HttpResponse } from './network';
import type { Expectation, PlannedRequest } from './probe-plan';
import { headerText, judgeAnswer } from './probe-policy';
import { answerMessage } from './probe-wording';

const MAX_HEADERS_IN_TRANSCRIPT = 60;
const MAX_HEADER_VALUE = 1024;

export interface Judgement {
  status: CheckStatus;
  code: DiagnosticCode;
  message: string;
  findings?: Finding[];
  capabilities?: Capabilities;
}

/** What one HTTP answer means for the request that got it (policy), in words (wording). */
export function judgeResponse(
  expect: Expectation,
  request: string,
  response: HttpResponse,
  finder: SecretFinder,
): Judgement {
  const outcome = judgeAnswer(expect, response);
  return {
    status: outcome.status,
    code: outcome.code,
    message: answerMessage(request, outcome, finder),
    ...(outcome.findings ? { findings: outcome.findings } : {}),
    ...(outcome.capabilities ? { capabilities: outcome.capabilities } : {}),
  };
}

function flattenHeaders(
  headers: HttpResponse['headers'],
  finder: SecretFinder,
): Record<string, string> {
  const flat: Record<string, string> = {};
  Object.entries(headers)
    .slice(0, MAX_HEADERS_IN_TRANSCRIPT)
    .forEach(([name, value], index) => {
      const text = headerText(value);
      if (text === undefined) return;
      // A header name can carry the token too: then the whole header is withheld.
      if (finder.found(name)) flat[`withheld-header-${index + 1}`] = WITHHELD;
      else flat[name] = finder.quote(text, MAX_HEADER_VALUE);
    });
  return flat;
}

/** The first bytes of a body for the transcript, or WITHHELD when they (or the bytes just after) hold the token. */
function transcriptBody(body: Buffer, shownBytes: number, finder: SecretFinder): string {
  const shown = body.subarray(0, shownBytes).toString('utf8');
  const margin = body.subarray(shownBytes, shownBytes + QUOTE_MARGIN * 4).toString('utf8');
  return finder.found(shown + margin) ? WITHHELD : shown;
}

export function recordResponse(
  planned: Pick<PlannedRequest, 'id' | 'expect'>,
  request: TranscriptEntry['request'],
  response: HttpResponse,
  options: {
    finder: SecretFinder;
    transcriptBodyBytes: number;
    durationMs: number;
    /** How messages name the request, e.g. `GET /scim/v2/Users`. */
    described: string;
  },
): { entry: TranscriptEntry; judgement: Judgement } {
  const { finder, transcriptBodyBytes, durationMs, described } = options;
  return {
    entry: {
      checkId: planned.id,
      request,
      response: {
        status: response.status,
        headers: flattenHeaders(response.headers, finder),
        body: transcriptBody(response.body, transcriptBodyBytes, finder),
        bodyTruncated: response.tooLarge || response.body.length > transcriptBodyBytes,
      },
      durationMs,
    },
    judgement: judgeResponse(planned.expect, described, response, finder),
  };
}
