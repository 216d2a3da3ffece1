// Maps Feishu's HTTP status and numeric code to our error code, whether to retry, and a fix an operator can act on.
import type { FeishuErrorCode } from './FeishuError.js';

export interface Classification {
  code: FeishuErrorCode;
  retryable: boolean;
  hint: string;
}

const SCOPE_HINT =
  'The app lacks a permission scope for this call. In the developer console open 权限管理 (Permissions & Scopes), ' +
  'enable the scope named in the message (sending: im:message:send_as_bot; users: contact:user.base:readonly; ' +
  'ids by phone/e-mail: contact:user.id:readonly), then publish a new app version.';

const RATE_HINT =
  'Feishu is rate-limiting this app; retry after the announced wait (withRetry does). If it persists, send more slowly ' +
  '(about 50 requests/s per app, 5/s to one user or one group).';

/** Token problems: the client refetches once by itself, so reaching an operator means the credentials are off. */
export const TOKEN_INVALID_CODES = new Set([99991661, 99991663, 99991664, 99991668, 99991677]);

const BY_CODE: Record<number, Classification> = {
  10003: {
    code: 'FEISHU_AUTH',
    retryable: false,
    hint: 'Feishu does not recognise FEISHU_APP_ID. Check the App ID (cli_…) in 凭证与基础信息, and FEISHU_DOMAIN (https://open.feishu.cn for Feishu, https://open.larksuite.com for Lark).',
  },
  10014: {
    code: 'FEISHU_AUTH',
    retryable: false,
    hint: 'FEISHU_APP_SECRET does not match FEISHU_APP_ID. Copy the App Secret again from the developer console (凭证与基础信息 / Credentials & Basic Info); if it was reset, update the environment and restart.',
  },
  99991672: { code: 'FEISHU_SCOPE', retryable: false, hint: SCOPE_HINT },
  99991679: { code: 'FEISHU_SCOPE', retryable: false, hint: SCOPE_HINT },
  230027: { code: 'FEISHU_SCOPE', retryable: false, hint: SCOPE_HINT },
  230006: {
    code: 'FEISHU_SCOPE',
    retryable: false,
    hint: 'The app has no bot capability. In the developer console add 机器人 under 添加应用能力 (Add features), then publish a new version.',
  },
  99991400: { code: 'FEISHU_RATE_LIMITED', retryable: true, hint: RATE_HINT },
  230020: { code: 'FEISHU_RATE_LIMITED', retryable: true, hint: RATE_HINT },
  230013: {
    code: 'FEISHU_BAD_RECEIVER',
    retryable: false,
    hint: 'The user is outside the app\'s availability (可用范围) or has left the organisation. Add them under 版本管理与发布 → 可用范围 and publish, or fix their open_id in the organisation config.',
  },
  230002: {
    code: 'FEISHU_BAD_RECEIVER',
    retryable: false,
    hint: 'The bot is not a member of that group. Add it (群设置 → 群机器人 → 添加机器人) or remove the chat from the configuration.',
  },
  232009: {
    code: 'FEISHU_BAD_RECEIVER',
    retryable: false,
    hint: 'That group has been dissolved. Remove the chat from the configuration.',
  },
  99992361: {
    code: 'FEISHU_BAD_RECEIVER',
    retryable: false,
    hint: 'The open_id belongs to another app (open_ids are per app). Resolve the person again with this app, by mobile or e-mail.',
  },
  41050: {
    code: 'FEISHU_BAD_RECEIVER',
    retryable: false,
    hint: 'The user is outside the app\'s contact range. Widen it under 权限管理 → 数据权限 (通讯录权限范围) and publish, or check the open_id.',
  },
  230025: {
    code: 'FEISHU_TOO_LARGE',
    retryable: false,
    hint: 'The message is over Feishu\'s size limit (text 150 KB, cards and rich text 30 KB). Split it or shorten the card.',
  },
};

const TOKEN_HINT =
  'Feishu rejected the tenant access token even after fetching a new one. Check that FEISHU_APP_ID and FEISHU_APP_SECRET belong to the same app and that FEISHU_DOMAIN is the right platform.';

for (const code of TOKEN_INVALID_CODES) BY_CODE[code] = { code: 'FEISHU_AUTH', retryable: false, hint: TOKEN_HINT };
for (const code of [99992351, 99992352, 99992353]) {
  BY_CODE[code] = {
    code: 'FEISHU_BAD_RECEIVER',
    retryable: false,
    hint: 'The user id is not valid for this app. Check the id in the organisation config, or resolve it again by mobile or e-mail.',
  };
}

export function classifyFeishuFailure(httpStatus: number | undefined, feishuCode: number | undefined): Classification {
  const known = feishuCode === undefined ? undefined : BY_CODE[feishuCode];
  if (known) return known;
  if (httpStatus === 429) return { code: 'FEISHU_RATE_LIMITED', retryable: true, hint: RATE_HINT };
  if (httpStatus !== undefined && httpStatus >= 500) {
    return {
      code: 'FEISHU_SERVER',
      retryable: true,
      hint: 'Feishu had an internal error; retrying with backoff usually helps. If it persists, check Feishu\'s status page and quote the log id to Feishu support.',
    };
  }
  return {
    code: 'FEISHU_API',
    retryable: false,
    hint: `Feishu refused the request${feishuCode === undefined ? '' : ` with code ${feishuCode}`}. Look the code up at https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code and fix the request or the app's settings.`,
  };
}
