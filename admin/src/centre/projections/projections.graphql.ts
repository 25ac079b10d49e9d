import { graphql, type ResultOf } from '../../graphql';

export const PROJECTION_STATUS = graphql(`
  query ProjectionStatus {
    projectionStatus {
      name state position lagEvents lagSeconds lastError failedEventId updatedAt
      heldBy { pid applicationName startedAt eventsWaiting }
    }
  }
`);

export const RESTART_PROJECTION = graphql(`
  mutation RestartProjection($input: RestartProjectionInput!) { restartProjection(input: $input) }
`);

export type ProjectionStatus = NonNullable<ResultOf<typeof PROJECTION_STATUS>['projectionStatus']>[number];
export type ProjectionState = ProjectionStatus['state'];
