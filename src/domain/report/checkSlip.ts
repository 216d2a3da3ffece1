// 10月14日对宣文部开展作风纪律检察 (round 37, t37b F6: 没读出, the item dropped from a 补报 list): 检察 is the commonest slip of
// 检查 (one sound), 督察 of 督查; both are also words of their own (检察院 · 检察官 · 督察组), which stay as written.

/**
 * 检察 (or 檢察: this runs before the text is simplified) not starting a word of the procuratorate (检察院/官/长/员/机关/
 * 系统/建议/监督/人员/工作): a slip of 检查.
 */
const CHECK_SLIP = /[检檢]察(?![院官長长員员廳厅署室]|机关|機關|系统|系統|建议|建議|监督|監督|人员|人員|工作)/g;
/** 督察 not naming a body or an officer (督察组/员/长/局/处/队): a slip of 督查. */
const SUPERVISION_SLIP = /督察(?![组员长局处队])/g;

/**
 * `text` with 检察 and 督察 written 检查 and 督查 where they are slips of those (作风纪律检察 · 专项资金检察 · 开展督察), so every
 * reader of checks sees the one spelling; 检察院 · 检察官 · 检察工作 (a visit, read by parseSegment) · 督察组 unchanged.
 * Other text unchanged, same length.
 */
export function withCheckSlip(text: string): string {
  return text.replace(CHECK_SLIP, '检查').replace(SUPERVISION_SLIP, '督查');
}
