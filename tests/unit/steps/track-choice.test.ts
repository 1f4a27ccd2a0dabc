/**
 * The reader's track: the inline <head> script (src/lib/steps/track-choice.ts), run in a sandbox
 * with a fake document and storage, the way the browser runs it before the page is painted.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { TrackId } from '~/lib/steps';
import {
  TRACK_ATTRIBUTE,
  TRACK_LABELS,
  TRACK_STORAGE_KEY,
  trackChoiceScript,
  trackFromLabel,
} from '~/lib/steps/track-choice';

type Listener = (event: { target?: unknown; key?: string; newValue?: string | null }) => void;

/** Runs the script for a page; `stored` is what localStorage holds, `blocked` makes it throw. */
function runScript(pageTrack: TrackId | undefined, stored: string | null, blocked = false) {
  const storage = new Map<string, string>(stored === null ? [] : [[TRACK_STORAGE_KEY, stored]]);
  const attributes = new Map<string, string>();
  const listeners = new Map<string, Listener[]>();
  class Element {
    constructor(private readonly inTrackTabs: boolean) {}
    closest(selector: string) {
      return this.inTrackTabs && selector.includes('data-sync-key="track"') ? this : null;
    }
  }
  const refuse = () => {
    throw new Error('SecurityError: storage blocked');
  };
  runInNewContext(trackChoiceScript(pageTrack), {
    Element,
    document: { documentElement: { setAttribute: (n: string, v: string) => attributes.set(n, v) } },
    localStorage: {
      getItem: (key: string) => (blocked ? refuse() : (storage.get(key) ?? null)),
      setItem: (key: string, value: string) => (blocked ? refuse() : storage.set(key, value)),
    },
    addEventListener: (type: string, listener: Listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  });
  return {
    track: () => attributes.get(TRACK_ATTRIBUTE),
    stored: () => storage.get(TRACK_STORAGE_KEY),
    /** A tab click: Starlight's own script has stored the label first. */
    clickTrackTab: (label: string) => {
      storage.set(TRACK_STORAGE_KEY, label);
      for (const listener of listeners.get('click') ?? []) listener({ target: new Element(true) });
    },
    clickElsewhere: (label: string) => {
      storage.set(TRACK_STORAGE_KEY, label);
      for (const listener of listeners.get('click') ?? []) listener({ target: new Element(false) });
    },
    otherTab: (newValue: string | null) => {
      for (const listener of listeners.get('storage') ?? [])
        listener({ key: TRACK_STORAGE_KEY, newValue });
    },
  };
}

describe('the track-choice script', () => {
  it('stores the track of a page of one track, so a link into the Okta steps chooses Okta', () => {
    const page = runScript('okta', TRACK_LABELS.entra);
    expect(page.track()).toBe('okta');
    expect(page.stored()).toBe('Okta');
  });

  it('applies the stored choice on a shared page, and the default without one', () => {
    expect(runScript(undefined, 'Okta').track()).toBe('okta');
    expect(runScript(undefined, 'Entra ID').track()).toBe('entra');
    expect(runScript(undefined, null).track()).toBe('entra');
    expect(runScript(undefined, 'Some old label').track()).toBe('entra');
  });

  it('still applies the page’s own track when storage is blocked', () => {
    expect(runScript('okta', null, true).track()).toBe('okta');
    expect(runScript(undefined, null, true).track()).toBe('entra');
  });

  it('follows a track tab the reader picks, and a choice made in another browser tab', () => {
    const page = runScript(undefined, null);
    page.clickElsewhere('Okta');
    expect(page.track()).toBe('entra');
    page.clickTrackTab('Okta');
    expect(page.track()).toBe('okta');
    page.otherTab('Entra ID');
    expect(page.track()).toBe('entra');
  });

  it('reads labels the way the tabs store them', () => {
    expect(trackFromLabel(' Okta ')).toBe('okta');
    expect(trackFromLabel(null)).toBe('entra');
  });
});
