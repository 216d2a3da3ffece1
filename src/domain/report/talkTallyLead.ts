// 林晓「机关纪委11月工作小结：本月开展谈话3次，其中提醒谈话1次、函询1次、诫勉谈话1次。11月5日黄志刚书记对王强进行了提醒谈话；
// 11月12日就群众反映问题对徐辉进行了函询；11月20日对孙杰进行了诫勉谈话。」 (round 62, gbi; t65a F2: the lead's sub-counts made
// two undated 廉政谈话 (和谁 asked), and 徐辉's 函询 and 孙杰's 诫勉 were merged into one record, 孙杰's 11-20 lost): a summary's
// lead of talks counted (开展谈话3次), perhaps broken down (其中提醒谈话1次、函询1次…), over dated items only counts them. The
// lead (and a heading before it: 机关纪委11月工作小结：) is taken out, the items read as the message without it (each its
// own record, 函询/诫勉 asked as the house asks them), and the count checked on the card. Only a lead of 谈话 (谈话函询 ·
// 各类谈话) sentence-ended (。；) and followed by at least two items opening with their own day; gba's leads of another kind
// (本月警示教育2次，其中…) and 开展提醒谈话3次，其中12月… (leadOverDatedItems) stay theirs.
import type { ParsedReport } from './draft.js';

/** Heading (…小结：), then 本月/11月/上月 (共)开展(各类)谈话(函询)N次, perhaps 其中 its kinds counted, ended by 。 or ；. */
const LEAD = /^(?:[^：:。；\n]{0,24}(?:小结|总结|汇报|情况|工作动态)[：:][\s\n]*)?(?:本月|上月|\d{1,2}月份?|本季度|今年以来|本月以来)?(?:以来)?[，,]?(?:我们|机关纪委)?(?:共|累计)?(?:开展|进行)了?(?:各类)?谈话(?:函询)?(?:共|累计)?(\d+)[次人]次?(?:[，,]其中(?:(?:提醒谈话|廉政谈话|谈心谈话|诫勉谈话|诫勉|函询|约谈|批评教育)\d+[次人]次?[、，,和及]?)+)?[。；;][\s\n]*/;
/** An item opening with its own day: 11月5日 · 11.12 · 20日. */
const DAY_ITEM = /(?:^|[。；;\n])[\s]*(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2}|\d{1,2}[日号])/g;

export interface TallyLead {
  /** The message without the lead. */
  text: string;
  /** The lead as written, for the card. */
  lead: string;
  count: number;
}

/** The lead of counted talks over dated items, or undefined. */
export function talkTallyLead(text: string): TallyLead | undefined {
  const m = LEAD.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  if ([...rest.matchAll(DAY_ITEM)].length < 2) return undefined;
  return { text: rest, lead: m[0].replace(/^[^：:。；\n]{0,24}[：:][\s\n]*/, '').replace(/[。；;\s\n]+$/, ''), count: Number(m[1]) };
}

/** The items' records, the count checked against them on the first (said either way). */
export function withTallyLeadNoted(reports: ParsedReport[] | null, lead: TallyLead): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const said = reports.length === lead.count
    ? `「${lead.lead}」是合计，只用来核对：写明的${lead.count}次已逐条列出，不另记`
    : `「${lead.lead}」是合计，不另记；消息说共${lead.count}次，逐条写明的有${reports.length}条，请核对`;
  const [first, ...others] = reports;
  return [{ ...first!, remarks: [...first!.remarks, said], reasons: [...new Set([...(first!.reasons ?? []), 'items' as const])] }, ...others];
}
