// How a link reads on the date of an as-of view. Besides holding or not, two readings keep the
// view honest: a report or rumour no later source confirmed is not a fact that still holds, and
// a link the sources give no dates for is not known to hold on any particular day.
import { endOf, startOf } from '#vocabulary/dates';
import type { RelationshipData } from './types';

/**
 * - `all`: no date chosen, every link is shown as it is.
 * - `live`: the date falls inside the link's span.
 * - `out-of-time`: the date falls outside it.
 * - `aged`: a REPORTED or RUMOURED link with no end, on a date after its last report.
 * - `undated`: no source dates the link, so the date neither confirms nor rules it out.
 */
export type TimeReading = 'all' | 'live' | 'out-of-time' | 'aged' | 'undated';

/** A link is valid on a day when the day falls inside its (inclusive, partial-date) span. */
export function isValidOn(rel: Pick<RelationshipData, 'validFrom' | 'validTo'>, day: string): boolean {
  const from = rel.validFrom === null ? null : startOf(rel.validFrom);
  const to = rel.validTo === null ? null : endOf(rel.validTo);
  return (from === null || from <= day) && (to === null || to >= day);
}

export const isUndated = (rel: Pick<RelationshipData, 'validFrom' | 'validTo'>): boolean => rel.validFrom === null && rel.validTo === null;

/** True when a report or rumour with no end is viewed after its last report ("not confirmed since"). */
export function isAgedOn(rel: Pick<RelationshipData, 'status' | 'validTo' | 'lastReportedOn'>, day: string): boolean {
  if (rel.status !== 'REPORTED' && rel.status !== 'RUMOURED') return false;
  if (rel.validTo !== null || rel.lastReportedOn === null) return false;
  const last = endOf(rel.lastReportedOn);
  return last !== null && day > last;
}

/** Outside its span wins; then an aged report (even an undated one: its report dates it); then undated. */
export function readingOn(rel: RelationshipData, day: string | null): TimeReading {
  if (day === null) return 'all';
  if (!isValidOn(rel, day)) return 'out-of-time';
  if (isAgedOn(rel, day)) return 'aged';
  if (isUndated(rel)) return 'undated';
  return 'live';
}
