// 「都改」 after the bot asked which record a change is for (round 62, gbc; t64a G7: 没看懂): the change goes to all of them.

/** 都改 · 两条都改 · 全部都改 · 都要改 · 两个都改一下: every record the asked change could mean. */
export const CHANGE_ALL = /^(?:都|全都|全部|全部都|统统|两条都|两个都|两条|这两条都|那两条都|三条都|几条都|每条都|所有的?都)(?:要|得|需要)?(?:改|修改|改掉|更改|换)(?:一下|掉|了|吧|啊|哈|呀)*$/;

/** Whether `text` (as typed) says 都改 and nothing else; spaces and end marks do not count. */
export function saysChangeAll(text: string): boolean {
  return CHANGE_ALL.test(text.trim().replace(/[\s。.!！~～]+/g, ''));
}
