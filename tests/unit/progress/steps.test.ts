import { describe, expect, it } from 'vitest';
import {
  GuideStepsSchema,
  findGuideStep,
  guideStepSlugs,
  guideSteps,
  stepHref,
} from '~/lib/progress/steps';

describe('guide steps', () => {
  it('lists the set-up steps in the order the admin does them', () => {
    expect(guideStepSlugs).toEqual([
      'prepare',
      'create-app',
      'connect',
      'attribute-mapping',
      'start-provisioning',
      'after-setup',
    ]);
  });

  it('gives every step a title and at least one checklist task', () => {
    for (const step of guideSteps) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.tasks.length).toBeGreaterThan(0);
    }
  });

  it('finds a step by slug, and nothing for the Overview or other pages', () => {
    expect(findGuideStep('connect')?.title).toBe('Connect');
    expect(findGuideStep('')).toBeUndefined();
    expect(findGuideStep('support')).toBeUndefined();
  });

  it('links to the page with the trailing slash', () => {
    expect(stepHref({ slug: 'create-app' })).toBe('/create-app/');
  });

  it.each([
    [
      'a duplicate slug',
      [
        { slug: 'a', title: 'A', tasks: ['x'] },
        { slug: 'a', title: 'B', tasks: ['y'] },
      ],
      /unique/,
    ],
    ['a slug with a slash', [{ slug: '/prepare/', title: 'A', tasks: ['x'] }], /kebab-case/],
    ['a step without tasks', [{ slug: 'a', title: 'A', tasks: [] }], /tasks/],
    ['no steps', [], /too_small|>=1|at least/i],
  ])('rejects %s', (_label, steps, message) => {
    const result = GuideStepsSchema.safeParse(steps);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});
