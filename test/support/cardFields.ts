// The named fields of a form card, for tests that fill the 修改 form.

/** Every element of `card` with a name (a form's inputs, selects, pickers), by name; the form and its buttons left out. */
export function cardFields(card: object): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.name === 'string' && typeof o.tag === 'string' && o.tag !== 'form' && o.tag !== 'button') out.set(o.name, o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
