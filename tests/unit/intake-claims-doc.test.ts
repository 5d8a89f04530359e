// docs/intake.md lists the cue table as the code has it: regenerate it with
// `npx tsx scripts/write-intake-cues.ts` after changing server/intake/claims/cues.ts or signals.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { POSSESSIVE_PLANT_CUE, RELATION_CUES, SIGNAL_CUES } from '../../server/intake/claims';
import { CUE_DOC_END, CUE_DOC_START, cueTableMarkdown } from '../../server/intake/claims/cue-doc';

const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'intake.md'), 'utf8');
const section = doc.slice(doc.indexOf(CUE_DOC_START), doc.indexOf(CUE_DOC_END) + CUE_DOC_END.length);

describe('intake claims doc', () => {
  it('holds the cue table exactly as the code generates it', () => {
    expect(section).toBe(cueTableMarkdown());
  });

  it('lists every relation and signal phrase', () => {
    const phrases = [...RELATION_CUES, POSSESSIVE_PLANT_CUE, ...SIGNAL_CUES].flatMap((c) => c.phrases);
    const missing = phrases.filter((p) => !section.includes(`\`${p.replace(/\|/g, '\\|')}\``));
    expect(missing).toEqual([]);
    expect(phrases.length).toBeGreaterThan(300);
  });
});
