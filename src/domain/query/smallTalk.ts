// 「好的收到」「谢谢」「明白了」: an acknowledgement, answered in one short line and never taken as a question or report.

/** Whole-message acknowledgements; a longer message that merely starts with 好的 is not one. */
const ACK = /^(?:好的?|好滴|好嘞|收到|收到了|明白|明白了|知道了|了解|了解了|谢谢|谢谢你|谢谢您|多谢|感谢|辛苦了|辛苦|ok|okay|嗯|嗯嗯|哦|好的收到|收到谢谢|好的谢谢|好的，?谢谢|收到，?谢谢|好的，?收到|👌|👍)(?:[,，]?(?:好的|收到|谢谢|明白|辛苦了))*[!！。.~～]*$/i;

/** The reply to an acknowledgement: short, no card, nothing to act on. */
export function acknowledgement(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  if (!ACK.test(t)) return null;
  return /谢|感谢|辛苦/.test(t) ? '不客气，有需要随时找我。' : '好的。';
}
