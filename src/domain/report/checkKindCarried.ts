// 「上周二到组联部检查了作风纪律，周四到康复部检查」 (v2: the second check asked its type): a check clause that names no kind,
// after a check of a known kind in the same message, is another check of that kind — shown on the card as carried.
import { activityTypeName } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 到康复部检查 · 对财务科进行了督查 · 检查了…: a check held, its kind not named. */
const BARE_CHECK = /(?:检查|督查|抽查|暗访|巡查)/;
/** 调研 · 座谈 · 走访 · 指导: a visit that is no check, which takes no check's kind. */
const NOT_CHECK = /调研|座谈|走访|慰问|指导(?!.*检查)/;
/**
 * 专项检查 · 交叉检查 · 安全检查 · 审计检查: a check the writer named by a kind of its own, asked its type as a lone one is,
 * never given the type of the check before it (round 40, t39b F11 — a 台账 line 「对教育就业部开展专项检查」 under a
 * 作风纪律检查 line was stored as another 作风纪律检查).
 */
const OWN_KIND_CHECK = /(?:专项|专题|交叉|联合|安全|财务|消防|保密|审计|廉政风险)(?:督查|检查|抽查|巡查|排查)/;

/**
 * 进行了检查，内容：台账资料 (a check table's row, round 43 t42c F2): a check that says what it looked at, and that thing
 * decides no kind, is asked its type — never given the kind of the row or clause before it.
 */
const CONTENT_SAID = /内容[:：]/;

/**
 * `found`, the reports read from `piece` (one clause), with each one of no type asked its type (missing_type), held at a
 * place and with no one talked to, given the kind of the last check in `earlier` (the reports read before in the
 * message), when `piece` says a check and names no kind of its own. The type is said carried in a remark and the card
 * shown (inferred_type). Anything else is returned as it is.
 */
export function withCheckKindCarried(found: readonly ParsedReport[], piece: string, earlier: readonly ParsedReport[]): ParsedReport[] {
  const words = extractTitles(piece).rest;
  const kind = [...earlier].reverse().find((r) => r.draft.type?.startsWith('inspect_'))?.draft.type;
  if (kind === undefined || !BARE_CHECK.test(words) || NOT_CHECK.test(words) || OWN_KIND_CHECK.test(words) || CONTENT_SAID.test(words) || findKinds(words).length > 0) return [...found];
  const word = BARE_CHECK.exec(words)![0];
  return found.map((r) => {
    const untyped = r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type') && r.draft.counterpartIds.length === 0;
    if (!untyped) return r;
    return {
      ...r,
      draft: { ...r.draft, type: kind },
      problems: r.problems.filter((p) => p.code !== 'missing_type'),
      remarks: [...r.remarks, `「${word}」按上一项的${activityTypeName(kind)}记录`],
      reasons: [...(r.reasons ?? []), 'inferred_type'],
    };
  });
}
