// The sentence of a 通讯稿 that sums up a campaign (11月以来，市残联扎实开展警示教育月活动。) over the dated deeds it consists of.

/** 11月以来，…开展警示教育月活动 · 今年以来，…组织开展…活动: a period since when, and a campaign, no day. */
const SUMMARY = /(?:^|(?<=[。;!?\n]))[^。;!?\n]*以来[^。;!?\n]*?(?:开展|组织|推进)[^。;!?\n]{0,24}?(?:活动|月|行动)[^。;!?\n]*[。;!?]*/g;

/** A day of its own (11月6日, 昨天, 周二): a deed that is told, not summed up. */
const DAY = /\d{1,2}月\d{1,2}[日号]|[昨前今]天|[昨前今]日|周[一二三四五六日]/;

/**
 * `text` (normalised) without a campaign's summary sentence when dated sentences tell its deeds (`summed` says it was): the summary is no record,
 * and its words (警示教育月, 为深化以案促改) must not type the deeds after it (round 16, K10: the 廉政教育基地 visit typed
 * 警示教育 by the 警示教育月 before it).
 */
export function withoutCampaignSummary(text: string): { text: string; summed: boolean } {
  let taken = false;
  const out = text.replace(SUMMARY, (m) => {
    if (DAY.test(m)) return m;
    taken = true;
    return '';
  });
  return taken && DAY.test(out) ? { text: out, summed: true } : { text, summed: false };
}
