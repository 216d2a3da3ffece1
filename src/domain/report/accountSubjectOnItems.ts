// An account a clerk writes of one leader's deeds (round 57, feb; t59b F2, F4: items of the account given to the sender):
// 陈静「郑部长11月份：11月6日组织部门学习…；11月13日与我进行谈心谈话；11月27日向党组书面报告了本部门…」 put the 报告 on the
// clerk herself (a heading is read at a line's own end only), and 王磊「赵书记11月份来我们宣文部两次，一次是11月10日参加…会议
// 并讲话，一次是11月24日和我签了责任书」 asked 和谁 and then 哪位领导 for the signing. The one the account opens with did every
// item that names no subject of its own: written before each such item, as the clerk would say it item by item.
import { perNames } from './directoryNames.js';
import type { PassEnv } from './textPass.js';

/** 本月 · 11月份 · 这周 · 上个月 · 近期: the span an account covers, right after whose it is. */
const SPAN = '(?:本月|这个?月|上个?月|(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?|本周|这周|上周|近期|近来|这段时间)';
/** A surname and a post: 郑部长 · 赵书记 · 陈副理事长 · 何主任. */
const SURNAME_POST = '[\\u4e00-\\u9fa5](?:副)?(?:书记|部长|主任|理事长|科长)';
/** An item's number before its words: 1. · ① · （1） · 一是. */
const NUMBERING = /^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}[.、．](?:(?!\d)|(?=\d{1,2}月))|[（(]\d{1,2}[）)]|[一二三四五六七八九十]是)?\s*/;
/** A day opening an item: 11月6日 · 6号 · 周三 · 上周三 (上午/下午 after it), then a comma perhaps. */
const ITEM_DAY = /^(?:(?:\d{1,2}月)?\d{1,2}[日号]|(?:上上|上|本|这)?(?:周|星期)[一二三四五六日天])(?:上午|下午|晚上)?\s*[,，]?\s*/;
/** An item that names a doer of its own: 我 · 本人 · 他/她 · a department or body (财务科组织…) · 另外/同时 (another's deed). */
const OWN_SUBJECT = /^(?:我|本人|他|她|咱|另外|同时|此外|其他|[\u4e00-\u9fa5]{1,5}(?:部|科|室|中心|党委|党组|纪委)(?:组织|开展|召开|举办|举行|全体|集中))/;
/** An instance's opener in a counted account: 一次是 · 另一次是 · 第二次 · 还有一次 (after a comma, or a space of voice input). */
const OPENER = /(^|[，,；;]\s*|\s+)(?:其中|还有|另)?(?:一次|第[一二三四五六]次)(?:是|为)?\s*/g;

/**
 * `text` with, on each line that opens with one person (X: a full name of the directory other than the sender, or a
 * surname and post, with a post after a name perhaps) and then either
 *  - a span and a colon over items parted by ；(郑部长11月份：A；B；C), or
 *  - a span perhaps and a counted visit (来我们宣文部两次，) over instances opened by 一次是 (一次是A，一次是B),
 * X written before every item (after its number) that names no subject of its own: 郑部长11月份：郑部长A；郑部长B；郑部长C ·
 * 赵书记11月份来我们宣文部两次，赵书记A，赵书记B. Items after the list's sentence (另外…。) are left as they are; so is any
 * other line.
 */
export function withAccountSubjectOnItems(text: string, env: PassEnv): string {
  const shared = accountPatterns(env.names);
  let own: AccountPatterns | undefined;
  // The patterns are built once per directory with every name (issue 14, r58 fdg: built per message from the 1,000
  // names of a large directory they were 45–60 ms of each report). The account is never the sender's own, so a match
  // that opens with the sender's name is read again without it — exactly what the sender-less patterns would read.
  const ofOthers = (line: string, pick: (p: AccountPatterns) => RegExp): RegExpExecArray | null => {
    const found = pick(shared).exec(line);
    if (!found || env.senderName === undefined || !found[2]!.startsWith(env.senderName)) return found;
    own ??= buildPatterns(env.names.filter((n) => n !== env.senderName));
    return pick(own).exec(line);
  };
  return text
    .split('\n')
    .map((line) => {
      const list = ofOthers(line, (p) => p.listed);
      if (list) return withSubjectOnParts(line, list[0].length, list[2]!, /[；;]/, false);
      const count = ofOthers(line, (p) => p.counted);
      if (count) return withSubjectOnParts(line, count[0].length, count[2]!, /[，,；;]/, true);
      return line;
    })
    .join('\n');
}

/** The two openings of an account: `listed` (X + span + ：) and `counted` (X + span + a counted visit); group 2 is X. */
interface AccountPatterns {
  listed: RegExp;
  counted: RegExp;
}

function buildPatterns(names: readonly string[]): AccountPatterns {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const person = `(?:(?:${sorted.join('|')})(?:同志)?(?:副?(?:书记|部长|主任|理事长|科长))?|${SURNAME_POST})`;
  return {
    listed: new RegExp(`^(\\s*)(${person})(${SPAN})(?:的?(?:工作|廉政工作|工作情况|情况|履职情况))?\\s*[：:]\\s*`),
    counted: new RegExp(`^(\\s*)(${person})(${SPAN})?(?:共|一共|先后)?(?:来|到|去|深入)[^，,。；;：:\\n]{1,12}?(?:[两二三四五六]|[2-6])次(?:\\s*[，,：:]\\s*|\\s+(?=(?:其中|还有|另)?(?:一次|第[一二三四五六]次)))`),
  };
}

/** The patterns over every name of the directory, built once per names array. */
const accountPatterns = perNames(buildPatterns);

/**
 * `line` with `who` written before each subjectless item after `from`, up to the end of the sentence (。). Items are
 * parted by `apart`; with `opened`, only instances opened by 一次是 (the opener gone) and at least two of them.
 */
function withSubjectOnParts(line: string, from: number, who: string, apart: RegExp, opened: boolean): string {
  const end = line.slice(from).search(/[。！!？?]/);
  const body = end < 0 ? line.slice(from) : line.slice(from, from + end);
  const rest = end < 0 ? '' : line.slice(from + end);
  if (opened) {
    OPENER.lastIndex = 0;
    const instances = [...body.matchAll(OPENER)];
    if (instances.length < 2 || instances[0]!.index !== 0) return line;
    const written = body.replace(OPENER, (whole: string, sep: string, at: number) => {
      const after = body.slice(at + whole.length);
      return OWN_SUBJECT.test(after.replace(ITEM_DAY, '')) ? whole : `${sep}${who}`;
    });
    return line.slice(0, from) + written + rest;
  }
  const parts = body.split(new RegExp(`(?<=${apart.source})`));
  if (parts.length < 2) return line;
  const written = parts.map((part) => {
    const numbered = NUMBERING.exec(part)![0];
    const words = part.slice(numbered.length);
    if (words.trim() === '' || words.startsWith(who) || OWN_SUBJECT.test(words.replace(ITEM_DAY, ''))) return part;
    return `${numbered}${who}${words}`;
  });
  return line.slice(0, from) + written.join('') + rest;
}
