// Stage 4 of intake (docs/intake.md): claim candidates from the sentences that name two parties.
export { findClaims, type ClaimsInput } from './find-claims';
export { POSSESSIVE_PLANT_CUE, RELATION_CUES, TYPE_ENDS, type RelationCue } from './cues';
export { SIGNAL_CUES, SIGNAL_EFFECTS, type SignalCue, type SignalFamily } from './signals';
export { cueTableMarkdown } from './cue-doc';
