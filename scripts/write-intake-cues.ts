// `npx tsx scripts/write-intake-cues.ts`: writes the intake cue table into docs/intake.md (between
// its cue markers) from server/intake/claims/cues.ts and signals.ts. Run it after changing a cue;
// tests/unit/intake-claims-doc.test.ts fails while the doc differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCueTable } from '../server/intake/claims/cue-doc';
import { REPO_ROOT } from '../server/config';

const file = path.join(REPO_ROOT, 'docs', 'intake.md');
writeFileSync(file, withCueTable(readFileSync(file, 'utf8')));
console.log('wrote the cue table into docs/intake.md');
