/**
 * Small inline icons that always sit next to a text label (severity, check status): colour and
 * shape help, the words carry the meaning, so the icon is hidden from assistive technology.
 */
export type IconName = 'error' | 'warning' | 'info' | 'pass' | 'skip' | 'running';

const paths: Record<IconName, string> = {
  error:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm2.8 8.8-1 1L8 9 6.2 10.8l-1-1L7 8 5.2 6.2l1-1L8 7l1.8-1.8 1 1L9 8Z',
  warning: 'M8 1.5 .8 14h14.4L8 1.5Zm-.8 4.5h1.6v4.2H7.2V6Zm0 5.3h1.6v1.5H7.2v-1.5Z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm.8 11H7.2V7h1.6v5ZM8 5.8a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z',
  pass: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-1 10.4L3.8 8.2l1.1-1.1L7 9.2l4.1-4.1 1.1 1.1L7 11.4Z',
  skip: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3.5 7.8h-7V7.2h7v1.6Z',
  running: 'M8 1.5a6.5 6.5 0 1 0 6.5 6.5h-1.6A4.9 4.9 0 1 1 8 3.1V1.5Z',
};

export function StatusIcon({ name }: { name: IconName }) {
  return (
    <svg
      className={`aiq-cc__icon aiq-cc__icon--${name}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
