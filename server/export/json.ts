// JSON export in the importer's format: { sources, entities, relationships }, each record in the
// seed's own shape with every field present (null when unknown) and in a fixed key order, records
// in id order. Two exports of the same graph are therefore byte-identical.
import type { ExportData, ExportEntity, ExportRelationship, ExportSource, Records } from './types';

export function seedSource(s: ExportSource): Record<string, unknown> {
  return {
    id: s.id, title: s.title, publisher: s.publisher, author: s.author, publishedOn: s.publishedOn, publishedOnBasis: s.publishedOnBasis,
    publishedOnNote: s.publishedOnNote, url: s.url, text: s.text,
  };
}

export function seedEntity(e: ExportEntity): Record<string, unknown> {
  return { id: e.id, name: e.name, kind: e.kind, country: e.country, aliases: e.aliases, description: e.description };
}

export function seedRelationship(r: ExportRelationship): Record<string, unknown> {
  return {
    id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
    validFrom: r.validFrom, validFromBasis: r.validFromBasis, validTo: r.validTo, validToBasis: r.validToBasis, datesNote: r.datesNote,
    role: r.role, note: r.note,
    evidence: r.evidence.map((ev) => ({
      source: ev.source, quote: ev.quote, reportedOn: ev.reportedOn, stance: ev.stance,
      attribution: { kind: ev.attribution.kind, name: ev.attribution.name, entity: ev.attribution.entity }, marksEnd: ev.marksEnd,
    })),
    context: r.context.map((c) => ({ source: c.source, quote: c.quote, reportedOn: c.reportedOn })),
  };
}

const INDENT = '    ';

async function* list<T>(name: string, records: Records<T>, toSeed: (r: T) => Record<string, unknown>, last: boolean): AsyncGenerator<string> {
  yield `  ${JSON.stringify(name)}: [`;
  let first = true;
  for await (const record of records) {
    const body = JSON.stringify(toSeed(record), null, 2).replace(/\n/g, `\n${INDENT}`);
    yield `${first ? '' : ','}\n${INDENT}${body}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]${last ? '' : ','}\n`;
}

export async function* jsonExport(data: ExportData): AsyncGenerator<string> {
  yield '{\n';
  yield* list('sources', data.sources(), seedSource, false);
  yield* list('entities', data.entities(), seedEntity, false);
  yield* list('relationships', data.relationships(), seedRelationship, true);
  yield '}\n';
}
