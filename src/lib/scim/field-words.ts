/**
 * The words the field checks use for the two values and the identity provider that sends them:
 * Entra's Tenant URL and Secret Token (the default), or Okta's SCIM connector base URL and API
 * token (entered under Authentication Mode › HTTP Header). The checks are the same for both; only
 * the names, and the few sentences that are true of one provider only, differ.
 *
 * Okta's labels: okta-help-aiw-scim ("Specify the SCIM connector base URL …"), okta-dev-scim-connect
 * ("HTTP Header: … enter a bearer token"); ApartmentIQ's Okta article calls the token the "API
 * Token" (aiq-scim-okta).
 */
import type { Finding } from './contract';

export interface FieldWords {
  /** The identity provider as sentences name it: "Entra", "Okta". */
  readonly idp: string;
  /** The URL field's label: "Tenant URL", "SCIM connector base URL". */
  readonly url: string;
  /** The token field's name: "Secret Token", "API token". */
  readonly token: string;
  /** Entra's documented `?aadOptscim062020` Tenant URL flag means something to this provider. */
  readonly entraFeatureFlag: boolean;
  /** Who cannot reach a value on this computer: "Entra in Microsoft's cloud". */
  readonly cloud: string;
  /** Why a token that starts with "Bearer" is trimmed. */
  readonly bearerPrefix: string;
}

export const ENTRA_FIELD_WORDS: FieldWords = {
  idp: 'Entra',
  url: 'Tenant URL',
  token: 'Secret Token',
  entraFeatureFlag: true,
  cloud: "Entra in Microsoft's cloud",
  bearerPrefix: 'Entra adds that word itself, so it is removed below.',
};

export const OKTA_FIELD_WORDS: FieldWords = {
  idp: 'Okta',
  url: 'SCIM connector base URL',
  token: 'API token',
  entraFeatureFlag: false,
  cloud: 'Okta, a cloud service,',
  bearerPrefix:
    'Okta asks for the bearer token itself, so that word is removed below; if Okta shows "Bearer" in front of the Authorization field, do not type it again.',
};

/**
 * A finding whose default fix came from the catalogue (written with Entra's names), in another
 * provider's words. Messages are written with the words already; only fixes need this.
 */
export function inFieldWords(finding: Finding, words: FieldWords): Finding {
  if (words === ENTRA_FIELD_WORDS || finding.fix === undefined) return finding;
  let fix = finding.fix
    .replaceAll('Tenant URL', words.url)
    .replaceAll('Secret Token', words.token)
    .replaceAll(' in Entra', ` in ${words.idp}`);
  if (!words.entraFeatureFlag) fix = fix.replace(/ \(`\?aadOptscim062020` may stay\)/, '');
  return { ...finding, fix };
}
