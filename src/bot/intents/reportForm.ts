// 填报 / 上报: the form card, for members who would rather click than write.
import { shanghaiDate } from '../../domain/shanghai.js';
import { reportFormCard } from '../../feishu/cards/reportFormCard.js';
import { defineIntent } from '../intent.js';
import { formDepartments } from '../formDepartments.js';
import { formPeople } from '../formPeople.js';

const FORM = /^(我要)?(填报|上报|填写|登记)(活动|记录|台账)?[。.!！]*$/;

export const reportForm = defineIntent<true>({
  name: 'report-form',
  match: (ctx) => (FORM.test(ctx.text) ? true : null),
  async handle(ctx) {
    await ctx.replyCard(reportFormCard({ today: shanghaiDate(ctx.now), departments: formDepartments(ctx.deps), people: formPeople(ctx.deps), intro: '填写后点「提交」。也可以直接发一句话，例如「今天和办公室李明主任进行了廉政谈话」。' }));
  },
});
