// Renders Feishu card JSON (2.0, and the 1.0 elements bots still send) to DOM the way the Feishu client shows it.
// An element this renderer does not know becomes a visible placeholder naming its tag: never dropped silently.
import { renderMarkdown } from './renderMarkdown.js';
import { colorOf } from './colorOf.js';

const textOf = (v) => (typeof v === 'string' ? v : v && typeof v.content === 'string' ? v.content : '');

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'style') el.style.cssText = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null) el.append(c);
  return el;
}

/** The callback value of a button / select: 2.0 `behaviors[{type:'callback', value}]`, or 1.0 `value`. */
function callbackValue(el) {
  const b = Array.isArray(el.behaviors) ? el.behaviors.find((x) => x && x.type === 'callback') : undefined;
  if (b && b.value && typeof b.value === 'object') return b.value;
  return el.value && typeof el.value === 'object' ? el.value : undefined;
}

function openUrl(el) {
  const b = Array.isArray(el.behaviors) ? el.behaviors.find((x) => x && x.type === 'open_url') : undefined;
  return b ? b.default_url || b.pc_url : el.url;
}

function markdownEl(content, cls = 'md') {
  const div = h('div', { class: cls });
  div.innerHTML = renderMarkdown(content);
  return div;
}

function unknown(el) {
  return h('div', { class: 'unknown', 'data-testid': 'unknown-element' }, `[暂不支持的卡片元素：${String(el && el.tag)}]`);
}

/**
 * @param {object} card  the card JSON (`interactive` message content)
 * @param {{ act(value, extra?): Promise<void>, members: {openId:string,name:string}[] }} ctx
 * @returns {HTMLElement}
 */
export function renderCard(card, ctx) {
  const root = h('div', { class: 'card', 'data-testid': 'card' });
  const header = card.header;
  if (header && (textOf(header.title) || textOf(header.subtitle))) {
    const tpl = header.template || 'default';
    root.append(
      h(
        'div',
        { class: `card-header tpl-${tpl}` },
        h('div', { class: 'card-title' }, textOf(header.title)),
        textOf(header.subtitle) ? h('div', { class: 'card-subtitle' }, textOf(header.subtitle)) : null,
      ),
    );
  }
  const elements = card.body && Array.isArray(card.body.elements) ? card.body.elements : Array.isArray(card.elements) ? card.elements : [];
  const body = h('div', { class: 'card-body' });
  for (const el of elements) body.append(renderElement(el, ctx, undefined));
  root.append(body);
  return root;
}

function renderElements(list, ctx, form) {
  return (Array.isArray(list) ? list : []).map((el) => renderElement(el, ctx, form));
}

function renderElement(el, ctx, form) {
  if (!el || typeof el !== 'object') return unknown(el);
  switch (el.tag) {
    case 'markdown':
    case 'lark_md':
      return markdownEl(textOf(el), `md align-${el.text_align || 'left'}`);
    case 'plain_text':
      return h('div', { class: 'plain' }, textOf(el));
    case 'div': {
      const parts = [];
      if (el.text) parts.push(el.text.tag === 'lark_md' ? markdownEl(textOf(el.text)) : h('div', { class: 'plain' }, textOf(el.text)));
      if (Array.isArray(el.fields)) {
        parts.push(
          h('div', { class: 'fields' }, el.fields.map((f) => h('div', { class: f.is_short ? 'field short' : 'field' }, renderElement(f.text, ctx, form)))),
        );
      }
      return h('div', { class: 'div' }, parts);
    }
    case 'hr':
      return h('hr', { class: 'card-hr' });
    case 'note':
      return h('div', { class: 'note' }, renderElements(el.elements, ctx, form));
    case 'column_set':
      return h(
        'div',
        { class: 'column-set', style: `gap:${el.horizontal_spacing || '8px'}` },
        (Array.isArray(el.columns) ? el.columns : []).map((col) => {
          const weighted = col.width === 'weighted';
          const style = weighted ? `flex:${Number(col.weight) || 1} 1 0` : col.width && col.width !== 'auto' ? `flex:0 0 ${col.width}` : 'flex:0 0 auto';
          return h('div', { class: `column valign-${col.vertical_align || 'top'}`, style }, renderElements(col.elements, ctx, form));
        }),
      );
    case 'action':
      return h('div', { class: 'action-row' }, renderElements(el.actions, ctx, form));
    case 'collapsible_panel': {
      const title = el.header ? textOf(el.header.title) : '';
      const details = h('details', { class: 'panel' }, h('summary', {}, title ? markdownEl(title, 'md inline') : '展开'), renderElements(el.elements, ctx, form));
      if (el.expanded) details.open = true;
      return details;
    }
    case 'button':
      return button(el, ctx, form);
    case 'table':
      return table(el);
    case 'chart':
      return chart(el);
    case 'img':
    case 'image':
      return h('div', { class: 'img-placeholder' }, `图片 ${el.img_key || ''}`);
    case 'form':
      return formEl(el, ctx);
    case 'input':
      return input(el, ctx, form);
    case 'date_picker':
      return datePicker(el, ctx, form);
    case 'select_static':
    case 'multi_select_static':
    case 'select_person':
    case 'multi_select_person':
      return select(el, ctx, form);
    default:
      return unknown(el);
  }
}

function button(el, ctx, form) {
  const label = textOf(el.text);
  const type = el.type || 'default';
  // Feishu sizes a button to its text unless width is fill (or a length).
  const width = el.width === 'fill' ? 'align-self:stretch' : /^\d+px$/.test(String(el.width || '')) ? `width:${el.width}` : '';
  const b = h('button', { type: 'button', class: `btn btn-${type} btn-${el.size || 'medium'}`, style: width, 'data-testid': 'card-button', disabled: el.disabled === true }, label);
  b.addEventListener('click', async () => {
    const url = openUrl(el);
    if (url) return void window.open(url, '_blank', 'noopener');
    const value = callbackValue(el) || {};
    if (el.form_action_type === 'submit' && form) return form.submit(b, value, el);
    if (el.form_action_type === 'reset' && form) return form.reset();
    b.disabled = true;
    try {
      await ctx.act(value, { tag: 'button', name: el.name });
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

/** Feishu reads a form field's value by its `name`; the card JSON stays the single source of the fields. */
function formEl(el, ctx) {
  const fields = [];
  const node = h('form', { class: 'card-form', 'data-form-name': el.name || '', onsubmit: (e) => e.preventDefault() });
  const form = {
    register: (f) => fields.push(f),
    reset: () => fields.forEach((f) => f.reset()),
    async submit(btn, value, buttonEl) {
      const formValue = {};
      let missing = 0;
      for (const f of fields) {
        const v = f.value();
        f.mark(false);
        if (f.required && (v === undefined || (Array.isArray(v) && v.length === 0))) {
          f.mark(true);
          missing += 1;
          continue;
        }
        if (v !== undefined) formValue[f.name] = v;
      }
      if (missing > 0) return;
      btn.disabled = true;
      try {
        await ctx.act(value, { tag: 'button', name: buttonEl.name, formValue });
      } finally {
        btn.disabled = false;
      }
    },
  };
  node.append(...renderElements(el.elements, ctx, form));
  return node;
}

function field(el, control, labelText) {
  const wrap = h('label', { class: 'field-wrap' });
  if (labelText) wrap.append(h('span', { class: 'field-label' }, labelText, el.required ? h('span', { class: 'req' }, ' *') : null));
  wrap.append(control);
  wrap.append(h('span', { class: 'field-error' }, '请填写此项'));
  return wrap;
}

function register(form, wrap, el, read, reset) {
  if (!form) return;
  form.register({
    name: el.name,
    required: el.required === true,
    value: read,
    reset,
    mark: (bad) => wrap.classList.toggle('invalid', bad),
  });
}

function input(el, ctx, form) {
  const multiline = el.input_type === 'multiline_text';
  const initial = el.default_value ?? '';
  const control = multiline
    ? h('textarea', { name: el.name, rows: el.rows || 3, placeholder: textOf(el.placeholder), 'data-field': el.name })
    : h('input', {
        name: el.name,
        type: el.input_type === 'number' ? 'number' : el.input_type === 'password' ? 'password' : 'text',
        placeholder: textOf(el.placeholder),
        maxlength: el.max_length,
        'data-field': el.name,
      });
  control.value = initial;
  const wrap = field(el, control, textOf(el.label));
  register(form, wrap, el, () => (control.value.trim() === '' ? undefined : control.value), () => (control.value = initial));
  if (!form && callbackValue(el)) {
    control.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !multiline) void ctx.act(callbackValue(el), { tag: 'input', name: el.name, inputValue: control.value });
    });
  }
  return wrap;
}

function datePicker(el, ctx, form) {
  const control = h('input', { type: 'date', name: el.name, 'data-field': el.name });
  const initial = el.initial_date || '';
  control.value = initial;
  const wrap = field(el, control, textOf(el.placeholder));
  // Feishu answers "YYYY-MM-DD +0800": the day in the picker's zone.
  const read = () => (control.value ? `${control.value} +0800` : undefined);
  register(form, wrap, el, read, () => (control.value = initial));
  if (!form && callbackValue(el)) control.addEventListener('change', () => void ctx.act(callbackValue(el), { tag: 'date_picker', name: el.name, option: read() }));
  return wrap;
}

function select(el, ctx, form) {
  const person = el.tag.endsWith('_person');
  const multi = el.tag.startsWith('multi_');
  const options = person
    ? Array.isArray(el.options) && el.options.length > 0
      ? el.options.map((o) => ({ value: o.value, text: ctx.members.find((m) => m.openId === o.value)?.name || o.value }))
      : ctx.members.map((m) => ({ value: m.openId, text: m.name }))
    : (Array.isArray(el.options) ? el.options : []).map((o) => ({ value: o.value, text: textOf(o.text) }));
  const selected = new Set(multi ? (el.selected_values || el.initial_options || []) : [el.initial_option].filter(Boolean));
  const control = h('select', { name: el.name, multiple: multi, 'data-field': el.name, class: person ? 'person-select' : '' });
  if (!multi) control.append(h('option', { value: '' }, textOf(el.placeholder) || '请选择'));
  for (const o of options) {
    const opt = h('option', { value: o.value }, o.text);
    if (selected.has(o.value)) opt.selected = true;
    control.append(opt);
  }
  const wrap = field(el, control, textOf(el.placeholder));
  const read = () => {
    const values = [...control.selectedOptions].map((o) => o.value).filter((v) => v !== '');
    if (multi) return values;
    return values[0];
  };
  register(form, wrap, el, read, () => {
    for (const o of control.options) o.selected = selected.has(o.value);
  });
  if (!form && callbackValue(el)) control.addEventListener('change', () => void ctx.act(callbackValue(el), { tag: el.tag, name: el.name, option: read() }));
  return wrap;
}

function cell(column, value) {
  const td = h('td', { class: `t-${column.data_type || 'text'}` });
  if (value === undefined || value === null) return td;
  switch (column.data_type) {
    case 'options':
      for (const o of Array.isArray(value) ? value : [value]) {
        const c = colorOf(o && o.color);
        td.append(h('span', { class: 'opt-tag', style: `color:${c.fg};background:${c.bg}` }, String(o && o.text !== undefined ? o.text : o)));
      }
      return td;
    case 'persons':
      td.append(String(Array.isArray(value) ? value.map((p) => (p && p.name) || p).join('、') : value));
      return td;
    case 'lark_md':
    case 'markdown':
      td.append(markdownEl(String(value), 'md inline'));
      return td;
    case 'number': {
      const n = Number(value);
      const f = column.format || {};
      td.append(Number.isFinite(n) && f.precision !== undefined ? n.toFixed(f.precision) : String(value));
      return td;
    }
    default:
      td.append(String(value));
      return td;
  }
}

/** Feishu pages a table at `page_size` rows (≤ 10) with a pager under it. */
function table(el) {
  const columns = Array.isArray(el.columns) ? el.columns : [];
  const rows = Array.isArray(el.rows) ? el.rows : [];
  const size = Math.max(1, Math.min(10, Number(el.page_size) || 5));
  const pages = Math.max(1, Math.ceil(rows.length / size));
  let page = 0;
  const wrap = h('div', { class: 'table-wrap', 'data-testid': 'card-table' });
  const scroller = h('div', { class: 'table-scroll' });
  const pager = h('div', { class: 'pager' });
  const draw = () => {
    const t = h(
      'table',
      { class: `card-table${el.freeze_first_column ? ' freeze' : ''}` },
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { style: c.width && c.width !== 'auto' ? `min-width:${c.width}` : '' }, c.display_name || c.name)))),
      h('tbody', {}, rows.slice(page * size, page * size + size).map((r) => h('tr', {}, columns.map((c) => cell(c, r[c.name]))))),
    );
    scroller.replaceChildren(t);
    pager.replaceChildren();
    if (pages > 1) {
      pager.append(
        h('button', { type: 'button', class: 'pg', disabled: page === 0, 'data-testid': 'table-prev', onclick: () => ((page -= 1), draw()) }, '‹'),
        h('span', { class: 'pg-info' }, `${page + 1} / ${pages}`),
        h('button', { type: 'button', class: 'pg', disabled: page >= pages - 1, 'data-testid': 'table-next', onclick: () => ((page += 1), draw()) }, '›'),
      );
    }
  };
  draw();
  wrap.append(scroller, pager);
  return wrap;
}

/** Drawn by VChart (the library Feishu itself uses) once the card is in the document; see mountCharts. */
function chart(el) {
  const height = /^\d+px$/.test(String(el.height || '')) ? el.height : '260px';
  const div = h('div', { class: 'chart', 'data-testid': 'chart', style: `height:${height}` });
  div._spec = el.chart_spec || {};
  return div;
}

/** Draws every chart placeholder under `root` that is not drawn yet; a bad spec shows its error instead of a blank. */
export function mountCharts(root) {
  const VChart = window.VChart && (window.VChart.default || window.VChart.VChart);
  for (const div of root.querySelectorAll('.chart:not([data-mounted])')) {
    div.setAttribute('data-mounted', '1');
    if (!VChart) {
      div.textContent = '[图表：VChart 未加载]';
      continue;
    }
    try {
      const instance = new VChart(structuredClone(div._spec), { dom: div, animation: false });
      instance.renderSync();
      div._chart = instance;
    } catch (err) {
      div.textContent = `[图表无法绘制：${err && err.message}]`;
    }
  }
}

/** Frees the charts under `root` before it leaves the document. */
export function releaseCharts(root) {
  for (const div of root.querySelectorAll('.chart[data-mounted]')) div._chart?.release();
}
