// The bot: routes each update to the first intent that matches and answers through a context.
import { helpCard } from '../feishu/cards/helpCard.js';
import type { Mention } from '../domain/report/draft.js';
import { createContext } from './botContext.js';
import { clearDialog, dialogKey, findDialog } from './dialogStore.js';
import type { BotDeps } from './botDeps.js';
import type { BotUpdate, CardActionResponse, CardActionUpdate, MessageUpdate } from './botUpdate.js';
import { INTENTS } from './intents/index.js';
import { CARD_ACTIONS } from './cardActions/index.js';
import { toast } from './cardAction.js';

export interface Bot {
  handle(update: BotUpdate): Promise<void>;
  handleCardAction(update: CardActionUpdate): Promise<CardActionResponse>;
}

function isBotMention(deps: BotDeps, m: Mention): boolean {
  if (deps.botOpenId) return m.openId === deps.botOpenId;
  // Without the bot's id, a mention of someone outside the directory is taken to be the bot.
  return !m.openId || !deps.directory.byOpenId(m.openId);
}

/** The text the intents read: the bot's own @mention removed, white space folded. */
function cleanText(update: MessageUpdate, botMentions: Mention[]): string {
  let text = update.text;
  for (const m of botMentions) text = text.split(m.key).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

export function createBot(deps: BotDeps): Bot {
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
    );
    if (lookup.state === 'expired') {
      await clearDialog(deps.store, key);
      await ctx.reply('上一条未完成的上报已超过30分钟，已作废，没有记录。');
    }
    for (const intent of INTENTS) {
      const matched = intent.match(ctx);
      if (matched === null) continue;
      try {
        await intent.handle(ctx, matched);
      } catch (error) {
        deps.log(`intent ${intent.name} failed on event ${update.eventId}: ${String((error as Error)?.stack ?? error)}`);
        const code = (error as { code?: unknown })?.code;
        await ctx.reply(`抱歉，处理这条消息时出错了，请稍后再试。${typeof code === 'string' ? `（错误码 ${code}）` : ''}`);
      }
      return;
    }
  }

  return {
    async handle(update) {
      if (update.kind === 'message') return onMessage(update);
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
      let said = 0;
      const ctx = {
        update,
        operator,
        now: deps.now(),
        deps,
        say: async (text: string) => {
          await deps.feishu.send({ chatId: update.chatId }, { kind: 'text', text }, { uuid: `c-${update.eventId}-${said++}`.slice(0, 50) });
        },
        sendCard: async (card: object) => {
          await deps.feishu.send({ chatId: update.chatId }, { kind: 'card', card }, { uuid: `c-${update.eventId}-${said++}`.slice(0, 50) });
        },
      };
      try {
        return await action.handle(ctx, parsed);
      } catch (error) {
        deps.log(`card action ${action.action} failed on event ${update.eventId}: ${String((error as Error)?.stack ?? error)}`);
        return toast('error', '处理失败，请稍后再试。');
      }
    },
  };
}
