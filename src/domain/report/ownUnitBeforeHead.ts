// 我们周部长 / 咱们科孙科长 / 我们部王部长: 「我们」 before a named head says whose head, never that the sender did it.
import type { ParseContext } from './draft.js';

/**
 * 我们, 咱们, 我们部(的), 咱们中心… before a surname and a head's title (部长, 科长, 主任, 书记…). 我部/本部门/我科… before a
 * full name and title too (round 37, t37b F3: 「报告：我部冯雪部长本周二带领全部门同志集中学习了…」 was the clerk's).
 */
const OWN_UNIT_THEN_TITLE = /(?:(?:我们|咱们)(?:的)?(?:部门|科室|部里|科里|室里|中心|部|科|室)?|我部|我科室|我科|我室|我中心|本部门|本科室|本部|本科|本室|本中心)(?:的)?(?=([\u4e00-\u9fa5]{1,3}?)(副?(?:部长|科长|主任|书记|理事长)))/g;

/**
 * The text with the 「我们…」 before a surname and title left out (我们周部长 → 周部长), so the
 * head is read as the named one who did it. Kept, the 我们 made the sender the doer and the
 * head the counterpart: 张颖's 「我们周部长11月20日跟我谈了心」 was stored at once as her talk
 * with 周涛 (round 22, K1). Only when someone of that surname holds that title.
 */
export function withoutOwnUnitBeforeHead(text: string, ctx: ParseContext): string {
  const people = ctx.directory.org.people;
  return text.replace(OWN_UNIT_THEN_TITLE, (all, surname: string, title: string) =>
    people.some((p) => p.name.startsWith(surname) && p.title.includes(title.replace(/^副/, ''))) ? '' : all,
  );
}
