import { useState, type DragEvent, type ReactNode } from 'react';
import type { FileCheckState } from './useFileCheck';

/**
 * A file input inside a drop area. The input is the control for keyboard and screen-reader users
 * (Enter or Space opens the file dialog); dropping a file on the area is a shortcut for mice.
 */
export function FilePicker({
  id,
  label,
  hint,
  accept,
  disabled,
  onFile,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    // Only mice drop files; the input inside is the keyboard's way in.
    <div
      className={`aiq-x__drop${dragging ? ' aiq-x__drop--active' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="aiq-cc__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="aiq-cc__hint">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        className="aiq-x__file"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          // Let the same file be chosen again after it was changed.
          input.value = '';
        }}
      />
    </div>
  );
}

/** The reading line: a progress bar while the worker reads, nothing otherwise. */
export function ReadingProgress<Outcome>({ state }: { state: FileCheckState<Outcome> }) {
  if (state.status !== 'reading') return null;
  const percent = Math.round(state.fraction * 100);
  return (
    <div className="aiq-x__progress">
      <progress max={100} value={percent} aria-label={`Reading ${state.fileName}`} />
      <span aria-hidden="true">{percent} %</span>
    </div>
  );
}

const NUMBER = new Intl.NumberFormat('en-US');
export const formatCount = (value: number) => NUMBER.format(value);
export const plural = (value: number, one: string, many = `${one}s`) =>
  `${formatCount(value)} ${value === 1 ? one : many}`;
