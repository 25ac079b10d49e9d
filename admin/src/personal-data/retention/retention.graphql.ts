import { graphql, type ResultOf } from '../../graphql';

export const RETENTION_SETTINGS = graphql(`
  query RetentionSettings {
    retentionSettings { dailyRunTime batchSize rules { rule years dueNow heldNow expiringIn30Days } }
  }
`);

export const RETENTION_RUNS = graphql(`
  query RetentionRuns {
    retentionRuns(first: 20) {
      totalCount
      edges { node { runId startedBy startedAt durationMs state errorCode counts { rule erased held unsealed } } }
    }
  }
`);

export const RUN_RETENTION_NOW = graphql(`
  mutation RunRetentionNow {
    runRetentionNow { runId state counts { rule erased held unsealed } }
  }
`);

export type RetentionRun = NonNullable<ResultOf<typeof RETENTION_RUNS>['retentionRuns']>['edges'][number]['node'];
export type RetentionRuleInForce = NonNullable<ResultOf<typeof RETENTION_SETTINGS>['retentionSettings']>['rules'][number];
