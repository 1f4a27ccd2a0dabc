/**
 * Browsers take seconds to lay out megabytes of text in a textarea (far longer than parsing it),
 * so above this size the checker keeps the text in memory and does not show it in a field.
 */
export const DISPLAY_LIMIT_CHARS = 512 * 1024;

/** "7.2 MB" / "850 KB": the size of a text, for messages (JSON schemas are ASCII, so characters ≈ bytes). */
export function formatSize(characters: number): string {
  return characters >= 1024 * 1024
    ? `${(characters / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(characters / 1024))} KB`;
}
