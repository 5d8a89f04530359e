// The `// Name: a, b` header lines every .cypher file opens with, and the check that the
// parameters a header declares are the ones its body uses.

/** The names listed after `// <label>:`, `$` and `(type)` dropped; null when there is no such line. */
export function headerList(text: string, label: string): string[] | null {
  const m = new RegExp(`^//\\s*${label}:\\s*(.*)$`, 'mi').exec(text);
  if (!m?.[1]) return null;
  const body = m[1].trim();
  if (body === '-' || body.toLowerCase() === 'none') return [];
  return body.split(',').map((s) => s.trim().replace(/^\$/, '').replace(/\s*\(.*\)$/, '')).filter(Boolean);
}

/** The text without its comment lines: what Neo4j runs. */
export function codeOf(text: string): string {
  return text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
}

/** Throws when the code uses a parameter the header does not declare, or the header one the code never uses. */
export function checkParameters(where: string, code: string, params: readonly string[]): void {
  for (const p of params) {
    if (!new RegExp(`\\$${p}\\b`).test(code)) throw new Error(`${where}: parameter $${p} is declared but not used`);
  }
  const used = [...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
  for (const u of used) {
    if (u && !params.includes(u)) throw new Error(`${where}: parameter $${u} is used but not declared in the header`);
  }
}
