// Typed calls for saved views. Writes send an idempotency key (a save) or the version the page
// read (a rename, a change of visibility, a delete); their errors come back to the panel that
// sent them (`inline`), and only an outage reaches the banner.
import type {
  DeleteViewMutation, DeleteViewMutationVariables, RenameViewMutation, RenameViewMutationVariables, SavedViewFieldsFragment,
  SavedViewsQuery, SavedViewsQueryVariables, SavedViewStateQuery, SavedViewStateQueryVariables, SaveViewMutation, SaveViewMutationVariables,
  ShareViewMutation, ShareViewMutationVariables,
} from '#vocabulary/wire/operations';
import type { ViewScope, ViewVisibility } from '#vocabulary/views';
import { gql } from './graphql';
import { DELETE_VIEW, RENAME_VIEW, SAVE_VIEW, SAVED_VIEW_STATE, SAVED_VIEWS, SHARE_VIEW } from './viewQueries';

export type SavedViewInfo = SavedViewFieldsFragment;
export type SavedViewWithState = NonNullable<SavedViewStateQuery['savedView']>;

const inline = { inline: true } as const;

/** Every view of a list (newest first, as the server sends them), following the pages. */
export async function fetchSavedViews(scope: ViewScope): Promise<SavedViewInfo[]> {
  const out: SavedViewInfo[] = [];
  let after: string | undefined;
  for (;;) {
    const vars: SavedViewsQueryVariables = { scope, ...(after === undefined ? {} : { after }) };
    const page = (await gql<SavedViewsQuery>(SAVED_VIEWS, vars, undefined, inline)).savedViews;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}

/** The view with its state, to open it; `inline`: the caller words a NOT_FOUND itself. */
export async function fetchSavedView(id: string): Promise<SavedViewWithState | null> {
  return (await gql<SavedViewStateQuery>(SAVED_VIEW_STATE, { id } satisfies SavedViewStateQueryVariables, undefined, inline)).savedView;
}

export async function saveView(name: string, state: string, visibility: ViewVisibility, idempotencyKey: string): Promise<SavedViewInfo> {
  const vars: SaveViewMutationVariables = { input: { name, state, visibility }, idempotencyKey };
  return (await gql<SaveViewMutation>(SAVE_VIEW, vars, undefined, inline)).saveView;
}

export async function renameView(id: string, version: number, name: string): Promise<SavedViewInfo> {
  return (await gql<RenameViewMutation>(RENAME_VIEW, { id, version, name } satisfies RenameViewMutationVariables, undefined, inline)).renameView;
}

export async function shareView(id: string, version: number, visibility: ViewVisibility): Promise<SavedViewInfo> {
  return (await gql<ShareViewMutation>(SHARE_VIEW, { id, version, visibility } satisfies ShareViewMutationVariables, undefined, inline)).shareView;
}

export async function deleteView(id: string, version: number): Promise<string> {
  return (await gql<DeleteViewMutation>(DELETE_VIEW, { id, version } satisfies DeleteViewMutationVariables, undefined, inline)).deleteView;
}
