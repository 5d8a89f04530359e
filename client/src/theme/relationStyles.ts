// How each relation type and status is drawn; the canvas stylesheet and the legend both read
// these tables so that the legend can never disagree with the graph.
import type { RelationType, Status } from '../model/types';

export type ArrowShape = 'triangle' | 'triangle-tee' | 'triangle-backcurve' | 'vee' | 'diamond' | 'circle' | 'square' | 'tee' | 'chevron' | 'none';

export interface RelationStyle {
  readonly colour: string;
  /** Line weight in px at zoom 1; ownership and manufacturing read heavier than talks and roles. */
  readonly width: number;
  readonly arrow: ArrowShape;
  /** A short name for the legend. */
  readonly short: string;
}

export const RELATION_STYLES: Readonly<Record<RelationType, RelationStyle>> = {
  BUILT_BY: { colour: '#d9480f', width: 3.5, arrow: 'triangle', short: 'Built by' },
  USES_QUALIFICATION_OF: { colour: '#c2255c', width: 3.5, arrow: 'triangle-backcurve', short: 'Uses qualification of' },
  OPERATES: { colour: '#a07800', width: 2.5, arrow: 'square', short: 'Operates' },
  ACQUIRED: { colour: '#1864ab', width: 3, arrow: 'triangle-tee', short: 'Acquired' },
  SUBSIDIARY_OF: { colour: '#1c7ed6', width: 3, arrow: 'triangle', short: 'Subsidiary of' },
  JOINTLY_OWNED_BY: { colour: '#4dabf7', width: 2.5, arrow: 'diamond', short: 'Jointly owned by' },
  BRAND_OF: { colour: '#7048e8', width: 2.5, arrow: 'circle', short: 'Brand of' },
  PLANS_TO_ACQUIRE: { colour: '#0b7285', width: 2, arrow: 'vee', short: 'Plans to acquire' },
  PLANS_TO_SELL: { colour: '#5c940d', width: 2, arrow: 'vee', short: 'Plans to sell' },
  IN_TALKS_WITH: { colour: '#868e96', width: 2, arrow: 'none', short: 'In talks with' },
  APPROVED_BY: { colour: '#2b8a3e', width: 2.5, arrow: 'chevron', short: 'Approved by' },
  ISSUED: { colour: '#9c36b5', width: 2, arrow: 'tee', short: 'Issued' },
  HOLDS_ROLE_AT: { colour: '#495057', width: 1.5, arrow: 'triangle', short: 'Holds role at' },
};

export type LinePattern = 'solid' | 'dashed' | 'dotted';

export interface StatusStyle {
  readonly pattern: LinePattern;
  readonly opacity: number;
  readonly label: string;
  readonly description: string;
}

export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  CONFIRMED: { pattern: 'solid', opacity: 1, label: 'Confirmed', description: 'stated by the parties or an authority' },
  REPORTED: { pattern: 'solid', opacity: 0.8, label: 'Reported', description: 'stated by media, not by the parties' },
  RUMOURED: { pattern: 'dashed', opacity: 0.9, label: 'Rumoured', description: 'may, could, in talks' },
  DENIED: { pattern: 'dotted', opacity: 0.8, label: 'Denied', description: 'a party denied it' },
  ENDED: { pattern: 'solid', opacity: 0.35, label: 'Ended', description: 'no longer in force' },
};

/** Dash lengths for the canvas and for SVG samples, so both look the same. */
export const DASH_PATTERNS: Readonly<Record<LinePattern, readonly number[]>> = {
  solid: [],
  dashed: [7, 5],
  dotted: [1.5, 4],
};
