import { analyzeOverHttp } from './client.js';
import type { EvalSet } from './datasets.js';
import { METRIC_NAME, scoreSet } from './metrics.js';
import type { Peer } from './peers.js';
import { REFERENCE } from './reference.js';
import { passes, type SetResult } from './table.js';

/**
 * Evaluate one set: the service over HTTP (timed end to end) and, when given, the peers
 * in-process on the same texts.
 */
export async function evaluateSet(
  set: EvalSet,
  url: string,
  batchSize: number,
  peers: readonly Peer[],
): Promise<SetResult> {
  const texts = set.documents.map((document) => document.text);
  const targets = set.documents.map((document) => document.target);
  const run = await analyzeOverHttp(url, texts, batchSize);
  const result: SetResult = {
    name: set.name,
    kind: set.kind,
    n: texts.length,
    metric: METRIC_NAME[set.kind],
    ours: scoreSet(set.kind, targets, run),
    docsPerSecond: texts.length / run.seconds,
    failed: run.failed,
  };
  if (peers.length > 0) {
    result.peers = Object.fromEntries(
      peers.map((peer) => [
        peer.name,
        scoreSet(set.kind, targets, peer.predict(texts, set.kind)).value,
      ]),
    );
    const reference = REFERENCE[set.name];
    if (reference) result.reference = reference;
    result.pass = passes(result);
  }
  return result;
}
