/** The variables `log copy` and `log verify-copy` read to reach the store they copy to. */
export interface CopyTargetEnvironment {
  /** The KurrentDB connection string, e.g. `kurrentdb://localhost:2113?tls=false`. */
  KURRENTDB_URL?: string;
}

export function copyTargetEnvironment(env: NodeJS.ProcessEnv = process.env): CopyTargetEnvironment {
  return { KURRENTDB_URL: env.KURRENTDB_URL };
}
