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

function cardProblem(card: Record<string, unknown>): string | undefined {
  if (card.type === 'template') return isRecord(card.data) ? undefined : 'template card without data';
  if (card.schema === '2.0') {
    const body = card.body;
    if (!isRecord(body) || !Array.isArray(body.elements)) return 'schema 2.0 card needs body.elements';
    const removed = removedTag(body.elements);
    return removed ? `schema 2.0 does not support the tag "${removed}" (put buttons straight into elements or a column_set)` : undefined;
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
