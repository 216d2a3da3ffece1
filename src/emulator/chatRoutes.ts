// im/v1/chats: the groups the bot is in, paged with page_size / page_token / has_more as Feishu does.
import type { Hono } from 'hono';
import { type EmulatorEnv, answer, ok } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import { fieldViolation } from './openApiErrors.js';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

const encodeToken = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64');

function decodeToken(token: string): number | undefined {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

export function registerChatRoutes(app: Hono<EmulatorEnv>, state: EmulatorState): void {
  app.get('/open-apis/im/v1/chats', (c) => {
    const size = Number(c.req.query('page_size') ?? DEFAULT_PAGE);
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
      return answer(c, fieldViolation('page_size', `page_size must be between 1 and ${MAX_PAGE}`));
    }
    const token = c.req.query('page_token');
    const offset = token ? decodeToken(token) : 0;
    if (offset === undefined) return answer(c, fieldViolation('page_token', 'invalid page_token'));
    const all = [...state.chats.values()];
    const page = all.slice(offset, offset + size);
    const hasMore = offset + size < all.length;
    return ok(c, {
      items: page.map((chat) => ({
        chat_id: chat.chatId,
        avatar: '',
        name: chat.name,
        description: '',
        owner_id: '',
        owner_id_type: 'open_id',
        external: false,
        tenant_key: state.tenantKey,
        chat_status: 'normal',
      })),
      page_token: hasMore ? encodeToken(offset + size) : '',
      has_more: hasMore,
    });
  });
}
