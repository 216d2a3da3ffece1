// Why the long connection cannot start, in Chinese and English, with what the operator should change.

export type LongConnectionErrorCode = 'FEISHU_WS_REFUSED' | 'FEISHU_WS_FAILED';

/** Stops start-up in FEISHU_EVENT_MODE=ws; `message` is printed as is after "清风 cannot start:". */
export class LongConnectionError extends Error {
  override readonly name = 'LongConnectionError';
  constructor(
    readonly code: LongConnectionErrorCode,
    detail: string,
    readonly hint: string,
    /** Feishu's code in the endpoint answer, when it refused. */
    readonly feishuCode?: number,
  ) {
    super(`${detail}; ${hint}`);
  }

  /** The SDK's own check (node-sdk 1.74 WSClient.start) is silent: it logs and returns without connecting. */
  static badAppId(appId: string): LongConnectionError {
    return new LongConnectionError(
      'FEISHU_WS_REFUSED',
      `FEISHU_APP_ID「${appId}」不是飞书应用的 App ID（应为 cli_ 加 16 位十六进制数字）/ FEISHU_APP_ID "${appId}" is not a Feishu app id (cli_ followed by 16 hex digits)`,
      '请从开发者后台「凭证与基础信息」复制 App ID / copy the App ID from 凭证与基础信息 in the developer console',
    );
  }

  /** POST /callback/ws/endpoint answered with a non-zero code other than "busy". */
  static refused(code: number, msg: string): LongConnectionError {
    return new LongConnectionError(
      'FEISHU_WS_REFUSED',
      `飞书拒绝了长连接（code ${code}: ${msg}）/ Feishu refused the long connection (code ${code}: ${msg})`,
      '请核对 FEISHU_APP_ID、FEISHU_APP_SECRET 和 FEISHU_DOMAIN，并确认应用是企业自建应用、事件订阅方式为「使用长连接接收事件」/ ' +
        'check FEISHU_APP_ID, FEISHU_APP_SECRET and FEISHU_DOMAIN, and that the app is a self-built app subscribed by long connection',
      code,
    );
  }
}
