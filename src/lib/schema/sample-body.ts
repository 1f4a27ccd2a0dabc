/**
 * "What ApartmentIQ receives": the SCIM `POST /Users` body Entra would send for a sample user,
 * computed from a user mapping's attribute mappings.
 *
 * Entra computes each target value from the mapping's source expression. This evaluates the
 * expression language's common shapes (`[attribute]`, `"constant"`, `Switch`, `Join`, `Not`,
 * `Coalesce`, `ToLower`, `ToUpper`, `Trim`, `Append`); anything else is shown as a placeholder
 * naming the expression, never guessed.
 */
import {
  ACTIVE_ATTRIBUTE,
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  normalizeAttributeName,
} from './attributes';
import type { AttributeMappingSource } from './model';

/** Entra user attributes of the sample user (Microsoft's example domain). */
export type SampleUser = Readonly<Record<string, string | boolean>>;

export const SAMPLE_USER: SampleUser = {
  userPrincipalName: 'avery.lee@contoso.com',
  mail: 'avery.lee@contoso.com',
  mailNickname: 'avery.lee',
  objectId: '2f6d8c1e-4b7a-4f3e-9c5d-8a1b2c3d4e5f',
  givenName: 'Avery',
  surname: 'Lee',
  displayName: 'Avery Lee',
  jobTitle: 'Regional Property Manager',
  department: 'Operations',
  employeeId: '10452',
  preferredLanguage: 'en-US',
  physicalDeliveryOfficeName: 'Austin',
  streetAddress: '100 Congress Ave',
  city: 'Austin',
  state: 'TX',
  postalCode: '78701',
  country: 'US',
  telephoneNumber: '+1 512 555 0100',
  mobile: '+1 512 555 0101',
  facsimileTelephoneNumber: '+1 512 555 0102',
  manager: 'the manager’s id in ApartmentIQ',
  IsSoftDeleted: false,
  accountEnabled: true,
};

/** A parsed source expression. */
type Expression =
  | { kind: 'attribute'; name: string }
  | { kind: 'constant'; value: string }
  | { kind: 'empty' }
  | { kind: 'call'; name: string; args: Expression[] };

class ExpressionSyntaxError extends Error {}

/** Parses Entra's expression syntax: `Name(arg, , arg)`, `[attribute]`, `"text"` (with \" escapes). */
function parseExpression(text: string): Expression {
  let at = 0;
  const skipSpaces = () => {
    while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
  };
  const parseArgument = (): Expression => {
    skipSpaces();
    const ch = text.charAt(at);
    if (ch === ',' || ch === ')') return { kind: 'empty' };
    if (ch === '[') {
      const end = text.indexOf(']', at);
      if (end === -1) throw new ExpressionSyntaxError('unclosed [');
      const name = text.slice(at + 1, end).trim();
      at = end + 1;
      return { kind: 'attribute', name };
    }
    if (ch === '"') {
      let value = '';
      at += 1;
      while (at < text.length && text.charAt(at) !== '"') {
        if (text.charAt(at) === '\\' && at + 1 < text.length) at += 1;
        value += text.charAt(at);
        at += 1;
      }
      if (at >= text.length) throw new ExpressionSyntaxError('unclosed "');
      at += 1;
      return { kind: 'constant', value };
    }
    const word = /^[A-Z_][\w.]*/i.exec(text.slice(at))?.[0];
    if (!word) throw new ExpressionSyntaxError(`unexpected ${ch}`);
    at += word.length;
    skipSpaces();
    if (text.charAt(at) !== '(') return { kind: 'constant', value: word };
    at += 1;
    const args: Expression[] = [];
    skipSpaces();
    if (text.charAt(at) === ')') {
      at += 1;
      return { kind: 'call', name: word, args };
    }
    for (;;) {
      args.push(parseArgument());
      skipSpaces();
      const separator = text.charAt(at);
      at += 1;
      if (separator === ')') return { kind: 'call', name: word, args };
      if (separator !== ',') throw new ExpressionSyntaxError('expected , or )');
    }
  };
  const expression = parseArgument();
  skipSpaces();
  if (at !== text.length) throw new ExpressionSyntaxError('trailing text');
  return expression;
}

/** A value Entra cannot compute from the sample user, shown instead of guessing. */
class Unresolved extends Error {}

const entraText = (value: string | boolean) =>
  typeof value === 'boolean' ? (value ? 'True' : 'False') : value;

function lookUp(user: SampleUser, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(user))
    if (key.toLowerCase() === wanted) return entraText(value);
  throw new Unresolved(name);
}

function evaluate(expression: Expression, user: SampleUser): string | undefined {
  switch (expression.kind) {
    case 'attribute':
      return lookUp(user, expression.name);
    case 'constant':
      return expression.value;
    case 'empty':
      return undefined;
    case 'call': {
      const args = () => expression.args.map((argument) => evaluate(argument, user));
      switch (expression.name.toLowerCase()) {
        case 'switch': {
          const [source, fallback, ...pairs] = args();
          for (let index = 0; index + 1 < pairs.length; index += 2)
            if (pairs[index] === source) return pairs[index + 1];
          return fallback;
        }
        case 'join': {
          const [separator = '', ...values] = args();
          return values
            .filter((value): value is string => value !== undefined && value !== '')
            .join(separator);
        }
        case 'not': {
          const [value] = args();
          return value?.toLowerCase() === 'true' ? 'False' : 'True';
        }
        case 'coalesce':
          return args().find((value) => value !== undefined && value !== '');
        case 'tolower':
          return args()[0]?.toLowerCase();
        case 'toupper':
          return args()[0]?.toUpperCase();
        case 'trim':
          return args()[0]?.trim();
        case 'append':
          return args().join('');
        default:
          throw new Unresolved(expression.name);
      }
    }
  }
}

/** The value Entra would compute, or a placeholder that names the source when it cannot be known here. */
export function sampleValue(
  source: AttributeMappingSource | null | undefined,
  user: SampleUser = SAMPLE_USER,
): string | undefined {
  if (!source) return undefined;
  const text =
    source.expression ??
    (source.type?.toLowerCase() === 'attribute' && source.name
      ? `[${source.name}]`
      : source.name
        ? JSON.stringify(source.name)
        : '');
  try {
    return evaluate(parseExpression(text), user);
  } catch (error) {
    if (error instanceof Unresolved || error instanceof ExpressionSyntaxError)
      return `<value of ${text}>`;
    throw error;
  }
}

type JsonObject = Record<string, unknown>;

const TARGET_PATH =
  /^([A-Z][\w$-]*)(?:\[\s*([A-Z][\w$-]*)\s+eq\s+"([^"]*)"\s*\])?(?:\.([A-Z][\w$-]*))?$/i;

function childObject(parent: JsonObject, key: string): JsonObject {
  const existing = parent[key];
  if (typeof existing === 'object' && existing !== null && !Array.isArray(existing))
    return existing as JsonObject;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

function place(
  body: JsonObject,
  schemas: string[],
  targetAttributeName: string,
  value: unknown,
): void {
  let container = body;
  let path = targetAttributeName.trim();
  const lastColon = path.lastIndexOf(':');
  if (path.toLowerCase().startsWith('urn:') && lastColon !== -1) {
    const schema = path.slice(0, lastColon);
    path = path.slice(lastColon + 1);
    if (normalizeAttributeName(schema) !== normalizeAttributeName(CORE_USER_SCHEMA)) {
      const known = schemas.find(
        (urn) => normalizeAttributeName(urn) === normalizeAttributeName(schema),
      );
      if (!known) schemas.push(schema);
      container = childObject(body, known ?? schema);
      // The enterprise manager is a reference: SCIM writes it as an object with a value.
      if (
        normalizeAttributeName(schema) === normalizeAttributeName(ENTERPRISE_USER_SCHEMA) &&
        path.toLowerCase() === 'manager'
      ) {
        container[path] = { value };
        return;
      }
    }
  }
  const match = TARGET_PATH.exec(path);
  if (!match) {
    container[path] = value;
    return;
  }
  const [, attribute = path, filterAttribute, filterValue, subAttribute] = match;
  if (filterAttribute !== undefined && filterValue !== undefined) {
    const existing = container[attribute];
    const items: JsonObject[] = Array.isArray(existing) ? (existing as JsonObject[]) : [];
    container[attribute] = items;
    let item = items.find((candidate) => candidate[filterAttribute] === filterValue);
    if (!item) {
      item = { [filterAttribute]: filterValue };
      items.push(item);
    }
    item[subAttribute ?? 'value'] = value;
    // Entra marks the work e-mail as the primary one.
    if (attribute.toLowerCase() === 'emails' && filterValue.toLowerCase() === 'work')
      item['primary'] = true;
    return;
  }
  if (subAttribute !== undefined) {
    childObject(container, attribute)[subAttribute] = value;
    return;
  }
  container[attribute] = value;
}

/**
 * The `POST /Users` body for `sampleUser` under these mappings, in mapping order after `schemas`.
 * Attributes whose value is empty are left out, as Entra never sends null attributes.
 */
export function samplePostUsersBody(
  mappings: readonly {
    targetAttributeName: string;
    source?: AttributeMappingSource | null | undefined;
  }[],
  sampleUser: SampleUser = SAMPLE_USER,
): JsonObject {
  const schemas = [CORE_USER_SCHEMA];
  const body: JsonObject = { schemas };
  for (const mapping of mappings) {
    const computed = sampleValue(mapping.source, sampleUser);
    if (computed === undefined || computed === '') continue;
    const isActive = normalizeAttributeName(mapping.targetAttributeName) === ACTIVE_ATTRIBUTE;
    // active is a SCIM boolean; Entra computes "True"/"False" and sends a JSON boolean on create.
    const value =
      isActive && /^(?:true|false)$/i.test(computed) ? computed.toLowerCase() === 'true' : computed;
    place(body, schemas, mapping.targetAttributeName, value);
  }
  return body;
}
