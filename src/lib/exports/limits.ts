/**
 * How much of a dropped file the dry run and the log doctor read. Every byte of a dropped file is
 * untrusted, so work is bounded by these; the catalogue quotes them to the admin.
 */

/** About 150,000 users in the full "Download users" layout (rows are 300–450 bytes). */
export const MAX_USERS_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Entra's provisioning-log download holds at most 100,000 records, a few hundred MB of JSON. The
 * file is read in chunks and each entry is reduced as it arrives, so size costs time, not memory.
 */
export const MAX_LOG_FILE_BYTES = 1024 * 1024 * 1024;

/** Twice Entra's per-file limit: room for a joined file, and a bound on memory. */
export const MAX_LOG_ENTRIES = 200_000;

/** A real entry is a few KB; one larger than this is not an entry. */
export const MAX_LOG_ENTRY_CHARS = 4 * 1024 * 1024;

/** A Graph API response (`{"value": [...]}`) is parsed whole, so it gets a smaller bound. */
export const MAX_WRAPPED_LOG_CHARS = 64 * 1024 * 1024;

/** "64 MB": a limit as the messages state it. */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${bytes / 1024 / 1024 / 1024} GB`
    : `${Math.round(bytes / 1024 / 1024)} MB`;
}
