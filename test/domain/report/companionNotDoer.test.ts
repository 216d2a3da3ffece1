import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { companionNotDoer } from '../../../src/domain/report/companionNotDoer.js';
import { editContext, talk } from './cardEditSupport.js';

const check: PendingItem = { draft: { type: 'inspect_style', date: '2026-11-24', counterpartIds: [], late: false, actorId: 'wanglei', departmentId: 'publicity' }, problems: [] };
const study: PendingItem = { draft: { type: 'edu_warning', date: '2026-11-25', counterpartIds: [], late: false }, problems: [] };
// 1. 王部长与杨帆 廉政谈话 (王磊 the doer) 2. 警示教育 (the member's) 3. 与何平谈心 (the member's), as 李明's card held it.
const CARD = [talk('yangfan', '2026-11-24', 'wanglei', 1), study, { ...talk('heping', '2026-11-26', undefined, 3), draft: { ...talk('heping', '2026-11-26').draft, type: 'talk_heart' as const } }];
const doers = (r: ReturnType<typeof companionNotDoer>) => (r?.kind === 'changed' ? r.items.map((i) => i.draft.actorId ?? 'me') : r?.kind);

describe('companionNotDoer', () => {
  it.each([['王部长只是陪着 不算他谈的'], ['王部长只是陪同，不算他谈的'], ['王磊部长只是陪着，不是他谈的'], ['王磊只是在场 不算他谈的'], ['不算王部长谈的，他只是陪着'], ['王部长就是陪同参加的 不是他谈的。']])(
    '李明 %s → record 1 the member’s; nothing kept of 王磊 on a talk',
    (text) => {
      const read = companionNotDoer(text, CARD, editContext('liming'));
      expect(doers(read)).toEqual(['me', 'me', 'me']);
      expect(read?.kind === 'changed' && read.what).toBe('第1条活动人改为您本人（王磊只是陪同，陪同的人不单独记录）');
    },
  );

  it('a check keeps him as 同行; 不算他带队的 names the check only, not his talk', () => {
    const read = companionNotDoer('王部长只是陪同，不算他带队的', [check, talk('yangfan', '2026-11-25', 'wanglei', 2)], editContext('linxiao'));
    expect(read?.kind).toBe('changed');
    if (read?.kind !== 'changed') return;
    expect(read.items[0]!.draft.actorId).toBeUndefined();
    expect(read.items[0]!.draft.companionIds).toEqual(['wanglei']);
    expect(read.items[1]!.draft.actorId).toBe('wanglei');
  });

  it('the member is the one talked to: who held it is asked, nothing changed', () => {
    const read = companionNotDoer('王部长只是陪着 不算他谈的', CARD, editContext('yangfan'));
    expect(read?.kind).toBe('unfit');
    expect(read?.kind === 'unfit' && read.text).toMatch(/第1条的对象是您本人，王磊只是陪同的话，是谁谈的？/);
  });

  it('two doers on the card fit 王部长 → asked for the full name', () => {
    const read = companionNotDoer('王部长只是陪着 不算他谈的', [talk('yangfan', '2026-11-24', 'wanglei'), talk('lijuan', '2026-11-25', 'wangjianguo')], editContext('linxiao'));
    expect(read?.kind).toBe('unfit');
  });

  it.each([['王部长也在'], ['王部长只是陪着'], ['不算他谈的'], ['何主任只是陪着 不算他谈的'], ['王部长是谈话人不是对象']])('%s → not this reader', (text) => {
    expect(companionNotDoer(text, CARD, editContext('liming'))).toBeUndefined();
  });
});
