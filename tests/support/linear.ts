/**
 * "Doubling the input at most about doubles the work", measured within one run: the same call on
 * an input of size n and of size 4n (two doublings), each repeated enough to be measurable, best
 * of several alternating rounds; the ratio per doubling is the square root of the two. A linear
 * function gives about 2, a quadratic one about 4. Two doublings rather than one, because V8's
 * one-off steps (a pattern compiled to machine code, a heap limit crossed) can make a single
 * doubling look expensive. Not a wall-clock threshold: only measurements taken side by side are
 * compared.
 *
 * The time is this process's CPU time (other processes on a busy machine do not count), and noise
 * can only make a ratio larger, so the smallest of a few attempts is kept: a quadratic function
 * stays near 4 in every attempt.
 *
 * Keep 4 × size well under 64 Ki characters: V8 puts strings over 128 KiB in its large-object space,
 * whose garbage collection costs differ, and the ratio would measure that instead.
 */
function cpuMs(run: () => unknown, repeats: number): number {
  const before = process.cpuUsage();
  for (let index = 0; index < repeats; index++) run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

function oneRatio(call: () => unknown, callLarge: () => unknown): number {
  let repeats = 1;
  // Repeat the small case until it takes a few milliseconds, so timer resolution does not matter.
  while (cpuMs(call, repeats) < 3 && repeats < 1 << 16) repeats *= 2;
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    bestSmall = Math.min(bestSmall, cpuMs(call, repeats));
    bestLarge = Math.min(bestLarge, cpuMs(callLarge, repeats));
  }
  return Math.sqrt(bestLarge / Math.max(bestSmall, 0.001));
}

/** How much more the call costs per doubling of the input (≈2 for linear work, ≈4 for quadratic). */
export function doublingRatio(
  call: (input: string) => unknown,
  makeInput: (size: number) => string,
  size: number,
): number {
  const small = makeInput(size);
  const large = makeInput(size * 4);
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= LINEAR_RATIO_LIMIT; attempt++) {
    best = Math.min(
      best,
      oneRatio(
        () => call(small),
        () => call(large),
      ),
    );
  }
  return best;
}

/** The bound the tests use: linear work stays well below it, quadratic work (≈4) does not. */
export const LINEAR_RATIO_LIMIT = 3;
