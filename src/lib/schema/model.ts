/**
 * The parts of Microsoft Graph's `synchronizationSchema` the checker reads, described with zod.
 *
 * Every object is loose (`z.looseObject`): Entra's schema carries far more than we read
 * (directories, metadata, scoping filters, new fields Microsoft adds later), and all of it must
 * survive. These schemas are used to *validate and read* the document only; the cleaned schema
 * is made from a copy of the original value, never re-serialised through zod.
 */
import { z } from 'zod';

/** `attributeMappingSource`: how Entra computes a value (Attribute, Constant or Function). */
export interface AttributeMappingSource {
  expression?: string | null | undefined;
  name?: string | null | undefined;
  type?: string | null | undefined;
  parameters?: unknown;
  [unknownField: string]: unknown;
}

export const AttributeMappingSourceSchema: z.ZodType<AttributeMappingSource> = z.looseObject({
  expression: z.string().nullish(),
  name: z.string().nullish(),
  type: z.string().nullish(),
  parameters: z.unknown().optional(),
});

export const AttributeMappingSchema = z.looseObject({
  targetAttributeName: z.string({ error: 'has no targetAttributeName (text)' }),
  source: AttributeMappingSourceSchema.nullish(),
  /** 0 = not used for matching; 1 = matched first. Entra writes a number; tolerate a numeric string. */
  matchingPriority: z.union([z.number(), z.string()]).nullish(),
  defaultValue: z.unknown().optional(),
  flowType: z.string().nullish(),
  flowBehavior: z.string().nullish(),
});
export type AttributeMapping = z.infer<typeof AttributeMappingSchema>;

export const ObjectMappingSchema = z.looseObject({
  enabled: z.boolean().nullish(),
  name: z.string().nullish(),
  sourceObjectName: z.string({ error: 'has no sourceObjectName (text such as "User" or "Group")' }),
  targetObjectName: z.string().nullish(),
  flowTypes: z.string().nullish(),
  attributeMappings: z.array(AttributeMappingSchema, { error: 'has no attributeMappings list' }),
});
export type ObjectMapping = z.infer<typeof ObjectMappingSchema>;

export const SynchronizationRuleSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  sourceDirectoryName: z.string().nullish(),
  targetDirectoryName: z.string().nullish(),
  objectMappings: z.array(ObjectMappingSchema, { error: 'has no objectMappings list' }),
});
export type SynchronizationRule = z.infer<typeof SynchronizationRuleSchema>;

export const SynchronizationSchemaSchema = z.looseObject({
  id: z.string().nullish(),
  version: z.string().nullish(),
  synchronizationRules: z.array(SynchronizationRuleSchema, { error: 'has no synchronizationRules list' }),
});
export type SynchronizationSchema = z.infer<typeof SynchronizationSchemaSchema>;

/** Entra's object names are case-insensitive in practice ("User", "user"). */
export const isUserObjectMapping = (mapping: { sourceObjectName: string }) => mapping.sourceObjectName.trim().toLowerCase() === 'user';
export const isGroupObjectMapping = (mapping: { sourceObjectName: string }) => mapping.sourceObjectName.trim().toLowerCase() === 'group';

/** An object mapping with the rule it belongs to, so reports can say which one they mean. */
export interface LocatedObjectMapping {
  ruleIndex: number;
  mappingIndex: number;
  ruleId: string | undefined;
  ruleName: string | undefined;
  mapping: ObjectMapping;
}

export function objectMappingsWhere(schema: SynchronizationSchema, predicate: (mapping: ObjectMapping) => boolean): LocatedObjectMapping[] {
  const found: LocatedObjectMapping[] = [];
  schema.synchronizationRules.forEach((rule, ruleIndex) => {
    rule.objectMappings.forEach((mapping, mappingIndex) => {
      if (predicate(mapping)) {
        found.push({ ruleIndex, mappingIndex, ruleId: rule.id ?? undefined, ruleName: rule.name ?? undefined, mapping });
      }
    });
  });
  return found;
}

/** Matching priority as a number: 0 when absent or unreadable (= not a matching attribute). */
export function matchingPriorityOf(mapping: AttributeMapping): number {
  const value = typeof mapping.matchingPriority === 'string' ? Number(mapping.matchingPriority) : mapping.matchingPriority;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** An object mapping without `enabled` counts as enabled, as in Graph's default. */
export const isEnabled = (mapping: ObjectMapping) => mapping.enabled !== false;
