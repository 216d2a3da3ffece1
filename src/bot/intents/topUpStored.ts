// 「12月2号报送的廉政信息是2篇，刚才只记上了1篇，再补1篇」「12月2日的廉政信息少记了一篇」 (round 57, fed; t59a F7: a card of
// TWO new papers, both flagged 已有一条相同记录, so 确认 added none and 仍要记录 two): more of a STORED record's deeds. The
// stored record is found by the words that name it (or the latest report when they only point back), and exactly the
// number more the member says (再补N · 少记了N · 是N against the ledger's count) is shown on a 确认 card against it
// (「已有 1 篇，补 1 篇后共 2 篇」), never as a duplicate of the records it tops up. Nothing is stored before 确认.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName } from '../../domain/activityTypes.js';
import type { ReportDraft } from '../../domain/report/draft.js';
import { topUpWords, type TopUpWords } from '../../domain/report/topUpWords.js';
import { newestOwnRecord } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { defineIntent } from '../intent.js';
import { ownRecordsNamed } from '../ownRecordsNamed.js';
import { settleFromMessage } from '../settleFromMessage.js';

interface TopUp {
  words: TopUpWords;
  /** The member's standing records of the deed topped up (one type, day and doer), oldest first. */
  stored: Activity[];
}

/** The member's standing records the words name, or those of the latest report when they only point back. */
function namedRecords(ctx: BotContext, about: string): Activity[] | undefined {
  if (about !== '') return ownRecordsNamed(ctx, about, { loose: true })?.records;
  const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
  return newest ? siblingsOf(ctx.deps, newest).filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId) : undefined;
}

/** The deed a top-up adds to: every record named is of one type, day and doer; with two or more deeds, none (the report reads it). */
function oneDeed(ctx: BotContext, records: Activity[]): Activity[] | undefined {
  const last = records.at(-1);
  if (!last) return undefined;
  const same = (a: Activity) => a.type === last.type && a.date === last.date && a.actorId === last.actorId;
  if (!records.every(same)) return undefined;
  // The ledger's count, not only the ones the words named (和王强的 names one of two talks that day): the member's all.
  const all = ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId && same(a)));
  return all.length > 0 ? all : records;
}

/** A draft of one more of `a`'s deed: its type, day, doer, people and departments; its own title and count unknown. */
function draftLike(ctx: BotContext, a: Activity): ReportDraft {
  return {
    type: a.type,
    date: a.date,
    ...(a.actorId !== ctx.sender!.id ? { actorId: a.actorId } : {}),
    counterpartIds: [...a.counterpartIds],
    ...(a.departmentId !== undefined ? { departmentId: a.departmentId } : {}),
    ...(a.departmentIds !== undefined ? { departmentIds: [...a.departmentIds] } : {}),
    late: a.late,
  };
}

export const topUpStored = defineIntent<TopUp>({
  name: 'topUpStored',
  match(ctx) {
    // A waiting card or question takes its own edits (fec's); this is only of what is stored.
    if (!ctx.sender || ctx.dialog) return null;
    const words = topUpWords(ctx.text);
    if (!words) return null;
    const named = namedRecords(ctx, words.about);
    const stored = named ? oneDeed(ctx, named) : undefined;
    return stored ? { words, stored } : null;
  },
  async handle(ctx, { words, stored }) {
    const unit = stored[0]!.type === 'report_info' ? '篇' : words.unit === '篇' || words.unit === '份' ? words.unit : '次';
    const what = `${activityTypeName(stored[0]!.type)}（${stored[0]!.date}）`;
    // The total said is weighed against the ledger (the member may misremember what was stored); else the number said.
    const add = words.total !== undefined ? words.total - stored.length : words.add!;
    if (add <= 0) {
      await ctx.reply(`${what}已有 ${stored.length} ${unit}${words.total !== undefined ? `，您说一共 ${words.total} ${unit}` : ''}，不用再补，没有新增记录。如有记错的，请在那条回执上点「修改」或「撤销」。`);
      return;
    }
    const said = words.total !== undefined && words.add !== undefined && words.add !== add ? `（您说补 ${words.add} ${unit}，按一共 ${words.total} ${unit}算）` : '';
    const items = Array.from({ length: add }, () => ({ draft: draftLike(ctx, stored[0]!), problems: [], counted: true as const }));
    const card = await settleFromMessage(ctx, {
      items,
      remarks: [`${what}已有 ${stored.length} ${unit}，补 ${add} ${unit}后共 ${stored.length + add} ${unit}${said}`],
      reasons: ['top_up'],
      topUp: true,
    });
    await ctx.replyCard(card);
  },
});
