// 中心全体职工签订廉洁从业承诺书 with no subject: the unit's head signed with everyone else of the unit, shown for 确认.
import type { ConfirmReason, ParseContext, ParsedReport, ReportDraft, ReportProblem } from './draft.js';
import type { Department } from '../organization.js';
import { directoryIndex, type DirectoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** The sender's own unit named without its name: 中心 · 部里 · 本科室 · 全科 · 我们科. */
const OWN_UNIT = /^(?:我们的?|本|我)?(?:中心|部里|科里|室里|部门|科室|单位里?|科|部|室)$|^全(?:科|室|部门|中心)$|^我们(?:科|部|室)$/;

/** Everyone of a unit: 全体职工 · 全体人员 · 所有干部 · 全体 alone before the signing. */
const EVERYONE = '(?:的)?(?:全体|所有|全部)(?:同志|人员|干部|职工|党员|干部职工|工作人员)?|(?:的)?(?:同志|人员|干部|职工|干部职工|工作人员)';
const UNIT_WORDS = '(?:我们的?|本|我)?(?:中心|部里|科里|室里|部门|科室|科|部|室)|全(?:科|室|部门|中心)|我们(?:科|部|室)';

/**
 * A vague time the day question will ask about (本月初 · 上个月 · 近日 · 11月中旬), before the unit: 陈静「本月初全体党员签订了…」
 * (round 69, gib; t71c: 和谁 asked, then again after the day) reads as with a day, its day still asked.
 */
const VAGUE_TIME = '(?:(?:本|上|这)个?月(?:初|中|底|上旬|中旬|下旬)?|月初|月中|月底|近日|日前|近期|最近|前几天|前些天|上周|本周|这周|\\d{1,2}月份?(?:初|中|底|上旬|中旬|下旬))?';

const unitPatternOf = oncePer(
  (index: DirectoryIndex): RegExp =>
    new RegExp(`^[\\s\\u0000,;:]*${VAGUE_TIME}[\\s\\u0000,，]*(?:上午|下午)?[\\s\\u0000]*(${index.surfaces.source}|${UNIT_WORDS})(${EVERYONE})[\\s\\u0000]*(?:都|均|全都|全部|逐人|逐一|一一)*[\\s\\u0000]*(?:签|\\u0000)`),
);

/** Nothing before the unit but masks (the day) and a break; nothing after the group but 都/均 and the (masked) signing. */
function unitPattern(ctx: ParseContext): RegExp {
  return unitPatternOf(directoryIndex(ctx.directory));
}

/** The department a unit word names: a directory name or alias, or the sender's own unit when the word fits it. */
function unitNamed(word: string, ctx: ParseContext): Department | undefined {
  const named = directoryIndex(ctx.directory).departmentBySurface.get(word);
  if (named) return named;
  if (!OWN_UNIT.test(word)) return undefined;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  // A 财务科 clerk's 中心 is someone else's unit: 中心/部/科/室 name the sender's own only when it is one.
  const kind = /中心|部(?!门)|科(?!室)|室/.exec(word.replace(/^我们的?|^本|^我/, ''))?.[0];
  if (!own || (kind && ![own.name, ...(own.aliases ?? [])].some((n) => n.includes(kind)))) return undefined;
  return own;
}

/**
 * A signing whose subject is a whole unit (中心全体职工签订… · 办公室全体人员签订了承诺书), sent by someone who is not
 * that unit's head: one 签订责任书 per other member, done by the head, with the reasons to confirm. Undefined when the
 * shape is not there, the unit is not one department, or the sender heads it (their own signing, read as before).
 * Found last session: 徐辉 「9月10日中心全体职工签订廉洁从业承诺书」 was asked 和谁签订的, and 胡军's 办公室 signing was
 * recorded as his own with his head among those signed with.
 */
export function unitSigningReports(base: ReportDraft, rest: string, ctx: ParseContext, problems: ReportProblem[], remarks: string[], reasons: ConfirmReason[]): ParsedReport[] | undefined {
  if (base.type !== 'pledge_sign') return undefined;
  const m = unitPattern(ctx).exec(rest);
  const unit = m ? unitNamed(m[1]!, ctx) : undefined;
  if (!m || !unit || !unit.headId || unit.headId === ctx.senderId) return undefined;
  const members = ctx.directory.org.people.filter((p) => p.departmentId === unit.id && p.id !== unit.headId);
  if (members.length === 0) return undefined;
  const head = ctx.directory.person(unit.headId)?.name ?? '负责人';
  const remark = `「${m[1]}${m[2]}」按${unit.name}负责人${head}与${members.map((p) => p.name).join('、')}共${members.length}人签订记录`;
  const why: ConfirmReason[] = [...new Set<ConfirmReason>([...reasons, 'third_person', 'group'])];
  return members.map((p) => ({
    draft: { ...base, actorId: unit.headId, counterpartIds: [p.id], departmentId: unit.id },
    problems: [...problems],
    remarks: [...remarks, remark],
    reasons: why,
  }));
}
