// 「刘芳副理事长这周二下午到我们康复部，先是逐一与刘洋和我进行了谈心谈话，随后检查了科室廉政风险点防控台账」 (round 37,
// t37a F3: the check stored with no place): the place a visit went to opening the sentence is where its later check was.
import { isCheckType } from '../activityTypes.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { withOwnUnitVisited } from './ownUnitVisited.js';

/** 到/来/来到/赴/深入/前往 (我们/本) + a place: the visit's place, its surface right after. */
const GONE_TO = /(?:到|来到|来|赴|深入|前往)(?:了)?(?:我们|咱们|本)?$/;
/** 主任 · 副部长 · 负责人 right after a department: its name is a person's post, not a place. */
const POST_AFTER = /^(?:副)?(?:主任|部长|科长|负责人|书记)/;
/** A check done later in the sentence: 检查了 · 督查 · 抽查 · 查看了…台账. */
const CHECK_WORD = /检查|督查|抽查|巡查|暗访|查看|查阅|调阅|翻阅/;

/**
 * `reports` with the one check of no place (typed as a check, or its type asked) given the department a sentence of
 * `text` says the visit went to before the check (到康复部，…，随后检查了…). Only when the message has one such sentence,
 * it names one department gone to and none other after it, and one check waits for a place; unchanged otherwise. A
 * sentence is parted at ； too (a list's items), and a place another check is recorded at is that check's.
 */
export function withVisitedPlaceCarried(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const placeless = reports.filter((r) => r.draft.departmentId === undefined && (r.draft.departmentIds ?? []).length === 0 && (isCheckType(r.draft.type) || (r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type'))));
  if (placeless.length !== 1) return reports;
  const index = directoryIndex(ctx.directory);
  // 上周三刘芳副理事长来我部调研，…，并查看了部门廉政档案 (round 41, t40b F10): the sender's own unit gone to (来我部) is a
  // place gone to as its name is.
  // …到我部督导…，冯雪部长陪同。座谈会上，…并对…进行了检查。 (round 41, t40b F4): the check may be told in a later sentence,
  // or the paragraph after the visit's scene line, no other place named in between.
  const told = withOwnUnitVisited(text, ctx.directory, ctx.senderId);
  let from = 0;
  // 带林晓到教就部开展作风纪律检查；…组织机关纪检干部学习《…》 (round 41, t40a F14: the study shown at 教育就业部): a place
  // whose check is already recorded there, or told in another ；-item, is that check's, never the next item's.
  const held = new Set(reports.filter((r) => r !== placeless[0] && isCheckType(r.draft.type)).flatMap((r) => [r.draft.departmentId, ...(r.draft.departmentIds ?? [])]));
  const places = told.split(/(?<=[。！!？?\n;；])/).flatMap((sentence) => {
    const at = from;
    from += sentence.length;
    const named = [...sentence.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]));
    const gone = named.filter((m) => GONE_TO.test(sentence.slice(0, m.index)));
    if (gone.length !== 1) return [];
    const after = told.slice(at + gone[0]!.index! + gone[0]![0].length);
    // …深入财务科开展节前廉政提醒，办公室主任李明陪同。王建国一行查看了财务报销台账 (round 42, t41a F15: the check lost its
    // place): a department named as someone's post (办公室主任李明) is who came along, no other place.
    const elsewhere = [...after.matchAll(index.surfaces)].some((m) => index.departmentBySurface.has(m[0]) && !POST_AFTER.test(after.slice(m.index! + m[0].length)));
    if (elsewhere || !CHECK_WORD.test(after)) return [];
    const place = index.departmentBySurface.get(gone[0]![0])!.id;
    return held.has(place) ? [] : [place];
  });
  if (places.length !== 1) return reports;
  return reports.map((r) => (r === placeless[0] ? { ...r, draft: { ...r.draft, departmentId: places[0]! } } : r));
}
