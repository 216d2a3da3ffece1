// 「王建国副理事长昨天开展了廉政谈话」 from 李娟, his clerk two steps below (issue 10 part C): read as 李娟's talk with 王建国,
// recorded at once when written 王副理事长…. The one named as the subject of 开展了/进行了…谈话, with no 我 and no one
// brought in by 和/与/跟, is the doer; whom the talk was with is asked (superiorAsSubject did this for a direct superior only).
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import { superiorAsSubject } from './superiorAsSubject.js';

/** The kind itself with 了/过 after it, or counted (谈话了 · 谈心过 · 谈话2次): a talk told as done, not a line's label. */
// 本月赵书记共谈心谈话2次 · 赵书记昨天谈心谈话了 from 林晓 (round 58, fde; fee's left-alone: stored as 林晓's talk with 赵敏).
const KIND_DONE = /谈(?:话|心)[\s]*(?:了|过)|谈(?:话|心)[\s]*(?:\d+|[一两二三四五六七八九十])[\s]*次|(?:\d+|[一两二三四五六七八九十])[\s]*次[\s]*(?:廉政|集体|提醒|任前)?谈/;

/** After the name: a deed of a talk plainly done (开展了 · 进行了 · 谈了 · 组织了…谈话 · KIND_DONE), not a bare kind (王强 廉政谈话). */
const DONE_AFTER = new RegExp(`(?:开展|进行|组织|搞)(?:了|过)|谈了|谈过|${KIND_DONE.source}`);

/** 回来了 … 补谈了 · 回来了 也谈了: the talk made up with the one back (who is talked to, not talking); said done. */
const MADE_UP_AFTER_BACK = /回来[^。;!?]{0,8}?补[谈签](?:了|过)|回来[^。;!?谈签]{0,6}也[谈签]了/;

/**
 * In a message of one record, the sender's own talk whose one counterpart stands as the message's subject before a talk plainly done (no 我, no
 * 和/与/跟/找/约/对 anywhere: superiorAsSubject) turned round: that person is the doer, the counterpart asked
 * (missing_counterpart), shown for 确认 as another's deed. Terse lines (`direction`: 李明 廉政谈话 11.20) and records
 * asked anything but the day are left as they were.
 */
export function withSubjectHoldingTalk(reports: ParsedReport[], raw: string, ctx: ParseContext): ParsedReport[] {
  // 王建國副理事長… : the names are matched in simplified characters, as the directory has them.
  const text = normalizeText(raw);
  // 郑华冯雪都谈过心了: names fronted as a topic, the sender's talks with each; only one talk told of is read so.
  if (reports.length !== 1 || /都|均|分别|各/.test(text)) return reports;
  // 上午那个廉政谈话 陈志强下午回来了 也补谈了 (round 64, gdc; t66a B-F9: 陈志强 made the doer, asked with whom): the one back
  // from away is the one the sender made the talk up with, never its subject-doer.
  if (text.includes('回来') && MADE_UP_AFTER_BACK.test(text)) return reports;
  return reports.map((r) => {
    const d = r.draft;
    const own = d.actorId === undefined || d.actorId === ctx.senderId;
    // 赵书记 昨天 谈心谈话了 (voice input, read as a terse line): the kind with 了/过 or a count after it is a deed told, not a
    // line's label, so the subject is read as above; a bare 李明 廉政谈话 11.20 stays a terse line, its direction on the card.
    const terse = r.reasons?.includes('direction') && !KIND_DONE.test(text);
    if (!own || d.type === undefined || !isTalkType(d.type) || d.counterpartIds.length !== 1 || terse) return r;
    if (r.problems.some((p) => p.code !== 'missing_date')) return r;
    const upper = d.counterpartIds[0]!;
    const person = ctx.directory.person(upper);
    if (!person || upper === ctx.senderId || !superiorAsSubject(text, person.name)) return r;
    const at = subjectEnd(text, person.name);
    if (at < 0 || !DONE_AFTER.test(text.slice(at))) return r;
    return {
      ...r,
      draft: { ...d, actorId: upper, counterpartIds: [] },
      problems: [...r.problems, { code: 'missing_counterpart' as const }],
      remarks: [...r.remarks, `按${person.name}的活动记录，消息没有说与您进行`],
      reasons: [...new Set([...(r.reasons ?? []).filter((x) => x !== 'direction'), 'third_person' as const])],
    };
  });
}

/** Where the words naming `name` (full name, or surname + title) end in `text`; -1 when not named. */
function subjectEnd(text: string, name: string): number {
  const m = new RegExp(`${name}|${name.slice(0, 1)}(?:书记|副?理事长|副?主任|副?部长|副?科长)`).exec(text);
  return m ? m.index + m[0].length : -1;
}
