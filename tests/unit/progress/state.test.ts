import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  isStepDone,
  parseProgress,
  progressSentence,
  serializeProgress,
  setStepDone,
  summarizeProgress,
} from '~/lib/progress/state';

// A fixed list for the pure progress functions, on purpose not the guide's (tests/unit/steps walks
// that one): these cases keep their meaning when a step is added to the guide.
const STEPS = [
  'prepare',
  'create-app',
  'connect',
  'attribute-mapping',
  'start-provisioning',
  'after-setup',
] as const;

describe('parseProgress', () => {
  const cases: [label: string, raw: string | null | undefined, done: string[]][] = [
    ['nothing stored', null, []],
    ['undefined', undefined, []],
    ['an empty string', '', []],
    ['corrupt JSON', '{"v":1,"done":["prepare"', []],
    ['plain text', 'prepare,connect', []],
    ['JSON null', 'null', []],
    ['a JSON array', '["prepare"]', []],
    ['a JSON string', '"prepare"', []],
    ['a JSON number', '42', []],
    ['no version', '{"done":["prepare"]}', []],
    ['an old version', '{"v":0,"done":["prepare"]}', []],
    ['a newer version', '{"v":2,"done":["prepare"]}', []],
    ['the version as a string', '{"v":"1","done":["prepare"]}', []],
    ['done not an array', '{"v":1,"done":"prepare"}', []],
    ['done with a non-string', '{"v":1,"done":["prepare",3]}', []],
    ['a valid value', '{"v":1,"done":["prepare","connect"]}', ['prepare', 'connect']],
    ['steps out of order', '{"v":1,"done":["connect","prepare"]}', ['prepare', 'connect']],
    ['duplicates', '{"v":1,"done":["connect","connect"]}', ['connect']],
    ['a slug that is no longer a step', '{"v":1,"done":["prepare","old-step"]}', ['prepare']],
    ['extra keys from a future writer', '{"v":1,"done":["prepare"],"note":"x"}', ['prepare']],
    ['everything done', `{"v":1,"done":${JSON.stringify(STEPS)}}`, [...STEPS]],
  ];
  it.each(cases)('reads %s', (_label, raw, done) => {
    expect(parseProgress(raw, STEPS).done).toEqual(done);
  });

  it('never throws and only ever returns known step slugs, in guide order, once each', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (raw) => {
        const { done } = parseProgress(raw, STEPS);
        expect(done.every((slug) => STEPS.includes(slug as (typeof STEPS)[number]))).toBe(true);
        expect(new Set(done).size).toBe(done.length);
        const positions = done.map((slug) => STEPS.indexOf(slug as (typeof STEPS)[number]));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });

  it('round-trips any set of steps through serializeProgress', () => {
    fc.assert(
      fc.property(fc.subarray([...STEPS]), (done) => {
        expect(parseProgress(serializeProgress({ done }), STEPS).done).toEqual(done);
      }),
    );
  });
});

describe('serializeProgress', () => {
  it('writes versioned JSON holding only the done slugs', () => {
    expect(JSON.parse(serializeProgress({ done: ['prepare'] }))).toEqual({
      v: 1,
      done: ['prepare'],
    });
  });

  it('uses one namespaced key', () => {
    expect(PROGRESS_STORAGE_KEY).toBe('aiq-scim:progress');
  });
});

describe('setStepDone', () => {
  it('marks and unmarks a step', () => {
    const marked = setStepDone(EMPTY_PROGRESS, 'connect', true, STEPS);
    expect(isStepDone(marked, 'connect')).toBe(true);
    expect(isStepDone(setStepDone(marked, 'connect', false, STEPS), 'connect')).toBe(false);
  });

  it('ignores a slug that is not a step', () => {
    const state = setStepDone(EMPTY_PROGRESS, 'prepare', true, STEPS);
    expect(setStepDone(state, 'not-a-step', true, STEPS)).toBe(state);
  });

  it('is idempotent and keeps every other step as it was', () => {
    fc.assert(
      fc.property(
        fc.subarray([...STEPS]),
        fc.constantFrom(...STEPS),
        fc.boolean(),
        (done, slug, value) => {
          const once = setStepDone({ done }, slug, value, STEPS);
          expect(setStepDone(once, slug, value, STEPS)).toEqual(once);
          expect(isStepDone(once, slug)).toBe(value);
          for (const other of STEPS.filter((candidate) => candidate !== slug)) {
            expect(isStepDone(once, other)).toBe(done.includes(other));
          }
        },
      ),
    );
  });
});

describe('summarizeProgress', () => {
  const cases: [done: string[], doneCount: number, nextOpenSlug: string | undefined][] = [
    [[], 0, 'prepare'],
    [['prepare'], 1, 'create-app'],
    [['prepare', 'create-app', 'attribute-mapping'], 3, 'connect'],
    [['create-app'], 1, 'prepare'],
    [[...STEPS], 6, undefined],
  ];
  it.each(cases)('with %j done: %i done, next open %s', (done, doneCount, nextOpenSlug) => {
    const summary = summarizeProgress({ done }, STEPS);
    expect(summary).toEqual({
      doneCount,
      total: 6,
      nextOpenSlug,
      allDone: nextOpenSlug === undefined,
    });
  });

  it('counts done plus open as the total, and the next open step is never done', () => {
    fc.assert(
      fc.property(fc.subarray([...STEPS]), (done) => {
        const summary = summarizeProgress({ done }, STEPS);
        expect(summary.doneCount).toBe(done.length);
        if (summary.nextOpenSlug !== undefined) expect(done).not.toContain(summary.nextOpenSlug);
        expect(summary.allDone).toBe(done.length === STEPS.length);
      }),
    );
  });
});

describe('progressSentence', () => {
  it.each([
    [0, 6, '0 of 6 steps done'],
    [3, 6, '3 of 6 steps done'],
    [1, 1, '1 of 1 step done'],
  ])('%i of %i reads "%s"', (doneCount, total, sentence) => {
    expect(progressSentence({ doneCount, total })).toBe(sentence);
  });
});
