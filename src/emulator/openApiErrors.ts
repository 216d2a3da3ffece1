// Feishu Open API error answers as the platform sends them: HTTP status, numeric code, message, and an `error.log_id`.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { newLogId } from './feishuIds.js';

interface ErrorDef {
  status: ContentfulStatusCode;
  msg: string;
}

/** Codes and texts from the Open Platform docs (message create/reply tables, generic error codes). */
export const OPEN_API_ERRORS = {
  invalidJson: { code: 9499, status: 400, msg: 'Bad Request' },
  invalidAppId: { code: 10003, status: 400, msg: 'invalid param' },
  appSecretInvalid: { code: 10014, status: 400, msg: 'app secret invalid' },
  internal: { code: 1500, status: 500, msg: 'internal error' },
  userNoAuthority: { code: 41050, status: 400, msg: 'no user authority error' },
  deptNoAuthority: { code: 40004, status: 400, msg: 'no dept authority error' },
  invalidParam: { code: 230001, status: 400, msg: 'Your request contains an invalid request parameter.' },
  botNotInChat: { code: 230002, status: 400, msg: 'The bot can not be outside the group.' },
  noAvailability: { code: 230013, status: 400, msg: 'Bot has NO availability to this user.' },
  notOwner: { code: 230017, status: 400, msg: 'Bot is NOT the owner of the resource.' },
  frequencyLimit: { code: 230020, status: 400, msg: 'This operation triggers the frequency limit.' },
  contentTooLong: { code: 230025, status: 400, msg: 'The length of the message content reaches its limit.' },
  unsupportedMessageType: { code: 230054, status: 400, msg: 'This operation is not supported for this message type.' },
  cardContentFailed: { code: 230099, status: 400, msg: 'Failed to create card content.' },
  fileInvalidParam: { code: 234001, status: 400, msg: 'Invalid request param.' },
  fileTooLarge: { code: 234006, status: 400, msg: 'The file size exceeds the limit.' },
  fileEmpty: { code: 234010, status: 400, msg: "File's size can't be 0." },
  rateLimited: { code: 99991400, status: 429, msg: 'request trigger frequency limit' },
  missingToken: {
    code: 99991661,
    status: 400,
    msg: 'Missing access token for authorization. Please make a request with token attached.',
  },
  invalidToken: {
    code: 99991663,
    status: 400,
    msg: 'Invalid access token for authorization. Please make a request with token attached.',
  },
  scopeRequired: { code: 99991672, status: 400, msg: 'Access denied. One of the following scopes is required:' },
  fieldValidation: { code: 99992402, status: 400, msg: 'field validation failed' },
} as const satisfies Record<string, ErrorDef & { code: number }>;

export type OpenApiErrorName = keyof typeof OPEN_API_ERRORS;

export interface OpenApiErrorAnswer {
  status: ContentfulStatusCode;
  body: { code: number; msg: string; error: Record<string, unknown> };
}

/** Builds the answer; `ext` is appended the way Feishu does (`…, ext=invalid receive_id`). */
export function openApiError(name: OpenApiErrorName, ext?: string, extra?: Record<string, unknown>): OpenApiErrorAnswer {
  const def = OPEN_API_ERRORS[name];
  const logId = newLogId();
  const msg = ext ? `${def.msg.replace(/\.$/, '')}, ext=${ext}` : def.msg;
  return {
    status: def.status,
    body: {
      code: def.code,
      msg,
      error: {
        ...extra,
        log_id: logId,
        troubleshooter: `排查建议查看（Troubleshooting suggestions）： https://open.feishu.cn/search?from=openapi&log_id=${logId}&code=${def.code}`,
      },
    },
  };
}

/** Feishu's 99992402 answer names the offending field. */
export function fieldViolation(field: string, description: string): OpenApiErrorAnswer {
  return openApiError('fieldValidation', undefined, { field_violations: [{ field, description }] });
}
