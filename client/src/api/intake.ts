// Typed calls for article intake. Both are writes whose refusals the page shows beside the field they
// name (`inline`): the article's fields for `intake`, a candidate's for `proposeFromIntake`.
import type {
  IntakeInput, IntakeMutation, IntakeMutationVariables, IntakePick, ProposeFromIntakeMutation, ProposeFromIntakeMutationVariables,
} from '#vocabulary/wire/operations';
import { gql } from './graphql';
import { INTAKE, PROPOSE_FROM_INTAKE } from './intakeQueries';

const inline = { inline: true } as const;

export async function readArticle(input: IntakeInput): Promise<IntakeMutation['intake']> {
  return (await gql<IntakeMutation>(INTAKE, { input } satisfies IntakeMutationVariables, undefined, inline)).intake;
}

export async function fileFromIntake(source: string, picks: IntakePick[], idempotencyKey: string): Promise<ProposeFromIntakeMutation['proposeFromIntake']> {
  const vars: ProposeFromIntakeMutationVariables = { source, picks, idempotencyKey };
  return (await gql<ProposeFromIntakeMutation>(PROPOSE_FROM_INTAKE, vars, undefined, inline)).proposeFromIntake;
}
