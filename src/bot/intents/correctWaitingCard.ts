// 「修改，和赵敏的是11月20日」「刚才那条不是周三，是周四」「日期改成11月20日，对象是王强」 while a 确认 card waits: the card changed and shown again.
import { isAboveInChain } from '../../domain/report/superiorInChain.js';
import { seniorityIn } from '../../domain/report/seniority.js';
import type { CardCorrection, CardCorrectionContext } from '../../domain/report/cardCorrection.js';
import { cardCorrections } from '../../domain/report/cardCorrections.js';
import { cardCompanionDenied } from '../../domain/report/cardCompanionDenied.js';
import { cardChangeAndDrop } from '../../domain/report/cardChangeAndDrop.js';
import { numberedEditUnread } from '../../domain/report/numberedEditUnread.js';
import { namedItemUnread, spokenCardEdit, verbTitledItem } from '../../domain/report/spokenCardEdit.js';
import { remarkAsideText } from '../../domain/report/correctionRemark.js';
import { cardClauseEdits, type ClauseEdited, type ClauseEditContext } from '../../domain/report/cardClauseEdits.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { clearDialog, saveDialog } from '../dialogStore.js';
import { followUpCard } from '../askFollowUp.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { OutgoingMessage } from '../../feishu/feishuTypes.js';
import type { BotContext } from '../botContext.js';
import { dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { addPersonToCard } from './addPersonToCard.js';
import { reshownCard } from '../reshownCard.js';
import { personInWords } from '../personInWords.js';
import { departmentInWords, departmentNameOf } from '../departmentInWords.js';
import { confirmCardFor } from '../settleReport.js';
import { withNotice } from '../withNotice.js';
import { saysChangeAll } from '../../domain/report/changeAllWords.js';
import { EDIT_LEAD } from '../../domain/report/editLeadWords.js';
import { checkCompanionAdded } from '../../domain/report/checkCompanionAdded.js';
import { numberedGroupPeople } from '../../domain/report/numberedGroupPeople.js';
import { companionNotDoer } from '../../domain/report/companionNotDoer.js';
import { presentNotTalked } from '../../domain/report/presentNotTalked.js';
import { presentItemConflict } from '../../domain/report/presentItemConflict.js';
import { conflictLine } from '../conflictLine.js';
import { describePending } from '../describeActivity.js';
import { numberedKindLast } from '../../domain/report/numberedKindLast.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { memberNumbering, toCardNumbers } from '../../domain/report/memberNumbering.js';

const WAITING = '卡片没有改动，仍在等您确认：请回复「确认」记录、「取消」放弃，或再说一次要改的地方。';


/** How to name the record for the change `what` (类型改为谈心谈话 → 「第2条是谈心谈话」; a day or a person by the usual example). */
function example(what: string): string {
  const kind = /^类型改为(.+)$/.exec(what);
  return kind ? `如「第2条是${kind[1]}」` : '如「第2条是11月11日」或「和某某的是11月20日」';
}

/** What cardCorrections needs of the directory and the member, for the waiting card of `ctx`. */
function correctionContext(ctx: BotContext): CardCorrectionContext {
  return {
    today: shanghaiDate(ctx.now),
    personId: (w) => personInWords(ctx, w),
    personName: (id) => ctx.deps.directory.person(id)?.name ?? id,
    senderId: ctx.sender!.id,
    // Anyone above the member in the chain, as a first reading turns a talk round (superiorHolds, round 35).
    superiorOf: (upper, lower) => isAboveInChain(ctx.deps.directory, upper, lower),
    departmentOf: (id) => ctx.deps.directory.person(id)?.departmentId,
    supervised: (id) => ctx.deps.directory.supervisedBy(id).map((d) => d.id),
    seniority: (id) => seniorityIn(ctx.deps.directory, id),
    departmentId: (w) => departmentInWords(ctx.deps.directory, w),
    departmentName: (id) => departmentNameOf(ctx.deps.directory, id),
  };
}

/**
 * A change of the waiting card's records typed in words (round 20u: the card came back unchanged with 「这条消息没有记录」,
 * and a member who then tapped 确认 stored the day they had said was wrong). Before the dialog's own reading.
 */
/**
 * correctionContext with the reading of a run of names (李明孙丽 · 徐辉副主任) the clause reader adds people by; shared with
 * dropBesideEditsOnQuestion (the same readers on a question's items).
 */
export function clauseContext(ctx: BotContext): ClauseEditContext {
  return {
    ...correctionContext(ctx),
    peopleIn: (words) => {
      const found = parseCounterparts(words, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: [] });
      return found.problems.length === 0 && found.counterparts.length > 0 ? found.counterparts.map((c) => c.id) : undefined;
    },
  };
}

/**
 * Where a one-line message names a second item of the card (第3条是徐主任找我谈的 不是我找他 第1条人数是15人): the start of
 * each 第N条 after the first. Round 62 (gbh; t65a F3's card): the first change was made and 第1条人数是15人 dropped silently.
 */
const NEXT_ITEM = /(?<=\S[，,。；;\s]*)(?=第(?:[1-9]\d?|[一二两三四五六七八九十])条)/g;

/** 第2条 at the start of an edit: the number the clauses after it go on about. */
const ITEM_HEAD = /^第(?:[1-9]\d?|[一二两三四五六七八九十])条/;

/**
 * 第2条是周部长组织的 6人参加 (round 63, gcb; t65a: 「没看懂对第2条的修改」): one numbered item and several changes of it, parted at
 * commas and spaces, each clause after the first given the item's number (第2条6人参加); the text alone when not so.
 */
function clausesOfOneItem(part: string): string[] {
  const head = ITEM_HEAD.exec(part)?.[0];
  if (head === undefined) return [part];
  const clauses = part.split(/[，,；;\s]+/).filter((c) => c !== '');
  return clauses.length < 2 ? [part] : [clauses[0]!, ...clauses.slice(1).map((c) => `${head}${c}`)];
}

/**
 * The card's items after each 第N条 part of `ctx.text` is read on its own, one after another, when the message names two
 * or more items and every part changes the card; undefined otherwise (a drop, a question, a part not read: the readers of
 * the whole message as before).
 */
function eachNamedItem(ctx: BotContext, read: (ctx: BotContext) => ClauseEdited | null): Extract<ClauseEdited, { kind: 'changed' }> | undefined {
  if (ctx.dialog?.kind !== 'confirm' || /\n/.test(ctx.text.trim())) return undefined;
  const split = ctx.text.trim().split(NEXT_ITEM).map((p) => p.replace(/^[，,。；;\s]+|[，,。；;\s]+$/g, '')).filter((p) => p !== '');
  // 日期都错了 第1条是11月24号 第2条是26号 (round 63, gcb; t65a): a lead that only says the card is wrong goes before the parts.
  const named = split.length > 2 && EDIT_LEAD.test(split[0]!) ? split.slice(1) : split;
  const parts = named.length === 1 ? clausesOfOneItem(named[0]!) : named;
  if (parts.length < 2 || !parts.every((p) => /^第/.test(p))) return undefined;
  let items = ctx.dialog.items;
  const said: string[] = [];
  for (const part of parts) {
    const got = read({ ...ctx, text: part, dialog: { ...ctx.dialog, items } } as BotContext);
    if (got?.kind !== 'changed') return undefined;
    items = got.items;
    said.push(got.what);
  }
  return { kind: 'changed', items, what: said.join('；') };
}

/** 部门 · 本部门 · 我们部 · 我们科 before 全体/所有 (round 65, gei; t68a B7: refused while 维权部全体人员 worked): the sender's own. */
const OWN_DEPARTMENT = /(?<=(?:是|为|改成|改为))(?:本部门|我们部门|我们部|我们科室|我们科|本科室|本科|部门|科室)(?=的?(?:全体|所有|全部))/;
/** 不光赵磊 · 不只是赵磊 · 不止赵磊一个: said after the whole department, the one on the card among them (round 65, gei; t68a B7). */
const NOT_ONLY = /[,，;；\s]+(?:不光|不只是?|不止|不仅仅?是?|而不只是?)(?:是)?[\u4e00-\u9fa5]{2,4}?(?:一个人?|一人)?[。!！]*$/;

/** `text` with the sender's own department named where 部门/我们部 stands before 全体 and a 不光X after it dropped. */
function ownDepartmentSaid(ctx: BotContext, text: string): string {
  if (!OWN_DEPARTMENT.test(text)) return text;
  const home = ctx.sender?.departmentId !== undefined ? ctx.deps.directory.department(ctx.sender.departmentId)?.name : undefined;
  return home === undefined ? text : text.replace(OWN_DEPARTMENT, home).replace(NOT_ONLY, '');
}

/** The readers of a waiting card's edit over the whole message (before round 62's part-by-part reading). */
function matchWhole(ctx: BotContext): ClauseEdited | null {
  if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
  // 学的是新修订的《…》 (round 56, fgc; t58b F2): the title of the one item of the kind the verb says, before a which is asked.
  const titled = verbTitledItem(ctx.text, ctx.dialog.items);
  if (titled !== undefined) return titled;
  // 孙丽不算同行，她是被检查科室的 (round 59, fcd; t61b F3): the check's companion taken off.
  const companion = cardCompanionDenied(ctx.text, ctx.dialog.items, correctionContext(ctx));
  if (companion !== undefined) return companion;
  // 第2条维权部那次 王强也去了 他是配合检查的 (round 65, gei; t68a B8: 没看懂): one more companion of a numbered check.
  const went = checkCompanionAdded(normalizeText(ctx.text), ctx.dialog.items, correctionContext(ctx));
  if (went !== undefined) return went;
  // 第2条对象是办公室全体人员 (round 63, gcb; t65a: 「没有在通讯录里找到「办公室全体人员」」): that record's people, whole departments.
  const whole = numberedGroupPeople(ownDepartmentSaid(ctx, normalizeText(ctx.text)), ctx.dialog.items, clauseContext(ctx));
  if (whole !== undefined) return { kind: 'changed', ...whole };
  // 王部长只是陪着 不算他谈的 (round 63, gcb; t65a: 「这条消息没有记录」): the doer went along only; the member holds those records.
  // 孙杰只是在场，没和他谈，第3条不对 · 孙杰没谈 他就在旁边 (round 66, gfc; t68b Part B): read as 「孙杰只是在场 没跟他谈」.
  // 王强只是在场，没和他谈，第3条不对 with the 3rd 孙杰's (round 67, ggd): name and number disagree — asked, the card unchanged.
  const today = shanghaiDate(ctx.now);
  const nameOf = (id: string) => ctx.deps.directory.person(id)?.name;
  const conflict = presentItemConflict(ctx.text, ctx.dialog.items, nameOf, today);
  if (conflict) {
    const items = ctx.dialog.items;
    const describe = (n: number) => describePending(ctx.deps.directory, ctx.deps.duties, items[n - 1]!.draft, today, ctx.sender?.id);
    const then = `卡片没有改动。请说要去掉哪一条，如「去掉第${conflict.named[0]}条」。`;
    return { kind: 'unfit', text: conflictLine(conflict, describe, items.length, '卡片上', then) };
  }
  const present = presentNotTalked(normalizeText(ctx.text));
  const alongWords = present !== undefined ? `${present.name}只是在场 没跟他谈` : normalizeText(ctx.text);
  const along = companionNotDoer(alongWords, ctx.dialog.items, correctionContext(ctx));
  if (along !== undefined) return along;
  // 第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧 (round 63, gci; t66a B-F13): the kind said last, as 第2条改成… is read.
  const kindLast = numberedKindLast(normalizeText(ctx.text));
  const byKind = kindLast !== undefined ? cardCorrections(kindLast, ctx.dialog.items, correctionContext(ctx)) : undefined;
  if (byKind?.kind === 'changed') return byKind;
  const read = cardCorrections(ctx.text, ctx.dialog.items, correctionContext(ctx));
  // 第1条的对象改成胡军，第2条不要 (round 50 fxc): a change and a record left out, in one message.
  if (read?.kind === 'changed') return read;
  const found = cardChangeAndDrop(ctx.text, ctx.dialog.items, correctionContext(ctx)) ?? read;
  // 是张伟和李明签的，不是我 (round 60, fbd): a reading that only asks which record, or finds none, gives way to the clause
  // reader's when that one changes the card.
  // 孙丽也谈了 · 孙丽同志当天也谈了 (round 60 merge, dialogThirtyFourZ: fbd's reader took them with its own reply): one more
  // person said with 也 is addPersonToCard's (round 34b), which adds the record 「已在卡片上加上第N条」 or leaves another day
  // to the report reader; the clause reader steps aside whenever that intent reads the message.
  const clauses = () => addPersonToCard.match(ctx) !== null ? undefined : cardClauseEdits(ctx.text, (ctx.dialog as Extract<typeof ctx.dialog, { kind: 'confirm' }>).items, clauseContext(ctx));
  if (found !== undefined) return found.kind === 'changed' ? found : (clauses() ?? found);
  // 第4条调研报告不是28号，是11月18日报的 (round 55, fha; t57a F4: stored as a new record beside the card): an item of the card
  // named and said wrong is this card's, said unread with the card when no reader takes it — never a new report.
  // 第3条 人数 是12人 啊 · 第2条的时间写成了11月31日 · 第1条的对象还有李娟 (round 56, fgc): spoken edits, read or said.
  const spoken = spokenCardEdit(ctx.text, ctx.dialog.items, correctionContext(ctx), [cardCorrections, cardChangeAndDrop]);
  if (spoken !== undefined) return spoken;
  // 谈话也是张书记谈的，不是我 · 赵书记说不对 那次是廉政谈话 徐辉副主任也在 · 不对 王强是25号 李明孙丽也要记上 (round 60,
  // fbd; t62a B-F2/F3, t62b G3/G4/G8: a new report or 这条消息没有记录): several changes, often passed on, clause by clause.
  const edited = clauses();
  if (edited !== undefined) return edited;
  const n = numberedEditUnread(ctx.text, ctx.dialog.items.length);
  const unread = n !== undefined ? `没看懂对第${n}条的修改：「${ctx.text.trim()}」，卡片没有改动。请说改后的内容，如「第${n}条日期改为11月18日」「第${n}条是谈心谈话」「第${n}条对象是王强」。` : namedItemUnread(ctx.text, ctx.dialog.items.length);
  return unread !== undefined ? { kind: 'unfit', text: unread } : null;
}

/** 对象改成我 · 第2条的对象应该是我: the counterpart field said to be the member. */
const SELF_COUNTERPART = /^(第\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*条)?(?:的)?(?:谈话|签订|签字)?对象(?:要|应该)?(?:改成|改为|换成|是|应该是)(?:我|我本人|本人|我自己)[。.!！~\s]*$/;

export const correctWaitingCard = defineIntent<ClauseEdited>({
  name: 'correct-waiting-card',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'confirm') return null;
    // 都改 to 「是哪一条」 (round 62, gbc; t64a G7): the change asked about, said for every record (都 + the change).
    if (ctx.dialog.whichAsked !== undefined && saysChangeAll(ctx.text)) {
      const all = cardCorrections(`都${ctx.dialog.whichAsked}`, ctx.dialog.items, correctionContext(ctx));
      if (all?.kind === 'changed') return { ...all, what: `${all.what}，卡片上的各条都改` };
      return { kind: 'unfit', text: `没能把「${ctx.dialog.whichAsked}」改到每一条上，卡片没有改动。请说是第几条，如「第2条是11月11日」。` };
    }
    // 对象改成我 · 第2条对象是我 (round 66, gfd; gei's leftover: 这条消息没有记录): the member's name put for 我, read as any name.
    const self = SELF_COUNTERPART.exec(normalizeText(ctx.text).trim());
    if (self) {
      const read = cardCorrections(`${self[1] ?? ''}对象改为${ctx.sender.name}`, ctx.dialog.items, correctionContext(ctx));
      if (read !== undefined) return read;
    }
    // 第4条对象是王强 on a card numbered by the member's lines 1. 2. 4. (round 66, gfd): the card's third record.
    const members = memberNumbering(ctx.dialog.items, ctx.dialog.remarks);
    const moved = members ? toCardNumbers(ctx.text, members) : undefined;
    if (moved?.unread !== undefined) return { kind: 'unfit', text: `您消息里的第${moved.unread}行没有读出活动，卡片上没有这一条，卡片没有改动。如需记录，请单独发送那一项；改卡片上的记录，请按卡片上的编号说，如「第${members!.numbers.at(-1)}条对象是王强」。` };
    if (moved !== undefined) {
      const read = cardCorrections(moved.text, ctx.dialog.items, correctionContext(ctx));
      if (read?.kind === 'changed') return { ...read, what: moved.shownOf(read.what) };
    }
    // Two items named in one line, each changed (round 62, gbh; t65a): read part by part when the whole reading keeps less.
    const whole = matchWhole(ctx);
    const parted = eachNamedItem(ctx, matchWhole);
    if (parted !== undefined && (whole === null || whole.kind !== 'changed' || JSON.stringify(whole.items) !== JSON.stringify(parted.items))) return parted;
    return whole;
  },
  async handle(ctx, c) {
    const d = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'confirm' }>;
    if (c.kind === 'ask_days') {
      // People added with no day said: the card becomes the question of their day, the records it held listed with it;
      // nothing is stored until every day is known and the card is confirmed.
      const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
      await clearDialog(ctx.deps.store, key, d.cardId);
      const messageIds = [...(d.sourceMessageId ? [d.sourceMessageId] : []), ...(d.relatedMessageIds ?? []), ctx.update.messageId];
      const asked = [...c.items.filter((i) => i.problems.length > 0), ...c.items.filter((i) => i.problems.length === 0)];
      await saveDialog(ctx.deps.store, key, { kind: 'report', items: asked, remarks: d.remarks, reasons: [...new Set([...d.reasons, 'card_edited' as const])], messageIds }, ctx.now);
      const card = followUpCard(ctx.deps, asked, shanghaiDate(ctx.now), undefined, undefined, ctx.sender!.id);
      const carried = withNotice({ kind: 'card', card }, [`已按您的更正修改（${c.what}），原来那张卡片作废；还没有记录，请先说新加的人是哪一天谈的。`]);
      await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
      return;
    }
    if (c.kind !== 'changed') {
      const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(ctx.deps, d.items, d.reasons, d.duplicates, d.remarks, ctx.now, ctx.sender!.id) };
      const said =
        c.kind === 'which'
          ? `卡片上有几条记录都可能是您要改的（${c.what}），请说是哪一条，${example(c.what)}；每一条都要改，请回复「都改」。`
          : c.text;
      // Kept with the card for 「都改」; a change of the card settles it anew without it.
      if (c.kind === 'which') await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), { ...d, whichAsked: ctx.text.trim() }, ctx.now);
      const carried = withNotice(again, [said, WAITING]);
      if (carried?.kind === 'card') await ctx.replyCard(carried.card);
      else await ctx.reply(`${said}\n${WAITING}`);
      return;
    }
    // Shown again for 确认 with the change said: a change in words is never stored without a look (issue 10); as any
    // change on the card, it replaces the card it corrects, so a tap on the old one stores nothing uncorrected.
    const turn = { who: { person: ctx.sender!, openId: ctx.update.senderOpenId }, sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, now: ctx.now };
    // Round 64, gdi (t67a P4): an edit typed on the card is said as a card edit, never as 「消息里有您更正过的内容（不对，是…）」
    // (which quoted the member's edit as if the first message had it).
    const card = await reshownCard(ctx.deps, turn, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), d, c.items, 'card_edited');
    // 陈志强副理事长也来了 beside the change (t52a F6): said as not recorded, never dropped silently.
    const aside = c.aside !== undefined ? [remarkAsideText(c.aside)] : [];
    const carried = withNotice({ kind: 'card', card }, [`已按您的更正修改（${c.what}），请核对后确认。`, ...aside]);
    await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
  },
});
