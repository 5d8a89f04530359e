// The operations of saved views (docs/views.md), written against server/schema/views.graphql:
// save, list, open, rename, share and delete. queries.ts re-exports them, so `npm run codegen`
// types them with the reader's operations.

const SAVED_VIEW = /* GraphQL */ `
  fragment SavedViewFields on SavedView {
    id name visibility version createdAt updatedAt canEdit canDelete
    owner { id email }
  }
`;

export const SAVED_VIEWS = /* GraphQL */ `
  query SavedViews($scope: SavedViewScope, $first: Int, $after: String) {
    savedViews(scope: $scope, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...SavedViewFields } }
    }
  }
  ${SAVED_VIEW}
`;

export const SAVED_VIEW_STATE = /* GraphQL */ `
  query SavedViewState($id: ID!) { savedView(id: $id) { ...SavedViewFields state } }
  ${SAVED_VIEW}
`;

export const SAVE_VIEW = /* GraphQL */ `
  mutation SaveView($input: SavedViewInput!, $idempotencyKey: String) {
    saveView(input: $input, idempotencyKey: $idempotencyKey) { ...SavedViewFields }
  }
  ${SAVED_VIEW}
`;

export const RENAME_VIEW = /* GraphQL */ `
  mutation RenameView($id: ID!, $version: Int!, $name: String!) {
    renameView(id: $id, version: $version, name: $name) { ...SavedViewFields }
  }
  ${SAVED_VIEW}
`;

export const SHARE_VIEW = /* GraphQL */ `
  mutation ShareView($id: ID!, $version: Int!, $visibility: SavedViewVisibility!) {
    shareView(id: $id, version: $version, visibility: $visibility) { ...SavedViewFields }
  }
  ${SAVED_VIEW}
`;

export const DELETE_VIEW = /* GraphQL */ `
  mutation DeleteView($id: ID!, $version: Int) { deleteView(id: $id, version: $version) }
`;
