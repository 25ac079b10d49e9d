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

export const PROJECTION_REBUILDS = graphql(`
  query ProjectionRebuilds {
    projectionRebuilds(first: 10) {
      totalCount
      edges {
        node {
          id mode state stage acceptDifferences requestedBy startedAt finishedAt error
          parts {
            projection eventsProcessed eventsTotal differences positionsDiffer swapped
            shownDifferences { table kind columns key { column value } }
          }
        }
      }
    }
  }
`);

export const REBUILD_PROJECTION = graphql(`
  mutation RebuildProjection($input: RebuildProjectionInput!) { rebuildProjection(input: $input) { id state } }
`);

export const UNDO_PROJECTION_REBUILD = graphql(`
  mutation UndoProjectionRebuild($input: UndoProjectionRebuildInput!) { undoProjectionRebuild(input: $input) { projection position } }
`);

export type ProjectionRebuild = NonNullable<ResultOf<typeof PROJECTION_REBUILDS>['projectionRebuilds']>['edges'][number]['node'];
export type ProjectionRebuildPart = ProjectionRebuild['parts'][number];
