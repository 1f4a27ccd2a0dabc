/**
 * Browser helpers shared by the workspace widgets' scripts (not part of src/lib: they touch the
 * DOM and the clipboard).
 */

/** Copies text; resolves false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
