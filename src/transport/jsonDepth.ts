// How deeply a parsed JSON value nests, measured without recursion (a hostile body must not blow the stack).

/** Deeper than any Feishu event needs (a post's content is about 6 levels inside the envelope). */
export const MAX_EVENT_DEPTH = 64;

/** True when `value` nests objects/arrays more than `max` levels deep. Iterative: safe on any depth JSON.parse accepted. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
