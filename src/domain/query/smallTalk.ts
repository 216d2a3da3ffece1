// Small talk: 「好的收到」「谢谢」 (a one-line acknowledgement) and 「怎么用」「你能干什么」 (帮助); never a question or a report.

/** Whole-message acknowledgements; a longer message that merely starts with 好的 is not one. */
const ACK = /^(?:好的?|好滴|好嘞|收到|收到了|明白|明白了|知道了|了解|了解了|谢谢|谢谢你|谢谢您|多谢|感谢|辛苦了|辛苦|ok|okay|嗯|嗯嗯|哦|好的收到|收到谢谢|好的谢谢|好的，?谢谢|收到，?谢谢|好的，?收到|👌|👍)(?:[,，]?(?:好的|收到|谢谢|明白|辛苦了))*[!！。.~～]*$/i;

/**
 * 「收到，谢谢清风提醒👍」「好的，辛苦清风了」 (round 14: 没看懂): thanks for a reminder or for the bot's help, in pieces
 * between commas, each nothing but words of thanks or of having read it.
 */
const ACK_PIECE =
  /^(?:(?:好的?|好滴|好嘞|收到了?|明白了?|知道了|了解了?|ok|okay|嗯+|哦|太好了|谢谢(?:你|您|啦)?|多谢|感谢|辛苦(?:了|啦)?)(?:清风)?(?:的)?(?:提醒|提示|通知|帮助|帮忙)?(?:了|啦|哈|呀)?)+$/i;

/**
 * 「好的，收到，我们中心按要求抓好落实」 (round 15: 没看懂): a member saying a notice or reminder will be carried out is an
 * acknowledgement too, as long as it names no deed done and no day; 「收到，我们部门这周抓紧落实」 (round 17) names only
 * the coming days it will be done in.
 */
const WILL_COMPLY =
  /^(?:我们?|我们?(?:中心|部|科|科室|单位|部门|支部)|(?:中心|部里|科里))?(?:这周|本周|近期|尽快|这几天)?(?:会|将|一定|马上|立即|及时|抓紧)?(?:按(?:照)?(?:要求|通知|部署))?(?:抓好|做好|认真|及时|全面)?(?:抓)?(?:落实|办理|执行|照办|安排)(?:到位|好)?(?:的)?$/;

/** The reply to an acknowledgement: short, no card, nothing to act on. */
export function acknowledgement(text: string): string | null {
  // Emoji (👍🙏😊) say nothing more than the words beside them.
  const t = text.replace(/\s+/g, '');
  const pieces = t.replace(/\p{Extended_Pictographic}|\uFE0F/gu, ',').split(/[,，!！。.~～、]+/).filter((x) => x.length > 0);
  const loose = pieces.length > 0 && pieces.every((x) => ACK_PIECE.test(x) || WILL_COMPLY.test(x)) && pieces.some((x) => ACK_PIECE.test(x) || /落实|照办/.test(x));
  if (!ACK.test(t) && !loose) return null;
  return /谢|感谢|辛苦/.test(t) ? '不客气，有需要随时找我。' : '好的。';
}

/** 帮助 in the words people use: 「怎么用」「你能干什么」「有什么功能」. */
const HELP =
  /^(?:请问)?(帮助|help|使用说明|说明|怎么用|如何使用|咋用|怎么使用|怎么操作|用法|你好|您好|hi|hello|菜单|\?|？|你(?:都|还)?能干(?:什么|啥|嘛)|你(?:都|还)?能做(?:什么|啥)|你(?:都|还)?会(?:什么|啥|干啥)|能干(?:什么|啥)|能做(?:什么|啥)|有(?:什么|哪些)功能|你是谁|你是干什么的)[呀啊呢吗]?[!！。.？?]*$/i;

export function isHelpRequest(text: string): boolean {
  return HELP.test(text.trim());
}
