// Renders a card's JSON (1.0 or 2.0) as plain text lines so a terminal demo can show what a member would see.
import { isRecord } from './emulatorEnv.js';

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.content === 'string') return value.content;
  return '';
}

function tableLines(el: Record<string, unknown>): string[] {
  const columns = Array.isArray(el.columns) ? el.columns.filter(isRecord) : [];
  const rows = Array.isArray(el.rows) ? el.rows.filter(isRecord) : [];
  const names = columns.map((c) => String(c.name ?? ''));
  const header = columns.map((c) => String(c.display_name ?? c.name ?? '')).join(' | ');
  return [header, ...rows.map((r) => names.map((n) => cellText(r[n])).join(' | '))];
}

function cellText(cell: unknown): string {
  if (Array.isArray(cell)) return cell.map(cellText).join('、');
  if (isRecord(cell)) return String(cell.text ?? cell.name ?? JSON.stringify(cell));
  return cell === undefined || cell === null ? '' : String(cell);
}

function children(el: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const key of ['elements', 'columns', 'actions', 'fields']) {
    const value = el[key];
    if (Array.isArray(value)) out.push(...value);
  }
  return out;
}

function elementLines(el: unknown): string[] {
  if (!isRecord(el)) return [];
  switch (el.tag) {
    case 'markdown':
    case 'lark_md':
    case 'plain_text':
      return [textOf(el)];
    case 'div':
      return [textOf(el.text), ...children(el).flatMap(elementLines)].filter(Boolean);
    case 'button':
      return [`[${textOf(el.text)}]`];
    case 'hr':
      return ['────────'];
    case 'table':
      return tableLines(el);
    case 'chart':
      return ['[图表]'];
    case 'img':
    case 'image':
      return ['[图片]'];
    case 'input':
    case 'select_static':
    case 'multi_select_static':
    case 'select_person':
    case 'multi_select_person':
    case 'date_picker':
      return [`[${textOf(el.placeholder) || textOf(el.label) || String(el.name ?? el.tag)}: ____]`];
    default:
      // Containers (form, column_set, column, collapsible_panel, note, action) just hold other elements.
      if (isRecord(el.text)) return [textOf(el.text), ...children(el).flatMap(elementLines)];
      return children(el).flatMap(elementLines);
  }
}

export function renderCardText(card: Record<string, unknown>): string {
  const lines: string[] = [];
  const header = isRecord(card.header) ? card.header : undefined;
  const title = header ? textOf(header.title) : '';
  if (title) lines.push(`【${title}】`);
  const subtitle = header ? textOf(header.subtitle) : '';
  if (subtitle) lines.push(subtitle);
  const elements = isRecord(card.body) ? card.body.elements : card.elements;
  if (Array.isArray(elements)) lines.push(...elements.flatMap(elementLines));
  return lines.filter((l) => l !== '').join('\n');
}

/** The title alone, for one-line logs. */
export function cardTitle(card: Record<string, unknown>): string {
  return isRecord(card.header) ? textOf(card.header.title) : '';
}
