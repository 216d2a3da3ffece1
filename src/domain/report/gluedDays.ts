// 宣文部11月工作台帐11月5日 组织…学习《条例》11月12日 王磊部长与我进行谈心谈话11月19日 报送廉政信息2篇11月26日 组织观看…
// (round 38, t37c F1/F4: an account's lines pasted with their breaks lost (a lost \n written as a bare n is restored before, by
// lostLineBreaks.ts) were read as one sentence: the days were paired with the wrong deeds, 王磊's talk put on 11-05 and the film's
// 6人 given to a second, untitled study). A written day glued straight onto the end of a deed opens a line of its own.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** A written day (11月5日 · 2026年11月5日 · 11月5号). */
const DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]';

/**
 * Where a day is glued onto what comes before it with no break or only a space (the match: that space, if any): not
 * after a digit, a mark, a bracket or a word that ties the day to the words before it (于 · 在 · 至/到 a span · 和/与/及 another day · 是/为 a day told of someone ·
 * 截至/自/从/起 · 将/拟 a plan). The day must open a deed, not name a time of it (11月5日的… · 11月5日前 · 11月5日以来 ·
 * 11月5日至/到/、/和 another day).
 */
const GLUED = new RegExp(
  `(?<=[^\\d\\s,;:，；：。!?！？、()（）《“"'‘\\-—~～/.年月日号至到和与及同跟于在是为即从自起止截将拟约定改推延等前后])[^\\S\\n]*(?=${DAY}(?!\\s*(?:的|前|后|以来|以后|之前|之后|起|止|左右|至|到|[、~～\\-—]|[和与及]\\s*\\d)))`,
  'g',
);

/** A day, then words going on with the subject before: 带我们/带大家/带着… · 组织我们/大家 · 又 · 还 · 再 · 随后 · 接着 · 然后. */
const GOES_ON_AFTER_DAY = new RegExp(`^${DAY}[^\\S\\n]*(?:上午|下午|晚上)?[^\\S\\n]*(?:带(?:我|大家|着|领)|组织(?:我|大家)|又|还|再(?!次)|随后|接着|然后)`);

/** A verb of a deed (谈话 · 签了 · 自查 · 报送…), said with its kind's name or without. */
const DEED_VERB = /谈|签|查|学习|观看|报送|上报|提交|讲|开展|组织|召开|参加/;

/** 宣文部11月工作台帐 · 教就部补录: an account's title right before its first day. */
const ACCOUNT_TITLE = /(?:台账|台帐|工作|记录|情况|补录|补报)\s*$/;

/** 王部长 · 赵敏书记 · 孙丽同志 · 我 · 中心 right before a day: the one whose deed the day dates. */
const DOER_BEFORE = /(?:书记|理事长|部长|主任|科长|科员|干事|领导|同志|负责人|我|本人|中心|部|科|室)\s*$/;

/** Whether `words` name an activity: a type or a title. */
function namesActivity(words: string): boolean {
  const { titles, rest } = extractTitles(words);
  return titles.length > 0 || findKinds(rest).length > 0;
}

/** Whether `words` tell a deed: a type, a title, or a verb of one. */
function tellsDeed(words: string): boolean {
  return namesActivity(words) || DEED_VERB.test(extractTitles(words).rest);
}

/**
 * `text` with a line break before each written day glued onto the end of a deed with no break or only a space between,
 * when the words before it since the last break tell a deed (or head the account: …台帐 · …工作 · …补录) and the words of
 * its own clause after it tell one too: 「…学习《条例》11月12日 王磊部长与我进行谈心谈话」 → two lines. A day inside a
 * sentence (王部长与我11月12日进行了谈心 · 定于11月20日召开 · 11月5日至11月12日 · 截至11月30日) breaks nothing: the words
 * before it tell no deed of their own, end with someone (`people`: the directory's names; a title, 我, a department) whose
 * deed the day dates, or a word ties the day to them. Lines already apart, and a table's tab-separated rows, are left as
 * they are.
 */
export function breakGluedDays(text: string, people: readonly string[] = []): string {
  return text
    .split('\n')
    .map((line) => {
      // 三季度⇥警示教育⇥8月20日⇥观看《围猎》 (round 40, t39a F16: the row cut at its 完成时间 cell, its type lost): a row of
      // a pasted table keeps its cells together; the day is a cell of it, glued to nothing.
      if (line.includes('\t')) return line;
      const cuts = [...line.matchAll(GLUED)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
      if (cuts.length === 0) return line;
      let out = line.slice(0, cuts[0]!.at);
      for (const [i, cut] of cuts.entries()) {
        const piece = line.slice(cut.end, cuts[i + 1]?.at ?? line.length);
        // The words since the last break: 张伟书记11月3日主持… · 赵敏书记11月24日与王磊谈心 name the doer before the day, no deed.
        const before = out.slice(Math.max(...[...'\n,;:，；：。!?！？'].map((c) => out.lastIndexOf(c))) + 1);
        // 学习《条例》11月5日，观看《围猎》11月26日: a day closing its deed's clause opens none; 调研报告11月28日已经报送 names
        // no deed of its own after the day.
        const opens = namesActivity(piece.split(/[,;。，；!?！？]/)[0]!);
        // …谈了 刘芳副理事长11月6日与周涛… : a day after someone is the day of that person's deed, whatever came before.
        const afterSomeone = DOER_BEFORE.test(before) || people.some((name) => before.trimEnd().endsWith(name));
        const tells = tellsDeed(before) || ACCOUNT_TITLE.test(before);
        // 吴部长11月6号和我谈心谈话 11月13号带我们去…检查了… (round 58, fde; t60b F6's kind spoken: the check made the sender's):
        // a day opening a clause that goes on from the one before (带我们 · 又 · 还 · 随后…) is that sentence's next step, a comma.
        // Spoken clauses (spaces between their words) are left to the voice readers, which part them their own way.
        const goesOn = GOES_ON_AFTER_DAY.test(piece) && !/[^\S\n]/.test(piece.trim());
        out += tells && opens && !afterSomeone ? (goesOn ? `，${piece}` : `\n${piece}`) : line.slice(cut.at, cut.end) + piece;
      }
      return out;
    })
    .join('\n');
}
