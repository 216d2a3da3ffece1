// 维权部那次算作风纪律检查吧 · 维权部那次改成作风纪律检查 · 今天那个会 算作风纪律检查吧: a kind said of a record the words point
// back at, in loose words (hedgedKindChange's 算…吧 · 应该算 · 其实是) or plainly (改成 · 改为 · 换成, round 65 gea). Only
// the pointed shapes: what was checked (查的三公经费) or a day put right (不是周三是周四) beside it stays correctLatest's.
import type { ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { hedgedKindChange } from './hedgedKindChange.js';
import { normalizeText } from './parseNormalize.js';
import { withShortKindWhole } from './shortKindWord.js';

/** What pointedKindChange reads. */
export interface PointedKindChange {
  kind: ActivityTypeCode;
  /** The kind as written (作风纪律检查). */
  said: string;
  /** The naming words (维权部那次 · 今天那个会); undefined for the latest report (刚才那次 · 那条 alone). */
  about?: string;
}

/**
 * 维权部那次改成作风纪律检查 · 那条类型改为专项资金检查吧: the naming words with a pointer, then 改成/改为/换成 and a kind.
 * 12月2日那次观看警示片改成… (round 66, gfd; gea's leftover): the deed named after the pointer is part of the naming words.
 */
const CHANGED_TO = /^(.{0,16}?(?:那一?[次条个回]|的记录)(?:会议?|检查|学习|谈话|片子|观看警示(?:教育)?片|看警示(?:教育)?片|警示(?:教育)?片|警示教育|廉政教育|党课|谈心)?)[,;:\s]*(?:的)?(?:类型)?(?:要|应该|得)?(?:改成|改为|换成|换为)\s*([\u4e00-\u9fa5]{2,12}?)(?:吧|就行|就好|了)?[。.!！~\s]*$/;
/** 刚才那次 · 那条 · 那个 alone: the latest report, no words to look it up by. */
const LATEST_ONLY = /^(?:我)?(?:刚才|刚刚)?(?:报的|上报的|发的)?(?:的)?那一?[条次个回](?:记录)?$/;

/**
 * The kind `text` says a record pointed back at should be (算…吧 · 改成…), or undefined: needs the pointer (那次 · 那条 ·
 * 那个会 · 刚才) and a kind word written whole; a title or a day said beside it is left to correctLatest. Pure.
 */
export function pointedKindChange(text: string): PointedKindChange | undefined {
  const h = hedgedKindChange(text);
  if (h) return h.pointed && h.title === undefined && h.daySaid === undefined ? { kind: h.kind, said: h.said, ...(h.about !== undefined ? { about: h.about } : {}) } : undefined;
  if (!/改成|改为|换成|换为/.test(text)) return undefined;
  const m = CHANGED_TO.exec(normalizeText(withShortKindWhole(text)).trim());
  if (!m) return undefined;
  const found = findKinds(m[2]!);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== m[2]!.length) return undefined;
  const about = LATEST_ONLY.test(m[1]!) ? undefined : m[1]!;
  return { kind: found[0]!.code, said: m[2]!, ...(about !== undefined ? { about } : {}) };
}
