// What `npm run intake` prints: the issue's JSON document (--json) or the same read as lines.
import type { ClaimCandidate, IntakeResult } from '../../server/intake/types';
import type { ProposalRow } from '../../server/editing/types';

const endJson = (e: ClaimCandidate['from']): { name: string; entityId: string | null } => ({ name: e.name, entityId: e.entityId });

/** The JSON document of docs/intake.md; with --propose also the stored source's id and the proposals filed. */
export function intakeJson(result: IntakeResult, filed?: { sourceId: string; proposals: readonly ProposalRow[] }): Record<string, unknown> {
  return {
    source: { title: result.source.title, publishedOn: result.source.publishedOn ?? null, sentences: result.source.sentences, ...(filed ? { id: filed.sourceId } : {}) },
    entities: result.entities.map((e) => ({ name: e.name, entityId: e.entityId, kind: e.kind, mentions: e.mentions })),
    claims: result.claims.map((c) => ({
      from: endJson(c.from), to: endJson(c.to), type: c.type, status: c.status, quote: c.quote,
      attribution: { kind: c.attribution.kind, name: c.attribution.name ?? null },
      validFrom: c.validFrom ?? null, validFromBasis: c.validFromBasis ?? null, existing: c.existing, score: c.score, why: c.why,
    })),
    ...(filed ? { proposals: filed.proposals.map((p) => ({ id: p.id, kind: p.kind, state: p.state, target: p.target })) } : {}),
  };
}

const named = (e: ClaimCandidate['from']): string => (e.entityId ? `${e.name} (${e.entityId})` : `${e.name} (new)`);

function claimLines(c: ClaimCandidate, n: number): string[] {
  const marks = [c.existing ? `new evidence for ${c.existing}` : '', c.contradicts ? `contradicts ${c.contradicts}` : ''].filter(Boolean);
  const dates = [c.validFrom ? `from ${c.validFrom} (${c.validFromBasis ?? 'STATED'})` : '', c.validTo ? `to ${c.validTo} (${c.validToBasis ?? 'STATED'})` : ''].filter(Boolean);
  const said = [c.attribution.kind, c.attribution.name].filter(Boolean).join(' ');
  return [
    `  ${n}. ${named(c.from)} ${c.type} ${named(c.to)}: ${c.status}, score ${c.score.toFixed(2)}${marks.length > 0 ? ` [${marks.join('; ')}]` : ''}`,
    `     "${c.quote}"`,
    `     said by ${said}${dates.length > 0 ? `; ${dates.join(', ')}` : ''}${c.note ? `; note: ${c.note}` : ''}`,
    `     why: ${c.why}`,
  ];
}

/** The read as lines for a terminal. */
export function intakeLines(result: IntakeResult): string[] {
  const { source } = result;
  const lines = [`"${source.title}"${source.publishedOn ? ` (${source.publishedOn})` : ''}: ${source.sentences} sentences, ${result.entities.length} entities, ${result.claims.length} claims.`];
  if (result.clean.removed.length > 0) lines.push(`Removed as page furniture (${result.clean.removed.length}): ${result.clean.removed.map((r) => `"${r.text.slice(0, 40)}" (${r.reason})`).join(', ')}`);
  lines.push('Entities:');
  for (const e of result.entities) lines.push(`  ${e.name} (${e.entityId ?? `new ${e.kind}`}${e.entityId ? `, ${e.kind}` : ''}), ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`);
  lines.push('Claims:');
  result.claims.forEach((c, i) => lines.push(...claimLines(c, i + 1)));
  if (result.claims.length === 0) lines.push('  none found');
  return lines;
}
