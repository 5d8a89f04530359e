// How the page words who asserts a quote, how it bears on the link and how each date is known, and
// how an as-of view reads aged reports and undated links.
import { addNeighbourhood, setDate, toggleStatus } from '../../client/src/model/actions';
import { isAgedOn, isUndated, readingOn } from '../../client/src/model/time';
import { EMPTY_STATE } from '../../client/src/model/types';
import { exportableGraph, timeCounts, visibleGraph } from '../../client/src/model/visible';
import { canvasElements } from '../../client/src/canvas/elements';
import { agedText, attributionText, boundOf, dateLabel, datesBriefText, datesText, publishedText, STANCE_WORDS } from '../../client/src/text/claims';
import { entity, link } from './client-fixtures';

describe('claims text', () => {
  it('says who asserts a quote for every attribution kind', () => {
    expect(attributionText({ kind: 'ARTICLE', name: null })).toBe('the article');
    expect(attributionText({ kind: 'OUTLET', name: 'Bloomberg' })).toBe('per Bloomberg');
    expect(attributionText({ kind: 'OUTLET', name: null })).toBe('per another outlet');
    expect(attributionText({ kind: 'ANONYMOUS', name: 'a BAIC Group source' })).toBe('per a BAIC Group source (unnamed source)');
    expect(attributionText({ kind: 'ANONYMOUS', name: null })).toBe('per an unnamed source');
    expect(attributionText({ kind: 'PARTY', name: null, entity: { name: 'NIO' } })).toBe('NIO said');
    expect(attributionText({ kind: 'PARTY', name: 'the ministry’s statement', entity: { name: 'MIIT' } })).toBe('MIIT said (the ministry’s statement)');
    expect(attributionText({ kind: 'PARTY', name: 'the joint announcement', entity: null })).toBe('per the joint announcement');
    expect(attributionText({ kind: 'OFFICIAL_RECORD', name: 'MIIT’s Vehicle Production Enterprise Credit Information Management System', entity: { name: 'MIIT' } }))
      .toBe('official record: MIIT’s Vehicle Production Enterprise Credit Information Management System');
    expect(attributionText({ kind: 'OFFICIAL_RECORD', name: null, entity: { name: 'MIIT' } })).toBe('official record: MIIT');
  });

  it('gives each stance its own words, a denial and a hedge apart', () => {
    expect(STANCE_WORDS.CONTRADICTS.gloss).toBe('denies it');
    expect(STANCE_WORDS.QUALIFIES.gloss).toMatch(/hedges/);
    expect(new Set(Object.values(STANCE_WORDS).map((w) => w.label)).size).toBe(3);
  });

  it('writes partial dates to their own precision', () => {
    expect(dateLabel('2018')).toBe('2018');
    expect(dateLabel('2023-12')).toBe('Dec 2023');
    expect(dateLabel('2023-12-04')).toBe('4 Dec 2023');
    expect(dateLabel('soon')).toBe('soon');
  });

  it('words each end of a link by how its date is known', () => {
    expect(boundOf('from', '2018', 'STATED')).toEqual({ phrase: 'from 2018', basis: 'stated' });
    expect(boundOf('from', '2023-12', 'INFERRED')).toEqual({ phrase: 'from Dec 2023', basis: 'inferred' });
    expect(boundOf('from', '2016', 'NOT_BEFORE').phrase).toBe('not before 2016');
    expect(boundOf('from', '2023-12-04', 'NOT_AFTER').phrase).toBe('by 4 Dec 2023 at the latest');
    expect(boundOf('to', '2023-12', 'NOT_AFTER').phrase).toBe('ended by Dec 2023 at the latest');
    expect(boundOf('to', '2020', 'NOT_BEFORE').phrase).toBe('until at least 2020');
    expect(boundOf('to', '2020', null)).toEqual({ phrase: 'until 2020', basis: null });
  });

  it('reads a link’s dates for the panel and for the brief', () => {
    expect(datesText({ validFrom: '2018', validTo: null, validFromBasis: 'STATED', validToBasis: null })).toBe('from 2018 (stated), no end stated');
    expect(datesText({ validFrom: '2023-12', validTo: null, validFromBasis: 'INFERRED', validToBasis: null })).toBe('from Dec 2023 (inferred), no end stated');
    expect(datesText({ validFrom: '2016', validTo: null, validFromBasis: 'NOT_BEFORE', validToBasis: null })).toBe('not before 2016, no end stated');
    expect(datesText({ validFrom: '2018', validTo: '2023-12', validFromBasis: 'STATED', validToBasis: 'NOT_AFTER' }))
      .toBe('from 2018 (stated), ended by Dec 2023 at the latest');
    expect(datesText({ validFrom: null, validTo: null })).toBe('no dates given');
    expect(datesBriefText({ validFrom: '2023-12-04', validTo: null, validFromBasis: 'INFERRED', validToBasis: null })).toBe('from 4 Dec 2023, date inferred');
    expect(datesBriefText({ validFrom: null, validTo: null })).toBeNull();
  });

  it('says how a publication date is known', () => {
    expect(publishedText({ publishedOn: '2023-12-04', publishedOnBasis: 'STATED' })).toBe('4 Dec 2023');
    expect(publishedText({ publishedOn: '2022-08-26', publishedOnBasis: 'INFERRED' })).toBe('26 Aug 2022 (date inferred)');
    expect(publishedText({ publishedOn: '2025-10-07', publishedOnBasis: 'NOT_AFTER' })).toBe('7 Oct 2025 or earlier');
    expect(publishedText({ publishedOn: null, publishedOnBasis: 'STATED' })).toBe('date not known');
    expect(agedText('2022-08-26')).toBe('reported on 26 Aug 2022, not confirmed since');
  });
});

const talks = link('xiaomi-in-talks-with-baic', 'xiaomi', 'baic', {
  type: 'IN_TALKS_WITH', label: 'is in talks with', status: 'REPORTED', validFrom: '2022-08-26', validFromBasis: 'NOT_AFTER', datesNote: 'by the report', lastReportedOn: '2022-08-26',
});
const undatedRumour = link('xiaomi-built-by-bluepark', 'xiaomi', 'bluepark', { status: 'RUMOURED', lastReportedOn: '2022-08' });
const undatedFact = link('xiaomi-auto-subsidiary-of-xiaomi', 'xiaomi-auto', 'xiaomi', { type: 'SUBSIDIARY_OF' });
const endedReport = link('old-report', 'xiaomi', 'bluepark', { type: 'PLANS_TO_ACQUIRE', status: 'REPORTED', validFrom: '2020', validTo: '2021', lastReportedOn: '2020-05' });
const graph = addNeighbourhood(EMPTY_STATE, ['xiaomi'], {
  nodes: ['xiaomi', 'baic', 'bluepark', 'xiaomi-auto'].map((id) => entity(id)),
  edges: [talks, undatedRumour, undatedFact, endedReport],
});

describe('as-of readings', () => {
  it('ages a report or rumour with no end once the date passes its last report', () => {
    expect(isAgedOn(talks, '2022-08-26')).toBe(false);
    expect(isAgedOn(talks, '2022-09-01')).toBe(true);
    // A partial report date covers its whole month.
    expect(isAgedOn(undatedRumour, '2022-08-31')).toBe(false);
    expect(isAgedOn(undatedRumour, '2022-09-01')).toBe(true);
    // Confirmed links, links with an end, and links never reported do not age.
    expect(isAgedOn({ ...talks, status: 'CONFIRMED' }, '2030-01-01')).toBe(false);
    expect(isAgedOn(endedReport, '2030-01-01')).toBe(false);
    expect(isAgedOn({ ...talks, lastReportedOn: null }, '2030-01-01')).toBe(false);
  });

  it('reads each link on a date: outside its span first, then aged, then undated', () => {
    expect(readingOn(talks, null)).toBe('all');
    expect(readingOn(talks, '2022-01-01')).toBe('out-of-time');
    expect(readingOn(talks, '2022-08-26')).toBe('live');
    expect(readingOn(talks, '2023-06-01')).toBe('aged');
    expect(readingOn(undatedRumour, '2020-01-01')).toBe('undated');
    expect(readingOn(undatedRumour, '2024-01-01')).toBe('aged');
    expect(readingOn(undatedFact, '2024-01-01')).toBe('undated');
    expect(readingOn(endedReport, '2024-01-01')).toBe('out-of-time');
    expect(isUndated(undatedFact)).toBe(true);
    expect(isUndated(talks)).toBe(false);
  });

  it('draws aged and undated links with their own classes and says why in the tooltip', () => {
    const view = setDate(graph, '2023-06-01');
    const edges = Object.fromEntries(canvasElements(view).filter((e) => e.group === 'edges').map((e) => [e.data.id, e]));
    expect(edges[talks.id]?.classes).toContain(' aged');
    expect(edges[talks.id]?.data).toMatchObject({ tip: 'is in talks with: reported on 26 Aug 2022, not confirmed since' });
    expect(edges[undatedFact.id]?.classes).toContain(' undated');
    expect(edges[undatedFact.id]?.classes).not.toContain(' live');
    expect((edges[undatedFact.id]?.data as { tip: string }).tip).toMatch(/no dates in the sources/);
    expect(edges[endedReport.id]?.classes).toContain(' out-of-time');
    // With no date chosen nothing is flagged: every link is drawn as it is.
    const all = canvasElements(graph).filter((e) => e.group === 'edges');
    expect(all.every((e) => !/ (aged|undated|live|out-of-time)/.test(e.classes))).toBe(true);
  });

  it('keeps aged and undated links in the view and its exports, and counts them for the slider', () => {
    const view = setDate(graph, '2023-06-01');
    const readings = Object.fromEntries(visibleGraph(view).edges.map((e) => [e.rel.id, [e.reading, e.inTime]]));
    expect(readings).toEqual({
      [talks.id]: ['aged', true],
      [undatedRumour.id]: ['aged', true],
      [undatedFact.id]: ['undated', true],
      [endedReport.id]: ['out-of-time', false],
    });
    expect(exportableGraph(view).edges.map((e) => e.id).sort()).toEqual([talks.id, undatedFact.id, undatedRumour.id].sort());
    expect(timeCounts(view)).toEqual({ undated: 2, aged: 2 });
    // Counts follow the filters: a hidden status is not counted.
    expect(timeCounts(toggleStatus(view, 'RUMOURED'))).toEqual({ undated: 1, aged: 1 });
  });
});
