// 「修改11月5日和周涛的廉政谈话」「撤销11月5日和吴静的谈话」: a record of one's own named by its day, type or person, found
// and shown with its 撤销 and 修改 (a newcomer found only the latest record could be changed by text, and the receipt's
// buttons of an older one may be gone: Feishu keeps a card interactive for 14 days).
import type { Activity } from '../../domain/activity.js';
import { ownRecordsNamed } from '../ownRecordsNamed.js';
import { referredRecords } from '../referredRecords.js';
import { defineIntent } from '../intent.js';
import type { BotContext } from '../botContext.js';
import { colleagueRecords, colleagueRecordText } from '../colleagueRecord.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { saveFound } from '../foundRecords.js';
import { undoesWorkThing } from '../../domain/report/parseGate.js';
import { namedAfterSlip } from '../../domain/report/namedAfterSlip.js';
import { droppedRecordWords } from '../../domain/report/namedItemDrop.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { newestOwnRecord, undoActivity } from '../../store/activityLog.js';
import { otherTalkWords } from '../../domain/report/otherTalkWords.js';
import { storedWithdrawal } from '../../domain/report/storedWithdrawal.js';
import { personInWords } from '../personInWords.js';
import { absentPersonChange } from '../absentPersonChange.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog } from '../dialogStore.js';

const NAMED = /^(修改|更正|撤销|撤回|删除|删掉)(?!上一?条|刚才|记录$|上报$|为|成)(?:一下)?[:：]?(.{2,60})$/;
/**
 * 刚才台账里第3行陈志强和冯雪那次谈话撤销掉 (round 52, fwd: read as a 台账 export of 陈志强 and 冯雪): a row of the exported
 * 台账 pointed at, the record it holds named, then 撤销 after it. The row number is the export's, not a record's here, so
 * the naming words find the record as 撤销<words> does.
 */
const LEDGER_ROW = /^(?:刚才|刚刚|上面)?(?:导出的|发的)?(?:台账|台帐|表格|表)(?:里|中|上)?(?:的)?第(?:\d{1,3}|[一二三四五六七八九十]{1,3})行(?:的|是)?(.{2,40}?)(?:要|请|麻烦)?(撤销|撤回|删掉|删除)(?:掉|了|吧|一下)*$/;

/**
 * ，时间还没定 · ，还没谈 · ，那次改期了 · ，报重复了 (round 52, fwd: 「撤销陈志强和冯雪11月19日那次廉政谈话，时间还没定」 没看懂):
 * the member's reason after the record named, no part of its naming. A clause that changes something (改成 · 应该是) is not.
 */
const REASON_AFTER = /[,;，；\s]+(?:因为|由于|那次|这次|当时)?(?:时间|日期)?[^,;，；]{0,4}?(?:还没|没有?|未|不)(?:有)?(?:定|确定|定下来|谈|谈成|开|开成|签|举行|参加|做)(?:下来|成)?(?:了|呢|啊)?$|[,;，；\s]+(?:那次|这次)?(?:已经)?(?:改期|推迟|延期|取消|重复|报重复|报错|写错|记错|搞错)(?:了)?$|[,;，；\s]+(?:其实|实际上?|本来|原来)[^,;，；]{1,24}$/;

// Round 57 (fed; t59b FB1): ，其实是10月份报的 · ，实际是上个月的 — the member's why after the record named, as 时间还没定 is.

/** At most this many records are shown: more means the words were too general to pick one. */
const MAX_SHOWN = 5;

interface Wanted {
  verb: string;
  said: string;
  matches: Activity[];
  /** The member said a slip (记错了 · 不算 · 写错了，请更正) and named the record after it, or not at all (round 55, fhd). */
  slip?: boolean;
  /** None of the talk kind said fit, these are of the other one (廉政谈话 ↔ 谈心谈话; round 56, fgb): its names, said. */
  otherKind?: { said: string; stored: string };
  /** Records said to stay (跟李明那条没问题; round 60, fbc): the clauses, said back so the member sees they are untouched. */
  kept?: string[];
  /**
   * 王强那条撤销 他没谈 (round 62, gbb; gae's left-alone): the one record named by its person is of the latest report, so it is
   * withdrawn at once, as 王强那条撤销 and 撤销和孙丽那条 withdraw it; the reason after it is only said back.
   */
  atOnce?: true;
  /** Directory ids of the people said absent (刘洋没参加): one record found, its change goes on a 请确认修改 card (round 69, gid). */
  absent?: string[];
}

/** A kind noun in the naming words: then they name a record by its kind or day, offered as before (round 60, fbc). */
const KIND_NOUN = /谈话|谈心|学习|检查|党课|会议|教育|承诺书|责任书|警示|信息|报告|调研/;

/**
 * Whether `matches` is the one record of the member's latest report that words naming only its person (王强 · 和王强 ·
 * 11月27日和王强) point at: withdrawn at once, as dropNamedRecord withdraws 王强那条撤销 said without a reason.
 */
function ofLatestByPerson(ctx: BotContext, words: string, people: readonly string[], matches: Activity[]): boolean {
  if (matches.length !== 1 || people.length > 0 || KIND_NOUN.test(words) || ctx.update.chatType === 'group') return false;
  const named = ownRecordsNamed(ctx, words, { loose: true });
  if (!named || named.people.length === 0) return false;
  const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
  return newest !== undefined && siblingsOf(ctx.deps, newest).some((a) => a.id === matches[0]!.id);
}

/**
 * 11月19日那次集中学习删掉吧，那天其实没学成 · 今天跟孙丽那条撤销 记错了 跟李明那条没问题 · 张书记说上周五集体谈话那个 冯雪部长没参加
 * 她出差了 把她去掉 (round 60, fbc; t62a B-F1: read as not held; t62b G5/G6: 没看懂): the record named, offered with its 撤销,
 * never withdrawn unasked. 和王强那条不算 alone stays dropNamedRecord's (the latest report's record, withdrawn at once).
 */
function withdrawalWanted(ctx: BotContext, text: string): Wanted | null {
  const withdrawal = droppedRecordWords(text) === undefined ? storedWithdrawal(text) : undefined;
  if (!withdrawal) return null;
  const said = [withdrawal.words, ...withdrawal.people.map((p) => `和${p}`)].filter((w) => w !== '').join('');
  const matches = withdrawnNamed(ctx, withdrawal.words, withdrawal.people);
  return {
    verb: '撤销',
    said,
    matches,
    slip: true,
    ...(withdrawal.kept.length > 0 ? { kept: withdrawal.kept } : {}),
    ...(ofLatestByPerson(ctx, withdrawal.words, withdrawal.people, matches) ? { atOnce: true as const } : {}),
    ...(withdrawal.people.length > 0 ? { absent: withdrawal.people.flatMap((p) => personInWords(ctx, p) ?? []) } : {}),
  };
}

/**
 * The member's own standing records a withdrawal in words names (round 60, fbc; t62a B-F1, t62b G5/G6): those its words
 * name (loosely: 11月19日学习 · 今天跟孙丽), each having every person said absent (冯雪部长没参加); a person not in the
 * directory names no record (none found is then said). Words that name nothing alone with people: their records.
 */
function withdrawnNamed(ctx: BotContext, words: string, people: readonly string[]): Activity[] {
  const ids = people.map((p) => personInWords(ctx, p));
  if (ids.some((id) => id === undefined)) return [];
  const named = words === '' ? null : ownRecordsNamed(ctx, words, { loose: true });
  const records = named ? named.records : words === '' ? ctx.deps.store.read((db) => db.activities.filter((a) => a.reporter === ctx.update.senderOpenId && !a.deletedAt)) : [];
  return records.filter((a) => ids.every((id) => a.actorId === id || a.counterpartIds.includes(id!)));
}

/**
 * `w` as it stands when records fit; with none, the records its words fit with the other talk kind in place (撤销和李明的
 * 廉政谈话 when the talk with 李明 is a 谈心谈话; round 56, fgb; fhd's left-alone), marked so the answer says the kind differs.
 */
function orOtherKind(ctx: BotContext, w: Wanted, find: (words: string) => Activity[]): Wanted {
  const swap = w.matches.length === 0 ? otherTalkWords(w.said) : undefined;
  const other = swap ? find(swap.words) : [];
  return swap && other.length > 0 ? { ...w, matches: other, otherKind: { said: swap.said, stored: swap.stored } } : w;
}

/**
 * The records a slip's naming words mean (round 55, fhd): those of the member's own the words name, at any age; words
 * that name nothing (那条 · 那个 · nothing) mean the member's latest report, its standing records of their own.
 */
function slipRecords(ctx: BotContext, words: string): Activity[] {
  return referredRecords(ctx, { words, fromNewest: true, orLatest: true });
}

export const changeNamedRecord = defineIntent<Wanted>({
  name: 'changeNamedRecord',
  match(ctx) {
    // While a report waits, 修改… is about that report (the dialog says how), not about one already recorded.
    if (!ctx.sender || ctx.dialog) return null;
    const text = ctx.text.trim().replace(/[。.!！]+$/, '');
    const row = LEDGER_ROW.exec(text.replace(REASON_AFTER, ''));
    const m = row ? [row[0], row[2]!, row[1]!] : NAMED.exec(text);
    // 撤销了两个不合规的报销事项后，和李娟进行了廉政谈话 (round 53, fkbb): a thing of the work undone is a deed of a report.
    if (!row && undoesWorkThing(text)) return null;
    if (!m) {
      // 刚才报的本周四和李明的谈心谈话撤销，记错了 · 那条记错了，撤回 · 之前报的写错了，请修改 (round 55, fhd; t57a F6: 没看懂): the
      // verb after the record's words and a slip; the record found and shown, nothing changed before a tap or a 撤销.
      // 和王强那条不算 stays dropNamedRecord's (the latest report's record, withdrawn at once, round 33c).
      const slip = droppedRecordWords(text) === undefined ? namedAfterSlip(text) : undefined;
      if (slip) return orOtherKind(ctx, { verb: slip.verb, said: slip.words, matches: slipRecords(ctx, slip.words), slip: true }, (words) => slipRecords(ctx, words));
      return withdrawalWanted(ctx, text);
    }
    // The reason after the naming words (，时间还没定) is set aside, only for 撤销: a 修改's words after a comma may be its change.
    // 11月20日那篇廉政信息 (round 57, fed): a pointer inside the naming (那篇 · 那份) names nothing more.
    const said = /^(?:撤销|撤回|删除|删掉)$/.test(m[1]!) ? m[2]!.replace(REASON_AFTER, '').replace(/(?<=\d日|号)(?:那|这)一?(?:篇|份)/, '') : m[2]!;
    // With a reason or a pointer taken off (11月20日那篇廉政信息，其实是…), the words left name a record as a slip's do:
    // loosely (廉政信息 alone is no deed the report parser reads).
    const matches = ownRecordsNamed(ctx, said)?.records ?? (said !== m[2]! ? ownRecordsNamed(ctx, said, { loose: true })?.records : undefined);
    if (matches) return orOtherKind(ctx, { verb: m[1]!, said, matches }, (words) => ownRecordsNamed(ctx, words)?.records ?? []);
    // 撤销11月19日那条学习 (round 60, fbc; t62a B-F1: 没看懂): words the naming above reads nothing from, read as a withdrawal.
    return /^(?:撤销|撤回|删除|删掉)$/.test(m[1]!) ? withdrawalWanted(ctx, text) : null;
  },
  async handle(ctx, w) {
    if (w.atOnce) {
      const result = await undoActivity(ctx.deps.store, w.matches[0]!.id, ctx.update.senderOpenId, ctx.now);
      if (result.ok) {
        const kept = w.kept ? `\n「${w.kept.join('」「')}」：那条保留不动。` : '';
        await ctx.reply(`已撤销：${describeActivity(ctx.deps, result.after, ctx.now)}\n后面说的原因只作说明，没有另记成新的记录。${kept}\n（撤销记录保留在审计日志中，不再计入完成情况。）`);
        return;
      }
    }
    if (w.matches.length === 0 && w.said === '') {
      // 李娟 「之前报的写错了，请修改」 with only 孙丽's 警示教育 of today: whose it is, as correctLatest says it (colleagueRecord).
      const today = shanghaiDate(ctx.now);
      const theirs = colleagueRecords(ctx, (a) => shanghaiDate(new Date(a.createdAt)) === today)[0];
      if (theirs) {
        await ctx.reply(colleagueRecordText(ctx, theirs, ctx.text.trim()));
        return;
      }
      await ctx.reply('您还没有可以修改或撤销的记录（已撤销的不算），没有改动任何内容。只能修改或撤销自己上报的记录；别人上报的，请告诉上报人，或联系纪检管理员。');
      return;
    }
    if (w.matches.length === 0) {
      await ctx.reply(
        `没有找到您上报的「${w.said}」的记录（已撤销的不算）。请核对日期和对象；发送「我的任务」可查看各项完成情况。` +
          '\n只能修改或撤销自己上报的记录；别人上报的，请告诉上报人，或联系纪检管理员。',
      );
      return;
    }
    // 刘洋没参加，删掉 (round 69, gid; t71c: a second step, 请点它下面的「撤销」): the one record's change on the 请确认修改 card.
    const absent = w.absent && w.matches.length === 1 && !w.otherKind && !w.kept ? absentPersonChange(ctx, w.matches[0]!, w.absent) : undefined;
    if (absent) {
      await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), absent, ctx.now);
      const shownFirst = absent.activityId === w.matches[0]!.id ? w.matches[0]! : ctx.deps.store.read((db) => db.activities.find((a) => a.id === absent.activityId))!;
      await ctx.replyCard(changeCardFor(ctx.deps, shownFirst, absent, ctx.now));
      return;
    }
    const shown = w.matches.slice(-MAX_SHOWN);
    const more = w.matches.length > shown.length ? `共找到 ${w.matches.length} 条，下面是最近的 ${shown.length} 条；写明日期或对象可缩小范围。` : `找到 ${shown.length} 条。`;
    const change = w.verb === '修改' || w.verb === '更正';
    // 之前报的写错了，请修改 says no new value: what to change is asked, with how to say it in one line.
    const how = change && w.slip ? '；也可以直接说改成什么，如「刚才那条人数是7人」「刚才那条日期应该是11月19日」' : '';
    const kind = w.otherKind ? `没有找到${w.otherKind.said}；和您说的对得上的是${w.otherKind.stored}（类型不一样，请核对），` : '';
    const kept = w.kept ? `「${w.kept.join('」「')}」：那条保留不动。` : '';
    ctx.notice(`${kept}${w.slip ? `您说要${change ? '更正' : '撤销'}的记录，` : ''}${kind}${more}${change ? `要改哪一项？请在要修改的那一条下点按钮${how}` : shown.length === 1 ? '请点它下面的「撤销」，或发送「撤销」' : '请在要撤销的那一条下点按钮，或发送「撤销第2条」这样的序号'}，还没有改动任何记录。`);
    // Headed by what it is, a search (t54a F3: 【已记录 1 项】 read as if something had just been recorded), and kept, so a
    // typed 撤销 / 撤销第2条 next acts on these records rather than on the latest report (undo.ts, undoNumbered.ts).
    await saveFound(ctx, shown);
    await ctx.replyCard(receiptFor(ctx.deps, shown, ctx.now, [], [], `找到 ${shown.length} 条记录`));
  },
});
