// Bytes a piece of code allocates, by V8's sampling heap profiler over the inspector session of this same thread.
import { Session } from 'node:inspector';

type Node = { selfSize: number; children: Node[] };

/**
 * A sampler on this thread: `allocatedBytes(work)` runs `work` under V8's sampling heap profiler (4 KiB interval, garbage
 * collected during the run included) and returns the sampled bytes' sum — what it allocated, which the machine's load
 * does not move as it moves CPU time. Synchronous: the inspector answers a post made on its own thread before `post`
 * returns. Throws the inspector's error when sampling cannot start.
 */
export function heapSampler(): { allocatedBytes: (work: () => void) => number } {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): unknown => {
    let got: unknown;
    let failed: Error | null = null;
    session.post(method, params ?? {}, (e, r) => ((failed = e), (got = r)));
    if (failed) throw failed;
    return got;
  };
  const total = (n: Node): number => n.children.reduce((sum, c) => sum + total(c), n.selfSize);
  return {
    allocatedBytes(work) {
      post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      work();
      const { profile } = post('HeapProfiler.stopSampling') as { profile: { head: Node } };
      return total(profile.head);
    },
  };
}
