// The quotes of many links at once, for what covers the whole canvas (the table view's attribution
// and source columns, the CSV and GraphML exports, the image's credit line): one document of
// aliased relationship(id:) fields per batch, like ./byId.ts, within the server's limits (a batch
// refused as too large is split). A link's quotes are kept for the page's life once fetched: the
// canvas asks again on every change, and quotes change only through review, which reloads the page's data.
import type { AttributionKind, DateBasis, Stance } from '#vocabulary';
import { inBatches } from './batches';
import { gql } from './graphql';

export interface LinkQuote {
  readonly quote: string;
  readonly reportedOn: string | null;
  readonly stance: Stance;
  readonly marksEnd: boolean;
  readonly attribution: { readonly kind: AttributionKind; readonly name: string | null; readonly entity: { readonly id: string; readonly name: string } | null };
  readonly source: {
    readonly id: string;
    readonly title: string;
    readonly publisher: string | null;
    readonly publishedOn: string | null;
    readonly publishedOnBasis: DateBasis | null;
    readonly url: string | null;
  };
}

/** Links per request: each brings a handful of quotes, so a batch stays far under the cost limit. */
export const LINKS_PER_REQUEST = 20;

const QUOTE = /* GraphQL */ `
  fragment LinkQuoteFields on Evidence {
    quote reportedOn stance marksEnd
    attribution { kind name entity { id name } }
    source { id title publisher publishedOn publishedOnBasis url }
  }
`;

export function quotesDocument(ids: readonly string[]): string {
  const vars = ids.map((_, i) => `$v${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `v${i}: relationship(id: $v${i}) { id evidence { ...LinkQuoteFields } }`);
  return `query LinkQuotes(${vars}) {\n  ${fields.join('\n  ')}\n}\n${QUOTE}`;
}

const known = new Map<string, readonly LinkQuote[]>();

async function fetchBatch(ids: string[]): Promise<[string, readonly LinkQuote[]][]> {
  const variables = Object.fromEntries(ids.map((id, i) => [`v${i}`, id]));
  const data = await gql<Record<string, { id: string; evidence: LinkQuote[] } | null>>(quotesDocument(ids), variables, undefined, {
    partial: true,
    handles: (e) => e.code === 'TOO_LARGE' && ids.length > 1,
  });
  return ids.flatMap((id, i): [string, readonly LinkQuote[]][] => {
    const row = data[`v${i}`];
    return row ? [[id, row.evidence]] : [];
  });
}

/** The quotes of these links (fetching those not yet known); a link the graph no longer has is absent. */
export async function fetchLinkQuotes(ids: readonly string[]): Promise<Record<string, readonly LinkQuote[]>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) for (const [id, quotes] of await inBatches(missing, LINKS_PER_REQUEST, fetchBatch)) known.set(id, quotes);
  return Object.fromEntries(ids.flatMap((id) => { const q = known.get(id); return q ? [[id, q]] : []; }));
}

/** The quotes already fetched, without asking the server. */
export const knownLinkQuotes = (ids: readonly string[]): Record<string, readonly LinkQuote[]> =>
  Object.fromEntries(ids.flatMap((id) => { const q = known.get(id); return q ? [[id, q]] : []; }));
