import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** Where a formatted error keeps the several it stands for, until the answer is sent. */
const SEVERAL = Symbol('several field errors');

type Standing = GraphQLFormattedError & { [SEVERAL]?: GraphQLFormattedError[] };

/**
 * One formatted error for the several refusals of one input (Apollo formats an error as one): the first of them,
 * carrying all, which fieldErrorsPlugin lays out in their place.
 */
export function standingFor(errors: GraphQLFormattedError[]): GraphQLFormattedError {
  return errors.length === 1 ? errors[0] : { ...errors[0], [SEVERAL]: errors } as Standing;
}

/**
 * Answers one GraphQL error per refusal: an input refused on several fields (DomainErrors) is formatted as one
 * error standing for them all, here replaced by all of them, in the order of the input's fields.
 */
export const fieldErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
        if (!result.errors?.some((error) => (error as Standing)[SEVERAL])) return;
        (result as { errors: readonly GraphQLFormattedError[] }).errors = result.errors.flatMap((error) => (error as Standing)[SEVERAL] ?? [error]);
      },
    };
  },
};
