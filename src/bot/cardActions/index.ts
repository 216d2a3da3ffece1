// The one list of card actions (buttons and forms), matched by `value.action`.
import type { CardAction } from '../cardAction.js';
import { answerAction } from './answer.js';
import { askQuestion } from './askQuestion.js';
import { drillDepartment } from './drillDepartment.js';
import { drillDuty } from './drillDuty.js';
import { drillOverview } from './drillOverview.js';
import { editAction } from './edit.js';
import { reportDuty } from './reportDuty.js';
import { reportFormSubmit } from './reportFormSubmit.js';
import { undoAction } from './undo.js';
import { waitingFormSubmit } from './waitingFormSubmit.js';

export const CARD_ACTIONS: readonly CardAction[] = [undoAction, editAction, reportFormSubmit, answerAction, reportDuty, drillDuty, drillDepartment, drillOverview, askQuestion, waitingFormSubmit];
