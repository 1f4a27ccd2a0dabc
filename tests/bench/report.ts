/** Formatting for the bench's Markdown report. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** A difference in KB with its sign: "+2.2 KB", "−22.2 KB". */
export const signedKb = (bytes: number): string => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;

/** `a / b` to two decimals; `—` when the baseline is zero and so is the value. */
export function ratio(value: number, baseline: number): string {
  if (baseline === 0) return value === 0 ? '1.00' : '∞';
  return (value / baseline).toFixed(2);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
