/**
 * The clipboard helpers of every widget: the workspace scripts and the React islands (not part of
 * src/lib: they touch the DOM and the clipboard).
 */

/** Copies text; resolves false when the browser refuses (http, no permission, old browser). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
