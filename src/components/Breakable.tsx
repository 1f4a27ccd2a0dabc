import { Fragment } from 'react';
import { breakPoints } from '~/lib/text/break-points';

/** A long code or address with `<wbr>` where a line may sensibly break (src/lib/text/break-points). */
export function Breakable({ text }: { text: string }) {
  return (
    <>
      {breakPoints(text).map((piece, index) => (
        <Fragment key={index}>
          {index === 0 ? null : <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
