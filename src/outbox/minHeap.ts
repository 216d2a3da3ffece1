// A binary min-heap by a numeric time, ties in insertion order: receivers waiting out a backoff, items scheduled for later.

export interface MinHeap<T> {
  push(value: T, at: number): void;
  /** The smallest time, or undefined when empty. */
  peekAt(): number | undefined;
  pop(): { value: T; at: number } | undefined;
  readonly size: number;
}

interface Node<T> {
  value: T;
  at: number;
  seq: number;
}

export function createMinHeap<T>(): MinHeap<T> {
  const nodes: Node<T>[] = [];
  let seq = 0;
  const less = (a: Node<T>, b: Node<T>): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const swap = (i: number, j: number): void => {
    const t = nodes[i]!;
    nodes[i] = nodes[j]!;
    nodes[j] = t;
  };

  function up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(nodes[i]!, nodes[parent]!)) return;
      swap(i, parent);
      i = parent;
    }
  }

  function down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < nodes.length && less(nodes[l]!, nodes[min]!)) min = l;
      if (r < nodes.length && less(nodes[r]!, nodes[min]!)) min = r;
      if (min === i) return;
      swap(i, min);
      i = min;
    }
  }

  return {
    push(value, at) {
      nodes.push({ value, at, seq: seq++ });
      up(nodes.length - 1);
    },
    peekAt: () => nodes[0]?.at,
    pop() {
      const top = nodes[0];
      if (!top) return undefined;
      const last = nodes.pop()!;
      if (nodes.length > 0) {
        nodes[0] = last;
        down(0);
      }
      return { value: top.value, at: top.at };
    },
    get size() {
      return nodes.length;
    },
  };
}
