// CSV of the visible subgraph for a spreadsheet: the entities, and the links with one row per quote
// (so each quote keeps its source, address, date, stance and who asserts it), like the server's
// relationships export but with the names, addresses and readable attribution a reporter checks.
// Fields and lines are the shared, formula-guarded writer (vocabulary/exchange/csv-cells.ts).
import type { LinkQuote } from '../api/linkQuotes';
import type { EntityData, RelationshipData } from '../model/types';
import { attributionText } from '../text/claims';
import { BOM, csvLine } from '#vocabulary/exchange/csv-cells';

export const ENTITY_CSV_COLUMNS = ['id', 'name', 'aliases', 'type', 'kind', 'country', 'description', 'links_in_graph'] as const;

export const LINK_CSV_COLUMNS = [
  'relationship_id', 'from_id', 'from_name', 'type', 'label', 'to_id', 'to_name', 'status',
  'valid_from', 'valid_from_basis', 'valid_to', 'valid_to_basis', 'dates_note', 'role', 'note',
  'quote', 'stance', 'attribution_kind', 'attributed_to', 'reported_on', 'marks_end',
  'source_id', 'source_title', 'publisher', 'published_on', 'published_on_basis', 'url',
] as const;

export function toEntitiesCsv(nodes: readonly EntityData[]): string {
  const rows = [...nodes].sort((a, b) => a.id.localeCompare(b.id)).map((n) =>
    csvLine([n.id, n.name, n.aliases.join(' | '), n.type, n.kind, n.country, n.description, String(n.degree)]),
  );
  return BOM + csvLine(ENTITY_CSV_COLUMNS) + rows.join('');
}

/** A link with no quotes fetched (or none at all) still gets its row, with the quote columns empty. */
export function toLinksCsv(
  graph: { readonly nodes: readonly EntityData[]; readonly edges: readonly RelationshipData[] },
  quotes: Readonly<Record<string, readonly LinkQuote[]>>,
): string {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const lines = [...graph.edges]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((r) => {
      const link = [r.id, r.from, name.get(r.from) ?? r.from, r.type, r.label, r.to, name.get(r.to) ?? r.to, r.status,
        r.validFrom, r.validFromBasis, r.validTo, r.validToBasis, r.datesNote, r.role, r.note];
      const own = quotes[r.id] ?? [];
      if (own.length === 0) return [csvLine([...link, ...Array<null>(LINK_CSV_COLUMNS.length - link.length).fill(null)])];
      return own.map((q) =>
        csvLine([
          ...link, q.quote, q.stance, q.attribution.kind, attributionText(q.attribution), q.reportedOn, String(q.marksEnd),
          q.source.id, q.source.title, q.source.publisher, q.source.publishedOn, q.source.publishedOnBasis, q.source.url,
        ]),
      );
    });
  return BOM + csvLine(LINK_CSV_COLUMNS) + lines.join('');
}
