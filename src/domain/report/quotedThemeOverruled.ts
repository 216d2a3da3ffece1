// 市残联举办廉政教育专题培训班…。培训邀请市纪委监委干部围绕“以案为鉴、警钟长鸣”作专题辅导。 (t51b F4: read as a 警示教育,
// 「以案为鉴」按警示教育记录（未按廉政教育）): a slogan quoted as what the activity was about is its theme; the type the message
// writes outright (廉政教育, in the headline and the body) is the deed's.
import { isMoreGeneral } from './parseKindPatterns.js';
import type { ActivityTypeCode } from '../activityTypes.js';

/** A type match: its code and where it stands. */
interface Placed { code: ActivityTypeCode; start: number; end: number; inferred?: boolean }

/** 围绕“ · 紧扣 · 聚焦“ before the match in its clause, maybe after another slogan (围绕以案为鉴、以案促改): a theme there. */
const THEME_OPENER = /(?:围绕|紧扣|聚焦)\s*[“"「『]?[^,;。!?，；！？\n开展进行组织召开观看学习]{0,10}?$/;

/** Whether `m` opens a theme after 围绕/紧扣/聚焦 (围绕“以案为鉴、警钟长鸣”作专题辅导): the theme's words, not the deed's. */
function inQuotedTheme(text: string, m: Placed): boolean {
  return THEME_OPENER.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/**
 * Whether match `m` is a theme's type word (围绕“以案为鉴…”) while `all` holds the general form of its type written
 * outright, outside any quote (廉政教育专题培训班): that written type is the deed's, the theme only what it was about (t51b F4).
 */
export function quotedThemeOverruled(text: string, m: Placed, all: readonly Placed[]): boolean {
  if (!inQuotedTheme(text, m)) return false;
  return all.some((o) => o !== m && !o.inferred && isMoreGeneral(o.code, m.code) && !inQuotedTheme(text, o));
}
