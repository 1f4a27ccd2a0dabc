/**
 * The cleaned schema: the same document with the attribute mappings ApartmentIQ does not support
 * removed from every user mapping, and every group mapping disabled. Nothing else changes: ids,
 * order, metadata, scoping filters, directories and fields this code has never heard of stay as
 * they were, because the result is a copy of the original value, edited in place.
 */
import { apartmentIqPolicy, isKept, type MappingPolicy } from './attributes';
import { SynchronizationSchemaSchema } from './model';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectName = (mapping: JsonObject) =>
  typeof mapping['sourceObjectName'] === 'string'
    ? mapping['sourceObjectName'].trim().toLowerCase()
    : '';

/**
 * Cleans a provisioning schema (the value of `JSON.parse`) and returns a new value; the input is
 * not modified. Idempotent: cleaning a cleaned schema returns an equal value.
 * Throws a TypeError if the value is not a provisioning schema (check with `parseSchemaText` first).
 */
export function cleanSchema<T>(json: T, policy: MappingPolicy = apartmentIqPolicy): T {
  const checked = SynchronizationSchemaSchema.safeParse(json);
  if (!checked.success) throw new TypeError('cleanSchema: the value is not a provisioning schema');

  const copy = structuredClone(json) as unknown as JsonObject;
  for (const rule of copy['synchronizationRules'] as unknown[]) {
    if (!isObject(rule) || !Array.isArray(rule['objectMappings'])) continue;
    for (const mapping of rule['objectMappings'] as unknown[]) {
      if (!isObject(mapping)) continue;
      const name = objectName(mapping);
      if (name === 'user' && Array.isArray(mapping['attributeMappings'])) {
        mapping['attributeMappings'] = (mapping['attributeMappings'] as unknown[]).filter(
          (attribute) =>
            isObject(attribute) &&
            typeof attribute['targetAttributeName'] === 'string' &&
            isKept(attribute['targetAttributeName'], policy),
        );
      } else if (name === 'group' && mapping['enabled'] !== false) {
        mapping['enabled'] = false;
      }
    }
  }
  return copy as unknown as T;
}
