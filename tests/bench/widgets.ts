/**
 * Widget responsiveness, measured on the same pure functions the islands call on every
 * keystroke (no DOM in the loop, so the number is the library's own cost).
 */
import { performance } from 'node:perf_hooks';
import { checkTenantUrl, checkToken } from '~/lib/scim';
import { analyzeSchema } from '~/lib/schema/analyze';
import { checkSchemaText } from '~/lib/schema/check';
import { cleanSchema } from '~/lib/schema/clean';
import { median } from './report.ts';

export interface KeystrokeTiming {
  field: string;
  keystrokes: number;
  medianMicros: number;
  p99Micros: number;
}

/** Times the check for every prefix of `typed`, as if typed one key at a time, several rounds. */
function timeKeystrokes(
  field: string,
  typed: string,
  check: (value: string) => unknown,
  rounds = 200,
): KeystrokeTiming {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (let length = 1; length <= typed.length; length += 1) {
      const value = typed.slice(0, length);
      const start = performance.now();
      check(value);
      samples.push((performance.now() - start) * 1000);
    }
  }
  const sorted = samples.sort((a, b) => a - b);
  return {
    field,
    keystrokes: typed.length,
    medianMicros: Math.round(median(sorted)),
    p99Micros: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
  };
}

export function keystrokeTimings(): KeystrokeTiming[] {
  const jwtLike = `${btoa(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${btoa(JSON.stringify({ exp: 4102444800, sub: 'scim' }))}.c2lnbmF0dXJlLXZhbHVlLWZvci1iZW5jaA`;
  return [
    timeKeystrokes(
      'Tenant URL',
      ' https://acme.apartmentiq.io/scim/v2/Users/?aadOptscim062020 ',
      checkTenantUrl,
    ),
    timeKeystrokes(
      'Secret Token (opaque)',
      'Bearer 3f9c2a7d1e8b4c6fa0d5e2b7c9f1a3d8e6b4c2a0f9d7e5b3',
      checkToken,
    ),
    timeKeystrokes('Secret Token (JWT)', jwtLike, checkToken),
  ];
}

/** A provisioning schema of about `targetBytes`: the default mappings plus many extension attributes. */
function largeSchema(template: unknown, targetBytes: number): unknown {
  const schema = structuredClone(template) as {
    synchronizationRules: {
      objectMappings: { sourceObjectName: string; attributeMappings: unknown[] }[];
    }[];
  };
  const userMapping = schema.synchronizationRules[0]?.objectMappings.find(
    (mapping) => mapping.sourceObjectName === 'User',
  );
  if (!userMapping) throw new Error('the schema template has no user mapping');
  for (let index = 0; JSON.stringify(schema).length < targetBytes; index += 1) {
    userMapping.attributeMappings.push({
      defaultValue: null,
      exportMissingReferences: false,
      flowBehavior: 'FlowWhenChanged',
      flowType: 'Always',
      matchingPriority: 0,
      targetAttributeName: `urn:ietf:params:scim:schemas:extension:bench:2.0:User:attribute${index}`,
      source: {
        expression: `[extensionAttribute${index % 15}]`,
        name: `extensionAttribute${index % 15}`,
        type: 'Attribute',
        parameters: [],
      },
    });
  }
  return schema;
}

export interface SchemaTiming {
  bytes: number;
  mappings: number;
  analyzeMs: number;
  cleanMs: number;
  /** What the widget's worker runs on a paste: parse, analyse, clean, serialise, sample body. */
  wholeCheckMs: number;
}

export function schemaTiming(
  template: unknown,
  targetBytes = 1024 * 1024,
  rounds = 7,
): SchemaTiming {
  const schema = largeSchema(template, targetBytes);
  const text = JSON.stringify(schema);
  const analyze: number[] = [];
  const clean: number[] = [];
  const whole: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const wholeStart = performance.now();
    const outcome = checkSchemaText(text);
    whole.push(performance.now() - wholeStart);
    if (outcome.kind !== 'report')
      throw new Error(`the 1 MB schema did not check: ${JSON.stringify(outcome).slice(0, 200)}`);
    // Parse inside the timing: the widget starts from pasted text.
    let start = performance.now();
    analyzeSchema(JSON.parse(text));
    analyze.push(performance.now() - start);
    start = performance.now();
    cleanSchema(JSON.parse(text));
    clean.push(performance.now() - start);
  }
  const mappings = (
    schema as { synchronizationRules: { objectMappings: { attributeMappings: unknown[] }[] }[] }
  ).synchronizationRules
    .flatMap((rule) => rule.objectMappings)
    .reduce((total, mapping) => total + mapping.attributeMappings.length, 0);
  return {
    bytes: text.length,
    mappings,
    analyzeMs: Number(median(analyze).toFixed(1)),
    cleanMs: Number(median(clean).toFixed(1)),
    wholeCheckMs: Number(median(whole).toFixed(1)),
  };
}
