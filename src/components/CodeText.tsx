import { inlineCodeSegments } from '~/lib/scim/anchors';

/** Catalogue text with its `backticked` values in <code>, as the Troubleshooting page shows them. */
export function CodeText({ text }: { text: string }) {
  return (
    <>
      {inlineCodeSegments(text).map((part, index) =>
        part.code ? <code key={index}>{part.text}</code> : part.text,
      )}
    </>
  );
}
