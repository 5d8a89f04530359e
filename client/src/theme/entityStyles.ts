// Shapes per entity kind (so kinds tell apart without colour) and colours per entity type.
import type { EntityKind, EntityType } from '../model/types';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'round-triangle'
  | 'hexagon'
  | 'star'
  | 'round-tag'
  | 'round-diamond'
  | 'barrel'
  | 'pentagon'
  | 'tag'
  | 'heptagon'
  | 'rhomboid'
  | 'concave-hexagon';

export const KIND_STYLES: Readonly<Record<EntityKind, { shape: NodeShape; label: string }>> = {
  AUTOMAKER: { shape: 'round-rectangle', label: 'Automaker' },
  EV_STARTUP: { shape: 'hexagon', label: 'EV start-up' },
  STATE_OWNED_GROUP: { shape: 'star', label: 'State-owned group' },
  SUBSIDIARY: { shape: 'round-triangle', label: 'Subsidiary' },
  BRAND: { shape: 'round-tag', label: 'Brand' },
  TECH_COMPANY: { shape: 'round-diamond', label: 'Tech company' },
  PLANT: { shape: 'barrel', label: 'Plant' },
  AGENCY: { shape: 'pentagon', label: 'Agency' },
  PERSON: { shape: 'ellipse', label: 'Person' },
  POLICY: { shape: 'tag', label: 'Policy' },
  INDUSTRY_ASSOCIATION: { shape: 'heptagon', label: 'Industry association' },
  RESEARCH_INSTITUTE: { shape: 'rhomboid', label: 'Research institute' },
  UNIVERSITY: { shape: 'concave-hexagon', label: 'University' },
};

export const TYPE_COLOURS: Readonly<Record<EntityType, string>> = {
  Company: '#3b5bdb',
  Plant: '#d97706',
  Agency: '#c92a2a',
  Person: '#2f9e44',
  Policy: '#862e9c',
  Organisation: '#0c8599',
};
