/**
 * The schema of the ApartmentIQ config (./apartmentiq.ts), with zod. Build-time and test-time only:
 * astro.config.mjs validates the config with it before every build and dev server, so a bad value
 * stops `astro build` with a message that names the field, and tests/unit/config.test.ts checks it.
 * Nothing the browser loads imports this module, so zod stays out of the islands' bundles.
 */
import { z } from './zod';

/** `*.apartmentiq.io` (any sub-domain, one or more labels) or an exact host name. */
const hostPattern = z
  .string()
  .regex(
    /^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'a host pattern is an exact lower-case host name or "*." followed by one, e.g. "*.apartmentiq.io"',
  );

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' });

/** A SCIM attribute path as Entra writes it in the Target attribute column. */
const scimAttribute = z
  .string()
  .min(1)
  .regex(/^[A-Z][\w:.]*(\[[^\]]+\])?(\.[A-Z]\w*)?$/i, 'not a SCIM attribute path');

export const ApartmentIqConfigSchema = z
  .object({
    productName: z.string().min(1),
    /** The name the admin types into Entra's "What's the name of your app?" field. */
    entraAppName: z.string().min(1),
    scim: z
      .object({
        /**
         * Hosts a real ApartmentIQ Tenant URL can have. The exact Tenant URL format is not
         * published (fact sheet §10), so this is deliberately loose: a URL outside it is a
         * warning for the admin, not an error.
         */
        hostPatterns: z.array(hostPattern).min(1),
        /** Path shown in examples only; the CSM's URL is always authoritative. */
        examplePath: z.string().startsWith('/'),
        token: z
          .object({
            minLength: z.number().int().min(1),
            maxLength: z.number().int().min(1),
            /** A required prefix such as `aiq_`; ApartmentIQ's format is not published, so none by default. */
            prefix: z.string().optional(),
            /** Warn when a JWT token expires within this many days. */
            expiringSoonDays: z.number().int().min(1),
          })
          .strict()
          .refine(
            (token) => token.minLength <= token.maxLength,
            'token.minLength must not exceed token.maxLength',
          ),
        /** The attributes ApartmentIQ accepts, in the source guide's order. */
        supportedAttributes: z.array(scimAttribute).min(1),
        /**
         * Which of the values above ApartmentIQ has confirmed. None is in the source guide or any
         * public ApartmentIQ page (as of 2026-12-01), so all are false: user-facing text then says
         * "for example" and "compare with the Tenant URL your CSM sent" instead of stating them as
         * ApartmentIQ facts, and a token outside the length bounds is a warning, not an error. A
         * deployer who has ApartmentIQ's confirmation sets the flag to true (README, Deploy).
         */
        confirmed: z
          .object({
            /** `hostPatterns`: the host every ApartmentIQ Tenant URL is on. */
            hostPatterns: z.boolean(),
            /** `examplePath`: the path every ApartmentIQ Tenant URL has. */
            examplePath: z.boolean(),
            /** `token.minLength` / `token.maxLength`: the bounds of every real token. */
            tokenLength: z.boolean(),
            /** Every ApartmentIQ SCIM endpoint listens on the standard HTTPS port, 443. */
            standardHttpsPort: z.boolean(),
          })
          .strict(),
        /**
         * What the guide tells the admin to do with Entra's `active` mapping. The source guide
         * removes it (it is not in the supported list); keeping it makes Entra send
         * `active=false` when a user is unassigned or disabled.
         */
        activeMapping: z.enum(['remove', 'keep']),
      })
      .strict(),
    probe: z
      .object({
        /** Hosts the connection probe may contact; defaults to the SCIM host patterns. */
        allowedHostPatterns: z.array(hostPattern).min(1),
        connectTimeoutMs: z.number().int().positive(),
        /** Hard limit for one whole probe, well under Entra's 60 s. */
        totalTimeoutMs: z.number().int().positive(),
        maxResponseBytes: z.number().int().positive(),
        maxRequestBytes: z.number().int().positive(),
        /** POST /api/probe stops waiting for a request body that has not fully arrived by then (408). */
        requestBodyTimeoutMs: z.number().int().positive(),
        /** Bytes of each response body kept in the transcript. */
        transcriptBodyBytes: z.number().int().positive(),
        rateLimitPerMinute: z.number().int().min(0),
        /**
         * Probes one server instance runs at once; more get 503. Bounds memory: each probe holds at
         * most four response bodies of maxResponseBytes.
         */
        maxConcurrentProbes: z.number().int().positive(),
      })
      .strict(),
    contacts: z
      .object({
        supportEmail: z.email(),
        supportCenterUrl: httpsUrl,
        /** How the guide names the customer's contact at ApartmentIQ. */
        csmTitle: z.string().min(1),
        csmShort: z.string().min(1),
      })
      .strict(),
    links: z
      .object({
        samlGuide: httpsUrl,
        /** ApartmentIQ's "SAML SSO with Okta", which the Okta track starts from. */
        samlGuideOkta: httpsUrl,
        entraAdminCenter: httpsUrl,
      })
      .strict(),
    /** Things to do by hand in ApartmentIQ after SCIM is on (the source guide's final notes). */
    manualTasks: z
      .object({
        section: z.string().min(1),
        roles: z.array(z.string().min(1)).min(1),
        premiumTools: z.array(z.string().min(1)).min(1),
      })
      .strict(),
  })
  .strict();

export type ApartmentIqConfig = z.infer<typeof ApartmentIqConfigSchema>;
export type ApartmentIqConfigInput = z.input<typeof ApartmentIqConfigSchema>;

/** Validates a config and turns zod's issues into one message that names each bad field. */
export function parseApartmentIqConfig(input: unknown): ApartmentIqConfig {
  const result = ApartmentIqConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new Error(
    `Invalid ApartmentIQ config (src/config/apartmentiq.ts):\n${problems.join('\n')}`,
  );
}
