// 提醒预览 / 发送测试提醒 / 暂停提醒 / 恢复提醒: the inspectors' controls over the automatic reminders.
import { festivalMessage, festivalPlans } from '../../domain/reminders/festival.js';
import { previewReminders } from '../../domain/reminders/preview.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { festivalCard } from '../../feishu/cards/reminderFestivalCard.js';
import { reminderPreviewCard } from '../../feishu/cards/reminderPreviewCard.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { parseReminderCommand, type ReminderCommand } from '../reminderCommands.js';
import { reminderDepsOf, type ReminderControlDeps } from '../reminderDeps.js';

function refusal(ctx: BotContext): string {
  const inspectors = ctx.deps.directory.withRole('inspector').map((p) => p.name);
  const who = inspectors.length > 0 ? `纪检管理员（${inspectors.join('、')}）` : '纪检管理员';
  return `抱歉，提醒的预览、测试和暂停/恢复仅限${who}使用。如需调整提醒安排，请联系他们。`;
}

async function preview(ctx: BotContext, r: ReminderControlDeps): Promise<void> {
  const { directory, duties, store, ledger } = ctx.deps;
  const { settings, calendar } = r.reminders;
  const result = store.read((db) => {
    // The outbox remembers every key it took: a missed escalation not among them is a catch-up at the next opening.
    const known = new Set(db.outbox.map((i) => i.key));
    return {
      paused: db.settings.remindersPaused,
      preview: previewReminders({ settings, calendar, directory, duties, activities: ledger.index(db), now: ctx.now }, { sent: (key) => known.has(key) }),
    };
  });
  await ctx.replyCard(reminderPreviewCard(result.preview, { paused: result.paused }));
}

/** The next festival reminder, to the asker only, through the outbox under a key of its own (a redelivered event sends nothing twice). */
async function sendTest(ctx: BotContext, r: ReminderControlDeps): Promise<void> {
  const openId = ctx.sender!.openId ?? ctx.update.senderOpenId;
  const { settings, calendar } = r.reminders;
  const today = shanghaiDate(ctx.now);
  const year = Number(today.slice(0, 4));
  const next = festivalPlans(settings, calendar, [year, year + 1]).find((p) => p.holiday.firstDay > today);
  if (!next) {
    await ctx.reply('暂时找不到下一个节假日，无法生成测试提醒。');
    return;
  }
  const card = festivalCard({ ...festivalMessage(settings, next.holiday), holiday: next.holiday }, { test: true });
  const key = `test|festival|${ctx.update.eventId}|${openId}|`;
  await r.outbox.enqueue([{ key, to: { openId }, message: { kind: 'card', card } }]);
  await ctx.reply(`已将「${next.holiday.year}年${next.holiday.name}」节前提醒的测试版加入发送队列，稍后将私聊发给您本人，不会发给其他人。`);
}

async function setPaused(ctx: BotContext, paused: boolean): Promise<void> {
  const at = ctx.now.toISOString();
  const was = await ctx.deps.store.update((db) => {
    const before = db.settings.remindersPaused;
    db.settings.remindersPaused = paused;
    db.settings.remindersPausedBy = ctx.update.senderOpenId;
    db.settings.remindersPausedAt = at;
    return before;
  });
  if (paused) {
    await ctx.reply(
      was
        ? '自动提醒此前已处于暂停状态。发送「恢复提醒」可恢复。'
        : '已暂停自动提醒（节前廉政提醒、重要节点、到期和逾期提醒）。发送「恢复提醒」可恢复；恢复时节日尚未开始的节前提醒会补发。',
    );
  } else {
    await ctx.reply(was ? '已恢复自动提醒。发送「提醒预览」可查看接下来的安排。' : '自动提醒正在运行，无需恢复。');
  }
}

export const reminderControl = defineIntent<ReminderCommand>({
  name: 'reminderControl',
  match: (ctx) => parseReminderCommand(ctx.text),
  async handle(ctx, command) {
    if (!ctx.sender?.roles.includes('inspector')) {
      await ctx.reply(refusal(ctx));
      return;
    }
    const r = reminderDepsOf(ctx.deps);
    if (!r) {
      await ctx.reply('自动提醒尚未启用（未配置提醒服务），请联系系统管理员。');
      return;
    }
    switch (command) {
      case 'preview':
        return preview(ctx, r);
      case 'test':
        return sendTest(ctx, r);
      case 'pause':
        return setPaused(ctx, true);
      case 'resume':
        return setPaused(ctx, false);
    }
  },
});
