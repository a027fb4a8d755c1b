/** Told about every analysis (by the GraphQL resolvers and the prototype route), for metrics. */
export interface AnalysisObserver {
  /** `analyzed` documents were analyzed by `operation`; `errorCodes` lists the failed ones. */
  onAnalyzed(operation: string, analyzed: number, errorCodes: readonly string[]): void;
}
