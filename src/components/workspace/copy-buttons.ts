/**
 * The workspace widgets' Copy buttons (role check, CSM link builder). Apart from ./clipboard.ts,
 * which the site-wide script uses, so pages without such buttons do not load this.
 */
import { copyText } from './clipboard';

/**
 * Wires every `[data-copy-from]` button inside `root`: it copies the value of the element whose id
 * it names (an input, a textarea, or any element's text) and says so in `[data-copy-status]` next
 * to it, which is a polite live region.
 */
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
    button.disabled = false;
    button.addEventListener('click', () => void copyFrom(button));
  }
}

/** Copies what the button's `data-copy-from` names and says how it went next to the button. */
async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset['copyFrom'] ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!source) return;
  const text =
    source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement
      ? source.value
      : (source.textContent ?? '');
  const copied = await copyText(text);
  if (status)
    status.textContent = copied
      ? 'Copied.'
      : 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).';
}
