// 「节前廉政提醒发了吗」: anyone may ask; the answer comes from the bot's own outbox and the plans the scheduler follows.
import { festivalStatus } from '../../domain/reminders/festivalStatus.js';
import { reminderAsked } from '../../domain/query/reminderAsked.js';
import { defineIntent } from '../intent.js';
import { reminderDepsOf } from '../reminderDeps.js';

export const reminderAskedIntent = defineIntent<{ holiday?: string }>({
  name: 'reminder-asked',
  match: (ctx) => reminderAsked(ctx.text) ?? null,
  async handle(ctx, asked) {
    const r = reminderDepsOf(ctx.deps);
    if (!r) {
      await ctx.reply('自动提醒尚未启用（未配置提醒服务），请联系系统管理员。');
      return;
    }
    const { settings, calendar } = r.reminders;
    const text = ctx.deps.store.read((db) =>
      festivalStatus({
        settings,
        calendar,
        directory: ctx.deps.directory,
        outbox: db.outbox.map((o) => ({ key: o.key, to: o.to, status: o.status, ...(o.sentAt ? { sentAt: o.sentAt } : {}) })),
        paused: db.settings.remindersPaused,
        now: ctx.now,
        ...(asked.holiday ? { holiday: asked.holiday } : {}),
      }),
    );
    await ctx.reply(text);
  },
});
