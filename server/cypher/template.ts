// Templates: one .cypher file standing for several statements that differ only in a piece Cypher
// cannot take as a parameter (Neo4j 5.26 takes no parameter in a quantifier's bounds `{1,N}`).
// Its header declares the one placeholder and the whole numbers it may be filled with:
//   // Template: $$maxHops (int 2..6)
// and the loader makes one statement per value, named `<file>-<value>` (query/paths/shortest-4),
// every `$$maxHops` replaced by the number. Only whole numbers checked against the declared range
// are ever written into the text, so a template cannot become a way to splice values into Cypher.

export interface Template {
  /** The placeholder's name, without `$$`. */
  placeholder: string;
  low: number;
  high: number;
}

const TEMPLATE_LINE = /^\/\/\s*Template:(.*)$/gm;
const TEMPLATE_HEADER = /^\s*\$\$([A-Za-z_][A-Za-z0-9_]*)\s*\(int\s+(\d+)\s*\.\.\s*(\d+)\)\s*$/;
const PLACEHOLDER = /\$\$([A-Za-z_][A-Za-z0-9_]*)/g;

const placeholdersIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** The text without its `// Template:` line, so that the header itself is not counted as a use. */
const withoutTemplateLine = (text: string): string => text.replace(TEMPLATE_LINE, '');

/**
 * The file's template header, or null for a plain statement. Throws when a plain statement uses a
 * `$$placeholder`, when the header is malformed or declared twice, or when the body uses another
 * placeholder than the declared one or never uses the declared one in its code.
 */
export function templateOf(where: string, text: string): Template | null {
  const headers = [...text.matchAll(TEMPLATE_LINE)];
  const body = withoutTemplateLine(text);
  if (headers.length === 0) {
    const [first] = placeholdersIn(text);
    if (first !== undefined) throw new Error(`${where}: uses the placeholder $$${first} but is not a template: declare it with "// Template: $$${first} (int low..high)"`);
    return null;
  }
  if (headers.length > 1) throw new Error(`${where}: a template declares one placeholder, in one "// Template:" line`);
  const m = TEMPLATE_HEADER.exec(headers[0]?.[1] ?? '');
  if (!m) throw new Error(`${where}: a template's header must read "// Template: $$name (int low..high)"`);
  const [, placeholder = '', lowText = '', highText = ''] = m;
  const low = Number(lowText);
  const high = Number(highText);
  if (low > high) throw new Error(`${where}: the template's range ${low}..${high} is empty`);
  const other = placeholdersIn(body).find((p) => p !== placeholder);
  if (other !== undefined) throw new Error(`${where}: placeholder $$${other} is used but not declared in the header`);
  const code = body.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  if (!placeholdersIn(code).includes(placeholder)) throw new Error(`${where}: placeholder $$${placeholder} is declared but not used`);
  return { placeholder, low, high };
}

/** The values a template is filled with, in order. */
export const templateValues = (t: Template): number[] => Array.from({ length: t.high - t.low + 1 }, (_, i) => t.low + i);

/** The name of the statement a template makes for `value`. */
export const filledName = (name: string, value: number): string => `${name}-${value}`;

/**
 * The statement the template makes for `value`: its header line replaced by a note of where the
 * statement comes from, and every placeholder by the number. Throws a RangeError unless `value`
 * is a whole number in the declared range.
 */
export function fillTemplate(where: string, text: string, template: Template, value: unknown): string {
  const { placeholder, low, high } = template;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
    throw new RangeError(`${where}: $$${placeholder} must be a whole number from ${low} to ${high}, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return text
    .replace(TEMPLATE_LINE, `// Made from the template ${where} with ${placeholder} = ${value}`)
    .replace(PLACEHOLDER, String(value));
}
