// Round 66, gfi (t69a F4): a waiting card's button label typed back is read as the tap's answer, only where the typed
// words are not the answer already; and the count-down words (FB1) read 是1篇不是2篇 as fewer of a stored deed.
import { describe, expect, it } from 'vitest';
import { answerButtons, typedButtonAnswer } from '../../src/bot/typedButtonLabel.js';
import { button } from '../../src/feishu/cards/cardParts.js';
import { countDownWords } from '../../src/domain/report/countDownWords.js';

const answer = (text: string) => ({ action: 'answer', text });
const whoIsIt = [button('是不是王建国？', answer('王建国')), button('不在名单里', answer('不在名单里')), button('取消', answer('取消'))];

describe('typedButtonAnswer', () => {
  const buttons = answerButtons({ body: { elements: [{ tag: 'column_set', columns: whoIsIt.map((b) => ({ elements: [b] })) }] } });

  it('reads the answer buttons of a card', () => {
    expect(buttons).toEqual([
      { label: '是不是王建国？', text: '王建国' },
      { label: '不在名单里', text: '不在名单里' },
      { label: '取消', text: '取消' },
    ]);
  });

  it.each([['是不是王建国？'], ['是不是王建国'], ['是不是王建国?'], ['「是不是王建国？」'], ['是王建国'], ['对 是王建国'], ['对，是王建国同志'], ['就是王建国吧'], ['是他'], ['对，是她']])('「%s」 → 王建国', (typed) => {
    expect(typedButtonAnswer(typed, buttons)).toBe('王建国');
  });

  it.each([['王建国'], ['取消'], ['不在名单里'], ['是不是李明？'], ['是李明'], ['王建国的完成情况'], ['是的']])('「%s」 → not read here (the answer already, or no label)', (typed) => {
    expect(typedButtonAnswer(typed, buttons)).toBeUndefined();
  });

  it('是他 with two names offered is not guessed', () => {
    const two = [{ label: '是不是王建国？', text: '王建国' }, { label: '是不是王建华？', text: '王建华' }];
    expect(typedButtonAnswer('是他', two)).toBeUndefined();
    expect(typedButtonAnswer('是王建华', two)).toBe('王建华');
  });

  it('a label that differs from its answer: 11月12日（周四） → 11月12日; 不修改，直接确认 → 确认', () => {
    expect(typedButtonAnswer('11月12日（周四）', [{ label: '11月12日（周四）', text: '11月12日' }])).toBe('11月12日');
    expect(typedButtonAnswer('不修改，直接确认', [{ label: '不修改，直接确认', text: '确认' }])).toBe('确认');
  });
});

describe('countDownWords', () => {
  it.each([
    ['刚才那个信息报送是1篇 不是2篇', { about: '信息报送', total: 1, wrong: 2, unit: '篇' }],
    ['刚才那个信息报送不是2篇，是1篇', { about: '信息报送', total: 1, wrong: 2, unit: '篇' }],
    ['廉政信息多记了1篇', { about: '廉政信息', fewer: 1, unit: '篇' }],
    ['刚才报多了一篇', { about: '', fewer: 1, unit: '篇' }],
    ['不好意思，刚才那条信息其实只有1篇', { about: '信息', total: 1, unit: '篇' }],
    ['检查是1次不是2次', { about: '检查', total: 1, wrong: 2, unit: '次' }],
  ])('「%s」', (text, want) => {
    expect(countDownWords(text)).toEqual(want);
  });

  it.each([['其实只有1篇'], ['今天又报送了1篇'], ['刚才那条撤销，多报了一次'], ['报送廉政信息2篇'], ['刚才那个信息报送是1篇'], ['12月2号报送的廉政信息是2篇，刚才只记上了1篇，再补1篇']])('「%s」 → none', (text) => {
    expect(countDownWords(text)).toBeUndefined();
  });
});
