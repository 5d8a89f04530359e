// The operations of article intake (docs/intake.md), written against server/schema/schema.graphql:
// read an article (stores it as a source and returns what intake found in it) and file the picks.
// queries.ts re-exports them, so `npm run codegen` types them with the page's other operations.
import { PROPOSAL, USER } from './editQueries';

const INTAKE_CLAIM = /* GraphQL */ `
  fragment IntakeClaimFields on IntakeClaim {
    key type status stance quote start end sentence
    from { key name entityId }
    to { key name entityId }
    attribution { kind name entityKey }
    validFrom validFromBasis validTo validToBasis datesNote reportedOn note marksEnd
    existing contradicts score why
    cues { start end }
  }
`;

export const INTAKE = /* GraphQL */ `
  mutation Intake($input: IntakeInput!) {
    intake(input: $input) {
      source { id title publisher author publishedOn publishedOnBasis url text }
      sentences
      entities { key name entityId kind aliases mentions score why }
      mentions { entityKey start end text sentence via }
      claims { ...IntakeClaimFields }
      removed { text reason }
    }
  }
  ${INTAKE_CLAIM}
`;

export const PROPOSE_FROM_INTAKE = /* GraphQL */ `
  mutation ProposeFromIntake($source: ID!, $picks: [IntakePick!]!, $idempotencyKey: String) {
    proposeFromIntake(source: $source, picks: $picks, idempotencyKey: $idempotencyKey) { ...ProposalFields }
  }
  ${PROPOSAL}
  ${USER}
`;
