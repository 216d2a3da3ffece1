// 各部室主要负责人依次作述责述廉报告 (round 21u #7): each head who reported gave their own 述责述廉, never the chair's.
import type { Directory } from '../organization.js';
import type { ParseContext } from './draft.js';
import { oncePer } from './oncePer.js';

/** Who a group word names: every department's head, or every 班子成员. */
const HEADS = '(?:机关)?各(?:部室|科室|部门|单位|处室|部（室）|科室（中心）|部门（单位）|部室（中心）)(?:的)?(?:主要)?负责(?:人|同志)';
const LEADERS = '(?:党组)?(?:班子其他成员|其他班子成员|班子成员|党组成员)';
const GROUP = `(?:${HEADS}|${LEADERS})`;
/** The group(s), then how they took turns and the deed, right before the 述责述廉 words. */
const GIVEN = new RegExp(
  `(${GROUP}(?:[和、及与]${GROUP})?)(?:同志)?(?:们)?(?:依次|分别|逐一|逐个|轮流|先后|一一)?(?:向[^,;。!?]{1,6}?(?=作|进行|述))?(?:上台|现场|当场|作了?|进行了?|开展了?)*(?=(?:个人)?(?:年度)?(?:述责述廉|述职述廉))`,
  'g',
);

/** 李明、孙丽、周涛依次作述责述廉报告 · 孙丽、冯雪两位负责人轮流上台述职述廉: named people taking turns, read as 分别作 (the doer rules know it; a count there was taken for attendees). */
/** A group word written before the names of its members: the groups above, or 部门负责人 · 分管科室主要负责人. */
const APPOSITIVE = `(?:${GROUP}|(?:分管|两个?|各)?(?:部门|部室|科室)(?:的)?(?:主要)?负责(?:人|同志))`;
/** A title after a name: 同志 · 主任 · 副部长 · 科长 … */
const NAME_TITLE = '(?:同志|副?(?:书记|理事长|主任|部长|科长))?';
/** How several took their turns: 依次 · 分别 · 先后 … */
const TURNS = '依次|轮流|逐个|分别|逐一|先后|一一';
const IN_TURN = /(?:[两二三四五六七八九十\d]{1,2}(?:位|名)(?:主要)?(?:负责人|同志|部长|科长|主任|领导|班子成员|党组成员)?)?(?:依次|轮流|逐个|分别|逐一|先后)(?:向[^,;。!?]{1,6}?(?=作|进行|述))?(?:上台|现场|当场|作了?|进行了?|开展了?)*(?=(?:个人)?(?:年度)?(?:述责述廉|述职述廉))/g;

const DUTY_REPORT = /述责述廉|述职述廉/;

/** A group word spelled out by the directory's names after it (APPOSITIVE before 李明、孙丽依次述责述廉), compiled once per directory; null for a directory of no names. */
const spelledAppositiveOf = oncePer((directory: Directory): RegExp | null => {
  const people = directory.org.people.map((p) => p.name).filter((n) => n !== '').sort((a, b) => b.length - a.length).join('|');
  if (people === '') return null;
  return new RegExp(`${APPOSITIVE}(?:同志)?[:：]?\\s*(?=(?:${people})${NAME_TITLE}(?:\\s*[、,，和及与]\\s*(?:${people})${NAME_TITLE})+(?:等同志|等人|等)?(?:${TURNS})(?:向[^,;。!?]{1,6}?(?=作|进行|述))?(?:上台|现场|当场|作了?|进行了?|开展了?)*(?:个人)?(?:年度)?(?:述责述廉|述职述廉))`, 'g');
});

/**
 * `text` with a group who each gave a 述责述廉 at a meeting (各部室主要负责人依次作述责述廉报告, 班子成员逐一述职述廉)
 * replaced by their names and 分别, so each is the doer of their own (on a card, as any report of others'); the day's
 * organisation (heads and leaders as of `ctx.now`) says who they are. Unchanged when no such group stands there.
 */
export function withDutyReportsByGroup(text: string, ctx: ParseContext): string {
  // Every pattern below ends in the 述责述廉 words: without them nothing can change, and the per-directory work is skipped
  // (issue 14, r55 fhg: this pass was ~15 ms of the first reply at 100,000 records).
  if (!DUTY_REPORT.test(text)) return text;
  const org = ctx.directory.org;
  const heads = org.departments.map((d) => d.headId).filter((id) => id !== '');
  const leaders = org.people.filter((p) => p.roles.includes('leader')).map((p) => p.id);
  const name = (id: string) => ctx.directory.person(id)?.name;
  // The deed is said 作 whatever verb and addressee stood there (轮流上台述责述廉, 分别向党组作了…): the list of doers reads
  // like 李明、孙丽分别作述责述廉, which the doer rules know.
  // 各部室负责人李明、孙丽…依次进行述责述廉 (round 50 fxf #48, fyc: one 述廉 @办公室, its doer asked): a group word that the
  // names after it spell out is only their appositive; the names are the doers, so the group word goes.
  const appositive = spelledAppositiveOf(ctx.directory);
  const spelled = appositive === null ? text : text.replace(appositive, '');
  return spelled.replace(GIVEN, (_all: string, group: string) => {
    const ids = [...(new RegExp(HEADS).test(group) ? heads : []), ...(new RegExp(LEADERS).test(group) ? leaders : [])];
    const names = [...new Set(ids)].map(name).filter((n): n is string => n !== undefined);
    return names.length > 0 ? `${names.join('、')}分别作` : _all;
  }).replace(IN_TURN, '分别作');
}
