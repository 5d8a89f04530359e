// What accepting a proposal would do, as a before/after pair of record JSON the diff reads: a new
// entity or link against nothing, a change's patch applied to the current record (the latest
// revision's `after`). The payload is the proposal's input as the server stored it.
import { parseRecord } from './recordDiff';
import type { Json, JsonRecord } from './recordDiff';

export interface Preview {
  readonly before: JsonRecord | null;
  readonly after: JsonRecord | null;
}

const get = (r: JsonRecord, key: string): Json | undefined => r[key];
const isRecord = (v: Json | undefined): v is JsonRecord => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: Json | undefined): readonly Json[] => (Array.isArray(v) ? v : []);

/** An evidence input as the record JSON lists a quote (attribution flattened). */
function evidenceRecord(input: Json): Json {
  if (!isRecord(input)) return input;
  const attribution = isRecord(input.attribution) ? input.attribution : {};
  return {
    source: input.source ?? null,
    quote: input.quote ?? null,
    reportedOn: input.reportedOn ?? null,
    stance: input.stance ?? 'SUPPORTS',
    attributionKind: attribution.kind ?? null,
    attributionName: attribution.name ?? null,
    attributionEntityId: attribution.entity ?? null,
    marksEnd: input.marksEnd ?? false,
  };
}

/** The change's patch, whether the payload is the patch itself or `{ target, version, patch, reason }`. */
export function patchOf(payload: JsonRecord): JsonRecord {
  const inner = get(payload, 'patch');
  return isRecord(inner) ? inner : payload;
}

const PATCHED_FIELDS = ['status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'note', 'name', 'description', 'country', 'retired'];

/** The record after a patch: fields set, aliases added and removed, quotes added and retired. */
export function applyPatch(record: JsonRecord, patch: JsonRecord): JsonRecord {
  const out: Record<string, Json> = { ...record };
  for (const field of PATCHED_FIELDS) {
    const v = get(patch, field);
    if (v !== undefined) out[field] = v;
  }
  const removeAliases = new Set(list(patch.removeAliases).map(String));
  if (patch.addAliases !== undefined || patch.removeAliases !== undefined) {
    const kept = list(record.aliases).filter((a) => !removeAliases.has(String(a)));
    out.aliases = [...kept, ...list(patch.addAliases).filter((a) => !kept.includes(a))];
  }
  if (patch.addEvidence !== undefined || patch.retireEvidence !== undefined) {
    const retired = new Set(list(patch.retireEvidence).map(String));
    const kept = list(record.evidence).filter((ev) => !(isRecord(ev) && typeof ev.id === 'string' && retired.has(ev.id)));
    out.evidence = [...kept, ...list(patch.addEvidence).map(evidenceRecord)];
  }
  return out;
}

/** The input of a new record, whether the payload is the input itself or `{ input, idempotencyKey }`. */
const inputOf = (payload: JsonRecord): JsonRecord => (isRecord(payload.input) ? payload.input : payload);

/** A new record from its input: the evidence listed as the record lists it. */
function created(payload: JsonRecord): JsonRecord {
  const input = inputOf(payload);
  return 'evidence' in input ? { ...input, evidence: list(input.evidence).map(evidenceRecord) } : input;
}

export function previewProposal(kind: string, payloadText: string, current: JsonRecord | null): Preview {
  const payload = parseRecord(payloadText) ?? {};
  if (kind === 'CHANGE') return { before: current, after: current ? applyPatch(current, patchOf(payload)) : patchOf(payload) };
  return { before: null, after: created(payload) };
}

/** The quotes a proposal brings: a new link's evidence, or a change's added evidence. */
export function proposedQuotes(kind: string, payloadText: string): JsonRecord[] {
  const payload = parseRecord(payloadText) ?? {};
  const raw = kind === 'CHANGE' ? list(patchOf(payload).addEvidence) : list(inputOf(payload).evidence);
  return raw.map(evidenceRecord).filter(isRecord);
}
