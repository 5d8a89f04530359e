// The page benchmark's table: one row per canvas size, against issue 12's page targets.
import type { LayoutProbe, PanProbe } from './probe';

export interface PageResult {
  size: number;
  entities: number;
  links: number;
  layout: LayoutProbe;
  /** Panning by cy.panBy every frame (Cytoscape redraws everything each frame). */
  pan: PanProbe | null;
  /** Panning by dragging the background with the mouse, the reader's gesture. */
  drag: PanProbe | null;
  /** 1-minute load average before and after the size was measured. */
  loadAverage: number[];
  errors: string[];
}

/** Issue 12: with 5,000 elements the layout ends within 3 s and panning keeps 30 fps. */
export const PAGE_TARGETS = { layoutMs: 3000, fps: 30 } as const;

const ms = (v: number | null): string => (v === null ? 'timed out' : Math.round(v).toLocaleString('en-GB'));

export function formatPageTable(results: readonly PageResult[]): string {
  const head = ['elements', 'entities / links', 'renderer', 'layout (ticks)', 'layout ms', 'commit ms', 'long tasks (n / total / max ms)', 'longest frame gap ms', 'pan fps (panBy)', 'pan fps (drag)', 'load avg'];
  const rows = results.map((r) => {
    const l = r.layout;
    const lt = `${l.longTasks.count} / ${ms(l.longTasks.totalMs)} / ${ms(l.longTasks.maxMs)}`;
    const slow = l.layoutMs === null || l.layoutMs > PAGE_TARGETS.layoutMs ? ' *' : '';
    const choppy = (p: PanProbe | null): string => (p === null || p.fps < PAGE_TARGETS.fps ? ' *' : '');
    return [
      r.size.toLocaleString('en-GB'), `${r.entities} / ${r.links}`, `${l.renderer}${l.large ? ' (large)' : ''}`,
      l.forceRun ? `worker (${l.forceRun.ticks}/${l.forceRun.askedTicks})` : 'fcose', `${ms(l.layoutMs)}${slow}`, ms(l.commitMs), lt,
      ms(l.maxFrameGapMs), `${r.pan ? r.pan.fps.toFixed(1) : '-'}${choppy(r.pan)}`, `${r.drag ? r.drag.fps.toFixed(1) : '-'}${choppy(r.drag)}`, (r.loadAverage[0] ?? 0).toFixed(1),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [line(head), ...rows.map(line), `* over the target (layout ≤ ${PAGE_TARGETS.layoutMs} ms, panning ≥ ${PAGE_TARGETS.fps} fps)`].join('\n');
}
