// Operations of the multiple selection and of the exports that need the API first: revealing the
// links among the selected entities, and fetching the quotes an export carries. Each fetches, then
// commits one action of the table (or downloads), and failures go to the banner like the explorer's.
import { fetchWithLinksAmong } from '../api/byId';
import { fetchLinkQuotes } from '../api/linkQuotes';
import { creditSources, exportGraphML, exportLinksCsv } from '../export/exports';
import type { QuotesOf } from '../export/exports';
import { furnitureOf } from '../export/furniture';
import type { Furniture } from '../export/furniture';
import { linksToReveal, selectedEntities } from '../model/selectMany';
import { exportableGraph } from '../model/visible';
import type { ModelAction } from './action';
import { commit } from './action';
import type { ActionContext } from './action';
import { attempt, notify } from './status';

/** What revealing commits: the entities it was for and what the API had among them. */
export interface Revealed {
  readonly ids: readonly string[];
  readonly sub: Parameters<typeof linksToReveal>[2];
}

/**
 * Fetches every link among the selected entities, in neighbourhood batches the server accepts
 * (api/byId.ts: ten entities a request, split further when the server says a batch costs too much),
 * and draws those among them in one undo step.
 */
export function revealAmongSelected(ctx: ActionContext, action: ModelAction<Revealed, void>): Promise<void> {
  const ids = selectedEntities(ctx.store.getState());
  if (ids.length < 2) return Promise.resolve();
  return attempt(ctx.status, async () => {
    const sub = await fetchWithLinksAmong(ids);
    const count = linksToReveal(ctx.store.getState(), ids, sub);
    if (count === 0) {
      notify(ctx.status, `No more links among the ${ids.length} selected entities`);
      return;
    }
    commit(ctx.store, action, { ids, sub });
    notify(ctx.status, `${count} link${count === 1 ? '' : 's'} revealed among the ${ids.length} selected entities`);
  });
}

/** The quotes of every link an export of the current view covers. */
export const quotesForExport = (ctx: ActionContext): Promise<QuotesOf> =>
  fetchLinkQuotes(exportableGraph(ctx.store.getState()).edges.map((e) => e.id));

/** The title, legend, date and credit of an image of the current view. */
async function furniture(ctx: ActionContext): Promise<Furniture> {
  return furnitureOf(ctx.store.getState(), creditSources(await quotesForExport(ctx)));
}

export const exportImage = (ctx: ActionContext, kind: 'png' | 'svg'): Promise<void> =>
  attempt(ctx.status, async () => {
    const f = await furniture(ctx);
    if (kind === 'png') await ctx.canvas.exportPng(f);
    else ctx.canvas.exportSvg(f);
  });

export const exportGraphMLWithQuotes = (ctx: ActionContext): Promise<void> =>
  attempt(ctx.status, async () => exportGraphML(ctx.store.getState(), await quotesForExport(ctx)));

export const exportLinksCsvWithQuotes = (ctx: ActionContext): Promise<void> =>
  attempt(ctx.status, async () => exportLinksCsv(ctx.store.getState(), await quotesForExport(ctx)));
