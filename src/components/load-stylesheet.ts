/**
 * Styles for a view that loads on demand (the connection test's answer, the file checks'
 * reports). Imported with `?url`, the build writes them as a file of their own instead of putting
 * them on every page that has the widget, and they are added to the page when the view loads.
 */
const added = new Map<string, Promise<void>>();

/**
 * Adds the stylesheet to the page once. Resolves when it applies, or when it failed to load: the
 * view then shows without its styles rather than not at all, and the next load tries again.
 */
export function loadStylesheet(href: string): Promise<void> {
  const pending = added.get(href);
  if (pending) return pending;
  const loading = new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        added.delete(href);
        link.remove();
        resolve();
      },
      { once: true },
    );
    document.head.append(link);
  });
  added.set(href, loading);
  return loading;
}

/** `load` and the stylesheet side by side: the module comes when both are there. */
export function withStylesheet<T>(load: () => Promise<T>, href: string): () => Promise<T> {
  return () => Promise.all([load(), loadStylesheet(href)]).then(([module]) => module);
}
