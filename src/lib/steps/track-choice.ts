/**
 * The reader's track (identity provider), chosen once and remembered the way Starlight remembers
 * synced tabs: every `<Tabs syncKey="track">` stores the chosen tab's label in localStorage under
 * `starlight-synced-tabs__track`, and restores it on every page. The rest of the site reads the
 * same value: src/route-data.ts puts an inline script in every page's <head> that turns it into
 * `<html data-aiq-track="okta">` before anything is painted (the stylesheet shows the reader's
 * sidebar group and track-only parts from it), and a page of one track's steps stores that track
 * first, so a link into the Okta steps chooses Okta. Pure: the script is built as text.
 */
import { DEFAULT_TRACK, guideTracks, TRACK_IDS, type TrackId } from './index';

/** The `syncKey` of every track tab set. */
export const TRACK_SYNC_KEY = 'track';
/** Where Starlight's synced tabs keep the choice (its `starlight-synced-tabs__` prefix). */
export const TRACK_STORAGE_KEY = `starlight-synced-tabs__${TRACK_SYNC_KEY}`;
/** The attribute on <html> that carries the reader's track. */
export const TRACK_ATTRIBUTE = 'data-aiq-track';

/** The tab label of each track ("Entra ID", "Okta"). */
export const TRACK_LABELS: Readonly<Record<TrackId, string>> = Object.fromEntries(
  guideTracks.map((track) => [track.id, track.label]),
) as Record<TrackId, string>;

/** The track a stored label names; the default for anything else (nothing stored, an old label). */
export function trackFromLabel(label: string | null | undefined): TrackId {
  return TRACK_IDS.find((id) => TRACK_LABELS[id] === label?.trim()) ?? DEFAULT_TRACK;
}

/**
 * The inline <head> script of a page. On a page of one track's steps (`pageTrack`), that track
 * becomes the reader's choice; elsewhere the stored choice stands. It then sets the <html>
 * attribute, and follows a track tab the reader picks on this page (Starlight's own tab script
 * stores the label first, on the same click or key press). Storage may be blocked: then the page's
 * own track, or the default, still applies.
 */
export function trackChoiceScript(pageTrack: TrackId | undefined): string {
  const labels = JSON.stringify(TRACK_LABELS);
  const page = JSON.stringify(pageTrack ? TRACK_LABELS[pageTrack] : null);
  return [
    '(()=>{',
    `const key=${JSON.stringify(TRACK_STORAGE_KEY)},labels=${labels},page=${page};`,
    `const read=()=>{try{return localStorage.getItem(key)}catch{return null}};`,
    `const apply=(label)=>{const id=Object.keys(labels).find((k)=>labels[k]===label)||${JSON.stringify(DEFAULT_TRACK)};document.documentElement.setAttribute(${JSON.stringify(TRACK_ATTRIBUTE)},id)};`,
    `if(page){try{localStorage.setItem(key,page)}catch{}}`,
    'apply(page||read());',
    `const follow=(event)=>{if(event.target instanceof Element&&event.target.closest('starlight-tabs[data-sync-key=${JSON.stringify(TRACK_SYNC_KEY)}] [role="tab"]'))apply(read()||page)};`,
    "addEventListener('click',follow);addEventListener('keyup',follow);",
    "addEventListener('storage',(event)=>{if(event.key===key)apply(event.newValue)});",
    '})();',
  ].join('');
}
