// The bot: routes each update to the first intent that matches and answers through a context.
import { helpCard } from '../feishu/cards/helpCard.js';
import type { Mention } from '../domain/report/draft.js';
import type { Person } from '../domain/organization.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import { isWriteFailure } from '../store/storeError.js';
import { ReplyFailedError, createContext, replyRoute, replyUuid } from './botContext.js';
import { withdrawRecalled } from './withdrawRecalled.js';
import { dialogKey, dropExpired, findDialog } from './dialogStore.js';
import type { BotDeps } from './botDeps.js';
import type { BotUpdate, CardActionResponse, CardActionUpdate, MessageUpdate } from './botUpdate.js';
import { INTENTS } from './intents/index.js';
import { withoutPhotoCaptions } from '../domain/report/withoutPhotoCaptions.js';
import { CARD_ACTIONS } from './cardActions/index.js';
import { type CardAction, toast } from './cardAction.js';
import { createKeyedLock } from './createKeyedLock.js';

export interface Bot {
  handle(update: BotUpdate): Promise<void>;
  handleCardAction(update: CardActionUpdate): Promise<CardActionResponse>;
}

/**
 * Only a mention carrying the bot's own open_id (from bot/v3/info at start) is the bot: not a colleague outside the
 * directory, and not 「@所有人」 (key `@_all`, no ids). Without a known id nothing in a group is for the bot.
 */
function isBotMention(deps: BotDeps, m: Mention): boolean {
  return deps.botOpenId !== undefined && m.openId === deps.botOpenId;
}

/** What a member reads when their message could not be saved: plainly, nothing is recorded yet. */
export const NOT_RECORDED_YET =
  '这条消息还没有记录：清风暂时无法保存数据（服务器存储故障）。恢复后会自动补记并再回复您，请不要重复发送。';

/**
 * The text the intents read: the bot's own @mention removed, white space folded (line breaks too, unless `keepLines`).
 * With `keepLines` the white space inside a line is kept as written: a pasted table's empty cell is two tabs (or a
 * longer run of spaces where columns are lined up), and folding it to one space moved every later cell one column left
 * (round 37, t36c F9: row 「2⇥10月9日⇥⇥何平」 read 何平 as the 谈话人). Only blank lines' and lines' trailing white space go.
 */
function cleanText(update: MessageUpdate, botMentions: Mention[], keepLines = false): string {
  let text = update.text;
  for (const m of botMentions) text = text.split(m.key).join(' ');
  text = withoutPhotoCaptions(text);
  if (!keepLines) return text.replace(/\s+/g, ' ').trim();
  return keptLines(text);
}

/**
 * `text` with \r\n made \n, each line's trailing white space and the blank lines around the message dropped, and the
 * first line's leading spaces (an @mention removed) trimmed; tabs and runs of spaces inside lines are kept.
 */
export function keptLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/^\s*\n/, '')
    .replace(/^[ \u00a0]+/, '')
    .replace(/\n+$/, '');
}

export function createBot(deps: BotDeps): Bot {
  // A member's message and their taps on a card in the same chat never run at once (see createKeyedLock).
  const oneAtATime = createKeyedLock();

  async function onMessage(update: MessageUpdate): Promise<void> {
    const botMentions = update.mentions.filter((m) => isBotMention(deps, m));
    // In a group the bot speaks only when spoken to.
    if (update.chatType === 'group' && botMentions.length === 0) return;
    const key = dialogKey(update.chatId, update.senderOpenId);
    const lookup = findDialog(deps.store, key, deps.now());
    const ctx = createContext(
      { ...update, mentions: update.mentions.filter((m) => !botMentions.includes(m)) },
      cleanText(update, botMentions),
      deps,
      lookup.state === 'active' ? lookup.data : undefined,
      cleanText(update, botMentions, true),
    );
    if (lookup.state === 'expired') {
      await dropExpired(deps.store, key, deps.now());
      ctx.notice('上一条未完成的上报已超过30分钟，已作废，没有记录。');
    }
    for (const intent of INTENTS) {
      const matched = intent.match(ctx);
      if (matched === null) continue;
      try {
        await intent.handle(ctx, matched);
        // A handler that sent nothing still owes the member the notice (a report dropped, a question expired).
        const left = ctx.takeNotice();
        if (left.length > 0) await ctx.reply(left.join('\n'));
      } catch (error) {
        if (error instanceof ReplyFailedError) {
          // What the handler recorded stays recorded; a 「出错了」 would be a lie, and would fail the same way.
          deps.log(`event ${update.eventId} (message ${update.messageId}): ${error.message}; not retried further`);
          return;
        }
        if (isWriteFailure(error)) {
          // Rolled back: nothing was recorded. Say so, and let the inbox keep the event to try again.
          deps.log(`event ${update.eventId} (message ${update.messageId}): nothing recorded, ${error.message}`);
          // The notice too (an expired question is cleared already and will not be said again on the retry).
          const text = [...ctx.takeNotice(), NOT_RECORDED_YET].join('\n\n');
          await deps.feishu
            .reply(update.messageId, { kind: 'text', text }, { uuid: replyUuid(update.messageId, 0, 'f'), ...replyRoute(update) })
            .catch((e: unknown) => deps.log(`could not tell the member nothing was recorded: ${String((e as Error)?.message ?? e)}`));
          throw error;
        }
        deps.log(`intent ${intent.name} failed on event ${update.eventId}: ${String((error as Error)?.stack ?? error)}`);
        const code = (error as { code?: unknown })?.code;
        await ctx
          .reply(`抱歉，处理这条消息时出错了，请稍后再试。${typeof code === 'string' ? `（错误码 ${code}）` : ''}`)
          .catch((e: unknown) => deps.log(`event ${update.eventId}: ${String((e as Error)?.message ?? e)}`));
      }
      return;
    }
  }

  return {
    async handle(update) {
      if (update.kind === 'message') return oneAtATime(dialogKey(update.chatId, update.senderOpenId), () => onMessage(update));
      if (update.kind === 'recalled') {
        await withdrawRecalled(deps, update);
        return;
      }
      if (update.kind === 'bot_added') {
        await deps.feishu.send({ chatId: update.chatId }, { kind: 'card', card: helpCard() }, { uuid: `g-${update.eventId}`.slice(0, 50) });
      }
    },
    async handleCardAction(update) {
      const operator = deps.directory.byOpenId(update.operatorOpenId);
      if (!operator) return toast('error', '您还不在清风台账的人员名单中，请联系纪检人员登记。');
      const action = CARD_ACTIONS.find((a) => a.action === update.value.action);
      const parsed = action?.parse(update) ?? null;
      if (!action || parsed === null) return toast('warning', '这个按钮已失效，请重新发送消息。');
      return oneAtATime(dialogKey(update.chatId, update.operatorOpenId), () => runCardAction(update, operator, action, parsed));
    },
  };

  async function runCardAction(update: CardActionUpdate, operator: Person, action: CardAction, parsed: unknown): Promise<CardActionResponse> {
    let said = 0;
    // A reply to the clicked card, not a new message to the chat: in a topic group a send would open a new topic,
    // while a reply to a message in a topic stays in it (im/v1 reply, reply_in_thread).
    const follow = (msg: OutgoingMessage) =>
      deps.feishu.reply(update.messageId, msg, { uuid: `c-${update.eventId}-${said++}`.slice(0, 50), receiver: update.chatId });
    const ctx = {
      update,
      operator,
      now: deps.now(),
      deps,
      say: async (text: string) => {
        await follow({ kind: 'text', text });
      },
      sendCard: async (card: object) => {
        await follow({ kind: 'card', card });
      },
    };
    try {
      return await action.handle(ctx, parsed);
    } catch (error) {
      deps.log(`card action ${action.action} failed on event ${update.eventId}: ${String((error as Error)?.stack ?? error)}`);
      return toast('error', '处理失败，请稍后再试。');
    }
  }
}
