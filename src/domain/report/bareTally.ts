// 「本月开展检查3次，谈话5次」 (round 59, fcb; fda's left-alone: 「抱歉，没看懂」): a bare count of deeds over a span, naming no day,
// no one and no place, is no report — none of its deeds can be recorded — but the member wrote it to report them, so the
// reply says what each needs (its day; whom, or which department), never that it was not understood.
import { normalizeText } from './parseNormalize.js';

/** A span and a lead before the counts: 本月 · 上周 · 11月份 · 我们科本月共开展了. */
const LEAD = /^(?:(?:我们|本)?(?:部门|科室|科里|部里|中心|科|室))?(?:本月|这个月|这月|上个?月|本周|这周|上周|本季度|这季度|上季度|\d{1,2}月份?)?(?:以来)?[,，]?\s*(?:我们|我|部门|科室|科里|部里)?(?:共|一共|总共|共计|合计|累计)?(?:开展|进行|组织|搞|做)?了?/;
/** One counted deed: 检查3次 · 谈话5次 · 廉政谈话2人次 · 学习两次 (group 1 the deed's words). */
const ITEM = /^(?:开展|进行|组织|搞)?了?([\u4e00-\u9fa5]{2,8}?)(?:共|了)?\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:次|人次|场|轮|回)$/;
/** The deed's words must be a deed of the duties (a check, a talk, a study or a sitting), its kind's words before it at most. */
const DEED = /^(?:作风纪律|工作纪律|作风|纪律|专项|监督|廉政|廉洁|谈心|提醒|警示|集中|专题|党纪)*(?:检查|督查|抽查|巡查|暗访|谈话|谈心|约谈|学习|教育|党课|会议|培训)$/;

/**
 * The counted deeds' words of `text` (["检查", "谈话"]) when it is only a span, a lead and counted deeds (本月开展检查3次，谈话5次 ·
 * 上周谈话2次), with no day, person or place; undefined otherwise. Pure; it says nothing of whether a report reads it.
 */
export function bareTally(text: string): string[] | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~～\s]+$/, '');
  if (t.length > 60 || !/次|场|轮|回/.test(t)) return undefined;
  const rest = t.replace(LEAD, '');
  const parts = rest.split(/\s*[,，、;；]\s*|\s*(?:和|及|以及|另外|还有)\s*|\s+/).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const words: string[] = [];
  for (const p of parts) {
    const m = ITEM.exec(p);
    if (!m || !DEED.test(m[1]!)) return undefined;
    words.push(m[1]!);
  }
  return words;
}
