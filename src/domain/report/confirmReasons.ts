// When the bot is less than sure of what it read: a long or news-style message, someone else's deed, a group, many records.
import type { ConfirmReason, ParsedReport } from './draft.js';
import { saysUnsure } from './saysUnsure.js';

/** More records than this in one message are shown for a tap first. */
export const MANY_RECORDS = 3;
/**
 * A message longer than this (characters, white space aside) reads like a
 * 工作动态 item rather than a chat report. Chosen from the corpus in
 * test/domain/report: every short first-person report there is at most 40;
 * news-style items start around 45.
 */
export const LONG_MESSAGE = 48;

/** Words of a news item or a meeting's minutes, not of a member telling what they did. */
const NEWS_STYLE = /强调|指出|要求|会议认为|会上|会议传达|一是|二是|此次|本次|进一步|切实|筑牢|警钟长鸣|以案为鉴|同志们|通过|进行了部署|引导|推动|营造/;

/** 《…》: a title, whose words say nothing of how the message is written (a slogan in “” may still say the kind, so stays). */
const TITLED = /《[^《》\n]*》/g;

/** …应该算是廉政谈话吧 · 按谈心谈话记吧: the member is not sure of the type either (round 22, K6), so it is shown for a tap. */
// …这个算廉政教育吗 (round 48, fte): asked whether it counts, the same (the deed is read with that type, typeAskedHedged).
const HEDGED_TYPE = /(?:算|记为|记作|按)[^,，。;；]{0,16}(?:吧|吗|么)[\s。.!！~～?？]*$|算不算[^,，。;；]{0,16}$/;

export const CONFIRM_REASON_TEXT: Record<ConfirmReason, string> = {
  third_person: '记在他人名下（您代为上报）',
  took_part: '您是参加者，组织者没能确定，暂记在您名下；如不对请修改',
  group: '按通讯录展开了多人',
  inferred_type: '类型是从写法推断的',
  many: `一次超过${MANY_RECORDS}条`,
  long: '内容较长，像工作动态',
  // Round 66, gfh (t69a F5b): a short message with a news item's or minutes' words (强调 · 要求 · 会上 · 通过…), not long.
  news_words: '消息用了工作动态或会议纪要的写法（如「会上」「要求」「强调」），请核对',
  title_words: '题目里有工作动态常用的词（如「筑牢」「以案为鉴」「警钟长鸣」），请核对题目和类型',
  items: '一条消息里有多项活动，已逐项拆开，请核对',
  not_held: '消息里有没有进行的活动（延期、取消或未开成），已略去，只记其余各项，请核对',
  head_count: '参加人数多于组织架构里登记的人数，请核对人数',
  subject_unclear: '句首的人被记成了对象、活动人记成了您本人，请核对是谁做的',
  direction: '只写了姓名和类型，按您与对方的谈话记录；如是对方找您谈话，请点「修改」',
  // round 54, fja: 之前报的写错了 · 以这条为准 with nothing stored to change.
  restated: '消息说之前报的写错了（或以这条为准），但没有找到可以更正的记录：确认会记成新的一条；是更正的话请点「取消」，在原记录回执上点「修改」',
  corrected_day: '消息里有您更正过的内容（不对，是…），已按更正后的填写，请核对',
  companion: '一同参加的领导没有记为谈话对象，按您主谈记录；如是该领导主谈，请点「修改」改活动人',
  // t44b F8: a check with someone of lower rank (和林晓对…检查) was shown with the leftover note, naming nothing.
  check_companion: '同去的人按陪同记录，检查按您带队记录；如是对方带队，请点「修改」改活动人',
  day_span: '写的是一段时间（…至…），按第一天记录；如要记另一天请点「修改」',
  blank_doer: '表格里谈话人一栏是空的，按您本人记录；如不是您谈的，请点「修改」',
  // Round 57, fef (t59b F7): the words written are named in the record's remark; this line names none of its own.
  unit_word: '消息里对本单位的称呼与您所在部门对不上，活动人按您本人记录，请核对是谁组织的',
  not_said_done: '消息里说的是今天上午或下午要做的事（「下午去…检查」「下午开…会」），没有说已经做了：已经完成请点「确认」，还没有做请点「取消」',
  // Round 59, fcf (t61a F3): 今天下午召开了… sent at 10:00 — said done, at a part of today not come yet.
  later_part_done: '消息说已经做了，写的却是今天还没到的时段（上午、下午），请核对：已经做过请点「确认」，日期写错了请点「修改」',
  leftover: '消息里有日期、人名、类型或题目没有对应到任何记录，请逐条核对（活动人、对象、日期）',
  card_edited: '卡片已按您的修改更新（去掉或改了其中一条），以上就是确认后要记录的全部内容',
  forwarded: '这是转发的内容，按其中写的活动人记录；如是您本人做的或写错了，请点「修改」',
  // Round 44 fqe: 部门学习 12.2 条例 8人, a 台账-like line of cells, read as prose; its title had no 《》.
  terse_note: '按简写读出：日期、活动、题目（原文没有书名号）和人数，请核对',
  // Round 45 fre: 与周涛、吴静三位同志 — the count said more (or fewer) people than the names.
  count_unlike: '消息里的人数与写出的姓名个数对不上，已按写出的姓名记录，请核对',
  // Round 50 fxe kind 2: 「…签了廉政承诺书 这个要报吗」 was dropped as a question; the deed is read and shown for a tap.
  asked_whether: '您问了这条要不要报、能不能补录：已按消息里的活动读出，请核对；无误请点「确认」',
  // Round 56, fgf (t58a F7): 1月5日 sent in December, no year said — stored at once as eleven months back.
  distant_day: '日期没有写年份，按今年算是三个多月以前，请核对日期（是不是写错了月份）',
  // Round 57, fed (t59a F7): 再补1篇 to a stored record — the new ones beside it, never counted as its duplicates.
  top_up: '补记：在已有的同一天同类记录之外，按您说的数目再记，不算重复',
  // 补一下，签完责任书后还和她们分别谈了话 (round 59, fca; t61a F2): the day and people come from the record just stored.
  after_stored: '补记：日期和对象按您刚才记录的签订责任书填写，请核对',
  // 廉政谈话 同一天还找吴静也谈了 to 是哪类活动？ (round 60, fbe; t62b G1): the addition's record takes the asked one's doer and day.
  added_in_answer: '回答里另说了一项：没写的活动人、日期和类型沿用所问的那一条，请核对',
  // Round 63, gcc: 孙丽也一起 · 周滔也在 · 刘理事长也来听了 — someone there beside the deed, who may be more than that.
  present_named: '消息里提到的在场的人没有记为对象或活动人（见下面的注），请核对；如也和其谈了或是其主持的，请点「修改」',
  // Round 64, gdh (t67a F5): 张伟「下午找王磊谈了谈心 张三不在」 listed 张三 among 「在场的人」 — he was said away.
  away_named: '消息里说不在场的人没有记入（见下面的注），请核对',
  // Round 64, gda: 孙丽「今天给中心上了廉政党课」 — 中心 is not her unit; the directory's one 中心 is read, and shown.
  audience_unit: '消息里的「中心」不是您所在的部门，按通讯录里唯一的中心记录，请核对',
  unsure: '消息里说了「不对」「不确定」或「待核实」，请逐项核对；无误请点「确认」，有误请点「修改」或「取消」',
};

/**
 * Why `reports` (all complete) should be confirmed before they are stored;
 * empty when a short, clear, first-person report can be recorded at once.
 */
export function confirmReasons(reports: ParsedReport[], text: string): ConfirmReason[] {
  const reasons = new Set<ConfirmReason>();
  for (const r of reports) for (const reason of r.reasons ?? []) reasons.add(reason);
  if (reports.length > MANY_RECORDS) reasons.add('many');
  if (HEDGED_TYPE.test(text)) reasons.add('inferred_type');
  if (saysUnsure(text)) reasons.add('unsure');
  // 12月1号给组联部讲了廉政党课《守住底线 筑牢防线》 (round 66, gfh; t69a F5b: one line said 「内容较长，像工作动态」 — 筑牢 inside
  // the title): a title is what the deed was called, not how the message is written, and a short message
  // with a news item's words is said to be written like one, never to be long.
  // Several lines (a pasted 台账 or 工作动态) are read whole, titles and all, as before.
  // Only a title's words (《警钟长鸣》 · 《守住底线 筑牢防线》) still show the card, as they did (a film's or a lecture's title may be
  // a theme the kind was read from), and the card says that is why.
  if (text.replace(/\s/g, '').length > LONG_MESSAGE) reasons.add('long');
  else if (NEWS_STYLE.test(text.trim().includes('\n') ? text : text.replace(TITLED, ''))) reasons.add('news_words');
  else if (NEWS_STYLE.test(text)) reasons.add('title_words');
  return [...reasons];
}
