// 「刚才那个信息报送是1篇 不是2篇」 with nothing waiting (round 66, gfi; t69a FB1: 胡军's stored 「报送廉政信息2篇」, two records,
// got 「没有在通讯录或活动类型里找到「2篇」「1篇」，记录没有改动」): fewer of a stored deed than stored. The records the words name
// (or the latest report's, when they only point back) of one deed — one type, day and doer — lose the ones too many, the
// newest first, on a 请确认修改 card (nothing withdrawn before 确认). The mirror of topUpStored (再补1篇); 篇 · 次 · 份 alike.
// Records of the deed that differ (another person, another title) are not guessed at: which one is asked.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName } from '../../domain/activityTypes.js';
import { countDownWords, type CountDownWords } from '../../domain/report/countDownWords.js';
import { newestOwnRecord } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type DialogData } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { ownRecordsNamed } from '../ownRecordsNamed.js';
import { describeActivity } from '../recordReport.js';

/** The words of a paper sent (信息 · 稿件 · 文章): a 信息报送 record. */
const PAPER_WORDS = /信息|稿件|稿子|文章/;

type CountDown = { words: CountDownWords; deed?: Activity[]; none?: true };

/** The member's standing records the words name, or those of the latest report when they only point back. */
function namedRecords(ctx: BotContext, about: string): Activity[] {
  const own = (a: Activity) => !a.deletedAt && a.reporter === ctx.update.senderOpenId;
  const named = about !== '' ? ownRecordsNamed(ctx, about, { loose: true }) : null;
  if (named) return named.records.filter(own);
  // 廉政信息多记了1篇 · 那条信息其实只有1篇: words that name no record by themselves (the parser reads no deed from 廉政信息)
  // point at the latest report, its papers when they say 信息 · 稿件 · 文章.
  const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
  const latest = newest ? siblingsOf(ctx.deps, newest).filter(own) : [];
  return PAPER_WORDS.test(about) ? latest.filter((a) => a.type === 'report_info') : latest;
}

/** The one deed (type, day, doer) of `records` that holds more than one record, with all the member's records of it. */
function deedOf(ctx: BotContext, records: Activity[]): Activity[] | undefined {
  const key = (a: Activity) => `${a.type}|${a.date}|${a.actorId}`;
  const deeds = [...new Set(records.map(key))];
  const all = deeds.map((k) => ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId && key(a) === k)));
  const several = all.filter((x) => x.length > 1);
  if (several.length === 1) return several[0];
  return deeds.length === 1 ? all[0] : undefined;
}

/** Records that are the same deed told again: nothing tells them apart (people, departments, title, head count). */
function alike(a: Activity, b: Activity): boolean {
  const of = (x: Activity) => JSON.stringify([x.counterpartIds, x.departmentId, x.departmentIds, x.title, x.attendees, x.companionIds]);
  return of(a) === of(b);
}

export const countDownStored = defineIntent<CountDown>({
  name: 'countDownStored',
  match(ctx) {
    // A waiting card or question takes its own edits; this is only of what is stored.
    if (!ctx.sender || ctx.dialog) return null;
    const words = countDownWords(ctx.text);
    if (!words) return null;
    const named = namedRecords(ctx, words.about);
    // Nothing of the member's named: said so, nothing recorded (「11月27日的信息报送应该是1篇，不是2篇」 alone was read as two
    // new papers).
    if (named.length === 0) return { words, none: true };
    const deed = deedOf(ctx, named);
    return deed ? { words, deed } : { words };
  },
  async handle(ctx, { words, deed, none }) {
    const unit = words.unit;
    if (none) {
      await ctx.reply(`没有找到您上报过的「${words.about || '刚才那条'}」记录，没有改动任何记录，也没有新增记录。要改更早的记录，请写明日期和类型，如「12月2日的信息报送是1篇不是2篇」；要新报，请发一句完整的话，如「今天报送廉政信息1篇」。`);
      return;
    }
    if (!deed) {
      await ctx.reply(`您说的「${words.about || '刚才那条'}」对应好几次不同的活动，没看出是哪一次多记了，记录没有改动。请写明日期和类型再说一遍，如「12月8日的信息报送是1篇不是2篇」，或在回执里那一条下点「撤销」。`);
      return;
    }
    const first = deed[0]!;
    const what = `${activityTypeName(first.type)}（${first.date}）`;
    const fewer = words.total !== undefined ? deed.length - words.total : words.fewer!;
    // The wrong count said beside it is weighed against the ledger: the member may misremember what was stored.
    const ledger = words.wrong !== undefined && words.wrong !== deed.length ? `（台账里是 ${deed.length} ${unit}，不是 ${words.wrong} ${unit}）` : '';
    if (fewer <= 0) {
      await ctx.reply(`${what}台账里只有 ${deed.length} ${unit}${words.total !== undefined ? `，您说是 ${words.total} ${unit}` : ''}，没有多记，记录没有改动。${words.total !== undefined && words.total > deed.length ? `要补记，请说「再补${words.total - deed.length}${unit}」。` : ''}`);
      return;
    }
    if (fewer >= deed.length) {
      await ctx.reply(`${what}台账里共 ${deed.length} ${unit}，去掉 ${fewer} ${unit}就一条也不剩了，记录没有改动。要全部撤销，请在回执里点「撤销」或回复「撤销」。`);
      return;
    }
    // Records told apart by their people or titles: which one is not guessed.
    if (!deed.every((a) => alike(a, first))) {
      const list = deed.map((a, i) => `${i + 1}. ${describeActivity(ctx.deps, a, ctx.now)}`).join('\n');
      await ctx.reply(`${what}台账里有 ${deed.length} ${unit}，各不相同，没看出要撤销哪${fewer > 1 ? '几' : '一'}${unit}，记录没有改动：\n${list}\n请在回执里那一条下点「撤销」，或回复「撤销第N条」。`);
      return;
    }
    const dropped = deed.slice(deed.length - fewer).map((a) => a.id);
    const change: DialogData & { kind: 'change' } = {
      kind: 'change',
      activityId: first.id,
      what: `由 ${deed.length} ${unit}改为 ${deed.length - fewer} ${unit}（撤销多记的 ${fewer} ${unit}）${ledger}`,
      after: { type: first.type, date: first.date, actorId: first.actorId, counterpartIds: first.counterpartIds },
      dropped,
      droppedWhy: `（撤销：多记的一${unit}）`,
      unchanged: true,
    };
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, first, change, ctx.now));
  },
});
