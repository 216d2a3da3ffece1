// 「陈志强副理事长郑华、冯雪均已谈完，时间是11月13日」「赵敏书记：王磊、何平已谈；刘芳副理事长：周涛已谈，吴静未谈（出差）」
// 「截至11月20日，王建国副理事长对李明、孙丽，陈志强副理事长对郑华、冯雪，均已完成廉政谈话」 (t24: ten talks of one doer, or
// nothing read): a clerk's account of several leaders' talks, each leader's name followed by the people they talked to
// (with no 与, after a colon, or with 对 and the deed said once at the end), and the day said once for all. Each leader's
// clause is written out as the sentence the reader knows (X与A、B谈了；Y与C谈了), each with the day, so each leader's
// people stay theirs. 截至 a day bounds the talks without dating them: that day is no talk's day, and the day is asked.
import type { Directory } from '../organization.js';
import { alternation, directoryIndex, surnameOf } from './parseDirectoryIndex.js';
import { normalizeText } from './parseNormalize.js';
import { oncePer } from './oncePer.js';

/** A day as written: 11月13日 · 13号 · 11月上旬 · 上周三 · 昨天. */
const DAY = String.raw`(?:(?:本|这个?|上个?)月\d{1,2}[日号]|\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|初|底)|\d{1,2}[日号]|[上本这]周[一二三四五六日天]|周[一二三四五六日天]|今天|昨天|前天)`;
/** 本月 · 上周 · 近日 · 11月份: a period said before the account, no day of any talk (asked, the period kept). */
const PERIOD = String.raw`(?:本月|这个月|上个?月|近日|近期|日前|上周|本周|这周|\d{1,2}月份?|\d{1,2}月[上中下]旬)`;
/** 时间是11月13日 · 均在11月上旬 · 都是昨天: a trailing clause that only gives the day. */
const DAY_CLAUSE = new RegExp(String.raw`^[,;。\s]*(?:时间|日期)?(?:均|都|也)?(?:是|为|在|于)?(${DAY})(?:进行|完成|谈的|的)?[。.\s]*$`);
/** 截至11月20日， / 11月13日， opening the message. */
const DAY_FIRST = new RegExp(String.raw`^\s*(截至|截止|截止到)?(${DAY}|${PERIOD})[,\s]*`);
/** Where a leader's clause says the deed: 均已谈完 · 已谈 · 都谈了 · 均已完成廉政谈话. */
const DEED = /(?:均|都|也|已|已经|全部|分别|逐一)*(?:还没有?|尚未|暂未|还未|未|没有?)?(?:谈完|谈过|谈了|谈|完成|进行|开展)/;
/** Words between the people and a next leader that say a deed of another kind: the account is not only talks. */
const OTHER_DEED = /学习|观看|党课|检查|督查|签|会议|讲话|我/;
/** The group words a leader's people may be given by. */
const GROUP = /班子成员|党组成员|分管(?:的)?(?:科室|部门|部室)(?:负责人)?|负责人|科长|部长|主任/;

interface Clause {
  leader: string;
  /** 与 · 和 · 对 · 跟 · 同, or '' for a name right after the leader (or after a colon). */
  joined: boolean;
  people: string;
  deed: string;
  /** The day written in the clause itself (陈志强副理事长：11月4日与郑华…), which is that clause's. */
  day?: string;
}

function leaderPattern(directory: Directory): RegExp {
  const leaders = directory.org.people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader'));
  const names = alternation(leaders.map((p) => p.name));
  const surnames = alternation(leaders.map((p) => surnameOf(p.name)));
  return new RegExp(`(?:${names})(?:同志)?(?:副?(?:书记|理事长)|党组书记)?(?:同志)?|(?:${surnames})副?(?:书记|理事长)`, 'g');
}

const leaderPatternOnce = oncePer(leaderPattern);

/** The type a deed names, written as the deed the reader knows: 进行了廉政谈话 · 谈了. */
function deedWords(deed: string): string {
  const typed = /(廉政谈话|谈心谈话|谈心|提醒谈话|集体谈话)/.exec(deed)?.[1];
  const rest = deed.replace(/^(?:均|都|也|已|已经|全部)*(?:谈完了?|谈过了?|谈了|谈(?![心话])|完成了?|进行了?|开展了?)(?:廉政谈话|谈心谈话|谈心|提醒谈话|集体谈话|谈话)?/, '');
  // …，何平还没谈: said not done for them in the words the card names (未谈), not as a deed to come.
  return `${typed ? `进行了${typed}` : '谈了'}${rest.replace(/(?:还没有?|尚未|暂未|还未)谈/g, '未谈')}`;
}

/**
 * `text` with each leader's clause of a clerk's account written out with its own people, deed and day, or undefined
 * when the message is no such account: one line, only talks, and either a leader followed straight by a name (or a
 * colon), or several leaders sharing one deed or one day said once.
 */
export function withLeadersOwnPeople(text: string, directory: Directory): string | undefined {
  const t = normalizeText(text).trim();
  if (t.includes('\n') || !/谈|谈话/.test(t)) return undefined;
  const re = leaderPatternOnce(directory);
  const found = [...t.matchAll(re)];
  if (found.length === 0) return undefined;
  // 【工作动态】 before a pasted item names where it was posted.
  const head = t.slice(0, found[0]!.index).replace(/^\s*【[^】]{1,12}】\s*/, '');
  const opening = DAY_FIRST.exec(head);
  // Only a day (or nothing) before the first leader: 据了解 / 本月 / 我 before it is another shape.
  if (head.replace(DAY_FIRST, '').replace(/^[,\s]*/, '') !== '') return undefined;
  const index = directoryIndex(directory);
  const clauses: Clause[] = [];
  let tailDay: string | undefined;
  for (const [i, m] of found.entries()) {
    const end = i + 1 < found.length ? found[i + 1]!.index : t.length;
    let chunk = t.slice(m.index + m[0].length, end);
    if (i + 1 === found.length) {
      // …均已谈完，时间是11月13日 / …，均在11月上旬: the day said once, after the last clause.
      const parts = chunk.split(/(?<=[,;。])/);
      const last = parts.length > 1 ? DAY_CLAUSE.exec(parts[parts.length - 1]!) : null;
      if (last) {
        tailDay = last[1]!;
        chunk = parts.slice(0, -1).join('');
      }
    }
    chunk = chunk.replace(/[,;、。\s]+$/, '');
    const lead = new RegExp(`^\\s*(:)?\\s*(${DAY})?\\s*(与|和|对|跟|同)?`).exec(chunk)!;
    const body = chunk.slice(lead[0].length);
    const deedAt = body.search(DEED);
    const people = (deedAt < 0 ? body : body.slice(0, deedAt)).replace(/[,;、\s]+$/, '');
    const deed = deedAt < 0 ? '' : body.slice(deedAt);
    // Each leader's people are people: names, 姓+title, or a group of the directory (四位班子成员).
    // Nothing but people: 王建国，今天和李明谈话 (a pause, a day, 和) is no leader's list.
    const others = people.replace(index.surfaces, '').replace(index.surnameTitle, '').replace(new RegExp(GROUP.source, 'g'), '').replace(/(?:[两二三四五六七八九\d]|几|各)位|同志|等|[、和及与跟同\s]/g, '');
    // 赵敏书记、何平主任与徐辉…: a second doer joined to the leader, then those talked to, is the shape the reader knows.
    const named = others !== people && others === '' && !/^[、,和及]|[与跟同对]/.test(people);
    if (!named || OTHER_DEED.test(deed.replace(/谈话/g, ''))) return undefined;
    // 陈志强副理事长：11月4日与郑华部长进行廉政谈话 (round 46: the day after the colon was read over and dropped, the talk
    // asked its day): a clause's own day stays its own.
    clauses.push({ leader: m[0], joined: lead[1] === undefined && lead[3] !== undefined, people, deed, day: lead[2] });
  }
  const bare = clauses.some((c) => !c.joined);
  const sharedDeed = clauses.slice(0, -1).some((c) => c.deed === '');
  // A day opening the message is read with each clause as it is; one said after the last clause is all of theirs.
  const sharedDay = clauses.length > 1 && tailDay !== undefined;
  // 均已谈完 · 已谈 (no 了): words the reader does not take for a deed done, whoever said them.
  const doneWords = clauses.some((c) => /谈完|已经?谈(?![心话])/.test(c.deed));
  if (!bare && !sharedDeed && !sharedDay && !doneWords && tailDay === undefined) return undefined;
  const last = clauses[clauses.length - 1]!.deed;
  if (last === '') return undefined;
  // 截至11月20日 bounds the talks: no day of theirs, so asked.
  const day = opening && !opening[1] ? opening[2]! : tailDay ?? '';
  // One line per leader, the day after the name (11月上旬 before it reads the leader as someone talked to).
  // 赵敏书记王磊、何平还没谈: those people are named as not talked to (未谈, which the card names), the leader left out.
  const notYet = /^(?:均|都|也)*(?:还没有?|尚未|暂未|还未|未|没有?)谈(?:话)?/;
  return clauses
    .map((c) => (notYet.test(c.deed) ? `${c.people}未谈${c.deed.replace(notYet, '')}` : `${c.leader}${c.day ?? day}与${c.people}${deedWords(c.deed === '' ? last : c.deed)}`))
    .join('\n');
}
