/**
 * parseServiceProviderConfig: reads a SCIM ServiceProviderConfig (RFC 7643 §5) the way real
 * servers publish it. Lenient about vendor extras and common deviations (SCIM 1.1 leftovers,
 * `eTag`, `documentationUrl`, `specURI`, `"true"` strings, a wrapped authenticationSchemes list,
 * numbers beyond JavaScript's exact range); strict about what Entra needs: PATCH and filtering.
 */
import { z } from '../../config/zod';
import { type Capabilities, CapabilitiesSchema, type Finding, type Severity } from './contract';
import { diagnosticFinding as finding } from './catalogue';

export const SPC_SCHEMA_URN = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const SCIM_1_1_URN = /^urn:scim:schemas:core:1\.0/i;

export interface ServiceProviderConfigResult {
  ok: boolean;
  capabilities?: Capabilities;
  findings: Finding[];
}

const JsonObject = z.record(z.string(), z.unknown());
type JsonObject = z.infer<typeof JsonObject>;
const StringBoolean = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false']))
  .transform((text) => text === 'true');
const NumericString = z.string().trim().regex(/^\d+$/).transform(Number);
const SchemaList = z.union([z.array(z.unknown()), z.string().transform((urn) => [urn])]);

function asObject(value: unknown): JsonObject | undefined {
  const parsed = JsonObject.safeParse(value);
  return parsed.success && !Array.isArray(value) ? parsed.data : undefined;
}

/** Short, printable form of a value for a message (documents come from a server we do not control). */
function show(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

class Reader {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  add(code: Finding['code'], message: string, severity?: Severity): void {
    if (this.seen.has(code + message)) return;
    this.seen.add(code + message);
    this.findings.push(finding(code, message, severity ? { severity } : {}));
  }

  /**
   * Reads `name` from an object, accepting a different letter case or one of the known
   * non-standard spellings, with an info finding naming both.
   */
  field(
    object: JsonObject,
    name: string,
    path: string,
    aliases: string[] = [],
  ): { present: boolean; value: unknown } {
    if (Object.hasOwn(object, name)) return { present: true, value: object[name] };
    const wanted = [name, ...aliases].map((key) => key.toLowerCase());
    const found = Object.keys(object).find((key) => wanted.includes(key.toLowerCase()));
    if (found === undefined) return { present: false, value: undefined };
    this.add(
      'spc-nonstandard-name',
      `The ServiceProviderConfig writes "${path}${found}" where SCIM 2.0 says "${path}${name}"; it was read anyway.`,
    );
    return { present: true, value: object[found] };
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    const text = StringBoolean.safeParse(value);
    if (text.success) {
      this.add(
        'spc-string-boolean',
        `The ServiceProviderConfig writes "${path}" as the text ${show(value)} instead of ${String(text.data)}; it was read as ${String(text.data)}.`,
      );
      return text.data;
    }
    return undefined;
  }

  /** A non-negative whole number, or undefined with a finding when it cannot be read exactly. */
  count(object: JsonObject, name: string, path: string): number | undefined {
    const { present, value } = this.field(object, name, path);
    if (!present || value === null) return undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    const numeric = NumericString.safeParse(value);
    if (numeric.success && Number.isSafeInteger(numeric.data)) {
      this.add(
        'spc-string-boolean',
        `The ServiceProviderConfig writes "${path}${name}" as the text ${show(value)} instead of a number; it was read as ${numeric.data}.`,
      );
      return numeric.data;
    }
    const tooLarge =
      (typeof value === 'number' && value > Number.MAX_SAFE_INTEGER) || numeric.success;
    this.add(
      'spc-missing-field',
      tooLarge
        ? `The ServiceProviderConfig's "${path}${name}" is ${show(value)}, larger than can be read exactly; it is treated as no stated limit.`
        : `The ServiceProviderConfig's "${path}${name}" is ${show(value)}, not a whole number; it was ignored.`,
      'info',
    );
    return undefined;
  }

  /** A feature block `{ supported: boolean, … }`; Entra's essentials (patch, filter) are errors when missing. */
  feature(
    document: JsonObject,
    name: string,
    essential: boolean,
  ): { supported: boolean; declared: boolean; block: JsonObject } {
    const severity: Severity = essential ? 'error' : 'warning';
    const { present, value } = this.field(document, name, '', name === 'etag' ? ['eTag'] : []);
    if (!present) {
      this.add(
        'spc-missing-field',
        `The ServiceProviderConfig has no "${name}" section, so ${name} support cannot be confirmed.`,
        severity,
      );
      return { supported: false, declared: false, block: {} };
    }
    const block = asObject(value);
    if (!block) {
      const direct = this.boolean(value, name);
      if (direct !== undefined) {
        this.add(
          'spc-nonstandard-name',
          `The ServiceProviderConfig writes "${name}" as a plain true/false instead of { "supported": … }; it was read anyway.`,
        );
        return { supported: direct, declared: true, block: {} };
      }
      this.add(
        'spc-missing-field',
        `The ServiceProviderConfig's "${name}" section is ${show(value)}, not an object with "supported".`,
        severity,
      );
      return { supported: false, declared: false, block: {} };
    }
    const supported = this.field(block, 'supported', `${name}.`);
    const flag = supported.present ? this.boolean(supported.value, `${name}.supported`) : undefined;
    if (flag === undefined) {
      this.add(
        'spc-missing-field',
        supported.present
          ? `The ServiceProviderConfig's "${name}.supported" is ${show(supported.value)}, not true or false.`
          : `The ServiceProviderConfig's "${name}" section has no "supported" value.`,
        severity,
      );
      return { supported: false, declared: false, block };
    }
    return { supported: flag, declared: true, block };
  }
}

function readSchemas(reader: Reader, document: JsonObject): void {
  const { present, value } = reader.field(document, 'schemas', '');
  const list = SchemaList.safeParse(value);
  const items: unknown[] = list.success ? list.data : [];
  const urns = items.filter((urn): urn is string => typeof urn === 'string');
  if (present && list.success && typeof value === 'string') {
    reader.add(
      'spc-nonstandard-name',
      'The ServiceProviderConfig writes "schemas" as a single text instead of a list; it was read anyway.',
    );
  }
  if (urns.some((urn) => SCIM_1_1_URN.test(urn))) {
    reader.add(
      'spc-scim-1-1',
      `The ServiceProviderConfig declares the SCIM 1.1 schema ${show(urns.find((urn) => SCIM_1_1_URN.test(urn)))}. Entra speaks SCIM 2.0.`,
      'warning',
    );
    return;
  }
  if (urns.includes(SPC_SCHEMA_URN)) return;
  const caseVariant = urns.find((urn) => urn.toLowerCase() === SPC_SCHEMA_URN.toLowerCase());
  if (caseVariant) {
    reader.add(
      'spc-nonstandard-name',
      `The ServiceProviderConfig spells its schema ${show(caseVariant)} with different letter case; it was read anyway.`,
    );
    return;
  }
  reader.add(
    'spc-missing-schema',
    !present
      ? `The ServiceProviderConfig has no "schemas" list; SCIM 2.0 requires "${SPC_SCHEMA_URN}".`
      : urns.length > 0
        ? `The ServiceProviderConfig's "schemas" lists ${show(urns[0])} instead of "${SPC_SCHEMA_URN}".`
        : `The ServiceProviderConfig's "schemas" does not list "${SPC_SCHEMA_URN}".`,
  );
}

function readAuthenticationSchemes(
  reader: Reader,
  document: JsonObject,
): Capabilities['authenticationSchemes'] {
  const { present, value } = reader.field(document, 'authenticationSchemes', '');
  if (!present || value === null) {
    reader.add(
      'spc-missing-field',
      'The ServiceProviderConfig has no "authenticationSchemes" list.',
    );
    return [];
  }
  let list: unknown[] | undefined = Array.isArray(value) ? value : undefined;
  const wrapper = asObject(value);
  if (!list && wrapper) {
    // OSIAM 3 wraps the list: { "authenticationSchemes": { "authenticationSchemes": [ … ] } }.
    list = Object.values(wrapper).find((inner): inner is unknown[] => Array.isArray(inner));
    if (list)
      reader.add(
        'spc-nonstandard-name',
        'The ServiceProviderConfig wraps "authenticationSchemes" in an extra object instead of giving the list directly; it was read anyway.',
        'warning',
      );
    else if (asObject(wrapper['type']) === undefined && typeof wrapper['type'] === 'string')
      list = [wrapper];
  }
  if (!list) {
    reader.add(
      'spc-missing-field',
      `The ServiceProviderConfig's "authenticationSchemes" is ${show(value)}, not a list.`,
    );
    return [];
  }
  const schemes: Capabilities['authenticationSchemes'] = [];
  list.forEach((item, index) => {
    const scheme = asObject(item);
    const path = `authenticationSchemes[${index}].`;
    if (!scheme) {
      reader.add(
        'spc-missing-field',
        `The ServiceProviderConfig's "authenticationSchemes[${index}]" is not an object; it was skipped.`,
      );
      return;
    }
    const type = reader.field(scheme, 'type', path);
    const name = reader.field(scheme, 'name', path);
    if (typeof type.value !== 'string')
      reader.add('spc-missing-field', `The ServiceProviderConfig's "${path}type" is missing.`);
    if (typeof name.value !== 'string')
      reader.add('spc-missing-field', `The ServiceProviderConfig's "${path}name" is missing.`);
    // Only noticed, not used: SCIM 1.1 spellings of the scheme's links.
    reader.field(scheme, 'specUri', path, ['specUrl']);
    reader.field(scheme, 'documentationUri', path, ['documentationUrl']);
    const entry: Capabilities['authenticationSchemes'][number] = {
      type: typeof type.value === 'string' ? type.value : '',
      name: typeof name.value === 'string' ? name.value : '',
    };
    const primary = reader.field(scheme, 'primary', path);
    if (primary.present) {
      const flag = reader.boolean(primary.value, `${path}primary`);
      if (flag !== undefined) entry.primary = flag;
    }
    schemes.push(entry);
  });
  return schemes;
}

export function parseServiceProviderConfig(json: unknown): ServiceProviderConfigResult {
  const reader = new Reader();
  const document = asObject(json);
  if (!document) {
    const what = json === null ? 'null' : Array.isArray(json) ? 'a list' : typeof json;
    reader.add('spc-not-object', `The ServiceProviderConfig answer is ${what}, not a JSON object.`);
    return { ok: false, findings: reader.findings };
  }

  readSchemas(reader, document);
  if (Object.hasOwn(document, 'xmlDataFormat')) {
    reader.add(
      'spc-scim-1-1',
      'The ServiceProviderConfig contains "xmlDataFormat", a SCIM 1.1 field that SCIM 2.0 dropped; it was ignored.',
      'info',
    );
  }

  const patch = reader.feature(document, 'patch', true);
  const bulk = reader.feature(document, 'bulk', false);
  const filter = reader.feature(document, 'filter', true);
  const changePassword = reader.feature(document, 'changePassword', false);
  const sort = reader.feature(document, 'sort', false);
  const etag = reader.feature(document, 'etag', false);

  // A missing section is already an error finding above; these two say the server declared "no".
  if (patch.declared && !patch.supported) {
    reader.add(
      'patch-unsupported',
      'The ServiceProviderConfig says PATCH is not supported ("patch.supported": false). Entra updates and deactivates users with PATCH.',
    );
  }
  if (filter.declared && !filter.supported) {
    reader.add(
      'filter-unsupported',
      'The ServiceProviderConfig says filtering is not supported ("filter.supported": false). Entra finds users with /Users?filter=…, also in Test connection.',
    );
  }

  const authenticationSchemes = readAuthenticationSchemes(reader, document);
  if (!authenticationSchemes.some((scheme) => scheme.type.toLowerCase() === 'oauthbearertoken')) {
    reader.add(
      'no-bearer-scheme',
      authenticationSchemes.length === 0
        ? 'The ServiceProviderConfig lists no authentication schemes, so it does not say that it accepts a bearer token (type "oauthbearertoken"), which is what Entra sends.'
        : `The ServiceProviderConfig's authentication schemes (${authenticationSchemes.map((s) => show(s.type || s.name)).join(', ')}) do not include "oauthbearertoken", the bearer token Entra sends.`,
    );
  }

  const capabilities: Capabilities = {
    patch: patch.supported,
    bulk: { supported: bulk.supported },
    filter: { supported: filter.supported },
    changePassword: changePassword.supported,
    sort: sort.supported,
    etag: etag.supported,
    authenticationSchemes,
  };
  const maxOperations = reader.count(bulk.block, 'maxOperations', 'bulk.');
  const maxPayloadSize = reader.count(bulk.block, 'maxPayloadSize', 'bulk.');
  const maxResults = reader.count(filter.block, 'maxResults', 'filter.');
  if (maxOperations !== undefined) capabilities.bulk.maxOperations = maxOperations;
  if (maxPayloadSize !== undefined) capabilities.bulk.maxPayloadSize = maxPayloadSize;
  if (maxResults !== undefined) capabilities.filter.maxResults = maxResults;

  const documentation = reader.field(document, 'documentationUri', '', ['documentationUrl']);
  if (typeof documentation.value === 'string' && documentation.value !== '')
    capabilities.documentationUri = documentation.value;

  const validated = CapabilitiesSchema.parse(capabilities);
  return {
    ok: !reader.findings.some((f) => f.severity === 'error'),
    capabilities: validated,
    findings: reader.findings,
  };
}
