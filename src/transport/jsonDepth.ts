// How deeply a parsed JSON value nests, measured without recursion (a hostile body must not blow the stack).

/** Deeper than any Feishu event needs (a post's content is about 6 levels inside the envelope). */
export const MAX_EVENT_DEPTH = 64;

/**
 * True when `value` nests objects/arrays more than `max` levels deep. Recursive, but never deeper than `max` + 1 calls,
 * whatever the value (safe on any depth JSON.parse accepted); it allocates nothing, where a walk with its own stack made
 * a pair per object and an Object.values array per object on every delivery.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  return typeof value === 'object' && value !== null && deeper(value, max);
}

/** Whether `value`, an object or array standing `room` levels above the limit, has one more than `room` levels below it. */
function deeper(value: object, room: number): boolean {
  if (room <= 0) return true;
  if (Array.isArray(value)) {
    for (const child of value as unknown[]) if (typeof child === 'object' && child !== null && deeper(child, room - 1)) return true;
    return false;
  }
  // The keys Object.values would give: a parsed JSON object's own (Object.prototype has no enumerable keys to inherit;
  // an Object.hasOwn test per key cost about as much as it saved).
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && deeper(child, room - 1)) return true;
  }
  return false;
}
