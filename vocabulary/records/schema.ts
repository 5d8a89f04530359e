// The seed and import formats as JSON Schema (draft-07, which every editor understands), built
// from the vocabulary so that a new kind, type, status or stance reaches the schemas by itself.
// scripts/write-schemas.ts publishes them as docs/schema/*.schema.json (a test checks the files
// are up to date); the seed loader and the import validate with these objects through ajv.
import { ATTRIBUTION_KINDS, DATE_BASES, ENTITY_KINDS, RELATION_TYPES, STANCES, STATUSES } from '../index';
import type { SeedAttribution, SeedContext, SeedEntity, SeedEvidence, SeedRelationship, SeedSource } from './seed';
import { ALIAS_SEPARATOR, CSV_BOOLEANS, CSV_FORMATS, QUOTE_KIND_FIELD, QUOTE_KINDS } from './import';
import type { CsvFormat, ImportFile, ImportSource } from './import';

export type JsonSchema = { [key: string]: unknown };

/** Names the schemas; not an address to fetch (editors read the files in docs/schema/). */
export const SCHEMA_BASE = 'https://linkage.invalid/schema/';

export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** The shared definitions, in the order the schema files list them. */
export type DefinitionName =
  | 'Slug' | 'Text' | 'PartialDate' | 'Country' | 'Url' | 'FileName' | 'EntityKind' | 'RelationType' | 'Status' | 'Stance'
  | 'AttributionKind' | 'DateBasis' | 'Aliases' | 'Entity' | 'Attribution' | 'Evidence' | 'Context'
  | 'EndedHasValidTo' | 'RoleHasRole' | 'Relationship' | 'Source' | 'ImportSource';

const ref = (name: DefinitionName): JsonSchema => ({ $ref: `#/definitions/${name}` });
const field = (name: DefinitionName, description: string): JsonSchema => ({ description, ...ref(name) });
const optional = (name: DefinitionName, description: string): JsonSchema => ({ description, anyOf: [ref(name), { type: 'null' }] });

/** The fields an article has in the seed file and in an import file alike (the seed adds `file`, the import `text`). */
const ARTICLE_FIELDS = {
  id: field('Slug', 'The source\'s id, e.g. yicai-2018-oem-boost.'),
  title: field('Text', 'The article\'s title.'),
  publisher: field('Text', 'Who published it.'),
  author: optional('Text', 'Who wrote it.'),
  publishedOn: field('PartialDate', 'When it was published.'),
  publishedOnBasis: field('DateBasis', 'How publishedOn is known.'),
  publishedOnNote: optional('Text', 'How the date was worked out; required unless publishedOnBasis is STATED.'),
  url: optional('Url', 'Where it was published.'),
} as const;

const DEFINITIONS: Record<DefinitionName, JsonSchema> = {
  Slug: { type: 'string', pattern: SLUG_PATTERN, description: 'Lower-case letters and digits joined by single hyphens, e.g. nio-built-by-jac.' },
  Text: { type: 'string', pattern: '\\S', description: 'Not empty and not only white space.' },
  PartialDate: {
    type: 'string',
    description: 'As precise as the article is: YYYY, YYYY-MM or YYYY-MM-DD (a real day). A span from "2018" to "2023-12" runs from 2018-01-01 to 2023-12-31.',
    anyOf: [{ pattern: '^\\d{4}$' }, { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }, { format: 'date' }],
  },
  Country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'Two upper-case letters (ISO 3166-1 alpha-2), e.g. CN.' },
  Url: { type: 'string', pattern: '^https?://\\S+$', description: 'An http(s) address.' },
  FileName: { type: 'string', pattern: '^(?!\\.\\.?$)(?=.*\\S)[^/\\\\]+$', description: 'A file name directly inside the seed\'s sources/ folder, without folders.' },
  EntityKind: {
    type: 'string', enum: Object.keys(ENTITY_KINDS),
    enumDescriptions: Object.values(ENTITY_KINDS).map((type) => `stored with the label ${type}`),
    description: 'The fine-grained kind; each belongs to one entity type (its Neo4j label).',
  },
  RelationType: {
    type: 'string', enum: Object.keys(RELATION_TYPES),
    enumDescriptions: Object.values(RELATION_TYPES).map((t) => `from ${t.label} to (to ${t.inverse} from)`),
    description: 'Read as from -[TYPE]-> to.',
  },
  Status: { type: 'string', enum: [...STATUSES], description: 'How settled the link is (docs/data-model.md).' },
  Stance: {
    type: 'string', enum: [...STANCES],
    enumDescriptions: ['the quote supports the link', 'it contradicts the link (a denial, a "not heard of it")', 'it hedges or withholds confirmation: neither support nor contradiction'],
    description: 'What the quote does for the link; default SUPPORTS.',
  },
  AttributionKind: {
    type: 'string', enum: [...ATTRIBUTION_KINDS],
    enumDescriptions: [
      'the article\'s own voice', 'another publication it cites ("Bloomberg reported")', 'a party to the link, or one named in it, speaking ("the ministry said in a statement")',
      'a register or database the article cites', 'an unnamed source ("a BAIC Group source")',
    ],
    description: 'Who asserts the quote, as the article tells it (docs/data-model.md).',
  },
  DateBasis: {
    type: 'string', enum: [...DATE_BASES],
    enumDescriptions: ['the text gives the date', 'worked out (say how in the note)', 'the text gives only a lower bound', 'the text gives only an upper bound'],
    description: 'How a date is known; every basis but STATED needs a note.',
  },
  Aliases: { type: 'array', items: ref('Text'), description: 'Other names, Chinese ones included, by which search finds the entity.' },
  Entity: {
    type: 'object',
    description: 'A company, plant, agency, person, policy or organisation.',
    required: ['id', 'name', 'kind'] satisfies (keyof SeedEntity)[],
    additionalProperties: false,
    properties: {
      id: field('Slug', 'The entity\'s id, e.g. nio.'),
      name: field('Text', 'Display name.'),
      kind: field('EntityKind', 'What the entity is.'),
      country: optional('Country', 'Where it is based.'),
      aliases: { description: 'Other names, Chinese ones included.', anyOf: [ref('Aliases'), { type: 'null' }] },
      description: optional('Text', 'One line about it.'),
    } satisfies Record<keyof SeedEntity, JsonSchema>,
  },
  Attribution: {
    type: 'object',
    description: 'Who asserts the quote, as the article tells it.',
    required: ['kind'] satisfies (keyof SeedAttribution)[],
    additionalProperties: false,
    properties: {
      kind: field('AttributionKind', 'ARTICLE, OUTLET, PARTY, OFFICIAL_RECORD or ANONYMOUS.'),
      name: optional('Text', 'The wording that identifies the speaker, e.g. "Bloomberg", "a BAIC Group source".'),
      entity: optional('Text', 'The id of the speaker\'s entity, when it is in the graph.'),
    } satisfies Record<keyof SeedAttribution, JsonSchema>,
  },
  Evidence: {
    type: 'object',
    description: 'A quote from a source that supports, contradicts or qualifies the relationship.',
    required: ['source', 'quote', 'attribution'] satisfies (keyof SeedEvidence)[],
    additionalProperties: false,
    properties: {
      source: field('Text', 'The id of the source the quote is from.'),
      quote: field('Text', 'Copied verbatim from the article; only runs of white space may differ. A SUPPORTS quote names an end of the link.'),
      reportedOn: optional('PartialDate', 'When this was reported; default: the source\'s publishedOn.'),
      stance: optional('Stance', 'Default SUPPORTS.'),
      attribution: field('Attribution', 'Who asserts it.'),
      marksEnd: { description: 'true on a quote that states the link stopped; an ENDED link needs one.', anyOf: [{ type: 'boolean' }, { type: 'null' }] },
    } satisfies Record<keyof SeedEvidence, JsonSchema>,
  },
  Context: {
    type: 'object',
    description: 'A background sentence kept on a link (a general rule, a weighing of options): not evidence, shown apart from it.',
    required: ['source', 'quote'] satisfies (keyof SeedContext)[],
    additionalProperties: false,
    properties: {
      source: field('Text', 'The id of the source the sentence is from.'),
      quote: field('Text', 'Copied verbatim from the article; only runs of white space may differ.'),
      reportedOn: optional('PartialDate', 'When this was reported; default: the source\'s publishedOn.'),
    } satisfies Record<keyof SeedContext, JsonSchema>,
  },
  EndedHasValidTo: {
    type: 'object',
    description: 'An ENDED relationship says when it ended.',
    if: { type: 'object', required: ['status'], properties: { status: { const: 'ENDED' } } },
    then: { type: 'object', required: ['validTo'], properties: { validTo: { type: 'string' } } },
  },
  RoleHasRole: {
    type: 'object',
    description: 'HOLDS_ROLE_AT names the role.',
    if: { type: 'object', required: ['type'], properties: { type: { const: 'HOLDS_ROLE_AT' } } },
    then: { type: 'object', required: ['role'], properties: { role: { type: 'string' } } },
  },
  Relationship: {
    type: 'object',
    description: 'A directed link, from -[type]-> to, with the quotes it rests on.',
    required: ['id', 'type', 'from', 'to', 'status', 'evidence'] satisfies (keyof SeedRelationship)[],
    additionalProperties: false,
    properties: {
      id: field('Slug', 'The relationship\'s id, e.g. nio-built-by-jac.'),
      type: field('RelationType', 'What the link says.'),
      from: field('Text', 'The id of the entity the link starts at.'),
      to: field('Text', 'The id of the entity the link ends at; not the same as from.'),
      status: field('Status', 'How settled the link is.'),
      validFrom: optional('PartialDate', 'When it began; not after validTo.'),
      validFromBasis: optional('DateBasis', 'How validFrom is known; given exactly when validFrom is.'),
      validTo: optional('PartialDate', 'When it ended; required when status is ENDED.'),
      validToBasis: optional('DateBasis', 'How validTo is known; given exactly when validTo is.'),
      datesNote: optional('Text', 'How the dates were worked out; required when a basis is INFERRED, NOT_BEFORE or NOT_AFTER.'),
      role: optional('Text', 'The role, e.g. CEO; required for HOLDS_ROLE_AT.'),
      note: optional('Text', 'Anything a reader should know.'),
      evidence: { type: 'array', minItems: 1, items: ref('Evidence'), description: 'At least one quote; evidence is numbered by position, so append.' },
      context: { description: 'Background sentences, not evidence; numbered by position like evidence.', anyOf: [{ type: 'array', items: ref('Context') }, { type: 'null' }] },
    } satisfies Record<keyof SeedRelationship, JsonSchema>,
    allOf: [ref('EndedHasValidTo'), ref('RoleHasRole')],
  },
  Source: {
    type: 'object',
    description: 'An article; its full text is in sources/<file>.',
    required: ['id', 'file', 'title', 'publisher', 'publishedOn', 'publishedOnBasis'] satisfies (keyof SeedSource)[],
    additionalProperties: false,
    properties: {
      ...ARTICLE_FIELDS,
      file: field('FileName', 'The article\'s text file inside sources/, e.g. 000-yicai-oem-boost.txt.'),
    } satisfies Record<keyof SeedSource, JsonSchema>,
  },
  ImportSource: {
    type: 'object',
    description: 'An article, carrying its full text (an import has no sources/ folder).',
    required: ['id', 'title', 'publisher', 'publishedOn', 'publishedOnBasis', 'text'] satisfies (keyof ImportSource)[],
    additionalProperties: false,
    properties: {
      ...ARTICLE_FIELDS,
      text: field('Text', 'The article\'s full text, which quotes are checked against.'),
    } satisfies Record<keyof ImportSource, JsonSchema>,
  },
};

/** The definitions `schema` refers to, directly or through other definitions. */
function definitionsFor(schema: unknown, out: Record<string, JsonSchema> = {}): Record<string, JsonSchema> {
  if (Array.isArray(schema)) schema.forEach((s) => definitionsFor(s, out));
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      const name = key === '$ref' && typeof value === 'string' ? value.replace('#/definitions/', '') as DefinitionName : null;
      if (name && !(name in out)) {
        out[name] = DEFINITIONS[name];
        definitionsFor(DEFINITIONS[name], out);
      } else definitionsFor(value, out);
    }
  }
  return out;
}

function document(name: string, title: string, description: string, { description: _ignored, ...body }: JsonSchema): JsonSchema {
  const definitions = definitionsFor(body);
  const sorted = Object.fromEntries(Object.keys(DEFINITIONS).filter((d) => d in definitions).map((d) => [d, definitions[d]]));
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: `${SCHEMA_BASE}${name}.schema.json`, title, description, ...body, definitions: sorted };
}

const list = (name: DefinitionName, description: string): JsonSchema => ({ type: 'array', description, items: ref(name) });

const SEED_NOTE = 'The seed file is a JSON array of records; see seed/README.md and docs/data-model.md.';

/** A CSV row after parsing: its non-empty cells by column, each as the field it fills requires. */
function csvRow(format: CsvFormat, record: DefinitionName, rowRequired: readonly string[], description: string): JsonSchema {
  const fields = DEFINITIONS[record].properties as Record<string, JsonSchema>;
  const evidence = DEFINITIONS.Evidence.properties as Record<string, JsonSchema>;
  const attribution = DEFINITIONS.Attribution.properties as Record<string, JsonSchema>;
  const properties = Object.fromEntries(Object.entries(format.columns).map(([column, path]): [string, JsonSchema] => {
    if (path === null) return [column, { type: 'string', description: 'For people reading the file; ignored.' }];
    if (path === 'aliases') return [column, { type: 'string', description: `Other names, separated by "${ALIAS_SEPARATOR}".` }];
    if (path === QUOTE_KIND_FIELD) {
      return [column, { type: 'string', enum: [...QUOTE_KINDS], description: 'EVIDENCE (the default) for one of the link\'s quotes, CONTEXT for a background sentence, which fills only source_id, quote and reported_on.' }];
    }
    if (path === 'evidence.marksEnd') return [column, { type: 'string', enum: Object.keys(CSV_BOOLEANS), description: 'true on a quote that states the link stopped.' }];
    const schema = path.startsWith('evidence.attribution.') ? attribution[path.slice('evidence.attribution.'.length)]
      : path.startsWith('evidence.') ? evidence[path.slice('evidence.'.length)] : fields[path];
    return [column, { ...(schema ?? {}) }];
  }));
  return { type: 'object', description, required: [...rowRequired], additionalProperties: false, properties };
}

const csvFormat = (kind: CsvFormat['kind']): CsvFormat => {
  const format = CSV_FORMATS.find((f) => f.kind === kind);
  if (!format) throw new Error(`no CSV format for ${kind}`);
  return format;
};

/** Every published schema by its file name in docs/schema/. */
export function recordSchemas(): Record<string, JsonSchema> {
  const rels = csvFormat('relationships');
  return {
    'seed-sources.schema.json': document('seed-sources', 'Linkage seed: sources.json', `The articles the seed's quotes come from. ${SEED_NOTE}`, list('Source', 'Sources, one per article.')),
    'seed-entities.schema.json': document('seed-entities', 'Linkage seed: entities.json', `The companies, plants, agencies, people, policies and organisations. ${SEED_NOTE}`, list('Entity', 'Entities.')),
    'seed-relationships.schema.json': document('seed-relationships', 'Linkage seed: relationships.json', `The directed links between entities, each with its quotes. ${SEED_NOTE}`, list('Relationship', 'Relationships.')),
    'import.schema.json': document('import', 'Linkage import file (JSON)', 'What npm run import reads from a .json file and /export/graph.json writes (docs/import.md).', {
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: { type: 'string', description: 'This schema, for editors: e.g. docs/schema/import.schema.json.' },
        sources: list('ImportSource', 'Sources, each with its article\'s text.'),
        entities: list('Entity', 'Entities.'),
        relationships: list('Relationship', 'Relationships with their quotes.'),
      } satisfies Record<keyof ImportFile, JsonSchema>,
    }),
    'import-csv-entities.schema.json': document('import-csv-entities', 'Linkage import: an entities CSV row', 'One row of an entities CSV file after parsing: its non-empty cells by column (docs/import.md).',
      csvRow(csvFormat('entities'), 'Entity', csvFormat('entities').required, 'An entity.')),
    'import-csv-sources.schema.json': document('import-csv-sources', 'Linkage import: a sources CSV row', 'One row of a sources CSV file after parsing: its non-empty cells by column (docs/import.md).',
      csvRow(csvFormat('sources'), 'ImportSource', csvFormat('sources').required, 'A source with its article\'s text.')),
    'import-csv-relationships.schema.json': document('import-csv-relationships', 'Linkage import: a relationships CSV row', 'One row of a relationships CSV file after parsing: its non-empty cells by column. Rows with the same relationship_id are one relationship, one quote per row; its other columns may be left empty on later rows (docs/import.md).',
      csvRow(rels, 'Relationship', ['relationship_id', 'source_id', 'quote'], 'One quote of a relationship.')),
  };
}

/** The definitions by name, for validators that check one record at a time. */
export const recordDefinitions = (): Readonly<Record<DefinitionName, JsonSchema>> => DEFINITIONS;

/** A schema file's exact text, as published. */
export const schemaFileText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;
