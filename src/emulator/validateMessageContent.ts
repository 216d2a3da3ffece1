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

function cardProblem(card: Record<string, unknown>): string | undefined {
  if (card.type === 'template') return isRecord(card.data) ? undefined : 'template card without data';
  if (card.schema === '2.0') {
    const body = card.body;
    return isRecord(body) && Array.isArray(body.elements) ? undefined : 'schema 2.0 card needs body.elements';
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
