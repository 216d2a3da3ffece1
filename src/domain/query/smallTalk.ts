// Small talk: 「好的收到」「谢谢」 (a one-line acknowledgement) and 「怎么用」「你能干什么」 (帮助); never a question or a report.

/** Whole-message acknowledgements; a longer message that merely starts with 好的 is not one. */
const ACK = /^(?:好的?|好滴|好嘞|收到|收到了|明白|明白了|知道了|了解|了解了|谢谢|谢谢你|谢谢您|多谢|感谢|辛苦了|辛苦|ok|okay|嗯|嗯嗯|哦|好的收到|收到谢谢|好的谢谢|好的，?谢谢|收到，?谢谢|好的，?收到|👌|👍)(?:[,，]?(?:好的|收到|谢谢|明白|辛苦了))*[!！。.~～]*$/i;

/** The reply to an acknowledgement: short, no card, nothing to act on. */
export function acknowledgement(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  if (!ACK.test(t)) return null;
  return /谢|感谢|辛苦/.test(t) ? '不客气，有需要随时找我。' : '好的。';
}

/** 帮助 in the words people use: 「怎么用」「你能干什么」「有什么功能」. */
const HELP =
  /^(?:请问)?(帮助|help|使用说明|说明|怎么用|如何使用|咋用|怎么使用|怎么操作|用法|你好|您好|hi|hello|菜单|\?|？|你(?:都|还)?能干(?:什么|啥|嘛)|你(?:都|还)?能做(?:什么|啥)|你(?:都|还)?会(?:什么|啥|干啥)|能干(?:什么|啥)|能做(?:什么|啥)|有(?:什么|哪些)功能|你是谁|你是干什么的)[呀啊呢吗]?[!！。.？?]*$/i;

export function isHelpRequest(text: string): boolean {
  return HELP.test(text.trim());
}
