// 本月我与分管的组联部、康复部负责人分别开展了廉政谈话：11月10日与周涛，11月17日与吴静 (round 32b F4): the group the heading
// names is the list after it, day by day. Read as it stood, the group was expanded on the first day and the list read again, so
// a talk with 吴静 on 11-10 was invented beside her own on 11-17.
import { parseCounterparts } from './parseCounterparts.js';
import { doersBefore, byEachDoer } from './groupListDoers.js';
import type { PassEnv } from './textPass.js';

/** The talk or signing a heading names once for its list: 廉政谈话, 谈心谈话, 签订了廉政责任书… */
const DEED = '(?:集体|任前|提醒)?(?:廉政谈话|谈心谈话|提醒谈话|谈话|谈心|签订了?[^:,;。!?]{0,12}?(?:责任书|承诺书))';

/**
 * The heading: who (maybe a span word first: 本月, 近期, perhaps set apart by a comma: 11月上旬，我和赵敏…), 与/和/跟/同 the group, maybe 分别/先后/逐一, 开展了/进行了 and the
 * deed, then its separator (a colon or dash after normalizeText; a comma only after 分别/先后/逐一, which promise the items).
 */
const HEADING = new RegExp(
  `^((?:[^:,;。!?]{1,8},)?[^:,;。!?]{0,12}?)(?:与|和|跟|同)([^:,;。!?]{2,30}?)(分别|先后|逐一|一一)?(?:开展|进行|举行)?了?(${DEED})(?:工作)?\\s*(:|-{1,2}|—{1,2}|,)`,
);

/**
 * The heading with a longer lead, tried only for three or more doers written before the group (张伟书记、王建国副理事长、
 * 刘芳副理事长分别与…, issue 10): names and titles outrun HEADING's short lead, which stays short for every other lead.
 */
const HEADING_MANY = new RegExp(HEADING.source.replace('[^:,;。!?]{0,12}?', '[^:,;。!?]{0,40}?'));

/** One item of the list: a day of its own, then 与/和/跟/同/找 and whom (and maybe the deed said again). */
const ITEM = /^\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:本周|上周)?周[一二三四五六日天](?:上午|下午)?)\s*(?:[,，]\s*)?(?:分别)?(?:与|和|跟|同|找)([^:,;。!?]{1,20})$/;

/** 和王强一起与… · 陪同: a companion in the heading, whom the list would not name. */
const TOGETHER = /一起|一同|一道|一块|陪/;

/** A group the directory expands (分管科室负责人, 各部室负责人, 班子成员): the list after it names its members. */
const GROUP_WORD = /负责人|负责同志|班子成员|党组成员/;

/** The word opening a breakdown after the heading: 其中(：) · 具体为 · 具体如下： · 分别为. */
const OPENER = /^\s*(?:其中|具体(?:为|是|如下)|分别(?:为|是)|情况如下)\s*[:,]?\s*/;

/** A day word in the heading's lead: then the heading is a deed of its own day, not a heading over a list. */
const OWN_DAY = /\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]|上午|下午/;

/**
 * `text` with each heading over a day–person list (X与<group>分别开展了廉政谈话：D1与A，D2与B) written as the list's own
 * items (XD1与A进行了廉政谈话，D2与B进行了廉政谈话): the group is who the list names, never expanded beside it. A heading
 * with a day of its own, a list of fewer than two items, an item without its own day and partner, a companion (一起, 陪同)
 * or a second partner word (我和陈志强分别与…) is left as it is. Members of the group the list does not name keep the
 * heading's deed and day, a clause of their own (so a vague 本月 is asked). Reads the text after normalizeText (ASCII
 * colon and comma); `env` gives the directory the group is read against, the sender and today.
 */
export function withGroupOverDayList(text: string, env: PassEnv): string {
  return text
    .split(/(?<=[。!?\n])/)
    .map((sentence) => {
      const short = HEADING.exec(sentence);
      const many = short ? undefined : HEADING_MANY.exec(sentence);
      // The long lead is only for a run of three or more doers: any other lead keeps the short heading or none.
      if (many && (doersBefore(many[1]!, many[2]!, env)?.ids.length ?? 0) < 3) return sentence;
      const head = short ?? many;
      if (!head) return sentence;
      const [whole, lead, group, respectively, deed, separator] = head;
      if (OWN_DAY.test(lead!) || TOGETHER.test(group!)) return sentence;
      // 我和陈志强分别与分管部门负责人…：… · 王建国、陈志强分别与…：… (round 33a): several doers before the group; the list is
      // every talk, each held by the doer the directory gives that person to (or asked between the two).
      const doers = doersBefore(lead!, group!, env);
      // A comma promises a list only after 分别/先后/逐一, or after several doers (班子成员与分管科室负责人开展廉政谈话，11月10日与李明，…:
      // issue 10, cc4 — each doer's own heads, never every head with every leader on the first day).
      // A group word the items then name one by one (本月与分管科室负责人开展廉政谈话，11月10日与周涛，…) is a list too: read as a
      // heading of its own, the group was asked its day beside the list's talks with the same people.
      const groupWord = GROUP_WORD.test(group!) && !env.names.some((n) => group!.includes(n));
      if (separator === ',' && respectively === undefined && !doers && !groupWord) return sentence;
      const end = /[。!?\n]*$/.exec(sentence)!;
      // ，其中：… · ，具体为…: a word opening the breakdown stands before its first item.
      const body = sentence.slice(whole.length, end.index).replace(OPENER, '');
      if (doers) return byEachDoer(doers, body, deed!, end[0]) ?? sentence;
      // A second partner word with no two doers read: the sentence is left to the readers after.
      if (/与|跟|同|分别/.test(group!) && env.names.some((n) => group!.includes(n) && !body.includes(n))) return sentence;
      const parts = body.split(/[,;]/);
      if (parts.length < 2) return sentence;
      const items = parts.map((p) => ITEM.exec(p));
      if (items.some((m) => m === null)) return sentence;
      // The span word (本月, 近期) goes: each item has its own day. Who did it stays.
      const who = lead!.replace(/^(?:本月|本周|上周|上月|近期|近日|这个月|这周|今年|本季度|\d{1,2}月(?:份)?)(?:以来|中旬|上旬|下旬)?\s*/, '');
      const signing = deed!.startsWith('签订');
      const deedWord = signing ? deed!.replace(/^签订了?/, '签订了') : `进行了${deed}`;
      const spelled = items.map((m) => {
        let whom = m![2]!.trim();
        if (whom.endsWith(deed!)) whom = whom.slice(0, -deed!.length).replace(/(?:进行|开展)了?$/, '');
        return `${m![1]}与${whom}${deedWord}`;
      });
      const list = `${who}${spelled.join(',')}`;
      // 与班子成员…——11月5日和王建国，11月12日和刘芳: those of the group the list leaves out are not dropped: theirs is the
      // heading's deed with no day of its own (asked), a sentence apart. After the list when the lead has a span word (a
      // 本月 sentence before day sentences heads them, withDayPerSentence); before it otherwise (after it, the list's last
      // day would be carried to them).
      const left = groupLeftOut(group!, body, env);
      if (left.length === 0) return `${list}${end[0]}`;
      const rest = `${lead}与${left.join('、')}${deedWord}`;
      return who !== lead ? `${list}。${rest}${end[0] || '。'}` : `${rest}。${list}${end[0]}`;
    })
    .join('');
}

/** The names of the people `group` stands for (as the report reads it for the sender) that `body` does not name. */
function groupLeftOut(group: string, body: string, env: PassEnv): string[] {
  const now = new Date(`${env.today}T12:00:00+08:00`);
  const read = parseCounterparts(group, { now, directory: env.directory, senderId: env.senderId, mentions: [] });
  return read.counterparts
    .filter((c) => c.departmentId === undefined)
    .map((c) => env.directory.person(c.id)?.name ?? '')
    .filter((n) => n !== '' && !body.includes(n));
}
