/**
 * Copy-on-click for Starlight's heading anchors (see CopySectionLinks.astro, which renders the live
 * region and the styles): part of the one site-wide script, ./site-script.ts. On load it only adds
 * listeners; the copying itself (./section-copy.ts) loads when the pointer or focus reaches an
 * anchor, so it is there by the time of the click.
 */
const ANCHORS = '.sl-markdown-content .sl-heading-wrapper > a.sl-anchor-link';

const loadCopy = () => import('./section-copy');

/** Wires every heading anchor of the page: delegated listeners (a touch is a pointerover too). */
export function wireSectionLinks(): void {
  document.addEventListener('click', (event) => {
    // A modified or middle click opens the link elsewhere, as any link: leave that to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    const anchor = event.target instanceof Element ? event.target.closest(ANCHORS) : null;
    // The browser still follows the link to the section, as Starlight's anchor always did.
    if (anchor instanceof HTMLAnchorElement)
      void loadCopy().then(
        ({ copySectionLink }) => copySectionLink(anchor),
        () => undefined, // Not loaded (offline): the link still goes to the section.
      );
  });
  for (const intent of ['pointerover', 'focusin'] as const) {
    document.addEventListener(
      intent,
      (event) => {
        if (event.target instanceof Element && event.target.closest(ANCHORS))
          void loadCopy().catch(() => undefined);
      },
      { passive: true },
    );
  }
  // The hover tooltip, and the link's accessible description next to Starlight's name: in a task
  // of its own, after the script's first one (a long page has over a hundred anchors).
  setTimeout(() => {
    for (const anchor of document.querySelectorAll<HTMLAnchorElement>(ANCHORS))
      anchor.title = 'Copy link to this section';
  });
}
