// bot/v3/info: the bot's own identity, which a bot needs to tell an @mention of itself from one of anybody else.
import type { Hono } from 'hono';
import type { EmulatorEnv } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';

/**
 * GET /open-apis/bot/v3/info answers `{code, msg, bot: {activate_status, app_name, avatar_url, ip_white_list, open_id}}`
 * — `bot` at the top level, not under `data` (开发文档 › 机器人 › 获取机器人信息). 2 = enabled in the tenant.
 */
export function registerBotRoutes(app: Hono<EmulatorEnv>, state: EmulatorState): void {
  app.get('/open-apis/bot/v3/info', (c) =>
    c.json({
      code: 0,
      msg: 'ok',
      bot: {
        activate_status: 2,
        app_name: state.bot.name,
        avatar_url: 'https://s1-imfile.feishucdn.com/static-resource/v1/emulator-avatar',
        ip_white_list: [],
        open_id: state.bot.openId,
      },
    }),
  );
}
