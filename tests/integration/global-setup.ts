import { ensureBuilt } from '../support/site-server';

/** The integration tests run the built server: build it first when src/ changed since the last build. */
export default function setup(): void {
  ensureBuilt();
}
