// 王芳 (科员, 办公室)「11月份党风廉政建设工作小结：本月共开展谈心谈话6次，其中王建国副理事长与李明…；组织警示教育1次，参加32人。」
// (round 69, gia; t71c: the 警示教育 given to 李明, her head, and stored on 确认): a summary headed as the organisation's
// 党风廉政建设 work tells of the whole organisation's deeds, so one it names no organiser of is no unit's. A bare 工作动态 is
// not enough: a unit posts its own (刘洋「工作动态：…组织开展廉政教育集中学习…参加11人」 stays 吴静's).
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** The heading: what the message opens with up to its first colon or line break (a title line of its own counts too). */
const HEADING = /^[\s\d一二三四五六七八九十、.．（）()]*([^：:\n]{2,30})(?:[：:]|\n)/;

/**
 * A heading of the organisation's own account: its 党风廉政建设/全面从严治党/廉政建设 work summed up (小结 · 总结 · 情况 · 汇报 ·
 * 开展情况) — 11月份党风廉政建设工作小结 · 本月党风廉政建设情况 · 2026年全面从严治党工作总结.
 */
const ORG_ACCOUNT = /(?:党风廉政建设|全面从严治党|廉政建设)[\u4e00-\u9fa5]{0,8}?(?:小结|总结|情况|汇报)/;

/** A unit of the organisation said in the heading (办公室 · 本部门 · 我科 · 中心 · 部里): that unit's account, not the whole's. */
const UNIT_WORD = /部门|科室|本科|我科|我部|本部|部里|科里|室里|中心|支部|机关纪委|纪检/;

/**
 * Whether `message` (the whole message as sent, simplified) opens with a heading of the organisation's own account that
 * names none of its units: 11月份党风廉政建设工作小结： · 本月党风廉政建设情况：. False for a unit's own (11月份办公室工作小结 ·
 * 财务科本月党风廉政建设情况), a bare 11月份工作小结 or 工作动态 (it may be the sender's unit's), and any message with no heading.
 */
export function isOrgWideHeading(message: string, directory: Directory): boolean {
  const heading = HEADING.exec(message)?.[1];
  if (heading === undefined || !ORG_ACCOUNT.test(heading) || UNIT_WORD.test(heading)) return false;
  const index = directoryIndex(directory);
  return ![...heading.matchAll(index.surfaces)].some((m) => index.departmentBySurface.has(m[0]));
}

/**
 * Whether `message` opens with a heading naming the department `unitId` by its name or an alias (康复中心2026年廉政活动一览 ·
 * 11月份办公室工作小结): the unit's own account, whose deeds of no named organiser are that unit's.
 */
export function headingNamesUnit(message: string, unitId: string, directory: Directory): boolean {
  const heading = HEADING.exec(message)?.[1];
  if (heading === undefined) return false;
  const index = directoryIndex(directory);
  return [...heading.matchAll(index.surfaces)].some((m) => index.departmentBySurface.get(m[0])?.id === unitId);
}
