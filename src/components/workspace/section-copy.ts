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

/*
 * The "Link copied" bubble's looks, set on it here: it exists only once a link was copied, so no
 * page carries these styles in its stylesheet. Below the icon and ending at it, so it never
 * reaches past the right edge of a phone screen. (CSSOM styles are not inline styles to CSP.)
 */
const BUBBLE_STYLES: Readonly<Record<string, string>> = {
  position: 'absolute',
  'inset-block-start': 'calc(100% + 0.25rem)',
  'inset-inline-end': '0',
  'z-index': '1',
  padding: '0.15rem 0.5rem',
  border: '1px solid var(--sl-color-accent)',
  'border-radius': '0.25rem',
  'background-color': 'var(--sl-color-black)',
  color: 'var(--sl-color-white)',
  'font-family': 'var(--sl-font)',
  'font-size': 'var(--sl-text-xs)',
  'font-weight': '400',
  'line-height': '1.4',
  'white-space': 'nowrap',
  'pointer-events': 'none',
};
/** The icon stays shown, in the accent colour, while its bubble is up. */
const COPIED_ANCHOR_STYLES: Readonly<Record<string, string>> = {
  opacity: '1',
  color: 'var(--sl-color-text-accent)',
};

function setStyles(element: HTMLElement, styles: Readonly<Record<string, string>>): void {
  for (const [property, value] of Object.entries(styles))
    element.style.setProperty(property, value);
}

export async function copySectionLink(anchor: HTMLAnchorElement): Promise<void> {
  const copied = await copyText(sectionUrl(anchor));
  let bubble = anchor.querySelector<HTMLElement>('.aiq-anchor-copied');
  if (!bubble) {
    bubble = document.createElement('span');
    bubble.className = 'aiq-anchor-copied';
    // The live region below says it to screen readers; the bubble is for the eye.
    bubble.setAttribute('aria-hidden', 'true');
    setStyles(bubble, BUBBLE_STYLES);
    anchor.append(bubble);
  }
  bubble.textContent = copied ? 'Link copied' : 'Not copied: use the address bar';
  anchor.dataset['copied'] = String(copied);
  setStyles(anchor, COPIED_ANCHOR_STYLES);
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
      for (const property of Object.keys(COPIED_ANCHOR_STYLES))
        anchor.style.removeProperty(property);
    }, FEEDBACK_MS),
  );
}
