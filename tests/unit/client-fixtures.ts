// Small hand-made graph data for the client's model tests (no server needed).
import type { EntityData, RelationshipData, Subgraph } from '../../client/src/model/types';

export const entity = (id: string, extra: Partial<EntityData> = {}): EntityData => ({
  id,
  name: id.toUpperCase(),
  aliases: [],
  type: 'Company',
  kind: 'AUTOMAKER',
  country: 'CN',
  description: null,
  degree: 1,
  ...extra,
});

export const link = (id: string, from: string, to: string, extra: Partial<RelationshipData> = {}): RelationshipData => ({
  id,
  type: 'BUILT_BY',
  label: 'is built by',
  from,
  to,
  status: 'CONFIRMED',
  validFrom: null,
  validTo: null,
  validFromBasis: null,
  validToBasis: null,
  datesNote: null,
  role: null,
  note: null,
  lastReportedOn: null,
  ...extra,
});

/** NIO built by JAC 2018 to 2023-12 (an ended link, as the seed had it before issue 9), approved by MIIT from 2023-12. */
export const nioSubgraph: Subgraph = {
  nodes: [entity('nio', { name: 'NIO', aliases: ['蔚来'], kind: 'EV_STARTUP', degree: 5 }), entity('jac', { degree: 3 }), entity('miit', { type: 'Agency', kind: 'AGENCY', degree: 9 })],
  edges: [
    link('nio-built-by-jac', 'nio', 'jac', { status: 'ENDED', validFrom: '2018', validTo: '2023-12' }),
    link('nio-approved-by-miit', 'nio', 'miit', { type: 'APPROVED_BY', label: 'holds production approval from', validFrom: '2023-12' }),
  ],
};
