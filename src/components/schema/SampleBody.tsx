import type { ReactNode } from 'react';

/** The SCIM request Entra would send to create the sample user, so the admin sees exactly which fields flow. */
export function SampleBody({
  body,
  heading,
  intro,
}: {
  body: Record<string, unknown>;
  heading: ReactNode;
  intro: string;
}) {
  return (
    <div className="schema-sample">
      {heading}
      <p>{intro}</p>
      <pre className="schema-sample__request">
        <code>{`POST /Users\nContent-Type: application/scim+json\n\n${JSON.stringify(body, null, 2)}`}</code>
      </pre>
    </div>
  );
}
