import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * A value read once in the browser (from the URL, storage…): `onServer` in the server-rendered
 * HTML and while hydrating, then `read()`, so hydration never mismatches.
 */
function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(subscribeNever, read, () => onServer);
}

const yes = () => true;

/** False while rendering on the server and while hydrating, true after: the controls work only then. */
export function useHydrated(): boolean {
  return useBrowserValue(yes, false);
}
