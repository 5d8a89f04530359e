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

// The descriptions say what each status means in the data model (docs/data-model.md), in a phrase.
export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  CONFIRMED: { pattern: 'solid', opacity: 1, label: 'Confirmed', description: 'an official record or a party confirms it, or the article states it as fact' },
  REPORTED: { pattern: 'solid', opacity: 0.8, label: 'Reported', description: 'passed on from another outlet or from sources; the article does not vouch for it' },
  RUMOURED: { pattern: 'dashed', opacity: 0.9, label: 'Rumoured', description: 'hedged or speculative: may, could, in talks' },
  DENIED: { pattern: 'dotted', opacity: 0.8, label: 'Denied', description: 'a party to it denies it' },
  ENDED: { pattern: 'solid', opacity: 0.35, label: 'Ended', description: 'it held, and a source says it stopped' },
};

/** How an as-of view draws the two readings of a date that are neither "holds" nor "does not hold". */
export interface ReadingStyle {
  /** Replaces the status's dash; null keeps it. */
  readonly dash: readonly number[] | null;
  readonly opacity: number;
  /** A hollow arrowhead: the link is drawn as an outline of itself. */
  readonly hollow: boolean;
  readonly label: string;
}

export const READING_STYLES: Readonly<Record<'aged' | 'undated', ReadingStyle>> = {
  // Dash-dot: no status uses it, so an aged report never reads as a rumour or a denial.
  aged: { dash: [12, 4, 2, 4], opacity: 0.55, hollow: false, label: 'reported, not confirmed since' },
  undated: { dash: null, opacity: 0.4, hollow: true, label: 'undated' },
};

/** Dash lengths for the canvas and for SVG samples, so both look the same. */
export const DASH_PATTERNS: Readonly<Record<LinePattern, readonly number[]>> = {
  solid: [],
  dashed: [7, 5],
  dotted: [1.5, 4],
};
