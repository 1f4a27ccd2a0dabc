/**
 * The connection checker: the Tenant URL and Secret Token as the admin pastes them, checked
 * live by the SCIM library (no network), and a Test connection button that asks this site's
 * POST /api/probe to make the look-ups Entra's Test connection makes, plus a capability check.
 * With `idp="okta"` the same checks speak Okta's words (SCIM connector base URL, the API token
 * in Authorization) and the probe makes the requests Okta makes instead.
 *
 * The token lives only in React state: never in storage, the URL or a cookie, and it is
 * dropped when the page is left (pagehide). The Tenant URL is remembered for the tab.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { version as siteVersion } from '../../package.json';
import { apartmentIq } from '~/config/apartmentiq';
import type { ProbeOutcome } from '~/lib/connection/probe-client';
import type { PageContext } from '~/lib/connection/report';
import { TENANT_QUERY_PARAM, TENANT_URL_STORAGE_KEY } from '~/lib/connection/tenant-link-names';
import type { CheckResult, ProbeMode } from '~/lib/scim/contract';
import { ENTRA_FIELD_WORDS, OKTA_FIELD_WORDS } from '~/lib/scim/field-words';
import { CheckedField } from './connection/CheckedField';
import { CopyButton } from './connection/CopyButton';
import { FindingItem } from './connection/FindingList';
import { StatusIcon } from './connection/StatusIcon';
import { useHydrated } from './useHydrated';
import './connection/ConnectionChecker.css';
import probeResultStyles from './connection/probe-result.css?url';
import { withStylesheet } from './load-stylesheet';

/** Props are checked at build time (parseProps) by ConnectionCheckerSection.astro, which renders this island. */
export interface ConnectionCheckerProps {
  /** Which step the checker sits on; adapts the introduction. */
  context: PageContext;
  /** Whose fields and requests: Entra ID (the default) or Okta. */
  idp?: ProbeMode;
  /** Astro's React renderer passes `children` when it hydrates; there are none to render. */
  children?: unknown;
}

/**
 * What only a connection test needs (the probe client, which reads the answer, and the view that
 * shows it: checks, capability table, transcript, with their styles) loads when the admin asks
 * for a test.
 */
const loadProbe = () =>
  Promise.all([
    import('~/lib/connection/probe-client'),
    withStylesheet(() => import('./connection/ProbeResultView'), probeResultStyles)(),
  ]);
type AnswerView = Awaited<ReturnType<typeof loadProbe>>[1];

/**
 * The field checks and the Tenant URL's memory (connection/field-checks.ts) load on the first
 * focus of a field, or at once when a link or the tab has a Tenant URL to fill in: the page's
 * first paint and hydration do not wait for them, and a reader who scrolls past never loads them.
 */
const loadFieldChecks = () => import('./connection/field-checks');
type FieldChecks = Awaited<ReturnType<typeof loadFieldChecks>>;
type LinkTenant = ReturnType<FieldChecks['initialTenantUrl']>['link'];
let fieldChecks: Promise<FieldChecks> | undefined;
function fieldChecksLoaded(): Promise<FieldChecks> {
  fieldChecks ??= loadFieldChecks().catch((error: unknown) => {
    // A failed load (network gone, a new deployment) is tried again on the next focus or edit.
    fieldChecks = undefined;
    throw error;
  });
  return fieldChecks;
}

/** A field's state before the checks have loaded: not testable, nothing to show. */
const NOT_CHECKED: CheckResult = { ok: false, findings: [] };

/** The support report (with the capability rows it lists) loads when the admin reaches for it. */
const loadReport = () => import('~/lib/connection/report');
const preloadReport = () => void loadReport().catch(() => undefined);

/** The widget gives up on the route a little after the probe's own limit. */
const CLIENT_TIMEOUT_MS = apartmentIq.probe.totalTimeoutMs + 10_000;
const PROBE_SECONDS = Math.round(apartmentIq.probe.totalTimeoutMs / 1000);

/** What the island says, per identity provider. */
const TEXTS: Record<
  ProbeMode,
  {
    intro: Record<PageContext, string>;
    region: string;
    urlHint: string;
    tokenLabel: string;
    noscript: string;
    testHint: string;
  }
> = {
  entra: {
    intro: {
      prepare:
        'Paste the Tenant URL and the Secret Token your CSM gave you to check them before you open Entra. The checks run in this page as you type.',
      connect:
        'Paste the same values you enter in Entra’s Tenant URL and Secret Token fields. The checks run in this page as you type.',
    },
    region: 'Tenant URL and Secret Token checker',
    urlHint: 'The full address from your CSM, starting with https://',
    tokenLabel: 'Secret Token',
    noscript: 'then use Test connection in Entra.',
    testHint:
      'Sends the two values to this site’s server, which makes the user and group look-ups Entra’s Test connection makes, plus a capability check Entra does not document. It stores neither value.',
  },
  okta: {
    intro: {
      prepare:
        'Paste the SCIM Base URL and the API Token your CSM gave you to check them before you open Okta. The checks run in this page as you type.',
      connect:
        'Paste the same values you enter in Okta’s SCIM connector base URL and Authorization fields. The checks run in this page as you type.',
    },
    region: 'SCIM connector base URL and API token checker',
    urlHint: 'The SCIM Base URL from your CSM, starting with https://',
    tokenLabel: 'Authorization (API token)',
    noscript: 'then use Test Connector Configuration in Okta.',
    testHint:
      'Sends the two values to this site’s server, which asks the endpoint for the first two users, as Okta’s SCIM reference shows Okta doing once provisioning is configured, and makes the look-up Okta makes before it creates a user. It stores neither value.',
  },
};

function readRememberedTenantUrl(): string | null {
  try {
    return window.sessionStorage.getItem(TENANT_URL_STORAGE_KEY);
  } catch {
    return null; // Storage blocked (privacy settings): start empty.
  }
}

function rememberTenantUrl(checks: FieldChecks, value: string, token: string): void {
  try {
    const kept = checks.tenantUrlToRemember(value, token);
    if (kept === null) window.sessionStorage.removeItem(TENANT_URL_STORAGE_KEY);
    else window.sessionStorage.setItem(TENANT_URL_STORAGE_KEY, kept);
  } catch {
    // Storage blocked: the field still works, it is just not remembered.
  }
}

interface TenantStart {
  value: string;
  link: LinkTenant | undefined;
}

/**
 * The starting Tenant URL from a trusted `?tenant=` or the tab's memory, and the notice for a link
 * whose value was not used, read once in the browser; null when there is nothing to fill in (then
 * the checks wait for the reader). A link that carries a token also leaves the address bar (and so
 * this history entry) as soon as the checks have judged it.
 */
let browserStart: Promise<TenantStart> | null | undefined;
function startTenant(): Promise<TenantStart> | null {
  if (browserStart === undefined) {
    const search = window.location.search;
    const remembered = readRememberedTenantUrl();
    browserStart =
      new URLSearchParams(search).has(TENANT_QUERY_PARAM) || remembered !== null
        ? fieldChecksLoaded().then((checks) => {
            const start = checks.initialTenantUrl(search, remembered);
            if (start.link.kind === 'token') {
              window.history.replaceState(window.history.state, '', window.location.pathname);
            }
            return { value: start.value, link: start.link };
          })
        : null;
  }
  return browserStart;
}

type ProbeState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; outcome: ProbeOutcome; tested: string };

/*
 * No <form> around the fields on purpose: submitting a form with a password field makes
 * browsers offer to save the Secret Token in their password manager.
 */
export default function ConnectionChecker(props: ConnectionCheckerProps) {
  const { context, idp = 'entra' } = props;
  const texts = TEXTS[idp];
  const words = idp === 'okta' ? OKTA_FIELD_WORDS : ENTRA_FIELD_WORDS;
  const baseId = useId();
  const hydrated = useHydrated();

  const [checks, setChecks] = useState<FieldChecks | null>(null);
  const loadChecks = useCallback(() => {
    fieldChecksLoaded().then(setChecks, () => undefined);
  }, []);

  // null until the admin edits the field: until then it shows the link's or the tab's value.
  const [typedTenantUrl, setTypedTenantUrl] = useState<string | null>(null);
  const [start, setStart] = useState<TenantStart>({ value: '', link: undefined });
  useEffect(() => {
    let current = true;
    startTenant()?.then(
      (found) => {
        if (!current) return;
        setStart(found);
        loadChecks();
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [loadChecks]);
  const startValue = start.value;
  const tenantUrl = typedTenantUrl ?? startValue;
  const linkNotice = start.link && checks?.linkFinding(start.link, words);
  const [tenantUrlBlurred, setTenantUrlBlurred] = useState(false);

  const [token, setToken] = useState('');
  const [tokenBlurred, setTokenBlurred] = useState(false);
  const [tokenVisible, setTokenVisible] = useState(false);

  const [probe, setProbe] = useState<ProbeState>({ phase: 'idle' });
  const [answerView, setAnswerView] = useState<AnswerView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [reportFallback, setReportFallback] = useState<string | null>(null);

  const probeInFlight = useRef(false);
  const abortProbe = useRef<AbortController | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResultWhenDone = useRef(false);

  const tenantCheck = useMemo(
    () => checks?.checkTenantUrl(tenantUrl, { words }) ?? NOT_CHECKED,
    [checks, tenantUrl, words],
  );
  const tokenCheck = useMemo(
    () => checks?.checkToken(token, { words }) ?? NOT_CHECKED,
    [checks, token, words],
  );
  // Nothing to show until the checks have loaded: an empty list would read "no problems found".
  const showTenantFindings = checks !== null && (tenantUrl !== '' || tenantUrlBlurred);
  const showTokenFindings = checks !== null && (token !== '' || tokenBlurred);

  // Leaving the page (or putting it in the back-forward cache) drops the token and any probe.
  useEffect(() => {
    function forgetToken() {
      abortProbe.current?.abort();
      setToken('');
      setTokenVisible(false);
    }
    window.addEventListener('pagehide', forgetToken);
    return () => window.removeEventListener('pagehide', forgetToken);
  }, []);

  // A Tenant URL that came from a CSM's link is remembered too, for the next step's page.
  useEffect(() => {
    if (checks && typedTenantUrl === null && startValue !== '')
      rememberTenantUrl(checks, startValue, '');
  }, [checks, startValue, typedTenantUrl]);

  useEffect(() => {
    if (probe.phase === 'done' && focusResultWhenDone.current) {
      focusResultWhenDone.current = false;
      resultHeading.current?.focus();
    }
  }, [probe]);

  const probeValues = useCallback(
    () => ({
      tenantUrl: tenantCheck.normalized ?? tenantUrl,
      token: tokenCheck.normalized ?? token,
    }),
    [tenantCheck, tenantUrl, tokenCheck, token],
  );
  const fingerprint = `${tenantUrl}\u0000${token}`;

  const canTest = hydrated && tenantCheck.ok && tokenCheck.ok && probe.phase !== 'running';

  async function testConnection() {
    // A ref, not just `disabled`: two clicks in one frame both run before React re-renders.
    if (probeInFlight.current || !tenantCheck.ok || !tokenCheck.ok) return;
    probeInFlight.current = true;
    const controller = new AbortController();
    abortProbe.current = controller;
    const timer = setTimeout(() => controller.abort(), CLIENT_TIMEOUT_MS);
    const tested = fingerprint;
    setProbe({ phase: 'running' });
    setAnnouncement(`Testing the connection. This takes up to ${PROBE_SECONDS} seconds.`);
    try {
      const [{ requestProbe }, view] = await loadProbe();
      const outcome = await requestProbe({
        fetch: window.fetch.bind(window),
        ...probeValues(),
        mode: idp,
        signal: controller.signal,
      });
      // The button that started the test was disabled meanwhile, so focus may have fallen to the page.
      focusResultWhenDone.current =
        document.activeElement === null || document.activeElement === document.body;
      setAnswerView(() => view);
      setProbe({ phase: 'done', outcome, tested });
      setAnnouncement(view.outcomeSummary(outcome));
    } catch {
      // The code for the answer could not load (network gone, a new deployment): say so.
      setProbe({ phase: 'idle' });
      setAnnouncement('The connection test could not start: reload the page and try again.');
    } finally {
      clearTimeout(timer);
      abortProbe.current = null;
      probeInFlight.current = false;
    }
  }

  async function supportReport(): Promise<string> {
    const { buildSupportReport } = await loadReport();
    return buildSupportReport({
      siteVersion,
      generatedAt: new Date(),
      context,
      idp,
      tenantUrl: { value: tenantUrl, check: tenantCheck },
      token: { value: token, check: tokenCheck },
      probe: probe.phase === 'done' ? probe.outcome : undefined,
    });
  }

  // The checks load on a field's first focus; a change before they arrive is remembered after.
  function onTenantUrlChange(value: string) {
    setTypedTenantUrl(value);
    loadChecks();
    fieldChecksLoaded().then(
      (loaded) => rememberTenantUrl(loaded, value, token),
      () => undefined, // not remembered: the value stays in the field
    );
  }

  function onTokenChange(value: string) {
    setToken(value);
    loadChecks();
    // Never keep a Tenant URL that turns out to contain the token.
    fieldChecksLoaded().then(
      (loaded) => rememberTenantUrl(loaded, tenantUrl, value),
      () => undefined,
    );
  }

  function onCopied(copied: boolean) {
    setAnnouncement(copied ? 'Copied.' : 'Could not copy. Select the text and copy it yourself.');
  }

  const testHint = (() => {
    if (!hydrated) return 'The checker is loading.';
    if (probe.phase === 'running') return `Testing… this takes up to ${PROBE_SECONDS} seconds.`;
    if (checks === null && (tenantUrl !== '' || token !== '')) return 'Checking the values…';
    if (!tenantCheck.ok || !tokenCheck.ok)
      return 'Fill in both fields and fix the errors above to test the connection.';
    return texts.testHint;
  })();

  const ids = {
    tenantUrl: `${baseId}-tenant-url`,
    token: `${baseId}-token`,
    testHint: `${baseId}-test-hint`,
  };

  return (
    <section className="aiq-cc not-content" aria-label={texts.region} data-hydrated={hydrated}>
      <noscript>
        <p className="aiq-cc__noscript">
          This checker needs JavaScript. Without it, compare your {words.url} and {words.token} with
          the <a href="/troubleshooting/">troubleshooting list</a>, {texts.noscript}
        </p>
      </noscript>
      <p className="aiq-cc__intro">{texts.intro[context]}</p>

      {linkNotice ? (
        <ul className="aiq-cc__findings" aria-label="The link that opened this page">
          <FindingItem finding={linkNotice} />
        </ul>
      ) : null}

      <CheckedField
        id={ids.tenantUrl}
        label={words.url}
        idp={words.idp}
        hint={<>{texts.urlHint}</>}
        value={tenantUrl}
        check={tenantCheck}
        showFindings={showTenantFindings}
        disabled={!hydrated}
        type="text"
        inputMode="url"
        onChange={onTenantUrlChange}
        onBlur={() => setTenantUrlBlurred(true)}
        onFocus={loadChecks}
        suggestionDisplay={(normalized) => normalized}
        onCopied={onCopied}
        copyFallbackHint="select the value and copy it with Ctrl+C (⌘C on a Mac)."
      />

      <CheckedField
        id={ids.token}
        label={texts.tokenLabel}
        idp={words.idp}
        hint={<>Kept in this page only: never saved, and forgotten when you leave.</>}
        value={token}
        check={tokenCheck}
        showFindings={showTokenFindings}
        disabled={!hydrated}
        type={tokenVisible ? 'text' : 'password'}
        onChange={onTokenChange}
        onBlur={() => setTokenBlurred(true)}
        onFocus={loadChecks}
        toggle={
          <button
            type="button"
            className="aiq-button aiq-button--small"
            aria-controls={ids.token}
            onClick={() => setTokenVisible((visible) => !visible)}
            disabled={!hydrated}
          >
            {tokenVisible ? 'Hide token' : 'Show token'}
          </button>
        }
        suggestionDisplay={(normalized) =>
          tokenVisible ? normalized : (checks?.maskSecret(normalized) ?? '')
        }
        onCopied={onCopied}
        copyFallbackHint="press Show token, select the value and copy it with Ctrl+C (⌘C on a Mac)."
      />

      <div className="aiq-cc__actions">
        <button
          type="button"
          className="aiq-button aiq-button--primary"
          onClick={() => void testConnection()}
          disabled={!canTest}
          aria-describedby={ids.testHint}
        >
          {probe.phase === 'running' ? <StatusIcon name="running" /> : null}
          Test connection
        </button>
        <CopyButton
          label="Copy report for support"
          text={supportReport}
          onIntent={preloadReport}
          disabled={!hydrated}
          onResult={(copied) => {
            onCopied(copied);
            if (copied) setReportFallback(null);
            else supportReport().then(setReportFallback, () => setReportFallback(null));
          }}
          fallbackHint="the report is shown below; select it and copy it."
        />
      </div>
      <p className="aiq-cc__hint" id={ids.testHint}>
        {testHint}
      </p>

      {reportFallback === null ? null : (
        <div className="aiq-cc__field">
          <label className="aiq-cc__label" htmlFor={`${baseId}-report`}>
            Report for support
          </label>
          <textarea
            id={`${baseId}-report`}
            className="aiq-cc__report"
            readOnly
            value={reportFallback}
            rows={12}
          />
        </div>
      )}

      <div className="aiq-cc__results" aria-busy={probe.phase === 'running'}>
        {probe.phase === 'running' ? (
          <p className="aiq-cc__progress">
            <StatusIcon name="running" />
            Testing the connection… this takes up to {PROBE_SECONDS} seconds.
          </p>
        ) : null}
        {probe.phase === 'done' && answerView ? (
          <answerView.ProbeResultView
            outcome={probe.outcome}
            idp={idp}
            stale={probe.tested !== fingerprint}
            headingRef={resultHeading}
          />
        ) : null}
      </div>

      <p className="aiq-cc__sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}
