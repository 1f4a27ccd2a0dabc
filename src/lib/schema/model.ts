/**
 * The parts of Microsoft Graph's `synchronizationSchema` the checker reads, described with zod.
 *
 * Every object is loose (`z.looseObject`): Entra's schema carries far more than we read
 * (directories, metadata, scoping filters, new fields Microsoft adds later), and all of it must
 * survive. These schemas are used to *validate and read* the document only; the cleaned schema
 * is made from a copy of the original value, never re-serialised through zod.
 */
import { z } from '../../config/zod';

/**
 * Fields the checker only reads for display are lenient: a value of an unexpected type reads as
 * absent instead of making the whole document "not a schema". Only the structure the checker
 * needs to find and clean mappings is required.
 */
const text = z
  .unknown()
  .transform((value) => (typeof value === 'string' ? value : undefined))
  .optional();
const flag = z
  .unknown()
  .transform((value) => (typeof value === 'boolean' ? value : undefined))
  .optional();

/** `attributeMappingSource`: how Entra computes a value (Attribute, Constant or Function). */
export interface AttributeMappingSource {
  expression?: string | null | undefined;
  name?: string | null | undefined;
  type?: string | null | undefined;
  parameters?: unknown;
  [unknownField: string]: unknown;
}

const SourceFieldsSchema = z.looseObject({
  expression: text,
  name: text,
  type: text,
  parameters: z.unknown().optional(),
});

export const AttributeMappingSourceSchema = z
  .unknown()
  .transform((value): AttributeMappingSource | undefined => {
    const parsed = SourceFieldsSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  })
  .optional();

export const AttributeMappingSchema = z.looseObject({
  targetAttributeName: z.string({ error: 'has no targetAttributeName (text)' }),
  source: AttributeMappingSourceSchema,
  /** 0 = not used for matching; 1 = matched first. Entra writes a number; tolerate a numeric string. */
  matchingPriority: z
    .unknown()
    .transform((value) =>
      typeof value === 'number' || typeof value === 'string' ? value : undefined,
    )
    .optional(),
  defaultValue: z.unknown().optional(),
  flowType: text,
  flowBehavior: text,
});
export type AttributeMapping = z.infer<typeof AttributeMappingSchema>;

export const ObjectMappingSchema = z.looseObject({
  enabled: flag,
  name: text,
  sourceObjectName: z.string({ error: 'has no sourceObjectName (text such as "User" or "Group")' }),
  targetObjectName: text,
  flowTypes: text,
  attributeMappings: z.array(AttributeMappingSchema, { error: 'has no attributeMappings list' }),
});
export type ObjectMapping = z.infer<typeof ObjectMappingSchema>;

export const SynchronizationRuleSchema = z.looseObject({
  id: text,
  name: text,
  sourceDirectoryName: text,
  targetDirectoryName: text,
  objectMappings: z.array(ObjectMappingSchema, { error: 'has no objectMappings list' }),
});
export type SynchronizationRule = z.infer<typeof SynchronizationRuleSchema>;

export const SynchronizationSchemaSchema = z.looseObject({
  id: text,
  version: text,
  synchronizationRules: z.array(SynchronizationRuleSchema, {
    error: 'has no synchronizationRules list',
  }),
});
export type SynchronizationSchema = z.infer<typeof SynchronizationSchemaSchema>;

/** Entra's object names are case-insensitive in practice ("User", "user"). */
export const isUserObjectMapping = (mapping: { sourceObjectName: string }) =>
  mapping.sourceObjectName.trim().toLowerCase() === 'user';
export const isGroupObjectMapping = (mapping: { sourceObjectName: string }) =>
  mapping.sourceObjectName.trim().toLowerCase() === 'group';

/** An object mapping with the rule it belongs to, so reports can say which one they mean. */
export interface LocatedObjectMapping {
  ruleIndex: number;
  mappingIndex: number;
  ruleId: string | undefined;
  ruleName: string | undefined;
  mapping: ObjectMapping;
}

export function objectMappingsWhere(
  schema: SynchronizationSchema,
  predicate: (mapping: ObjectMapping) => boolean,
): LocatedObjectMapping[] {
  const found: LocatedObjectMapping[] = [];
  schema.synchronizationRules.forEach((rule, ruleIndex) => {
    rule.objectMappings.forEach((mapping, mappingIndex) => {
      if (predicate(mapping)) {
        found.push({
          ruleIndex,
          mappingIndex,
          ruleId: rule.id ?? undefined,
          ruleName: rule.name ?? undefined,
          mapping,
        });
      }
    });
  });
  return found;
}

/** Matching priority as a number: 0 when absent or unreadable (= not a matching attribute). */
export function matchingPriorityOf(mapping: AttributeMapping): number {
  const value =
    typeof mapping.matchingPriority === 'string'
      ? Number(mapping.matchingPriority)
      : mapping.matchingPriority;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** An object mapping without `enabled` counts as enabled, as in Graph's default. */
export const isEnabled = (mapping: ObjectMapping) => mapping.enabled !== false;
