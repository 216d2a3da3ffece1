// Checks a message's `content` the way Feishu does: a JSON *string* matching msg_type, within the size limits.
import { isRecord } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import { type OpenApiErrorAnswer, fieldViolation, openApiError } from './openApiErrors.js';

const KB = 1024;
/** Text may be 150 KB; cards and rich text 30 KB (code 230025 beyond). */
const LIMITS: Record<string, number> = { text: 150 * KB, post: 30 * KB, interactive: 30 * KB };
const MSG_TYPES = new Set([
  'text', 'post', 'image', 'file', 'audio', 'media', 'sticker', 'interactive', 'share_chat', 'share_user',
]);

export type ContentCheck = { ok: true; parsed: Record<string, unknown> } | { ok: false; error: OpenApiErrorAnswer };

/**
 * The first element anywhere in `x` whose tag JSON 2.0 no longer has: the 1.0 interactive module `action` (buttons
 * wrapped in `actions`). Feishu's 卡片 JSON 2.0 版本更新说明 and the 2.0 button doc: 「已不支持交互模块（tag: action）…
 * 你可直接将按钮放置于 elements 中」, and 2.0 rejects what it does not support (「传入不支持的属性将报错」).
 */
function removedTag(x: unknown): string | undefined {
  if (Array.isArray(x)) {
    for (const item of x) {
      const found = removedTag(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(x)) return undefined;
  if (x.tag === 'action') return 'action';
  for (const v of Object.values(x)) {
    const found = typeof v === 'object' ? removedTag(v) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The tags of form fields: each one inside a form needs a `name`, unique in the card (表单容器: 「否则提交失败」). */
const FIELD_TAGS = new Set(['input', 'select_static', 'multi_select_static', 'select_person', 'multi_select_person', 'date_picker', 'picker_time', 'picker_datetime', 'checker', 'select_img']);

/** Every element under `x` (itself included), depth first. */
function elementsUnder(x: unknown): Record<string, unknown>[] {
  if (Array.isArray(x)) return x.flatMap(elementsUnder);
  if (!isRecord(x)) return [];
  return [...(typeof x.tag === 'string' ? [x] : []), ...Object.values(x).flatMap((v) => (typeof v === 'object' ? elementsUnder(v) : []))];
}

/**
 * What Feishu's 表单容器 and 人员选择 docs say a card may not do (JSON 2.0): a form only at the body's root, never inside
 * another element; every field in a form named, the names unique in the card; a form with a submit button
 * (form_action_type: submit); a person picker's initial_option (and selected_values) among its options when it has
 * options (「初始选中的 open_id,须在 options 内」). Exported so a card answered to a callback can be checked as well.
 */
export function formProblem(elements: unknown[]): string | undefined {
  const nested = elements.flatMap((el) => (isRecord(el) ? elementsUnder(Object.fromEntries(Object.entries(el).filter(([k]) => k !== 'tag'))) : [])).find((x) => x.tag === 'form');
  if (nested) return 'a form container may only be placed at the root of body.elements';
  const names = new Set<string>();
  for (const form of elements.filter((el): el is Record<string, unknown> => isRecord(el) && el.tag === 'form')) {
    const inside = elementsUnder(form.elements);
    for (const field of inside.filter((x) => FIELD_TAGS.has(String(x.tag)))) {
      if (typeof field.name !== 'string' || field.name === '') return `the ${String(field.tag)} in form "${String(form.name)}" needs a name`;
      if (names.has(field.name)) return `the name "${field.name}" is used twice in the card`;
      names.add(field.name);
    }
    if (!inside.some((x) => x.tag === 'button' && x.form_action_type === 'submit')) return `form "${String(form.name)}" has no submit button`;
  }
  for (const picker of elementsUnder(elements).filter((x) => x.tag === 'select_person' || x.tag === 'multi_select_person')) {
    const options = Array.isArray(picker.options) ? picker.options.filter(isRecord).map((o) => o.value) : [];
    if (options.length === 0) continue;
    const chosen = [...(typeof picker.initial_option === 'string' ? [picker.initial_option] : []), ...(Array.isArray(picker.selected_values) ? picker.selected_values : [])];
    const missing = chosen.find((v) => !options.includes(v));
    if (missing !== undefined) return `${String(picker.tag)} "${String(picker.name)}" selects ${String(missing)}, which is not among its options`;
  }
  return undefined;
}

function cardProblem(card: Record<string, unknown>): string | undefined {
  if (card.type === 'template') return isRecord(card.data) ? undefined : 'template card without data';
  if (card.schema === '2.0') {
    const body = card.body;
    if (!isRecord(body) || !Array.isArray(body.elements)) return 'schema 2.0 card needs body.elements';
    const removed = removedTag(body.elements);
    if (removed) return `schema 2.0 does not support the tag "${removed}" (put buttons straight into elements or a column_set)`;
    return formProblem(body.elements);
  }
  const hasElements = Array.isArray(card.elements) || isRecord(card.i18n_elements);
  return hasElements ? undefined : 'card has no elements';
}

function typeProblem(state: EmulatorState, msgType: string, parsed: Record<string, unknown>): OpenApiErrorAnswer | undefined {
  switch (msgType) {
    case 'text':
      return typeof parsed.text === 'string' ? undefined : openApiError('invalidParam', 'text content needs a "text" string');
    case 'interactive': {
      const problem = cardProblem(parsed);
      return problem ? openApiError('cardContentFailed', `ErrCode: 200621; ErrMsg: parse card json err, ${problem}`) : undefined;
    }
    case 'file':
      if (typeof parsed.file_key !== 'string') return openApiError('invalidParam', 'file content needs a "file_key"');
      return state.files.some((f) => f.fileKey === parsed.file_key)
        ? undefined
        : openApiError('invalidParam', 'invalid file_key');
    default:
      return undefined;
  }
}

export function validateMessageContent(state: EmulatorState, msgType: unknown, content: unknown): ContentCheck {
  if (typeof msgType !== 'string' || msgType === '') return { ok: false, error: fieldViolation('msg_type', 'msg_type is required') };
  if (!MSG_TYPES.has(msgType)) return { ok: false, error: openApiError('invalidParam', 'invalid msg_type') };
  // The platform wants a serialised string here; an object is the classic mistake.
  if (typeof content !== 'string') return { ok: false, error: fieldViolation('content', 'content must be a JSON string') };
  const limit = LIMITS[msgType];
  if (limit !== undefined && Buffer.byteLength(content, 'utf8') > limit) {
    return { ok: false, error: openApiError('contentTooLong') };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { ok: false, error: openApiError('invalidParam', 'content is not a string in json format') };
  }
  if (!isRecord(parsed)) return { ok: false, error: openApiError('invalidParam', 'content is not a json object') };
  const problem = typeProblem(state, msgType, parsed);
  return problem ? { ok: false, error: problem } : { ok: true, parsed };
}
