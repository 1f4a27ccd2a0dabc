/**
 * From pasted text to a provisioning schema, or one specific error an admin can act on:
 * invalid JSON (with line and column), JSON that is not a provisioning schema, or a schema
 * without a user mapping.
 */
import type { z } from '../../config/zod';
import { catalogueEntry } from '../scim/catalogue';
import type { SchemaInputCode } from '../scim/contract';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax';
import {
  isUserObjectMapping,
  objectMappingsWhere,
  SynchronizationSchemaSchema,
  type SynchronizationSchema,
} from './model';

/** Far above any real schema (a few hundred KB to a few MB); bounds the work a paste can cause. */
export const MAX_SCHEMA_TEXT_LENGTH = 20 * 1024 * 1024;

export interface SchemaInputError {
  /** A catalogue code (src/lib/scim/catalogue.ts, group `mapping-checker`). */
  code: SchemaInputCode;
  /** What is wrong, in one or two sentences. */
  message: string;
  /** What to do about it. */
  fix?: string;
  /** For invalid JSON: where (1-based). */
  line?: number;
  column?: number;
  /** For invalid JSON: that line (and the one before it), shortened around the column. */
  excerpt?: JsonErrorExcerpt;
}

export interface JsonErrorExcerpt {
  /** The lines to show, the last one being the line of the error; texts cut to the same window. */
  lines: { number: number; text: string }[];
  /** 1-based column of the error within the shown text of the last line. */
  caretColumn: number;
}

/** How the original was written, so the cleaned copy can be written the same way. */
export interface JsonFormat {
  /** `null` for minified JSON; otherwise the indent of one level, e.g. two spaces or a tab. */
  indent: string | null;
}

export type ParsedSchemaText =
  | { ok: true; value: unknown; schema: SynchronizationSchema; format: JsonFormat }
  | { ok: false; error: SchemaInputError };

/** Where the schema comes from in Entra: the catalogue's fix for a paste that is not one. */
const WHERE_TO_COPY = catalogueEntry('not-a-schema').fix;

export function detectJsonFormat(text: string): JsonFormat {
  const indented = /^[ \t]*[{[][ \t]*\r?\n([ \t]+)\S/.exec(text);
  if (indented?.[1]) return { indent: indented[1] };
  return { indent: text.trim().includes('\n') ? '  ' : null };
}

export function formatJson(value: unknown, format: JsonFormat): string {
  return format.indent === null
    ? JSON.stringify(value)
    : `${JSON.stringify(value, null, format.indent)}\n`;
}

const EXCERPT_WIDTH = 60;

function lineTextAt(text: string, lineStart: number): string {
  const lineEnd = text.indexOf('\n', lineStart);
  return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
}

/** The error's line and the line before it (a stray or missing comma is often at the end of that one). */
function excerptAt(text: string, offset: number, line: number, column: number): JsonErrorExcerpt {
  const lineStart = offset - (column - 1);
  const errorLine = lineTextAt(text, lineStart);
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  const previousLine = previousStart === -1 ? undefined : lineTextAt(text, previousStart);
  const start = Math.max(0, column - 1 - EXCERPT_WIDTH / 2);
  const cut = (full: string) => {
    const end = Math.min(full.length, start + EXCERPT_WIDTH);
    return `${start > 0 ? '…' : ''}${full.slice(start, end)}${end < full.length ? '…' : ''}`;
  };
  const lines = [{ number: line, text: cut(errorLine) }];
  if (previousLine !== undefined && previousLine.trim() !== '')
    lines.unshift({ number: line - 1, text: cut(previousLine) });
  return { lines, caretColumn: column - start + (start > 0 ? 1 : 0) };
}

function invalidJson(text: string, engineMessage: string): SchemaInputError {
  const found = findJsonSyntaxError(text);
  if (found) {
    return {
      code: 'schema-invalid-json',
      message: `This is not valid JSON: line ${found.line}, column ${found.column}. ${found.description}`,
      fix: catalogueEntry('schema-invalid-json').fix,
      line: found.line,
      column: found.column,
      excerpt: excerptAt(text, found.offset, found.line, found.column),
    };
  }
  // The scanner and JSON.parse agree on validity; if they ever do not, fall back on the engine's position.
  const position = /position (\d+)/.exec(engineMessage)?.[1];
  const where =
    position === undefined ? { line: 1, column: 1 } : lineAndColumn(text, Number(position));
  return {
    code: 'schema-invalid-json',
    message: `This is not valid JSON: line ${where.line}, column ${where.column}.`,
    fix: WHERE_TO_COPY,
    ...where,
  };
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );

/** Recognisable wrong pastes get a name; anything else is described by what it lacks. */
function notASchema(value: unknown, issues: readonly z.core.$ZodIssue[]): SchemaInputError {
  const fix = WHERE_TO_COPY;
  if (Array.isArray(value)) {
    return {
      code: 'not-a-schema',
      message:
        'This JSON is a list, not a provisioning schema (an object with a "synchronizationRules" list).',
      fix,
    };
  }
  if (value === null || typeof value !== 'object') {
    return {
      code: 'not-a-schema',
      message: `This JSON is a single ${value === null ? 'null' : typeof value}, not a provisioning schema.`,
      fix,
    };
  }
  const record = value as Record<string, unknown>;
  if (
    Array.isArray(record['schemas']) &&
    record['schemas'].some(
      (urn) => typeof urn === 'string' && urn.startsWith('urn:ietf:params:scim'),
    )
  ) {
    return {
      code: 'not-a-schema',
      message:
        'This is a SCIM document (it has a SCIM "schemas" list), not Entra\'s provisioning schema.',
      fix,
    };
  }
  if (!('synchronizationRules' in record)) {
    const graphList = Array.isArray(record['value'])
      ? ' It looks like a Microsoft Graph list response.'
      : '';
    return {
      code: 'not-a-schema',
      message: `This JSON has no "synchronizationRules" list, so it is not Entra's provisioning schema.${graphList}`,
      fix,
    };
  }
  const issue = issues[0];
  const path = issue ? formatPath(issue.path) : '';
  const detail = issue
    ? issue.code === 'invalid_type' && issue.message.startsWith('has no')
      ? `${formatPath(issue.path.slice(0, -1))} ${issue.message}`
      : `${path || 'the document'}: ${issue.message}`
    : '';
  return {
    code: 'not-a-schema',
    message: `This JSON has a "synchronizationRules" list but is not a provisioning schema Entra wrote: ${detail}.`,
    fix,
  };
}

/** Parses pasted text; never throws. */
export function parseSchemaText(input: string): ParsedSchemaText {
  if (input.length > MAX_SCHEMA_TEXT_LENGTH) {
    const megabytes = (input.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: {
        code: 'schema-too-large',
        message: `This text is ${megabytes} MB, more than any provisioning schema (the limit here is ${MAX_SCHEMA_TEXT_LENGTH / 1024 / 1024} MB).`,
        fix: WHERE_TO_COPY,
      },
    };
  }
  // A file saved by some editors starts with an invisible byte-order mark, which JSON.parse rejects.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') {
    return {
      ok: false,
      error: {
        code: 'schema-empty',
        message: 'Paste the provisioning schema JSON or choose its .json file.',
        fix: WHERE_TO_COPY,
      },
    };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: invalidJson(text, error instanceof Error ? error.message : String(error)),
    };
  }

  const parsed = SynchronizationSchemaSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: notASchema(value, parsed.error.issues) };

  if (objectMappingsWhere(parsed.data, isUserObjectMapping).length === 0) {
    const objects = objectMappingsWhere(parsed.data, () => true).map(
      ({ mapping }) => `"${mapping.sourceObjectName}"`,
    );
    const has =
      objects.length === 0
        ? 'no object mappings at all'
        : `object mappings only for ${[...new Set(objects)].join(', ')}`;
    return {
      ok: false,
      error: {
        code: 'no-user-mapping',
        message: `This provisioning schema has no user mapping (an object mapping with "sourceObjectName": "User"); it has ${has}.`,
        fix: catalogueEntry('no-user-mapping').fix,
      },
    };
  }

  return { ok: true, value, schema: parsed.data, format: detectJsonFormat(text) };
}
