/**
 * Copying a section's address and saying so (the "Link copied" bubble and the live region):
 * loaded by ./section-links.ts when the pointer or focus reaches a heading anchor, before the click.
 */
import { copyText } from './clipboard';

const FEEDBACK_MS = 2500;

/** The section's address: this page, the heading's anchor, nothing from the query. */
function sectionUrl(anchor: HTMLAnchorElement): string {
  return new URL(`${location.pathname}${anchor.hash}`, location.origin).href;
}

function headingText(anchor: HTMLAnchorElement): string {
  const heading = anchor.parentElement?.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)');
  return heading?.textContent?.trim() ?? anchor.hash.slice(1);
}

const timers = new WeakMap<HTMLAnchorElement, number>();

export async function copySectionLink(anchor: HTMLAnchorElement): Promise<void> {
  const copied = await copyText(sectionUrl(anchor));
  let bubble = anchor.querySelector<HTMLElement>('.aiq-anchor-copied');
  if (!bubble) {
    bubble = document.createElement('span');
    bubble.className = 'aiq-anchor-copied';
    // The live region below says it to screen readers; the bubble is for the eye.
    bubble.setAttribute('aria-hidden', 'true');
    anchor.append(bubble);
  }
  bubble.textContent = copied ? 'Link copied' : 'Not copied: use the address bar';
  anchor.dataset['copied'] = String(copied);
  const announcer = document.querySelector<HTMLElement>('[data-section-link-announcer]');
  if (announcer)
    announcer.textContent = copied
      ? `Link to “${headingText(anchor)}” copied.`
      : `Could not copy the link to “${headingText(anchor)}”: the address bar shows it.`;
  window.clearTimeout(timers.get(anchor));
  timers.set(
    anchor,
    window.setTimeout(() => {
      bubble.remove();
      delete anchor.dataset['copied'];
    }, FEEDBACK_MS),
  );
}
