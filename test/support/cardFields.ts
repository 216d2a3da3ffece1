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

/** What Feishu submits for a form nobody touched: each named field's prefilled value, by name (a day as the picker answers it). */
export function prefilledValues(card: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of cardFields(card)) {
    if (f.tag === 'date_picker' && typeof f.initial_date === 'string') out[name] = `${f.initial_date} +0800`;
    if ((f.tag === 'select_static' || f.tag === 'select_person') && typeof f.initial_option === 'string') out[name] = f.initial_option;
    if ((f.tag === 'multi_select_person' || f.tag === 'multi_select_static') && Array.isArray(f.selected_values)) out[name] = f.selected_values;
    if (f.tag === 'input' && typeof f.default_value === 'string') out[name] = f.default_value;
  }
  return out;
}
