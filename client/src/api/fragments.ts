// The fields the page reads of an entity and of a link, shared by the operations in ./queries.ts and
// the documents built at run time (./byId.ts). Kept apart from queries.ts, whose every export the
// code generator reads as one operation.

export const ENTITY = /* GraphQL */ `
  fragment EntityFields on Entity { id name aliases type kind country description degree }
`;

export const LINK = /* GraphQL */ `
  fragment LinkFields on Relationship {
    id type label status validFrom validTo validFromBasis validToBasis datesNote role note lastReportedOn
    from { id }
    to { id }
  }
`;
