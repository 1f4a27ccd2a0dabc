/**
 * The whole check in one call, as the Web Worker runs it: text in, either a specific input error
 * or the report, the cleaned schema text and the sample POST /Users body out. Never throws.
 */
import { analyzeSchema, type SchemaReport } from './analyze';
import { apartmentIqPolicy, type MappingPolicy } from './attributes';
import { cleanSchema } from './clean';
import { guideUserMappings } from './entra-defaults';
import {
  isEnabled,
  isUserObjectMapping,
  objectMappingsWhere,
  SynchronizationSchemaSchema,
} from './model';
import { formatJson, parseSchemaText, type SchemaInputError } from './parse';
import { samplePostUsersBody } from './sample-body';

export type SchemaCheckOutcome =
  | { kind: 'error'; error: SchemaInputError }
  | {
      kind: 'report';
      report: SchemaReport;
      /** The cleaned schema, written like the input (minified stays minified). */
      cleanedText: string;
      /** What ApartmentIQ receives for the sample user under the cleaned user mapping. */
      sampleBody: Record<string, unknown>;
    };

/** The body for the mappings Entra would use: the first enabled user mapping, else the first one. */
export function sampleBodyForSchema(json: unknown): Record<string, unknown> {
  const users = objectMappingsWhere(SynchronizationSchemaSchema.parse(json), isUserObjectMapping);
  const chosen = users.find((located) => isEnabled(located.mapping)) ?? users[0];
  return samplePostUsersBody(chosen?.mapping.attributeMappings ?? []);
}

/** What ApartmentIQ receives when the admin follows the manual path on Entra's defaults. */
export function defaultSampleBody(
  policy: MappingPolicy = apartmentIqPolicy,
): Record<string, unknown> {
  return samplePostUsersBody(guideUserMappings(policy));
}

export function checkSchemaText(
  text: string,
  policy: MappingPolicy = apartmentIqPolicy,
): SchemaCheckOutcome {
  const parsed = parseSchemaText(text);
  if (!parsed.ok) return { kind: 'error', error: parsed.error };
  const cleaned = cleanSchema(parsed.value, policy);
  return {
    kind: 'report',
    report: analyzeSchema(parsed.value, policy),
    cleanedText: formatJson(cleaned, parsed.format),
    sampleBody: sampleBodyForSchema(cleaned),
  };
}
