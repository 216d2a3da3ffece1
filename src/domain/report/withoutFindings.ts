// 「12月1日到康复中心检查了上班纪律，没有发现问题」 · 「前天去教就部检查了专项资金使用 没有发现问题」 · 「昨天跟黄书记去组联部暗访
// 没有发现脱岗的」 (round 48, fte: each check dropped as no report — 没有 read as the deed denied, 什么问题 as a question):
// what a check found, or did not, tells of the check done. 没发现问题 and 未发现问题 were read already.

/**
 * 没有发现问题 · 都没发现什么问题 · 未查出违规问题 · 没有发现脱岗的 · 没有迟到早退的 · 无违规违纪情况: a finding of none, to its
 * clause's end.
 */
const FINDING =
  /(?:都|均|也|基本|暂|暂时)?(?:没有?|未|无)(?:发现|查出|查到|出现|存在)(?:什么|任何|明显|较大|大的)?[^,，。;；!！?？\s]{0,12}|(?:都|均|也|基本)?(?:没有?|无)(?:迟到早退|迟到|早退|脱岗|离岗|空岗|串岗|违规违纪|违规|违纪|问题)[^,，。;；!！?？\s]{0,6}/g;

/** `text` without the findings of none that a check's report may close with; only for judging whether it denies or asks. */
export function withoutFindings(text: string): string {
  return text.replace(FINDING, '');
}
