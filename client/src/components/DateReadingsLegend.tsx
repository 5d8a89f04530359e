// With "As of" on, the legend says how the date's two honest readings are drawn: links no source
// dates, and reports not confirmed since. Shown only while a date is chosen, when they apply.
import type { ReactElement } from 'react';
import { READING_STYLES } from '../theme/relationStyles';
import { LinkSample } from './LinkSample';

export const UNDATED_WORDS = 'no dates in the sources';

export function DateReadingsLegend({ asOf }: { asOf: string | null }): ReactElement | null {
  if (asOf === null) return null;
  return (
    <section aria-labelledby="legend-dates">
      <h2 id="legend-dates">On the chosen date</h2>
      <ul className="legend-readings">
        <li title={`${UNDATED_WORDS}: the date neither confirms nor rules these links out, so they are faded with a hollow arrowhead`} data-reading="undated">
          <LinkSample reading="undated" />
          <span>Undated: {UNDATED_WORDS}</span>
        </li>
        <li title="A report or rumour with no end, viewed after its last report" data-reading="aged">
          <LinkSample reading="aged" />
          <span>{READING_STYLES.aged.label[0]?.toUpperCase()}{READING_STYLES.aged.label.slice(1)}</span>
        </li>
      </ul>
    </section>
  );
}
