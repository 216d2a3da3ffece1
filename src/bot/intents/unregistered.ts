// Someone not in config/organization.yaml: say so politely, name who can add them, record nothing.
import { defineIntent } from '../intent.js';

export const unregistered = defineIntent<true>({
  name: 'unregistered',
  match: (ctx) => (ctx.sender ? null : true),
  async handle(ctx) {
    const inspectors = ctx.deps.directory.withRole('inspector').map((p) => `${p.name}（${p.title}）`);
    const whom = inspectors.length > 0 ? `请联系${inspectors.join('或')}` : '请联系机关纪委';
    await ctx.reply(`您好！您还不在本单位清风台账的人员名单中，暂时不能上报或查询。${whom}把您加入名单。`);
  },
});
