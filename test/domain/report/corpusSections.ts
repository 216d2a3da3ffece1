// Every section of the report corpus: what its rows are about and its rows, in the order written. The corpus is read
// by corpusPartOne.test.ts and corpusPartTwo.test.ts (alternate sections each, so that CI's two workers share it).
import type { CorpusRow } from './corpusRow.js';
import { LIST_ROWS } from './corpusLists.js';
import { NEWCOMER_ROWS } from './corpusNewcomer.js';
import { NEWCOMER_TWO_ROWS } from './corpusNewcomerTwo.js';
import { NEWS_STYLE_ROWS } from './corpusNewsStyle.js';
import { PLAIN_ROWS } from './corpusPlain.js';
import { UNSEEN_ROWS } from './corpusUnseen.js';
import { UNSEEN_MORE_ROWS } from './corpusUnseenMore.js';
import { UNSEEN_THIRD_ROWS } from './corpusUnseenThird.js';
import { UNSEEN_FOURTH_ROWS } from './corpusUnseenFourth.js';
import { ROUND_TEN_ROWS } from './corpusRoundTen.js';
import { ROUND_ELEVEN_ROWS } from './corpusRoundEleven.js';
import { ROUND_TWELVE_ROWS } from './corpusRoundTwelve.js';
import { LEFT_OVER_ROWS } from './corpusLeftOver.js';
import { ROUND_THIRTEEN_ROWS } from './corpusRoundThirteen.js';
import { LEFT_OVER_TWO_ROWS } from './corpusLeftOverTwo.js';
import { ROUND_FOURTEEN_ROWS } from './corpusRoundFourteen.js';
import { ROUND_FIFTEEN_A_ROWS } from './corpusRoundFifteenA.js';
import { ROUND_FIFTEEN_B_ROWS } from './corpusRoundFifteenB.js';
import { SIXTEEN_K_ROWS } from './corpusSixteenK.js';
import { SIXTEEN_F_ROWS } from './corpusSixteenF.js';
import { SIXTEEN_G_ROWS } from './corpusSixteenG.js';
import { SIXTEEN_J_ROWS } from './corpusSixteenJ.js';
import { SIXTEEN_H_ROWS } from './corpusSixteenH.js';
import { SEVENTEEN_R_ROWS } from './corpusSeventeenR.js';
import { EIGHTEEN_F_ROWS } from './corpusEighteenF.js';
import { EIGHTEEN_Y_ROWS } from './corpusEighteenY.js';
import { EIGHTEEN_W_ROWS } from './corpusEighteenW.js';
import { EIGHTEEN_X_ROWS } from './corpusEighteenX.js';
import { NINETEEN_C_ROWS } from './corpusNineteenC.js';
import { TWENTY_E_ROWS } from './corpusTwentyE.js';
import { NINETEEN_B_ROWS } from './corpusNineteenB.js';
import { NINETEEN_A_ROWS } from './corpusNineteenA.js';
import { TWENTY_L_ROWS } from './corpusTwentyL.js';
import { TWENTY_B_ROWS } from './corpusTwentyB.js';
import { TWENTY_A_ROWS } from './corpusTwentyA.js';
import { TWENTY_D_ROWS } from './corpusTwentyD.js';
import { TWENTY_C_ROWS } from './corpusTwentyC.js';
import { TWENTY_G_ROWS } from './corpusTwentyG.js';
import { TWENTY_I_ROWS } from './corpusTwentyI.js';
import { TWENTY_J_ROWS } from './corpusTwentyJ.js';
import { TWENTY_TWO_X_ROWS } from './corpusTwentyTwoX.js';
import { TWENTY_H_ROWS } from './corpusTwentyH.js';
import { TWENTY_TWO_N_ROWS } from './corpusTwentyTwoN.js';
import { TWENTY_TWO_K_ROWS } from './corpusTwentyTwoK.js';
import { TWENTY_TWO_L_ROWS } from './corpusTwentyTwoL.js';
import { TWENTY_TWO_R_ROWS } from './corpusTwentyTwoR.js';
import { TWENTY_TWO_Q_ROWS } from './corpusTwentyTwoQ.js';
import { TWENTY_FOUR_C_ROWS } from './corpusTwentyFourC.js';
import { TWENTY_FOUR_Y_ROWS } from './corpusTwentyFourY.js';
import { TWENTY_FOUR_G_ROWS } from './corpusTwentyFourG.js';
import { TWENTY_FOUR_E_ROWS } from './corpusTwentyFourE.js';
import { TWENTY_FOUR_D_ROWS } from './corpusTwentyFourD.js';
import { TWENTY_FOUR_I_ROWS } from './corpusTwentyFourI.js';
import { TWENTY_FOUR_F_ROWS } from './corpusTwentyFourF.js';
import { TWENTY_FOUR_H_ROWS } from './corpusTwentyFourH.js';
import { TWENTY_FIVE_S_ROWS } from './corpusTwentyFiveS.js';
import { TWENTY_FIVE_R_ROWS } from './corpusTwentyFiveR.js';
import { TWENTY_FIVE_J_ROWS } from './corpusTwentyFiveJ.js';
import { TWENTY_FIVE_N_ROWS } from './corpusTwentyFiveN.js';
import { TWENTY_FIVE_K_ROWS } from './corpusTwentyFiveK.js';
import { TWENTY_FIVE_M_ROWS } from './corpusTwentyFiveM.js';
import { TWENTY_FIVE_L_ROWS } from './corpusTwentyFiveL.js';
import { TWENTY_FIVE_Q_ROWS } from './corpusTwentyFiveQ.js';
import { TWENTY_SEVEN_U_ROWS } from './corpusTwentySevenU.js';
import { TWENTY_SEVEN_W_ROWS } from './corpusTwentySevenW.js';
import { TWENTY_EIGHT_H_ROWS } from './corpusTwentyEightH.js';
import { TWENTY_SEVEN_V_ROWS } from './corpusTwentySevenV.js';
import { TWENTY_EIGHT_O_ROWS } from './corpusTwentyEightO.js';
import { TWENTY_NINE_P_ROWS } from './corpusTwentyNineP.js';
import { TWENTY_NINE_B_ROWS } from './corpusTwentyNineB.js';
import { TWENTY_SEVEN_B_ROWS } from './corpusTwentySevenB.js';
import { TWENTY_EIGHT_G_ROWS } from './corpusTwentyEightG.js';
import { TWENTY_EIGHT_S_ROWS } from './corpusTwentyEightS.js';
import { TWENTY_EIGHT_N_ROWS } from './corpusTwentyEightN.js';
import { TWENTY_EIGHT_B_ROWS } from './corpusTwentyEightB.js';
import { TWENTY_EIGHT_M_ROWS } from './corpusTwentyEightM.js';
import { TWENTY_NINE_M_ROWS } from './corpusTwentyNineM.js';
import { TWENTY_NINE_D_ROWS } from './corpusTwentyNineD.js';
import { TWENTY_NINE_C_ROWS } from './corpusTwentyNineC.js';
import { TWENTY_NINE_Q_ROWS } from './corpusTwentyNineQ.js';
import { TWENTY_NINE_W_ROWS } from './corpusTwentyNineW.js';
import { THIRTY_R_ROWS } from './corpusThirtyR.js';
import { THIRTY_A_ROWS } from './corpusThirtyA.js';
import { THIRTY_B_ROWS } from './corpusThirtyB.js';
import { THIRTY_D_ROWS } from './corpusThirtyD.js';
import { THIRTY_C_ROWS } from './corpusThirtyC.js';
import { THIRTY_W_ROWS } from './corpusThirtyW.js';
import { THIRTY_M_ROWS } from './corpusThirtyM.js';
import { THIRTY_F_ROWS } from './corpusThirtyF.js';
import { THIRTY_G_ROWS } from './corpusThirtyG.js';
import { THIRTY_E_ROWS } from './corpusThirtyE.js';
import { THIRTY_ONE_A_ROWS } from './corpusThirtyOneA.js';
import { THIRTY_ONE_E_ROWS } from './corpusThirtyOneE.js';
import { THIRTY_ONE_D_ROWS } from './corpusThirtyOneD.js';
import { THIRTY_ONE_B_ROWS } from './corpusThirtyOneB.js';
import { THIRTY_ONE_G_ROWS } from './corpusThirtyOneG.js';
import { THIRTY_TWO_A_ROWS } from './corpusThirtyTwoA.js';
import { THIRTY_ONE_H_ROWS } from './corpusThirtyOneH.js';
import { THIRTY_ONE_C_ROWS } from './corpusThirtyOneC.js';
import { THIRTY_ONE_I_ROWS } from './corpusThirtyOneI.js';
import { THIRTY_ONE_J_ROWS } from './corpusThirtyOneJ.js';
import { THIRTY_ONE_K_ROWS } from './corpusThirtyOneK.js';
import { THIRTY_ONE_L_ROWS } from './corpusThirtyOneL.js';
import { THIRTY_TWO_B_ROWS } from './corpusThirtyTwoB.js';
import { THIRTY_TWO_C_ROWS } from './corpusThirtyTwoC.js';
import { THIRTY_TWO_E_ROWS } from './corpusThirtyTwoE.js';
import { THIRTY_TWO_D_ROWS } from './corpusThirtyTwoD.js';
import { THIRTY_TWO_G_ROWS } from './corpusThirtyTwoG.js';
import { THIRTY_TWO_I_ROWS } from './corpusThirtyTwoI.js';
import { THIRTY_TWO_F_ROWS } from './corpusThirtyTwoF.js';
import { THIRTY_TWO_J_ROWS } from './corpusThirtyTwoJ.js';
import { THIRTY_TWO_H_ROWS } from './corpusThirtyTwoH.js';
import { THIRTY_THREE_B_ROWS } from './corpusThirtyThreeB.js';
import { THIRTY_THREE_C_ROWS } from './corpusThirtyThreeC.js';
import { THIRTY_THREE_D_ROWS } from './corpusThirtyThreeD.js';
import { THIRTY_THREE_E_ROWS } from './corpusThirtyThreeE.js';
import { THIRTY_THREE_A_ROWS } from './corpusThirtyThreeA.js';
import { THIRTY_THREE_F_ROWS } from './corpusThirtyThreeF.js';
import { THIRTY_THREE_G_ROWS } from './corpusThirtyThreeG.js';
import { THIRTY_THREE_H_ROWS } from './corpusThirtyThreeH.js';
import { THIRTY_THREE_J_ROWS } from './corpusThirtyThreeJ.js';
import { THIRTY_THREE_K_ROWS } from './corpusThirtyThreeK.js';
import { THIRTY_THREE_I_ROWS } from './corpusThirtyThreeI.js';
import { THIRTY_THREE_L_ROWS } from './corpusThirtyThreeL.js';
import { THIRTY_FOUR_A_ROWS } from './corpusThirtyFourA.js';
import { THIRTY_FOUR_B_ROWS } from './corpusThirtyFourB.js';
import { THIRTY_FOUR_C_ROWS } from './corpusThirtyFourC.js';
import { THIRTY_FOUR_E_ROWS } from './corpusThirtyFourE.js';
import { THIRTY_FOUR_F_ROWS } from './corpusThirtyFourF.js';
import { THIRTY_FOUR_H_ROWS } from './corpusThirtyFourH.js';
import { THIRTY_FOUR_G_ROWS } from './corpusThirtyFourG.js';
import { THIRTY_FOUR_I_ROWS } from './corpusThirtyFourI.js';
import { THIRTY_FOUR_K_ROWS } from './corpusThirtyFourK.js';
import { THIRTY_FOUR_L_ROWS } from './corpusThirtyFourL.js';
import { THIRTY_FOUR_M_ROWS } from './corpusThirtyFourM.js';
import { THIRTY_FOUR_N_ROWS } from './corpusThirtyFourN.js';
import { THIRTY_FIVE_A_ROWS } from './corpusThirtyFiveA.js';
import { THIRTY_FIVE_B_ROWS } from './corpusThirtyFiveB.js';
import { THIRTY_FIVE_D_ROWS } from './corpusThirtyFiveD.js';
import { THIRTY_FIVE_E_ROWS } from './corpusThirtyFiveE.js';
import { THIRTY_FIVE_F_ROWS } from './corpusThirtyFiveF.js';
import { THIRTY_FIVE_G_ROWS } from './corpusThirtyFiveG.js';
import { THIRTY_SIX_A_ROWS } from './corpusThirtySixA.js';
import { THIRTY_SIX_B_ROWS } from './corpusThirtySixB.js';
import { THIRTY_SIX_C_ROWS } from './corpusThirtySixC.js';
import { THIRTY_SIX_D_ROWS } from './corpusThirtySixD.js';
import { THIRTY_SIX_E_ROWS } from './corpusThirtySixE.js';
import { THIRTY_SIX_F_ROWS } from './corpusThirtySixF.js';
import { THIRTY_SIX_G_ROWS } from './corpusThirtySixG.js';
import { THIRTY_SIX_H_ROWS } from './corpusThirtySixH.js';
import { THIRTY_SIX_I_ROWS } from './corpusThirtySixI.js';
import { THIRTY_SEVEN_Z_ROWS } from './corpusThirtySevenZ.js';
import { THIRTY_EIGHT_C_ROWS } from './corpusThirtyEightC.js';
import { THIRTY_EIGHT_E_ROWS } from './corpusThirtyEightE.js';
import { THIRTY_EIGHT_G_ROWS } from './corpusThirtyEightG.js';
import { THIRTY_SEVEN_B_ROWS } from './corpusThirtySevenB.js';
import { THIRTY_SEVEN_D_ROWS } from './corpusThirtySevenD.js';
import { THIRTY_SEVEN_A_ROWS } from './corpusThirtySevenA.js';
import { THIRTY_SEVEN_E_ROWS } from './corpusThirtySevenE.js';
import { THIRTY_SEVEN_C_ROWS } from './corpusThirtySevenC.js';
import { THIRTY_SEVEN_F_ROWS } from './corpusThirtySevenF.js';
import { THIRTY_SEVEN_H_ROWS } from './corpusThirtySevenH.js';
import { THIRTY_SEVEN_I_ROWS } from './corpusThirtySevenI.js';
import { THIRTY_EIGHT_A_ROWS } from './corpusThirtyEightA.js';
import { THIRTY_EIGHT_B_ROWS } from './corpusThirtyEightB.js';
import { THIRTY_EIGHT_D_ROWS } from './corpusThirtyEightD.js';
import { THIRTY_EIGHT_H_ROWS } from './corpusThirtyEightH.js';
import { THIRTY_EIGHT_Z_ROWS } from './corpusThirtyEightZ.js';
import { THIRTY_NINE_Z_ROWS } from './corpusThirtyNineZ.js';
import { THIRTY_NINE_B_ROWS } from './corpusThirtyNineB.js';
import { THIRTY_NINE_C_ROWS } from './corpusThirtyNineC.js';
import { THIRTY_NINE_D_ROWS } from './corpusThirtyNineD.js';
import { THIRTY_NINE_A_ROWS } from './corpusThirtyNineA.js';
import { FORTY_A_ROWS } from './corpusFortyA.js';
import { FORTY_B_ROWS } from './corpusFortyB.js';
import { FORTY_C_ROWS } from './corpusFortyC.js';
import { FORTY_D_ROWS } from './corpusFortyD.js';
import { FORTY_Z_ROWS } from './corpusFortyZ.js';
import { FORTY_ONE_A_ROWS } from './corpusFortyOneA.js';
import { FORTY_ONE_B_ROWS } from './corpusFortyOneB.js';
import { FORTY_ONE_C_ROWS } from './corpusFortyOneC.js';
import { FORTY_ONE_D_ROWS } from './corpusFortyOneD.js';
import { FORTY_TWO_A_ROWS } from './corpusFortyTwoA.js';
import { FORTY_ONE_Z_ROWS } from './corpusFortyOneZ.js';
import { FORTY_TWO_Z_ROWS } from './corpusFortyTwoZ.js';
import { FORTY_TWO_G_ROWS } from './corpusFortyTwoG.js';
import { FORTY_TWO_B_ROWS } from './corpusFortyTwoB.js';
import { FORTY_TWO_C_ROWS } from './corpusFortyTwoC.js';
import { FORTY_TWO_E_ROWS } from './corpusFortyTwoE.js';
import { FORTY_TWO_D_ROWS } from './corpusFortyTwoD.js';
import { FORTY_TWO_F_ROWS } from './corpusFortyTwoF.js';
import { FORTY_TWO_H_ROWS } from './corpusFortyTwoH.js';
import { FORTY_THREE_Z_ROWS } from './corpusFortyThreeZ.js';
import { FORTY_THREE_B_ROWS } from './corpusFortyThreeB.js';
import { FORTY_THREE_D_ROWS } from './corpusFortyThreeD.js';
import { FORTY_THREE_A_ROWS } from './corpusFortyThreeA.js';
import { FORTY_THREE_C_ROWS } from './corpusFortyThreeC.js';
import { FORTY_THREE_E_ROWS } from './corpusFortyThreeE.js';
import { FORTY_THREE_G_ROWS } from './corpusFortyThreeG.js';
import { FORTY_THREE_F_ROWS } from './corpusFortyThreeF.js';
import { FORTY_FOUR_C_ROWS } from './corpusFortyFourC.js';
import { FORTY_FOUR_E_ROWS } from './corpusFortyFourE.js';
import { FORTY_FOUR_A_ROWS } from './corpusFortyFourA.js';
import { FORTY_FOUR_D_ROWS } from './corpusFortyFourD.js';
import { FORTY_FOUR_B_ROWS } from './corpusFortyFourB.js';
import { FORTY_FOUR_G_ROWS } from './corpusFortyFourG.js';
import { FORTY_FOUR_F_ROWS } from './corpusFortyFourF.js';
import { FORTY_FOUR_Z_ROWS } from './corpusFortyFourZ.js';
import { FORTY_FIVE_D_ROWS } from './corpusFortyFiveD.js';
import { FORTY_FIVE_E_ROWS } from './corpusFortyFiveE.js';
import { FORTY_FIVE_B_ROWS } from './corpusFortyFiveB.js';
import { FORTY_FIVE_A_ROWS } from './corpusFortyFiveA.js';
import { FORTY_FIVE_F_ROWS } from './corpusFortyFiveF.js';
import { FORTY_FIVE_C_ROWS } from './corpusFortyFiveC.js';
import { FORTY_FIVE_G_ROWS } from './corpusFortyFiveG.js';
import { FORTY_FIVE_Z_ROWS } from './corpusFortyFiveZ.js';
import { FORTY_SIX_Z_ROWS } from './corpusFortySixZ.js';
import { FORTY_SEVEN_Z_ROWS } from './corpusFortySevenZ.js';
import { FORTY_EIGHT_D_ROWS } from './corpusFortyEightD.js';
import { FORTY_EIGHT_B_ROWS } from './corpusFortyEightB.js';
import { FORTY_EIGHT_C_ROWS } from './corpusFortyEightC.js';
import { FORTY_EIGHT_E_ROWS } from './corpusFortyEightE.js';
import { FORTY_EIGHT_F_ROWS } from './corpusFortyEightF.js';
import { FORTY_EIGHT_Z_ROWS } from './corpusFortyEightZ.js';
import { FORTY_EIGHT_G_ROWS } from './corpusFortyEightG.js';
import { FORTY_EIGHT_H_ROWS } from './corpusFortyEightH.js';
import { FORTY_EIGHT_I_ROWS } from './corpusFortyEightI.js';
import { FORTY_EIGHT_J_ROWS } from './corpusFortyEightJ.js';
import { FORTY_NINE_A_ROWS } from './corpusFortyNineA.js';
import { FORTY_NINE_B_ROWS } from './corpusFortyNineB.js';
import { FORTY_NINE_C_ROWS } from './corpusFortyNineC.js';
import { FORTY_NINE_E_ROWS } from './corpusFortyNineE.js';
import { FORTY_NINE_F_ROWS } from './corpusFortyNineF.js';
import { FORTY_NINE_D_ROWS } from './corpusFortyNineD.js';
import { FORTY_NINE_K_ROWS } from './corpusFortyNineK.js';
import { FORTY_NINE_L_ROWS } from './corpusFortyNineL.js';
import { FORTY_NINE_P_ROWS } from './corpusFortyNineP.js';
import { FORTY_NINE_M_ROWS } from './corpusFortyNineM.js';
import { FORTY_NINE_N_ROWS } from './corpusFortyNineN.js';
import { FORTY_NINE_O_ROWS } from './corpusFortyNineO.js';
import { FIFTY_A_ROWS } from './corpusFiftyA.js';
import { FIFTY_C_ROWS } from './corpusFiftyC.js';
import { FIFTY_B_ROWS } from './corpusFiftyB.js';
import { FIFTY_D_ROWS } from './corpusFiftyD.js';
import { FIFTY_E_ROWS } from './corpusFiftyE.js';
import { FIFTY_F_ROWS } from './corpusFiftyF.js';
import { FIFTY_CC_ROWS } from './corpusFiftyCC.js';
import { FIFTY_AA_ROWS } from './corpusFiftyAA.js';
import { FIFTY_DD_ROWS } from './corpusFiftyDD.js';
import { FIFTY_BB_ROWS } from './corpusFiftyBB.js';
import { FIFTY_FF_ROWS } from './corpusFiftyFF.js';
import { FIFTY_EE_ROWS } from './corpusFiftyEE.js';
import { FIFTY_ONE_B_ROWS } from './corpusFiftyOneB.js';
import { FIFTY_ONE_A_ROWS } from './corpusFiftyOneA.js';
import { FIFTY_ONE_E_ROWS } from './corpusFiftyOneE.js';
import { FIFTY_ONE_C_ROWS } from './corpusFiftyOneC.js';
import { FIFTY_ONE_F_ROWS } from './corpusFiftyOneF.js';
import { FIFTY_ONE_D_ROWS } from './corpusFiftyOneD.js';
import { FIFTY_ONE_BB_ROWS } from './corpusFiftyOneBB.js';
import { FIFTY_ONE_AA_ROWS } from './corpusFiftyOneAA.js';
import { FIFTY_ONE_CC_ROWS } from './corpusFiftyOneCC.js';
import { FIFTY_TWO_C_ROWS } from './corpusFiftyTwoC.js';
import { FIFTY_TWO_A_ROWS } from './corpusFiftyTwoA.js';
import { FIFTY_TWO_F_ROWS } from './corpusFiftyTwoF.js';
import { FIFTY_TWO_D_ROWS } from './corpusFiftyTwoD.js';
import { FIFTY_TWO_E_ROWS } from './corpusFiftyTwoE.js';
import { FIFTY_TWO_B_ROWS } from './corpusFiftyTwoB.js';
import { FIFTY_TWO_AA_ROWS } from './corpusFiftyTwoAA.js';
import { FIFTY_TWO_BB_ROWS } from './corpusFiftyTwoBB.js';
import { FIFTY_TWO_CC_ROWS } from './corpusFiftyTwoCC.js';
import { FIFTY_TWO_EE_ROWS } from './corpusFiftyTwoEE.js';
import { FIFTY_TWO_FF_ROWS } from './corpusFiftyTwoFF.js';
import { FIFTY_TWO_DD_ROWS } from './corpusFiftyTwoDD.js';
import { FIFTY_TWO_GG_ROWS } from './corpusFiftyTwoGG.js';
import { FIFTY_THREE_C_ROWS } from './corpusFiftyThreeC.js';
import { FIFTY_THREE_B_ROWS } from './corpusFiftyThreeB.js';
import { FIFTY_THREE_D_ROWS } from './corpusFiftyThreeD.js';
import { FIFTY_THREE_A_ROWS } from './corpusFiftyThreeA.js';
import { FIFTY_THREE_E_ROWS } from './corpusFiftyThreeE.js';
import { FIFTY_THREE_BB_ROWS } from './corpusFiftyThreeBB.js';
import { FIFTY_THREE_F_ROWS } from './corpusFiftyThreeF.js';
import { FIFTY_THREE_DD_ROWS } from './corpusFiftyThreeDD.js';
import { FIFTY_THREE_CC_ROWS } from './corpusFiftyThreeCC.js';
import { FIFTY_THREE_AA_ROWS } from './corpusFiftyThreeAA.js';
import { FIFTY_THREE_EE_ROWS } from './corpusFiftyThreeEE.js';
import { FIFTY_FOUR_A_ROWS } from './corpusFiftyFourA.js';
import { FIFTY_FOUR_E_ROWS } from './corpusFiftyFourE.js';
import { FIFTY_FOUR_C_ROWS } from './corpusFiftyFourC.js';
import { FIFTY_FOUR_B_ROWS } from './corpusFiftyFourB.js';
import { FIFTY_FOUR_F_ROWS } from './corpusFiftyFourF.js';
import { FIFTY_FOUR_GG_ROWS } from './corpusFiftyFourGG.js';
import { FIFTY_FOUR_AA_ROWS } from './corpusFiftyFourAA.js';
import { FIFTY_FOUR_D_ROWS } from './corpusFiftyFourD.js';
import { FIFTY_FOUR_DD_ROWS } from './corpusFiftyFourDD.js';
import { FIFTY_FOUR_EE_ROWS } from './corpusFiftyFourEE.js';
import { FIFTY_FOUR_M_ROWS } from './corpusFiftyFourM.js';
import { FIFTY_FIVE_F_ROWS } from './corpusFiftyFiveF.js';
import { FIFTY_FIVE_C_ROWS } from './corpusFiftyFiveC.js';
import { FIFTY_FIVE_B_ROWS } from './corpusFiftyFiveB.js';
import { FIFTY_FIVE_D_ROWS } from './corpusFiftyFiveD.js';
import { FIFTY_FIVE_E_ROWS } from './corpusFiftyFiveE.js';
import { FIFTY_FIVE_A_ROWS } from './corpusFiftyFiveA.js';
import { FIFTY_FIVE_M_ROWS } from './corpusFiftyFiveM.js';
import { FIFTY_SIX_A_ROWS } from './corpusFiftySixA.js';
import { FIFTY_SIX_B_ROWS } from './corpusFiftySixB.js';
import { FIFTY_SIX_E_ROWS } from './corpusFiftySixE.js';
import { FIFTY_SIX_F_ROWS } from './corpusFiftySixF.js';
import { FIFTY_SIX_C_ROWS } from './corpusFiftySixC.js';
import { FIFTY_SIX_D_ROWS } from './corpusFiftySixD.js';
import { FIFTY_SIX_M_ROWS } from './corpusFiftySixM.js';
import { FIFTY_SEVEN_A_ROWS } from './corpusFiftySevenA.js';
import { FIFTY_SEVEN_C_ROWS } from './corpusFiftySevenC.js';
import { FIFTY_SEVEN_E_ROWS } from './corpusFiftySevenE.js';
import { FIFTY_SEVEN_F_ROWS } from './corpusFiftySevenF.js';
import { FIFTY_SEVEN_B_ROWS } from './corpusFiftySevenB.js';
import { FIFTY_SEVEN_D_ROWS } from './corpusFiftySevenD.js';
import { FIFTY_SEVEN_M_ROWS } from './corpusFiftySevenM.js';
import { FIFTY_EIGHT_C_ROWS } from './corpusFiftyEightC.js';
import { FIFTY_EIGHT_D_ROWS } from './corpusFiftyEightD.js';
import { FIFTY_EIGHT_E_ROWS } from './corpusFiftyEightE.js';
import { FIFTY_EIGHT_A_ROWS } from './corpusFiftyEightA.js';
import { FIFTY_EIGHT_B_ROWS } from './corpusFiftyEightB.js';
import { FIFTY_EIGHT_F_ROWS } from './corpusFiftyEightF.js';
import { FIFTY_NINE_A_ROWS } from './corpusFiftyNineA.js';
import { FIFTY_NINE_B_ROWS } from './corpusFiftyNineB.js';
import { FIFTY_NINE_C_ROWS } from './corpusFiftyNineC.js';
import { FIFTY_NINE_D_ROWS } from './corpusFiftyNineD.js';
import { FIFTY_NINE_E_ROWS } from './corpusFiftyNineE.js';
import { FIFTY_NINE_F_ROWS } from './corpusFiftyNineF.js';
import { SIXTY_A_ROWS } from './corpusSixtyA.js';
import { SIXTY_B_ROWS } from './corpusSixtyB.js';
import { SIXTY_C_ROWS } from './corpusSixtyC.js';
import { SIXTY_E_ROWS } from './corpusSixtyE.js';
import { SIXTY_D_ROWS } from './corpusSixtyD.js';
import { SIXTY_F_ROWS } from './corpusSixtyF.js';
import { SIXTY_ONE_A_ROWS } from './corpusSixtyOneA.js';
import { SIXTY_ONE_B_ROWS } from './corpusSixtyOneB.js';
import { SIXTY_ONE_C_ROWS } from './corpusSixtyOneC.js';
import { SIXTY_ONE_E_ROWS } from './corpusSixtyOneE.js';
import { SIXTY_ONE_F_ROWS } from './corpusSixtyOneF.js';
import { SIXTY_ONE_M_ROWS } from './corpusSixtyOneM.js';
import { SIXTY_ONE_D_ROWS } from './corpusSixtyOneD.js';
import { SIXTY_TWO_A_ROWS } from './corpusSixtyTwoA.js';
import { SIXTY_TWO_H_ROWS } from './corpusSixtyTwoH.js';
import { SIXTY_TWO_B_ROWS } from './corpusSixtyTwoB.js';
import { SIXTY_TWO_C_ROWS } from './corpusSixtyTwoC.js';
import { SIXTY_TWO_D_ROWS } from './corpusSixtyTwoD.js';
import { SIXTY_TWO_E_ROWS } from './corpusSixtyTwoE.js';
import { SIXTY_TWO_J_ROWS } from './corpusSixtyTwoJ.js';
import { SIXTY_TWO_I_ROWS } from './corpusSixtyTwoI.js';
import { SIXTY_THREE_A_ROWS } from './corpusSixtyThreeA.js';
import { SIXTY_THREE_I_ROWS } from './corpusSixtyThreeI.js';
import { SIXTY_THREE_B_ROWS } from './corpusSixtyThreeB.js';
import { SIXTY_THREE_C_ROWS } from './corpusSixtyThreeC.js';
import { SIXTY_THREE_D_ROWS } from './corpusSixtyThreeD.js';
import { SIXTY_THREE_E_ROWS } from './corpusSixtyThreeE.js';
import { SIXTY_THREE_H_ROWS } from './corpusSixtyThreeH.js';
import { SIXTY_THREE_J_ROWS } from './corpusSixtyThreeJ.js';
import { SIXTY_FOUR_A_ROWS } from './corpusSixtyFourA.js';
import { SIXTY_FOUR_I_ROWS } from './corpusSixtyFourI.js';
import { SIXTY_FOUR_H_ROWS } from './corpusSixtyFourH.js';
import { SIXTY_FOUR_B_ROWS } from './corpusSixtyFourB.js';
import { SIXTY_FOUR_C_ROWS } from './corpusSixtyFourC.js';
import { SIXTY_FOUR_D_ROWS } from './corpusSixtyFourD.js';
import { SIXTY_FOUR_E_ROWS } from './corpusSixtyFourE.js';
import { SIXTY_FOUR_J_ROWS } from './corpusSixtyFourJ.js';
import { SIXTY_FIVE_M_ROWS } from './corpusSixtyFiveM.js';
import { SIXTY_FIVE_H_ROWS } from './corpusSixtyFiveH.js';
import { SIXTY_FIVE_B_ROWS } from './corpusSixtyFiveB.js';
import { SIXTY_FIVE_A_ROWS } from './corpusSixtyFiveA.js';
import { SIXTY_FIVE_D_ROWS } from './corpusSixtyFiveD.js';
import { SIXTY_FIVE_I_ROWS } from './corpusSixtyFiveI.js';
import { SIXTY_FIVE_C_ROWS } from './corpusSixtyFiveC.js';
import { SIXTY_SIX_B_ROWS } from './corpusSixtySixB.js';
import { SIXTY_SIX_H_ROWS } from './corpusSixtySixH.js';
import { SIXTY_SIX_I_ROWS } from './corpusSixtySixI.js';
import { SIXTY_SIX_A_ROWS } from './corpusSixtySixA.js';
import { SIXTY_SIX_D_ROWS } from './corpusSixtySixD.js';
import { SIXTY_SIX_C_ROWS } from './corpusSixtySixC.js';
import { SIXTY_SEVEN_A_ROWS } from './corpusSixtySevenA.js';
import { SIXTY_SEVEN_C_ROWS } from './corpusSixtySevenC.js';
import { SIXTY_SEVEN_H_ROWS } from './corpusSixtySevenH.js';
import { SIXTY_SEVEN_I_ROWS } from './corpusSixtySevenI.js';
import { SIXTY_SEVEN_D_ROWS } from './corpusSixtySevenD.js';
import { SIXTY_SEVEN_B_ROWS } from './corpusSixtySevenB.js';
import { SIXTY_SEVEN_J_ROWS } from './corpusSixtySevenJ.js';
import { SIXTY_EIGHT_A_ROWS } from './corpusSixtyEightA.js';
import { SIXTY_EIGHT_B_ROWS } from './corpusSixtyEightB.js';
import { SIXTY_EIGHT_C_ROWS } from './corpusSixtyEightC.js';
import { SIXTY_EIGHT_D_ROWS } from './corpusSixtyEightD.js';
import { SIXTY_EIGHT_H_ROWS } from './corpusSixtyEightH.js';
import { SIXTY_EIGHT_I_ROWS } from './corpusSixtyEightI.js';
import { SIXTY_EIGHT_J_ROWS } from './corpusSixtyEightJ.js';
import { SIXTY_EIGHT_K_ROWS } from './corpusSixtyEightK.js';
import { SIXTY_EIGHT_L_ROWS } from './corpusSixtyEightL.js';
import { SIXTY_EIGHT_M_ROWS } from './corpusSixtyEightM.js';
import { SIXTY_NINE_M_ROWS } from './corpusSixtyNineM.js';
import { SIXTY_NINE_F_ROWS } from './corpusSixtyNineF.js';
import { SIXTY_NINE_C_ROWS } from './corpusSixtyNineC.js';
import { SIXTY_NINE_E_ROWS } from './corpusSixtyNineE.js';
import { SIXTY_NINE_D_ROWS } from './corpusSixtyNineD.js';
import { SIXTY_NINE_J_ROWS } from './corpusSixtyNineJ.js';
import { SIXTY_NINE_A_ROWS } from './corpusSixtyNineA.js';
import { SIXTY_NINE_B_ROWS } from './corpusSixtyNineB.js';
import { SIXTY_NINE_K_ROWS } from './corpusSixtyNineK.js';
import { SIXTY_NINE_N_ROWS } from './corpusSixtyNineN.js';
import { FORTY_SEVEN_C_ROWS } from './corpusFortySevenC.js';
import { FORTY_SEVEN_B_ROWS } from './corpusFortySevenB.js';
import { FORTY_SEVEN_A_ROWS } from './corpusFortySevenA.js';
import { FORTY_SEVEN_E_ROWS } from './corpusFortySevenE.js';
import { FORTY_SEVEN_F_ROWS } from './corpusFortySevenF.js';
import { FORTY_SEVEN_D_ROWS } from './corpusFortySevenD.js';
import { FORTY_SIX_D_ROWS } from './corpusFortySixD.js';
import { FORTY_SIX_F_ROWS } from './corpusFortySixF.js';
import { FORTY_SIX_A_ROWS } from './corpusFortySixA.js';
import { FORTY_SIX_H_ROWS } from './corpusFortySixH.js';
import { FORTY_SIX_C_ROWS } from './corpusFortySixC.js';
import { FORTY_SIX_E_ROWS } from './corpusFortySixE.js';
import { FORTY_SIX_G_ROWS } from './corpusFortySixG.js';

/** A section of the corpus: [what its rows are about, its rows]. */
export type CorpusSection = readonly [string, CorpusRow[]];

/**
 * Every section, in the order written. A new corpus file adds its import above and one entry at the end; its rows are
 * then checked row by row, counted in the summary and checked for repeats (sender|message) against every other row.
 */
export const CORPUS_SECTIONS: readonly CorpusSection[] = [
  ['hard kinds (news-style, third person, lists, groups, slips, traditional)', NEWS_STYLE_ROWS],
  ['short first-person reports and messages to ask about or ignore', PLAIN_ROWS],
  ['lists of activities, quoted slogans, 分别 with titles, plans (issue 10)', LIST_ROWS],
  ['fresh messages from a tester, and more of their kinds (issue 10)', NEWCOMER_ROWS],
  ['kinds still read wrong on unseen messages after the final acceptance round (issue 10)', UNSEEN_ROWS],
  ['kinds read wrong on unseen messages in the second helper round (issue 10)', UNSEEN_MORE_ROWS],
  ['kinds read wrong on unseen messages in the third helper round (issue 10)', UNSEEN_THIRD_ROWS],
  ['kinds read wrong on unseen messages in the fourth helper round (issue 10)', UNSEEN_FOURTH_ROWS],
  ['kinds read wrong on the tester\'s round-10 unseen messages (issue 10)', ROUND_TEN_ROWS],
  ['kinds read wrong on the tester\'s round-11 unseen messages (issue 10)', ROUND_ELEVEN_ROWS],
  ['kinds read wrong on the tester\'s round-12 unseen messages (issue 10)', ROUND_TWELVE_ROWS],
  ["a second newcomer's findings: deeds not held, counts, guessed names and days, list lines (issue 10)", NEWCOMER_TWO_ROWS],
  ['shapes still read wrong after round 11: purpose clauses, pronouns, 约, corrected days, terse lines, places, 信息 (issue 10)', LEFT_OVER_ROWS],
  ["kinds read wrong on the tester's round-13 messages: vague days, 我 in a list, purpose-clause titles, colloquial deeds (issue 10)", ROUND_THIRTEEN_ROWS],
  ['shapes still read wrong after round 13: 约谈 doers, 去年 days, not-yet statements, 分管 departments, checks, far slips (issue 10)', LEFT_OVER_TWO_ROWS],
  ["kinds read wrong on the tester's round-14 messages: whole-department audiences, minutes, terse checks, groups, organs (issue 10)", ROUND_FOURTEEN_ROWS],
  ["kinds read wrong on the tester's round-15 messages, part A: outsiders' titles, visits, notices, organs, slips (issue 10)", ROUND_FIFTEEN_A_ROWS],
  ["doers read wrong on the tester's round-15 messages: part-of-month days, 同日 subjects, headings, groups (issue 10)", ROUND_FIFTEEN_B_ROWS],
  ['leftover shapes, part 2: whole-unit signings, checks of 各部室, foreign departments of a 分管科室会议 (k16, issue 10)', SIXTEEN_K_ROWS],
  ['leftover shapes of round 16, part 1: outside bodies\' checks, later subjects, inherited days, meeting agendas (issue 10)', SIXTEEN_F_ROWS],
  ["doers read wrong on the tester's round-16 messages: unresolved subjects, sitting in, doers asked anyway (issue 10)", SIXTEEN_G_ROWS],
  ["round 16's tables, group titles, guest lectures and terse lines (issue 10)", SIXTEEN_J_ROWS],
  ["round 16's clause and section faults: other work, 通讯稿 sections, headlines, 下一步, safety checks (issue 10)", SIXTEEN_H_ROWS],
  ["round 17's parser faults: 部门分管科室会议 with no verb, closing remarks, counted 信息 with days, 信息 before its verb (r17, issue 10)", SEVENTEEN_R_ROWS],
  ['leftovers of f18: far homophones of type words, deeds said 已完成 with no day, 我们中心/本部门 as the unit (issue 10)', EIGHTEEN_F_ROWS],
  ["round 18's clause, table, correction and notice faults: 11-03 tables, 去年 in a 补录, what a meeting heard, 通知 (y18, issue 10)", EIGHTEEN_Y_ROWS],
  ["round 18's doer and department faults: department headings on one line, 未谈 in a list, 顺便, 到中心, shared verbs, the 纪委书记's check (x18, issue 10)", EIGHTEEN_X_ROWS],
  ["round 19's sections and summaries: plan sections, a heading's span of days, a paper duty told twice (b19, issue 10)", NINETEEN_B_ROWS],
  ["round 18u's doers and departments: 台账/补报 headings, a department's meeting its 分管领导 attends, heads attending, 全体 signings with a day (w18, issue 10)", EIGHTEEN_W_ROWS],
  ["round 19's 负责人/参加人员 tables and 「（对象：X）」 in a 内容 cell (c19, issue 10)", NINETEEN_C_ROWS],
  ["round 20's clause and vocabulary faults: day + place checks with the type said once (b20, issue 10)", TWENTY_B_ROWS],
  ["round 20u's several talks with no type, asked once (e20, issue 10)", TWENTY_E_ROWS],
  ["round 19's group faults: a count in 分管的两个…负责人, a 责任书 signed with someone unread, 我 listed among those talked to (a19, issue 10)", NINETEEN_A_ROWS],
  ["shapes still not understood after round 19: 跟 a junior on a check, 廉政建设工作会议 without 党风, … (l20, issue 10)", TWENTY_L_ROWS],
  ["round 20's who-did-it faults: 部门+姓+职务 talking with 我, 我 among several talked to, 周一/昨天 per person after the names, a head's 报送 (a20, issue 10)", TWENTY_A_ROWS],
  ["round 20u's whose-activity faults: a department's 全体党员 study, a member taken along, a leader only attending, a clerk's account of leaders' talks (d20, issue 10)", TWENTY_D_ROWS],
  ["round 20u's day, meeting and table faults: a bare weekday under a week named in a lead-in, a 本周内 plan (c20, issue 10)", TWENTY_C_ROWS],
  ["a department right before a person qualifies them: 宣文部周部长 / 组联部王部长 / 办公室王强 asked, 宣文部王部长 is 王磊, 到组联部与… a place (g20, issue 10)", TWENTY_G_ROWS],
  ["round 21's dropped and stored-wrong kinds: 「N号+部门」 check lists one per pair, 对下一步…作了部署 no plan (i21, issue 10)", TWENTY_I_ROWS],
  ["round 21u's stored-wrong doers and types: a form's 报送人/负责人 and date fields, collating others' reports, a department's study attended, a plan's type word (j21, issue 10)", TWENTY_J_ROWS],
  ["a 述责述廉 the sender says they gave, a leader commenting (我代表财务科作了…，王建国副理事长进行了点评); 两个部门负责人 after the departments named (h20, issue 10)", TWENTY_H_ROWS],
  ["round 22u: a department's own 班子成员, running totals beside dated deeds, 11月6日检查办公室 (x22, issue 10)", TWENTY_TWO_X_ROWS],
  ["round 21u's lost visits (两次都…谈了心), kind-headed forms, collating-only messages and a 心得's attended training (n22, issue 10)", TWENTY_TWO_N_ROWS],
  ["round 21's whose-activity faults: a department's study attended, a department's summary, a table's 主持人 column, 到岗情况 checks and 会同 (k22, issue 10)", TWENTY_TWO_K_ROWS],
  ["round 21u's talks read the wrong way round: 还专门找我和…/约我/叫我/把我叫到… held by the one who called, reporters heard, 述责述廉 meetings, blank 谈话人 cells, two 检查人 (l22, issue 10)", TWENTY_TWO_L_ROWS],
  ["round 22's everyday mix: 我们+surname+title as the doer, lists run together, 分别 pairs, 廉政课 (r22, issue 10)", TWENTY_TWO_R_ROWS],
  ['a day and its weekday that disagree asked; 会后 deeds on the meeting\'s day, a new day only where written (q22, issue 10)', TWENTY_TWO_Q_ROWS],
  ['a clerk\'s 工作动态 items of leaders\' deeds, each on its own 确认 card (c24, issue 10)', TWENTY_FOUR_C_ROWS],
  ['a deed someone told the sender of (X说…, 听说X…) is X\'s; 孙科 is 孙科长 (round 24b, y24, issue 10)', TWENTY_FOUR_Y_ROWS],
  ["g24's kinds: studies of the 党组/机关 attended, summary claims, collated lists, plans with 同时, 年度 责任书, groups of 班子其他同志 (issue 10)", TWENTY_FOUR_G_ROWS],
  ["a clerk's lists: day + department or person pairs after a deed said once, several doers on several days (e24, issue 10)", TWENTY_FOUR_E_ROWS],
  ["an unknown name holding a talk with the sender (X找我… · X把我和Y叫到…) asked as the doer; a replacing report's title and head-count (d24, issue 10)", TWENTY_FOUR_D_ROWS],
  ["round 24b's talks stored wrong at once: a companion as a second person talked to, a denied person or type, 诫勉谈话 as 廉政谈话 (i24, issue 10)", TWENTY_FOUR_I_ROWS],
  ['tables, one-line fields and titles: 两次/观看活动/会并讲话 no title, a blank 谈话人 cell asked or carded (f24, issue 10)', TWENTY_FOUR_F_ROWS],
  ['short-report leftovers: untyped talks beside a signing, names before 我都谈完了, a reminder counted as a talk (h24, issue 10)', TWENTY_FOUR_H_ROWS],
  ["round 25's trainings and meetings: off-topic 专题会, a rule studied beside a film, head counts labelled, summed, less the absent, titles run into counts (s25, issue 10)", TWENTY_FIVE_S_ROWS],
  ["round 25b's days: short day lists, spans with several people, plans for a weekday or this evening, deeds that fell through, a vague first clause (r25, issue 10)", TWENTY_FIVE_R_ROWS],
  ["who did it: a clerk's account of several leaders' talks (each leader's people right after the name), a reminder in passing, a person addressed by name (j25, issue 10)", TWENTY_FIVE_J_ROWS],
  ['untyped talks asked their kind once per message; a 分别 deed then 周一王磊周三何平, each person on their day (n25, issue 10)', TWENTY_FIVE_N_ROWS],
  ["people NOT talked to inside a group or list (老赵出差了回来再谈, 除X外, 其余同志下周谈), a person's own 上周, two who talked together, 我陪X找Y谈 (k25, issue 10)", TWENTY_FIVE_K_ROWS],
  ['t24 leftovers: 谈了一下心 is 谈心, a month\'s last day, a 科 word from a 部 on a card, additions and restated corrections no report (m25, issue 10)', TWENTY_FIVE_M_ROWS],
  ["pasted 小结/总结: numbered sub-headings, checks counted over listed days at 各部室, invited guests' lectures, lectures as 主讲人/题目 fields (l25, issue 10)", TWENTY_FIVE_L_ROWS],
  ["who held it: the sender's superior in 我和X…, an unnamed person of a department, 我和X分别…, short department names in a list (q25, round 25b, issue 10)", TWENTY_FIVE_Q_ROWS],
  ["the superior holds the talk also without 我 (今天和王建国副理事长进行了廉政谈话 from 李明); sought talks, peers, others' chains as before (u27, issue 10)", TWENTY_SEVEN_U_ROWS],
  ["days, plans and lists: 下午去…检查 a plan or asked, 上周分别于周一、周三, 截至…N次 no record, an untyped study beside a film asked (w27, round 26)", TWENTY_SEVEN_W_ROWS],
  ["a deed clause of a pasted item whose subject is named (会上，X通报了典型案例 · 随后X带领… · X还为大家…) is X's, never the sender's (round 26 F1, v27, issue 10)", TWENTY_SEVEN_V_ROWS],
  ["b27's unseen short messages: a member's own study (自学) no record, an untyped check/meeting/study beside a typed deed on the card, a 补报 of 去年 carried to its later day (b27, issue 10)", TWENTY_SEVEN_B_ROWS],
  ["the doer named once in a pasted news item stays the doer of its later deed clauses (对/分别/重点…, after 随后/次日/当天…); the sender's own subject ends the chain; no superior-talk reversal without 我 (g28, round 27 F1, issue 10)", TWENTY_EIGHT_G_ROWS],
  ["each day in a pasted news item binds to its own deed (。11月17日，与… · 次日 · 先后两次 + days), an audience (为宣文部党员讲授…) is no counterpart (h28, round 28 F2, issue 10)", TWENTY_EIGHT_H_ROWS],
  ["items joined in one phrase kept apart: 今天1条 repeats the deed before it, 全体 after a department list, 分别去/分别组织 places paired with days or parts of a day, a study of a department list (s28, issue 10)", TWENTY_EIGHT_S_ROWS],
  ["n28: 淡话 alone, a department/month between 报送 and 信息, 廉政工作会议, a type said only in the total, 整改到位, one day over labelled clauses, someone absent, 她跟我谈了心 (issue 10)", TWENTY_EIGHT_N_ROWS],
  ["b28's unseen long messages: a clerk's relay said with 记一下/让报/X说帮她/in one breath is the leader's deed, 「X（日）也V了一次」 is X's own deed of that kind, heads restated after 分别 no second pair (b28, issue 10)", TWENTY_EIGHT_B_ROWS],
  ["a department list after 到/赴/对 is where the deed was held, never 与 its last department's head (found by s28 at the merge, issue 10)", TWENTY_EIGHT_M_ROWS],
  ["a member who only watched or attended a 警示教育/廉政教育 asked whose it was; the first messages of dialogs whose answers are read as the whole message (o28, issue 10)", TWENTY_EIGHT_O_ROWS],
  ["a count of the people who spoke at an activity is not its head count (t29 A10); a lone day after a dated clause of no record opens the deed after it (merge of round 29, issue 10)", TWENTY_NINE_M_ROWS],
  ["the reader's debts paid with no reading changed: one next-day speller, one lead rule over dated deeds, one list of deed openings, a department found by the directory's lookup (d29, guard rows)", TWENTY_NINE_D_ROWS],
  ["who did it in news items and lectures: the one who 主持 a study, not a leader who only 点评/讲话; the lecturer at another's study; 我为…讲了廉政党课 from any rank; a visit passes its doer on; a 座谈 on a 调研 visit no talk (p29, issue 10)", TWENTY_NINE_P_ROWS],
  ["organisers who are not the heads each one department's doer, a 分管会 at a department list, a signing whose only counterpart was absent asked, counts across days and 信息 in 条, a counted check's dated items, a reminder sent on no record (c29, issue 10)", TWENTY_NINE_C_ROWS],
  ["a report that says itself it is wrong or unsure (…，不对 · 好像不是 · 待核实 · 记错了 · 不確定) goes to the 确认 card; a denial with its right value stays; first messages of q29's dialogs (q29, issue 10)", TWENTY_NINE_Q_ROWS],
  ["b29's unseen long messages: a relay lead naming the leader (转书记的话：· 书记交代：· 替X：· X的：· 【代X报】· 代报 X …) is the leader's deed, a film's 'title' that is who watched is none, days parted by a space, two names side by side before a talk, 分别 with one title each (b29, issue 10)", TWENTY_NINE_B_ROWS],
  ["round 29a's faults: a film beside a 党课 its own activity, a superior's own pledge, units led along on a check, a U+3000 headline, a head's own 分析会, next year's plan, a future day said first (w29, issue 10)", TWENTY_NINE_W_ROWS],
  ["a sentence or ；-entry opening with a bare weekday (周五 · 星期四 · 这周一) opens with its day, as one opening with 11月27日 or 上周五 does; the day-word lists made one (r30, issue 10)", THIRTY_R_ROWS],
  ["a leader named as the subject of a talk plainly done, no one brought in, is its doer and whom is asked (f1, issue 10 part C)", THIRTY_A_ROWS],
  ["days read wrong or lost: clause days after a dated deed, parts of a month and vague times asked, 次日/隔天/两天后 counted (a future one asked), day–people entries with the deed once, 信息 per day, short and 本月 day lists (f2, issue 10)", THIRTY_B_ROWS],
  ["round 30's stored at once or lost: another talk in words of its own, an education received or attended, 同志谈了体会, a sitting's closing count, 会后 on the next line (f4, issue 10)", THIRTY_D_ROWS],
  ["round 30's kinds of who did it and how many deeds: a speaker at a meeting no doer, 在…调研 a visit and no 调研报告, a visit between ；-entries passes its doer on, talks counted of a named leader his, their days asked, two titled doers two lectures, a check's later place kept (f3, issue 10)", THIRTY_C_ROWS],
  ["round 30a's faults: attending a meeting is not holding it, 参加了X召开的分管科室会议 is X's, the subject after 中心/机关纪委, a talk in a later sentence its own doer's, 当天下午 after ；, 上周五…周一又…, a heading's department over an item whose day is asked, 部长找我谈话了 (t30, w30, issue 10)", THIRTY_W_ROWS],
  ["the merge's: one who spoke at a study (结合工作谈了感受) is not its doer (round 30 merge, issue 10)", THIRTY_M_ROWS],
  ["t30f's: 时间分别是 after a list pairs in order; a talk 时间待定 is not held (round 30 final tester, issue 10)", THIRTY_F_ROWS],
  ["t30f's: a 科员's 部门自查 is the head's, a 小结 heading's 向…报送 item is the head's (round 30f, issue 10)", THIRTY_G_ROWS],
  ["t30f\'s: a studied title is never the type; an unnamed person beside a named one is asked (round 30 final, issue 10)", THIRTY_E_ROWS],
  ["pasted 台账 of checks and education read one deed per row — 检查对象/带队 and 形式/内容/主讲人/人数 columns, tab, space and ｜/| cells, a blank or 无 day asked, 计划/待定 rows plans, 合计 no item (h1, round 31, issue 10)", THIRTY_ONE_A_ROWS],
  ["round 30g's faults: a 会后/随后 clause on the day of the clause before it, 又…召开同样的会议 repeating the meeting, 检查…责任制落实情况 beside talks (t30g, i2, issue 10)", THIRTY_ONE_E_ROWS],
  ["t30g's: between two others, the superior holds a talk or signing; X组织我们…, a trailing head count, an expanded group word and 提醒注意…廉洁 make no extra item; a study of a document without 《》 beside a talk is not lost (round 30g, issue 10)", THIRTY_ONE_D_ROWS],
  ["h2's: 分别 with days and people of different counts asked, never every person on every day; as many pair in order, one day is all's, person–day pairs after 具体是/其中 (round 31, issue 10)", THIRTY_ONE_B_ROWS],
  ["round 31c's faults: a name pasted with spaces (王 建国 · 张　伟), a leader's running total beside dated deeds (今年以来…共开展谈心谈话7次，11月20日…), 4位领导出席 read as 导出 (h3, issue 10)", THIRTY_ONE_C_ROWS],
  ["the coordinator's: days parted by a comma, 分别 with an untyped talk, a day for people joined by 和, one person's own day never another's, 我与X和Y both talked to", THIRTY_ONE_G_ROWS],
  ["round 31f: day–person pairs with the talk said once at the end, a deed said done after a plan heading's items", THIRTY_ONE_H_ROWS],
  ["round 31f's: a head organising the staff of their unit to sign, 会上 after ； still the meeting before, unrelated work after 另外 no note, a 分管科室 meeting's departments by its heads (j2, issue 10)", THIRTY_ONE_I_ROWS],
  ["round 31g's: a 分管领导 attending a meeting of a department they supervise holds their 分管科室会议, a department's meeting its leader only attended makes no subject of them for the clause after (k1, issue 10)", THIRTY_ONE_J_ROWS],
  ["round 31g's: head counts after 分别 one per activity in order, a 党支部书记 title before the lecturer's name (k2, issue 10)", THIRTY_ONE_K_ROWS],
  ["round 31g's: 和/与X一起 opening a subjectless clause read as 我和X一起, the sender named by full name in a list item a party (k3, issue 10)", THIRTY_ONE_L_ROWS],
  ["round 32 l1's near-misses of corrections naming a card's records: a list numbered 第2条 · 第2、3项 · 最后一条 and a doer said inside a report stay new reports, the correction's words alone no report (issue 10)", THIRTY_TWO_A_ROWS],
  ["round 31g's F7 and probes: a talk the member classifies (算谈心谈话吧) read as two, a total of several activities (共58人次) put on each, a department written loosely (中心康复科室) dropped, a check clause beside a talk named as leftover (l2, issue 10)", THIRTY_TWO_B_ROWS],
  ["l3's: a bare done verb after the plan naming it, a 分管领导's meetings of several supervised departments, a summary before its dated instances and 每次N人, an attendee list of groups as a note (l3, issue 10)", THIRTY_TWO_C_ROWS],
  ["round 32a's: a subjectless whole-group deed the unit's or asked whose, a counted deed beside a 统计 item, numbered sub-headings folded onto one line (m2, issue 10)", THIRTY_TWO_E_ROWS],
  ["round 32a's F1/F3: the 《》 of a signed 责任书 never a title, a 会后 clause with its own subject its own record, a group carried to 并逐人签订 (m1, issue 10)", THIRTY_TWO_D_ROWS],
  ["m4's: a reminder to someone else after a talk, a closing count after a talk or signing, a bare done verb's borrowed noun on a card (m4, issue 10)", THIRTY_TWO_G_ROWS],
  ["m3's: with nothing waiting, a talk with a person said as a correction names a record (和孙丽的… · 和冯雪是…谈的), 都 inside a report, and the correction words alone (m3, issue 10)", THIRTY_TWO_F_ROWS],
  ["round 32b's F3/F4: who asked for a deed (受X委托 · 按照X安排) no party to it, a group heading over its day–person list read as that list (n2, issue 10)", THIRTY_TWO_I_ROWS],
  ["round 32b's F5/F6: 我和X分别 with as many days as departments one check a day and department, an office title alone (本季度党组书记 · 机关纪委书记) its holder, day–person pairs after a named doer each on its own day (n3, issue 10)", THIRTY_TWO_J_ROWS],
  ["round 32b's F1/F2: a 我/本人 sentence the sender's own after a leader's 提出要求, a 集中/专题 study never dropped across 。, 当天/同日 after ； going on with the doer (n1, issue 10)", THIRTY_TWO_H_ROWS],
  ["r2's: drafting or issuing a 责任书 no signing, a marked day (1.5日 · 11-5) the month heading or other days contradict asked in that month, a question with asking words beside the deeds never taking them (r2, issue 10)", THIRTY_THREE_B_ROWS],
  ["round 33c's: a loose department name fitting two departments (中心康复科室) asked which; a record of the latest report named to be left out (孙丽的廉政谈话不用记) no new report (r3, issue 10)", THIRTY_THREE_C_ROWS],
  ["round 33a's faults 1/1b/5: a plan clause (还将/拟/计划/准备/下一步 + 邀请…讲, 组织…学习) beside a done deed a plan of its own, never on the deed's day nor dropping it; a month-only clause asked its day (s1, issue 10)", THIRTY_THREE_D_ROWS],
  ["round 33a's faults 2/4: a summary list's 其中 breakdown by day is the deeds (those left out asked their day), a roll call after a signing or talk the study's head count (s2, issue 10)", THIRTY_THREE_E_ROWS],
  ["round 33a: 分别 with days and places or people of different counts asked, two days before 我和X分别 one each, a group after several doers read as its colon list (each talk its supervisor's, or asked), 「X或Y」 as the doer asked (r1, issue 10)", THIRTY_THREE_A_ROWS],
  ["round 33a's fault 3 and 6e: cases told or dissected with words between (通报了两起违反中央八项规定精神典型案例 · …等3起典型问题) a 警示教育 beside the study or meeting, a bare 中心 as the subject the 中心 (s3, issue 10)", THIRTY_THREE_F_ROWS],
  ["deeds lost after a sentence break or 另 (a second place checked, a study before 另…), kinds doubled after 其中 (其中与A是廉政谈话…), a month-only clause asked its day (u1, issue 10)", THIRTY_THREE_G_ROWS],
  ["round 33b's F0/F3/F6: a 分管部门会议 whose topic in the clause after it is other work no duty meeting, 分析研判 after a 分管科室会议 its topic (no second record), a named 论述 with a 廉政/纪律 word studied without 《》 a 廉政教育 (v1, issue 10)", THIRTY_THREE_H_ROWS],
  ["questions the message answered: a 随后/之后 ；-clause's day, an attendee before a head count taking the head's own deed, 都是X before a later ；-clause (v3, issue 10)", THIRTY_THREE_J_ROWS],
  ["a group of leaders as subject without 分别 (当天，各班子成员还与分管科室负责人签订…) after a ；-clause or 会上 (w1, issue 10)", THIRTY_THREE_K_ROWS],
  ["checks read wrong: 又去了<place> with the check left out, a dated check clause typed by a talk after it, 配合/协同 X, a body heading day–place pairs (v2, issue 10)", THIRTY_THREE_I_ROWS],
  ["round 33c: ordinal doers (第一次由X带队，第二次由我带队) paired with the days in order, a check by 纪检 on the sender's unit asked whose, a post then names (办公室科员王芳、胡军) those people (w2, issue 10)", THIRTY_THREE_L_ROWS],
  ["round 34a: a named record with 不用再记一条了 · 不用记录 · 不要记 (one clause or two) no report, a look-up request beside deeds named not dropped, the messages around an answer naming offered people (x1, issue 10)", THIRTY_FOUR_A_ROWS],
  ["round 34: doers in lists and breakdowns — ordinal or 分别由 doers not as many as the days asked, a leaders' breakdown after a comma or naming a non-leader, three or more doers over a colon list, a group signing with its leader side (x2, issue 10)", THIRTY_FOUR_B_ROWS],
  ["round 34: days and kinds carried across clauses — a clause with its own month asked its day, a new sentence without a day not dated at once, a habitual plan named, a bare 检查 after a check, 纪检's check on one's unit, a run-together 1.5日 (x3, issue 10)", THIRTY_FOUR_C_ROWS],
  ["round 34a's F1/F5/F6/F8: a field label (学习内容为 · 内容：· 授课内容为) no word of the title, the written 廉政教育 not retyped by cases studied in it (a head count or a trailing talk never flipping it), an education urged on someone (提醒其加强…教育) no deed, 联席会议/碰头会/例会 a meeting (y2, issue 10)", THIRTY_FOUR_E_ROWS],
  ["round 34a: clause scope — a paper not handed in negates only its clause, a day told last (检查时间为…) is the deed's, doers each with their own day before 分别 one record each (y3, issue 10)", THIRTY_FOUR_F_ROWS],
  ["round 34b's §1b/§2a/§2c: a report heard (听取…汇报) is context, its subject and day the talk's after 并/随后, the one heard talked to when named or in the group talked to; an address heading (向党组报告：· 现将…报告如下：) no deed; 组织 the heads one supervises 召开…会议 a 分管科室会议 (z2, issue 10)", THIRTY_FOUR_H_ROWS],
  ["round 34b §1a: a talk or signing with anyone above the sender in the chain (the 书记 over a head or member, a 分管领导 over a member) the superior's on a card, not only the direct superior's; outside the chain, 纪检, sought talks, peers and the superior's own report at once; a count inside 谈…心 (谈了两次心) a 谈心谈话 of that many talks (z1, issue 10)", THIRTY_FOUR_G_ROWS],
  ["round 34b §4's department tags: another deed's later sentence (同日，办公室组织召开…) or a whole-unit audience (机关各部室、康复中心…参加) gives none, 组织部门看了 is the sender's (z4, issue 10)", THIRTY_FOUR_I_ROWS],
  ["round 34c: notices of a sitting later today (请大家准时参加 · 开个…会) and forward markers (【转发】 · 转发：) (aa1, issue 10)", THIRTY_FOUR_K_ROWS],
  ["round 34c: two titled doers 一起来 a unit, gathering every department's 自查报告, a heading's head over a 分别 list (aa2, issue 10)", THIRTY_FOUR_L_ROWS],
  ["bb1: others reporting their 自查 to the sender (issue 10)", THIRTY_FOUR_M_ROWS],
  ["round 34c: an unnamed person beside the sender written 我 (bb2, issue 10)", THIRTY_FOUR_N_ROWS],
  ["round 35a: a time of today still ahead, 来汇报 with no subject, a check with no time word (cc1, issue 10)", THIRTY_FIVE_A_ROWS],
  ["round 34c: a count inside one item of several kinds, a 党风廉政建设 专题组织生活会, a signing after a talk whose people are asked (cc2, issue 10)", THIRTY_FIVE_B_ROWS],
  ["doers and days paired wrongly on a card: numbered lecture occasions each their 主讲's on their own day (never the chair's), a leaders' group over a day–person list each head with their 分管领导 (cc4, issue 10)", THIRTY_FIVE_D_ROWS],
  ["round 35a's F1/F7: cases studied (学习…通报的3起违反中央八项规定精神典型问题 · …典型案例 · N起…问题) a 警示教育 on a card whatever qualifies them, no title cut from the clause, one record; 学了/学过 廉政知识 · 党规党纪 a 廉政教育, 学了一下午 no time of day (ee1, issue 10)", THIRTY_FIVE_E_ROWS],
  ["round 35a F2/F3: a department doing a deed together (部门集中学习…) its head's, a department as a check's subject (办公室对…进行了检查) its head's and no place checked (ee2, issue 10)", THIRTY_FIVE_F_ROWS],
  ["round 35a's F4/F5/F6: a deed set for a time not over (安排在12月上旬) a plan lending nothing to the deed before, a day restated in brackets one day, 还将/将带队 + a deed a plan (ee3, issue 10)", THIRTY_FIVE_G_ROWS],
  ["round 36: a deed reported on afterwards (并将检查情况向党组作了汇报 · 检查结果已向党组报告 · 会后将谈话情况报告了张书记) keeps its own type, day, doer and people, the report no record and the one reported to no doer nor counterpart (ffa, issue 10)", THIRTY_SIX_A_ROWS],
  ["round 36b: a sitting announced for a part of today under way (上午中心开警示教育会 at 10:00) asked whether held, a bare hour still ahead (3点开会学习廉政准则) a plan (ffb, issue 10)", THIRTY_SIX_B_ROWS],
  ["round 36's: a collective deed with no department nor doer named (集中学习 · 组织学习 · 召开…会 · 参加N人) from a member the head's on a card, a department holding a check (办公室开展了考勤检查) no place of it, a deputy head a member of the department, 以案说纪/以案释纪/以案促改 a 警示教育 (ffc, issue 10)", THIRTY_SIX_C_ROWS],
  ["round 36d: a head's signing with 班子成员 asks which leader only (与分管领导 is the department's), 对照检查 at a 生活会 no check, 来汇报 no record of the sender's, a day's talk and signing asking whom (ffd, issue 10)", THIRTY_SIX_D_ROWS],
  ["round 36's F12 and observation: 分别 pairs days with people when one is unnamed (另一位医生), the unnamed one asked on its own day; one written before the name asked too; a talk at a department asks whom with its people offered (ffe, issue 10)", THIRTY_SIX_E_ROWS],
  ["round 36's dropped deeds: a kind-less check after a deed of another kind or before a talk asked its type, a group reminder then a talk two deeds, a ？ taken back read as corrected, a talk with someone unknown named on the card, a closing head count naming what was attended (fff, issue 10)", THIRTY_SIX_F_ROWS],
  ["round 36's people of a deed taken from the wrong clause: a talk's chair or recorder (，孙丽科长主持) no party, a place's report to the one checking it no deed, 签定 and 随即/接着 signings after a talk, 两科室负责人, a paper 也于同日报送, 我们部和维权部一起, a study under the head's own heading (ffg, issue 10)", THIRTY_SIX_G_ROWS],
  ["round 36's ffh: a head count leaves a time of today ahead a plan, a part of the day after a ；-clause on its day, listed days paired with places of 分两次, a month lead kept vague beside a later day, 各分管领导 the leaders' group, a counted lead's dated items after a heading (ffh, issue 10)", THIRTY_SIX_H_ROWS],
  ["round 36's titles made from prose: a bare title only a document named (…读本 · …条例 · a notice saying what it is about), never a person's 要求/讲话 or a sitting's 精神, a notice named only by its sender, a fragment, or what a film did (ffi, issue 10)", THIRTY_SIX_I_ROWS],
  ["round 37's slips of 检查/督查 (检察 · 督察) read as the check, a study said done in a span of time (上个月组织学习了) asked its type and day, a table's 实到 column its count (t37b F6, F8, F12; issue 10)", THIRTY_SEVEN_Z_ROWS],
  ["round 37's signings and talks whose people are a group or left unsaid: the heads' group with their own departments' people each head's, a pledge the talker had those talked to write the talker's with them, a talk of no kind with no one beside a signing asked, 提醒我 after a talk its content (fjb, issue 10)", THIRTY_SEVEN_B_ROWS],
  ["round 37's meeting content, kinds of talk and 同日: a clause whose subject is the meeting (会议…，对…进行了排查) or a 自查 report heard no 自查总结 of the chair or listener, a 函询/诫勉/批评教育/工作谈话 over 约谈 asked its type, 同日 opening a deed of a related kind another record (fjd, issue 10)", THIRTY_SEVEN_D_ROWS],
  ["round 37's who did it when a companion or a chair is named in another clause: a senior gone with the sender on a check asked who led it in a list item as alone, the sender's later entries theirs again, one who went to a department's study no doer (the chair of its own clause, else the head), a pledge handed to a leader the leader's signing (fja, issue 10)", THIRTY_SEVEN_A_ROWS],
  ["round 37's counted lists and table cells: a counted day–person list keeps every pair (the unnamed one asked, the deed after it its own), a count above the talks told asks the rest, an empty cell of a space-aligned, piped or folded table keeps its column, papers a count makes (fje, issue 10)", THIRTY_SEVEN_E_ROWS],
  ["round 37's headings: a body's heading (本周机关党委开展了以下工作： · 党组11月工作： · 机关纪委…台账) gives its subjectless items to the body's head on a card or asks whose, never to the clerk; an account's title naming a period not over (康复部11月下旬工作： · …台帐) is no plan, plan headings keep theirs (fjc, issue 10)", THIRTY_SEVEN_C_ROWS],
  ["round 37's dialogs a member trips over (fjf): a name one character or sound off a directory person asked with that person offered, a head count a record took never named as left over, the first messages of the repeat and 第N条 dialogs (issue 10)", THIRTY_SEVEN_F_ROWS],
  ["round 37's one occasion told in several sentences: a 会后 talk with a group its own records and count, a visit's details sentence no running total, 观影结束后/学习结束后/会后 on the deed's day, 她 留下我谈了谈 and 约我谈话 a talk with the sender, a talk's reminder no plan (fjh, issue 10)", THIRTY_SEVEN_H_ROWS],
  ["round 37's who did each item of a list or a visit: 分别主持召开了A、B…会议 day by department, a closing 均由X带队 every item's, 我部+name+title the head's, 「D 上级与我」 in a talk list and no subject across 。 into the next counted list, 最后 going on with a visit's subject, the place visited the later check's, 中心领导班子成员 the centre's own (fji, issue 10)", THIRTY_SEVEN_I_ROWS],
  ["round 38's account lines: a day glued onto the end of a deed (no break, a space, the n of a lost \\n) opens a line of its own with its deed, title and count; an account's title naming a period not over with its first item after the colon no plan (fka, t37c F1/F4/F13; issue 10)", THIRTY_EIGHT_A_ROWS],
  ["round 38's counted and grouped lists giving each item its own day and place: the kind said after a counted list (均为作风纪律检查), place-first items, companions after 均由X带队, days × places with no 分别 on a card naming the other reading, counted pieces of two kinds and 各部室…N篇 asked (fkb, issue 10)", THIRTY_EIGHT_B_ROWS],
  ["round 38's who led it when the leader is named in another clause: X带队，我和Y… the leader's, a leader present (出席 · 到场听课) at the sender's own lecture no lecturer, a visit's steps (先是 · 接着 · 最后) the visitor's with a check at a vague time asked, traditional characters read by every reader (fkc, t37c F3/F7/F11/F14; issue 10)", THIRTY_EIGHT_C_ROWS],
  ["round 38's doer named inside a list item or after 「…后」: a list whose line breaks were lost (written out as \\n or n, or items glued 谈话2、周三) read item by item with each item's own doer, 中心/我部 right before the deed the unit's head's, 学习后/观看后/检查结束后 X与Y X's (fkd, issue 10)", THIRTY_EIGHT_D_ROWS],
  ["round 38's (fke): a pasted table's rows each on their own day with the superior's row turned, a department's 同志 with no post asked who (never its head on a guess, the sender never offered), two deeds of one day told 上午…下午/晚上… or 先…后… or …还组织…学习《…》 each its own record (t37c F12, F15; issue 10)", THIRTY_EIGHT_E_ROWS],
  ["round 38's follow-up clauses: those who signed after a talk (两位同志 · 我们双方 · 对方 · a name) its two sides, a sitting's chair (会议由X主持) no side of its signings, 以“…”为题 before 讲授 the lecturer's, 实到N人 each part's, 会后Y将…向党组汇报 Y's follow-up (fkg, issue 10)", THIRTY_EIGHT_G_ROWS],
  ["round 38's editor item markers (⑴ ⒈ ❶ ㈠ ㊀ Ⅱ、) read as plain ones, a closing 以上工作均由X负责，Y同志参与 every item's, a talk's 督促其… its content (t38b F11, F8, F9; fkh, issue 10)", THIRTY_EIGHT_H_ROWS],
  ["round 38's merge fixes: a title after 题目是 with a space inside kept whole, a visit's scene line giving its day to the paragraph after it, 检查了…责任书落实情况 a 责任书检查, a leader's 要… after a 随后 deed no plan, a count said of another kind no copy (t38a F2/F3/F11, t38b F7; issue 10)", THIRTY_EIGHT_Z_ROWS],
  ["round 39's first fixes (t39a F6/F10/F11/F12): 又 in a visit's steps a step of its own, one who explained or spoke at a study another 领学 no doer, 陪同调研 no paper, 随X的 checks X's with weekdays paired to departments (issue 10)", THIRTY_NINE_Z_ROWS],
  ["round 39's ；-lists and carried subjects: a clerk's verbless 「leader + day + 与 people」 entries typed once (均为廉政谈话 · …廉政谈话情况：), 「Y因出差顺延至D」 held on D, the lecturer of what the sender only attended no subject after ；, a 自查 report heard named, talks after a 以“…”为题， lecture kept (t38a F12, t38b F6/F12; flb, issue 10)", THIRTY_NINE_B_ROWS],
  ["round 39's pasted tables and counted lists (flc): a 参加人员 column naming the doer beside the one talked to no second talk, a study's people its head count, 工作内容/负责人/备注 columns read, a clerk's table or …完成情况 list under her own department's title the head's, a marked item's counted day–person list keeping every pair (t38b F1, F10, F5, F4; issue 10)", THIRTY_NINE_C_ROWS],
  ["round 39's (fld): the sender as the one talked to — a labelled counterpart (对象为本人 · 谈话对象：本人 · 对象是我 · 被谈话人为本人, first of several in 本人和X), the sender's own name or 我 under their department's heading the head's talk, with no doer the doer asked (t38b F3, F7)", THIRTY_NINE_D_ROWS],
  ["round 39's department-relative group and place words: 部门同志/科室同志/本部门人员 (+逐一/分别/集体) a head's own people or the visited department's, 与我俩 the sender and the one named with 和我, 来我部 a 分管科室会议's department, a leader who came to 参加我们科的…会 no doer of it (fla, t38a F3/F4/F7/F9, t38b F2; issue 10)", THIRTY_NINE_A_ROWS],
  ["round 40's summaries and headlines over their items (fma): a 先后/分别 lead then dated bare items typed by it, 其中/具体为 after a summary sentence, a headline sentence over 一是/二是 whose department holds subjectless items, a post's headline line no record (t39b F1/F5, t39a F9/F18; issue 10)", FORTY_A_ROWS],
  ["round 40's who did it inside a post or report (fmb): X参加活动并为大家讲授 a lecture X's, 各科室负责人 of a 康复中心 doer asked 和谁 (never the doer's own head, never multiplied), who 传达 at the sender's unit's meeting held it (one who only 对…提出要求 no doer), 中心分三批组织 the unit's, 中心召开 from its head not asked whose, 本人与X对… the sender's check, X暨<check> a check (t39b F4/F7, t39a F19/F21/F28; issue 10)", FORTY_B_ROWS],
  ["round 40's checks and visits (fmc): a 检查指导 visit that 查阅了…台账 a check asked its type beside the talk after it, a written 专项检查 asked its type never carried from the line above, 下午又去了B a second check at B (t39b F6/F11, t39a F29; issue 10)", FORTY_C_ROWS],
  ["round 40's pasted tables and forms (fmd): a 备注 cell's 《title》 and count its row's, 季度/完成时间 headers read and a tabbed row never cut at its day cell, 学习《…》及财经纪律 a 廉政教育, a 活动名称：… form one record of its day, lecturer, count and title (t39b F8, t39a F16/F24/F27; issue 10)", FORTY_D_ROWS],
  ["round 40's coordinator fixes (fmz): 各科室负责人 with a head or deputy of one unit asked, 参加并讲授 the lecturer's, a check of a kind of its own asked, a typed lead over bare dated talks, a repeated headline, a 活动名称 form, 备注 titles and sides, 学习（…） without its bracket, 党风廉政会议 a meeting, 本人与X/带X… the sender's (t39a, t39b, t40a; issue 10)", FORTY_Z_ROWS],
  ["round 41's talks (fna): two talk kinds listed for one person one talk of each, a counted lead over its 其中 breakdown no talk of its own (a difference said on the card), two leaders' 一行 then 随后分别与A、B paired in order, 学完/看完…还和我谈 the first clause's doer (t40b F3/F6/F9/F18/F23; issue 10)", FORTY_ONE_A_ROWS],
  ["round 41's checks, visits and who did them (fnb): 对…自查/排查工作进行了检查 a check of the place asked its type, 配合X对本科室… X's check at the sender's unit, X和我陪同 no doer, a 陪同 head of 部门全体同志 still talked to, 并查看了…档案 after the talks a check at the place visited, 到办公室主持召开 from 办公室's head hosted there (t40a F2/F7/F8/F10, t40b F4/F10/F13/F20a; issue 10)", FORTY_ONE_B_ROWS],
  ["round 41's education and meetings inside posts (fnc): a 纪法 statute studied a 廉政教育, 科里学了新条例，三个人都参加了, 每次都是N人 every deed's, X出差 absent, a 提醒会 and a 大会上廉政提醒 no talk, 分管科室全体人员, a 基地 visit beside a 党课, 会上通报了…典型案例 the meeting doer's 警示教育, 参加党组中心组学习 named (t40b F1/F5/F11/F12/F14/F16/F19-F22; issue 10)", FORTY_ONE_C_ROWS],
  ["round 41's tables, lists and the card's words (fnd): 主持/主讲 · 类别 · 记录人 · 次数 headers read, 与X in a 内容 cell the counterpart, 参加人员 naming the sender the talk's other side, N篇 with N titles one title a paper, a report-back remark on its own item, a title line no question, a check's place never the next ；-item's (t40b F2/F7/F15/F17, t40a F1/F5/F14; issue 10)", FORTY_ONE_D_ROWS],
  ["round 41's coordinator fixes (fnz): a year's summary count over a 其中 list of 「D与X」 items (one talk per item, the count never copied), a department's 党风廉政会议 its 分管领导 主持 (a table's 主持人 column) that leader's 分管科室会议, a check only reported on (汇报…监督检查情况) no check (t41a; issue 10)", FORTY_ONE_Z_ROWS],
  ["round 43, fpz: the sender's own department a deed's audience names — 带部门同志观看 as 组织部门同志 does, 给全部门/为部门全体同志讲了廉政党课 (t44a; issue 10)", FORTY_THREE_Z_ROWS],
  ["round 42's checks' places, speakers, 督导 visits, body headings and what a talk 通报-ed (foe): 对中心财务收支… the 中心 checked, 对各部室…台账 every department through the type question, 「X同志在讲话中强调」 the meeting's doer, a 督导 beside talks named, a body's heading's check its head's, a talk's 通报 its content (t42b; issue 10 — this describe entry was missing in round 42, so these rows were only counted)", FORTY_TWO_E_ROWS],
  ["round 42's coordinator fixes (foz): a forgotten day said verb first or mid-message (记不清具体哪天了 · 不记得是几号了 · 忘了是哪天，大概是中旬) no question, the day asked (t42c F18; issue 10)", FORTY_TWO_Z_ROWS],
  ["round 42's stand-ins, talks after a signing, visited lists and body headings (fog): 是X替她组织的 X's, 签订…责任书，随后开展了集体廉政谈话 with the same people, 到A、B…与两个科室全体人员 everyone of both, 机关纪委…台账's 报送廉政信息 item the body's (t42a; issue 10)", FORTY_TWO_G_ROWS],
  ["round 42's fob: counted and listed deeds — a count of places checked over place+day items (督查了3个部门，办公室11.10、…，都是查的考勤), person groups with 是N号 days after 跟班子几个人都谈过了, a closing 均为全体参加（N人）/每次N人左右 for every deed, 其中 sub-kind N次（D、D） under a typed count, a unit table's bare signing row the unit's 全体 signing (t41a, t41b; issue 10)", FORTY_TWO_B_ROWS],
  ["round 42's who did it in colloquial chat (foc): 何主任和我…检查，顺便跟X谈 the pair's doer, 对中心药房 the sender's 中心, 陪X到…检查 X's, 给我谈了话 the sender talked to, 与两位部长 after 教育就业部、维权部负责人参加 those heads, a 纪检 officer's subjectless 给…上了廉政党课 his own, a numbered 维权部冯雪也谈了 one more talked to of the item before's kind (t41a F4/F9/F27/F29, t41b F2/F7; issue 10)", FORTY_TWO_C_ROWS],
  ["round 42's posts and visits (foa): 会上X通报了…典型问题/违纪违法问题/身边案 a 警示教育, a later paragraph going on with the dated occasion its day and count, 座谈会 on a 督导 visit no talk and a check no person's, a visit's 提醒 done by 提醒谈话 no 廉政教育, 领学了《条例》 a study, 本部门 after 各部室负责人 no clerk's department (t41b F1/F5/F8, t41a F13/F15/F20; issue 10)", FORTY_TWO_A_ROWS],
  ["round 42's words, titles, days and duplicates (fod): 学了下/学了一下/学了学/看了看 the verb's never the title's, 科里 from its head the unit, 中心搞了 the 中心's, space-separated clauses, a 算谈心吧 verdict typing the clause before it, 周五 after 上周三 上周五 (t41a F17/F23/F25, t41b A4/A20; issue 10)", FORTY_TWO_D_ROWS],
  ["round 42's days and items in members' lists (fof): a month lead (10月份…： · 上个月： · 10月份，) over bare days its month, 谈心一次 then 又…一次<kind> or a clause of its own kind two deeds, 、-joined day+count items each day's count, 中心 before its meeting's day the 康复中心's meeting, a talk told beside 看了看…台帐 a report with the look a check asked (t42a F1/F7/F12/F9/F4; issue 10)", FORTY_TWO_F_ROWS],
  ["round 42's leaders' and 纪检 officers' reports (foh): departments as the subject before as many days and 分别 paired in order, counts that differ asked; 听取…检查工作的汇报 no check; a 节前提醒 sent to named departments no record; 督促X完成了自查 not the urger's, a subjectless lecture the sender's beside its host's 主持 the relay lead X交代补一条 X's deed with X's group expanded (t42c F14/F20/F19/F8/F3/F6; issue 10)", FORTY_TWO_H_ROWS],
  ["round 43, fpb: who did it — a heading naming a person the doer of its items and 我 the sender, relays (X说他…) X's deed, 带领 carried over 随后, 对X进行了谈话 the subject's, 报销凭证 checked a funds check (t43a F2, t42c F16; issue 10)", FORTY_THREE_B_ROWS],
  ["round 43, fpd: an untyped talk after a signing or meeting kept and asked, a 共 count over deeds of one kind on none, 另外+day keeping the doer before, report-backs no deed (t42a F2/F3, t42c F13; issue 10)", FORTY_THREE_D_ROWS],
  ["round 43, fpa: check tables and tallies — 日期|部门|内容 under 「11月检查情况：」 or 检查日期|检查科室|检查内容 one check per row, its kind from the 内容/检查方式 cell as in prose (专项资金/经费 资金, 考勤/纪律/值班/公车 作风, none — 报销, 现场查看 — or two asked), a 合计/以上共计/发现问题 tally under rows or after sentences no check of its own; every row of the sender's own department's 台账 that department's, a blank cell under a merged 部门 cell the one above (t42c F1/F2, t43a F5, t44b F3/F5; issue 10)", FORTY_THREE_A_ROWS],
  ["round 43, fpc: types and places — 廉政知识测试/党纪知识竞赛/答题 a 廉政教育, a written type over a 基地's (廉政警示教育活动 at a 廉政教育基地), a check in passing at the talk's department, 来我们中心 the sender's, 分别是D、D keeping the one talked to, a 责任书台账 looked at its department's check (t43a F1/F3, t42c F5/F11/F12/F17; issue 10)", FORTY_THREE_C_ROWS],
  ["round 43, fpe: the sender's own lecture (我为…讲授) over the chair named, 带/我带 + a companion the sender's own check at the place after 到/对, 同志 no 同 and a counterpart weighed at every mention (t44b F1/F2/F6/F8; issue 10)", FORTY_THREE_E_ROWS],
  ["round 43, fpg: a 纪检 officer's pasted check table (序号 时间 被检查单位 检查方式 发现问题, 12.1 days; tabs, spaces, ｜, Markdown |---|; 受检科室, two columns) one check per row at its unit on its day, typed by the title or asked, the 带队 cell's person the doer, a row after today a plan named (t44b F5; issue 10)", FORTY_THREE_G_ROWS],
  ["round 43, fpf: companions, people talked to, days, second deeds and papers, guessed days, members' department lists, each-time counts — 我和X一起跟<post title>Y…，D X a companion, 找我们几个…我和X都在 the sender and X, 其余都是周四 the rest's day, a 班子成员 lead over dated leaders' items a headline, 学了一下《准则》，还看了警示片 two deeds, 述责述廉报告和向党组的书面报告 two papers, 记不清了，大概20号左右 a card, 报告一下我们部… items the head's and （X已经报过了） no one talked to, 每次参加N人 every item's count (t44a F1–F8; issue 10)", FORTY_THREE_F_ROWS],
  ["round 44, fqc: deeds beside others — 廉洁提醒 a 廉政提醒 (a 廉政谈话) after a meeting or signing, an untyped talk after a sitting of no type or with a head's unlisted group kept and asked, 对X进行了廉政提醒 after a meeting a talk; 查看/翻阅/核对了 票据·账本·单据·费用报销 a funds check guessed; X主持会议，随后与Y签订… X's with no day; attending a 机关 event in a head's own department list the department's; a heading naming two leaders or 班子成员 asks whose each item is (t45a F7; issue 10)", FORTY_FOUR_C_ROWS],
  ["round 44, fqe: visits, reminders, terse notes and checks of several departments — 调研/走访 and reminders sent by 短信/工作群/提醒函 no record (said in words), 部门学习 12.2 条例 8人 a 台账 line read as its prose on a card, a check of 财务科、办公室 at both, 中心党支部/我们支部 from its head the head's own (coordinator's r44 probes; issue 10)", FORTY_FOUR_E_ROWS],
  ["round 44, fqa: papers and signings credited where owed — a paper (信息/调研/自查/报告/述廉) its doer's department's, 10月份的信息 sent later noted as counting for the day sent, 中心组织全体医护人员签订…共签了36份 the head with each of the staff and the 36 named, a family pledge's 5份 its count, 组织中心全体职工/全部门同志 the sender's unit (t45a F3/F4; issue 10)", FORTY_FOUR_A_ROWS],
  ["round 44, fqd: records that would be stored wrong — the one told about a talk (跟X说了/向X汇报了/告诉X/和X沟通了 …的事/情况, 已经告诉X了) no side of it, X向我汇报了/听取了X关于…的汇报 X's talk relayed, those present (我和X都在场 · 由X记录 · 记录人：X · 参加人：X · X作为分管领导参加) no one talked to, X安排我/让我 · 代表X/替X · 在X的见证下 · 转达了X的要求 no side, 11.3/11.17 a list of days and 又…一次 after a list one more deed (issue 10)", FORTY_FOUR_D_ROWS],
  ["round 44, fqb: companions, co-doers and days taken from the deed before — a check done by two one check, the companion named (跟X一起去…查 · 陪同X · X陪同我 · 检查人 cell 「X、Y」 · 带X到…), 另外/此外 + a deed with no day on the day before with a remark, X和我谈了话 after 另外 X's talk with the sender, X带<superior>到…检查 asked whose (t45a F5/F6; issue 10)", FORTY_FOUR_B_ROWS],
  ["round 44, fqg: who led a check or a visit, counts and notes kept — the side checked (反馈X · 向X指出 · X作了说明) no doer nor candidate and the 机关纪委书记's own body's check his, a span (本月 · 这周 · 上个月) between a department and its deed still its head's, X带队并讲授 at a visit X's visit too and a closing count each deed's, a check's or 自查's results kept whole as its note (t46b F2/F3/F6/F8, t46a F3/F5; issue 10)", FORTY_FOUR_G_ROWS],
  ["round 44, fqf: dialog answers and corrections — a day answer saying the deed again (11月20日自查的，11月25日报送的), 是X不是Y of a named field (谈话时间是前天不是昨天), ranges of card items (1-3条活动人改成李明), a 分管科室会议 placed for the leader answered — the messages as read alone (t46a F1/F6, t46b F4/F5; issue 10)", FORTY_FOUR_F_ROWS],
  ["round 44, fqz: a 工作动态's closing 陪同 sentence with the leader's titles before her name (党组成员、副理事长刘芳陪同。) no one talked to, a named person's own titles the name's (t46b F1; issue 10)", FORTY_FOUR_Z_ROWS],
  ["round 45, frd: meetings whose agenda or topic hid or vetoed them — a 分管科室会议 on 公务接待/公车/办公用房/差旅/礼品礼金 recorded with its agenda as the note, a department's 廉政风险防控会议/党风廉政工作会/纪律作风会议 asked its type, 对照…排查 right after a meeting its agenda not a 自查总结 (t47b F2/F4/F5/F10; issue 10)", FORTY_FIVE_D_ROWS],
  ["round 45, fre: who is a side of a deed and counts unlike the names — X和Y分别到A、B each doer their own deed in order (和X分别 · 黄书记和我 · titles before the names), 约谈了被检查科室负责人 part of the check, 办公室李明参加 after a study an attender not the study's unit, 与周涛、吴静三位同志 read as named on a card that says so, X参加/出席/列席/在场 after a talk with someone named one present (issue 10)", FORTY_FIVE_E_ROWS],
  ["round 45, frb: counted leads over several items — 部里这周学了两次：周一学的…，周三看了…，都是我组织的，刘洋参加 each item its own type, title, day and the lead's unit, the spoken 学的 a study, a count not matching its items said; a head's 组织全体人员/部门签订/「宣文部11月份：」 deeds at the department (t47a F1, t47b F7; issue 10)", FORTY_FIVE_B_ROWS],
  ["round 45, fra: corrections reaching the parser — the name after 不是/而不是/并非/不是跟 in a message opening 不对/搞错了/更正/刚才说错了 never a counterpart (不对，谈话对象是财务科的李娟，不是王强。另外是周三), 不是第一次/不对照 in a report as before (t47b F1; issue 10)", FORTY_FIVE_A_ROWS],
  ["round 45, frf: members' own chat reports typed on a phone: a day taken back mid-message (哦不对，是周一 · 不是昨天是前天), a rough count before the deed (十几个人 · 二十来个人看了), an aside after a film no title (看警示片 忘了报), a weekday added after the week (上周…，周一), a second talk by day and person only (…，周二和李娟也是), voice input run on into 下午又组织… (issue 10)", FORTY_FIVE_F_ROWS],
  ["round 45, frc: days carried between clauses and group words that are no people — a deed with no day after clauses of their own days asked (部门签订了廉政承诺书 after 12月1日…，12月3日…), 部门/科室 signing the unit's, 带/组织 X的党员 to a visit no one signed with, 同时/会后 records waiting for one day answer (t47b F3/F8, t47a F3; issue 10)", FORTY_FIVE_C_ROWS],
  ["round 45, frg: clerks' and 纪检 officers' posts — a relay headed by the day it was passed on (11月28日转发：11月25日… · 【11月28日转发】) dated by the item, not the 转发 day; leaders before 一行 joined by a comma and posts (张伟书记，党组成员、副理事长刘芳一行) the party, not one talked to; a row 11月12日 廉政谈话 张伟 王建国 the superior's talk, not the clerk's; 与两个部门负责人郑华、冯雪 each head once, never the sender; a 分管科室会议 that 传达学习了《…》 kept, not a 廉政教育; 王建国同志：… · 【赵敏书记】… a heading of that person's items; 11月份各班子成员分别与… each leader's; 项目资金/助残资金…检查 a 专项资金检查; 谈话记录已发给X · 转发给X了 no one talked to (issue 10)", FORTY_FIVE_G_ROWS],
  ["round 45, the coordinator: a deputy head's 组织科室… / 组织中心… asked whose (the head, then the deputy), never the head's on the card; 集中学习, a clerk's 组织 and 我组织 as before (t48a F1; issue 10)", FORTY_FIVE_Z_ROWS],
  ["round 46, the coordinator: a leader's name and a colon over a dated talk keeps its day; one line of two leaders' talks each leader's, 他们的 after a visited department the department's, reports with 提了…要求 reports (issue 10)", FORTY_SIX_Z_ROWS],
  ["round 46, frd: 会上/会中/会议期间/会前 deeds on the gathering's day, X带队/率检查组/随X带队 and 9月下旬（9月24日） naming a check's doer, a department's own 专题会议 recorded at it, a head's paper reported to a leader theirs (t48a F4, t48b F3/F4/F5; issue 10)", FORTY_SIX_D_ROWS],
  ["round 46, frf: a check's 同行 kept in the record (和X一起 · 带X · 配合/协助/跟/随/陪X, the sender going along), 配合X at the sender's own unit still X's check received there (t48a F5; issue 10)", FORTY_SIX_F_ROWS],
  ["round 46, fra: one gathering with several parts — 召开警示教育大会 (headline and body, 会议/大会/专题会) whose 党课 and film are one 警示教育 and one 廉政党课, the chair's/body's/lecturer's or asked never the clerk's, the count and day each part's; two films on two days or 又 stay two; a check of no place under the department's own heading (办公室…小结： · 宣文部： · 【财务科】) at that department (t48b F1/F8; issue 10)", FORTY_SIX_A_ROWS],
  ["round 46, frh: clerks' and 纪检 officers' posts — 各科室、中心主要负责人/各科室（中心）负责人/会上各部门、康复中心负责人与分管领导签订 each leader with the heads they supervise, (各)班子成员与张书记签订 the secretary with each leader, 孙丽科长/李明主任与分管领导签订或谈话 the head's 分管领导 the doer; a clerk's 王建国—李明、孙丽（廉政谈话） list, header-less tab rows 11月3日⇥王建国⇥李明⇥廉政谈话 and rows 11.23 王建国 财务科 廉政谈话 孙丽 the superior's talks, not the clerk's (issue 10)", FORTY_SIX_H_ROWS],
  ["round 46, frc: a second deed beside another — a head's report to the 分管领导 (向党组报告), a deed told as later (后面/后来又…), its day asked — no longer dropped or named by its date only; a talk's recorder named (t48a F2, t48b F3; issue 10)", FORTY_SIX_C_ROWS],
  ["round 46, fre: what the card says beside right records — a deed put off while its person was at a 培训 named by its own type, a talk's topic (主要是节前廉洁提醒) no second record nor leftover, 受X委托 no note against X the doer, no 句首的人 warning on a list whose counterpart heads another item, 市纪委典型案例通报 no 《》 title (t48a F6, F7; t48b F6, F7; issue 10)", FORTY_SIX_E_ROWS],
  ["round 46, frg: a person's keyed day in the month said before it (10月…刘芳是3号 · 月初3号), 哦不对 / spaced slips taken back, 记不得 days and long-topic 信息 read, bystanders never offered as the doer, papers counted in 份 no count of checks, 上周…大概是周四 in that week (issue 10)", FORTY_SIX_G_ROWS],
  ["round 47, fsc: a unit's staff signing in bulk with a count (与中心各岗位人员签订承诺书12份 · 中心全体职工…共12人) the unit's one record with its count, 各岗位人员 its people; those present (应参加35人，实际参加32人 · 应参会人数8人，实际参会人数7人) the count, never those expected (t49b F5, F7; issue 10)", FORTY_SEVEN_C_ROWS],
  ["round 47, fsb: a record's departments — one department's 分管科室会议 (我部召开 · 来我部 · 我科) at that department only, 我和冯雪参加 both heads', the unit named with its head's post or in a 转发 post's title line its own meeting's, a unit's check of its own affairs (中心…情况 · 康复中心开展了专项资金检查) at the unit (t49b F3, F4; t49a O3; issue 10)", FORTY_SEVEN_B_ROWS],
  ["round 47, fsa: a headline's or purpose's type over the body's place (为深化以案促改…赴廉政教育基地 · 警示教育。 headlines · an untyped deed under a typed headline), a conference's spirit, a purpose and a meeting's own topic no missed deed, 围绕/研究部署 a department meeting's agenda (t49b F2, t49a O4; issue 10)", FORTY_SEVEN_A_ROWS],
  ["round 47, fse: fresh chat shapes — the last of a spaced list before 参加 at a talk (集体廉政谈话 李明 孙丽 王强参加) one of those talked to, a 集体 talk's 参加 those talked to, day–person pairs parted by a space only (这周一和王芳 周二和胡军) each a record, 责任书落实情况…上周五检查了 a 责任书检查, 也参加了/也在场/列席 after a space only a companion, 题目还没定 就叫…吧 a title, no denial (issue 10)", FORTY_SEVEN_E_ROWS],
  ["round 47, fsf: a clerk's check organised by no one named asked whose (never the clerk's), 组织学习…，全体职工参加 from a 科员 the head's, 围绕/聚焦…、…等内容 after a day the teaching's topic (no talks), a month's 信息 whose clause says no day asked its day, not another deed's, 办公室已于…完成述责述廉报告 and a table's 科室 cell over a teaching the head's, a ledger row of the sender and her head the head's talk with her, 两位副理事长分别…分管科室 each one's own (issue 10)", FORTY_SEVEN_F_ROWS],
  ["round 47, fsd: 又/同样/接着…谈了一次 after a talk the same type on the card, a talk verb after another kind its own talk asked; 听/他们的 a department's 党课 its head's, a 党课 only heard asked who gave it, 听取…汇报 alone no record, 组联部又组织/他们又组织 the department's; 我组织的/由我牵头 a study the sender's own (t49a F4, frg #45; issue 10)", FORTY_SEVEN_D_ROWS],
  ["round 47, the coordinator: 开展…排查工作检查 a check of the department (its type asked), a talk told as the same day's next step after a signing with those signed with, 学习了…廉政提醒 a 廉政教育, voice input's spaces for commas (和孙丽 王强分别 · 到财务科 检查了 · 警示片 我也参加了 · 谈了话 让我… 还签了), 主要提醒… the talk's content, 在中心 the sender's 中心 (t50a F1–F5, t50b F1, F2; issue 10)", FORTY_SEVEN_Z_ROWS],
  ["round 48, ftb: a type written word for word (开展了廉政教育 学习了…典型案例) recorded at once, one read from a study, place or purpose still on a card; a 信息's subject (一篇廉政信息 内容是… · 关于… · 宣文部开展…) its title, a deed with a day, a count or 另外 its own; a meeting's chat-style topic its note, a work in 《》 studied there still its 廉政教育 (t50c F4, F5; issue 10)", FORTY_EIGHT_B_ROWS],
  ["round 48, ftc: a talk of no named kind with someone above the sender the superior's (和冯部长谈了话 · 和部长/和分管领导谈了话), a clerk's unit deed the head's, a kind asked beside the talk, 他们 of a visited department (t50a N1; issue 10)", FORTY_EIGHT_C_ROWS],
  ["round 48, fte: fresh chat shapes — N items of one deed then each item's own day (一条是11月10号，一条是11月24号 · 一篇是…的 另一篇是…的 · 一场是 · 一次在 · 一次10月9号一次10月23号) each its own record, one day for one of two that one's; a question beside a deed after a space (顺便问一下…) named apart and 这个算X吗 the deed as X on a card; 没有发现问题 after a check and 查了上班纪律 a check; a later day's bare visit (周三去康复部) or 也谈了一次 the same deed again, a closing 两次都是谈心 no deed (issue 10)", FORTY_EIGHT_E_ROWS],
  ["round 48, ftf: fresh shapes — a conference's spirit passed on at a gathering (党组会议/党组（扩大）会议 a 专题会议, 中心组/部务会/科务会/职工大会 a 廉政教育, the conference's 警示教育 no deed), several doers' papers (X、Y分别完成/提交/报送…) each one's at their own department, a tally of papers by department (办公室1篇（D），财务科…) each head's paper on its day, a department's 自查/调研 paper its head's, a 科室会议/部门会议 study the unit's and a 纪委 notice studied a 廉政教育 (issue 10)", FORTY_EIGHT_F_ROWS],
  ["round 48, ftd: a deed departments held together (我部和维权部联合召开 · 教就部、维权部联合开展 · 与康复部一起组织 · 我们和… · 宣文部联合康复中心…) one record at every one of them, not one per department under the other's head; an attender's unit after a 学习了《…》 study not the study's; a said title with spaces (题目是守住底线 筑牢防线) ending at 一共/共N/参加N (issue 10)", FORTY_EIGHT_D_ROWS],
  ["round 48, ftz: a meeting said held whose topic is coming work named by its time (部署年终工作 · 研究部署年底工作 · 研究明年工作思路 · 部署12月份工作) or the units' reports heard (听取了工作汇报 · 听取各科室工作情况汇报) recorded, not dropped as off topic; other work, plans and 听取…汇报 alone unchanged (issue 10)", FORTY_EIGHT_Z_ROWS],
  ["round 48, fua: a deed done at a meeting (党组会上 · 在X会议上 · 会议期间) is that deed, the meeting only when said held; a 自查 clause going on from a check (对…进行了自查) is that check, a 自查报告/总结 written stays its own (issue 10)", FORTY_EIGHT_G_ROWS],
  ["round 48, fub: a head's own unit meeting (组织科室召开 · 组织部门召开 · 召集科室人员开了专题会议) the head's at the unit, as 财务科召开 is; a 分管 leader's 分管科室会议 with attendees listed by spaces (李明 孙丽参加) his own, not asked who chaired (t51a F5, F6; issue 10)", FORTY_EIGHT_H_ROWS],
  ["round 48, fuc: people of a 分别/先后 deed and its instance days (一次是2号一次是3号 · 一个是…一个是… · 分别是D1、D2) paired in order, one deed per person on their own day; more or fewer days than people asked, not guessed (t51a F2; issue 10)", FORTY_EIGHT_I_ROWS],
  ["round 48, fud: a relayed instruction with a deadline (转发：…于12月20日前完成…廉政谈话，请…抓紧落实，完成后报办公室) a notice, never talks on the deadline; a deed told done beside it still read; a slogan after 围绕/紧扣 (围绕“以案为鉴”) no type over the 廉政教育 written outright (issue 10)", FORTY_EIGHT_J_ROWS],
  ["round 49, fva: departments listed with spaces (和组联部 康复部 · 到办公室 财务科 康复中心 · 召集教就部 维权部) every one kept, in any deed; a later clause's own day (周五又… · 第二天又… · 后来周四…) that clause's deed's day, never the clause before's (issue 10)", FORTY_NINE_A_ROWS],
  ["round 49, fvb: a tally of papers by department (截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇…) each department's papers, the head's, their days asked, a total that disagrees on the card, 其中…被采用 in the note; an Excel row's 备注 cell read piece by piece (对象：王芳 the counterpart, 12人 the count) (issue 10)", FORTY_NINE_B_ROWS],
  ["round 49, fvc: who did a unit's event — an education or meeting the unit (市残联) or a body above held, only attended (参加了市残联警示教育大会 · 出席了全市…会议), no record and said, the sender's own deeds kept; one the unit held with no one named (市残联举办…培训班 from a clerk) asked whose, never the poster's (t51b F5, F7; issue 10)", FORTY_NINE_C_ROWS],
  ["round 49, fve: fresh chat shapes — a talk or signing held and another put off or missed, voice-typed with spaces (…廉政谈话 李娟请假了 下周再谈 · 赵磊下周谈 · 孙丽那边还没来得及 · 回来补签) only the deed held; 查了/看了看 …责任书落实情况 a 责任书检查, never a signing; places listed then each one's own day (教就部是3号 维权部是4号) a record per place (issue 10)", FORTY_NINE_E_ROWS],
  ["round 49, fvf: a clerk's list of pairs under a lead naming the deed, each pair's day after it or a dash between its sides (签订责任书：王建国与李明、孙丽（12月1日）；刘芳—周涛，12月2日) one record per pair on its own day; a notice with a deed told done beside it (通知：请…前报送…。另，12月2日张书记已主持召开…专题会议) the deed read; doers counted before 分别 (王建国、刘芳…4位班子成员分别述责述廉) one record each; 本部门 in another's clause (周涛、吴静分别组织本部门人员…) their own unit (issue 10)", FORTY_NINE_F_ROWS],
  ["round 49, fvd: a day offered as one of two (应该是25号或者26号 · 记不清是24号还是25号) asked with both as buttons, a hedged day (可能是/大概是…吧) only on a card, a hedged count (差不多二十人) noted as approximate; a type written outright beside a study of cases (开展廉政教育，学习了典型案例) not the other type at once; a meeting's topic, attendees and a check's subject kept in the note (issue 10)", FORTY_NINE_D_ROWS],
  ["round 49, fwa: a rough count of two neighbouring numbers (七八个人 · 十一二个人 · 二三十人 · 两三个 · 8、9个人 · 7-8人 · 七到八人) recorded as its larger end and noted as a range (参加7至8人), never one big number (78); 十八个人 · 二十八人 · 78人 stay exact (issue 10)", FORTY_NINE_K_ROWS],
  ["round 49, fwb: a clerk's list of pairs under a deed's lead with a closing remark (谈话时长均约半小时 · 均形成谈话记录) or its pairs parted by ， (王建国与李明（11月3日），刘芳与周涛（11月5日）) each pair its own record on its day, a pair whose time is 待定/另行安排 named as not recorded (issue 10)", FORTY_NINE_L_ROWS],
  ["round 49, fwf: counted instances told with relative days (一次是2号和王强，一次是今天上午和李娟 · 和李娟谈了两次心，一次是周一，一次是今天上午 · 一次是上周三，一次是昨天下午): each instance on its own day, one record each, a bare weekday in the lead's week (issue 10)", FORTY_NINE_P_ROWS],
  ["round 49, fwc: a title said after a space in chat (片子叫 一念之差 · 片名是 零容忍 · 讲的是 守住底线 · 学的是 廉洁自律准则) is the words after 叫/是 up to a count or clause, never the lead word; a meeting written by name with a 传达/学习 topic from above (传达上级精神) is that meeting; a leader's 开了个会 · 碰了个头 with departments she supervises a 分管科室会议 on a card (issue 10)", FORTY_NINE_M_ROWS],
  ["round 49, fwd: a counterpart named by a post no one in the directory holds (教育就业部新任副部长 · 办公室新提拔的副主任 · 我部门副部长) asked who, never the department head or the sender; 新任部长 offers the 部长; 中心/本部/科室与康复部联合… is the sender's own unit and the other, one record at both (issue 10)", FORTY_NINE_N_ROWS],
  ["round 49, fwe: a span of days (本周一至周三 · 11月23日至25日 · 23日—25日 · 上周一到周五) opening separate talks or checks (分别/逐一/先后/依次) has each deed's day asked, the span's days offered, never all on the first day; one lasting deed stays on the first day with a note (issue 10)", FORTY_NINE_O_ROWS],
  ["round 50, fxa: who did each later deed of a message: 顺便/顺带 after a space opens a second deed (检查了… 顺便和何平谈了话, never folded into the first's note), a paper 形成 after 并… is the doer's before, 会后/同时/另外 + 我/本人 is the sender's own deed, not the chair's (issue 10)", FIFTY_A_ROWS],
  ["round 50, fxc: corrections and their remarks are never a report (第2条谈话人是我 不是何平 · 日期错了 是25号 · 刚才那条对象是李娟), and who came (冯雪也来了 · 孙丽后来也到了) after a talk or signing is no second counterpart or doer; apologies and reasons beside a report keep it (issue 10)", FIFTY_C_ROWS],
  ["round 50, fxb: the department and what was studied or checked kept on every record — the unit attended (中心的 · 部门的 · 科里的), the sender's department heading counted items, a table's 科室 cell, a check's project and a study's topic in the note, no 全体参加 for a unit's count (issue 10)", FIFTY_B_ROWS],
  ["round 50, fxd: groups written with brackets or counts (各科室（中心）主要负责人 · 共8份), a report to the 党组 told with a month only (11月 向党组书面报告…情况), a 机关 event in a head's account (issue 10)", FIFTY_D_ROWS],
  ["round 50, fxe: voice-typed chat: a title said after a space (题目是 守住底线 部里全员参加 · 学的是 … 王部长带着学的) ends at a head count or who came; a deed told with 这个要报吗 / 还能补录吗 is read on a card that answers the question, never dropped (issue 10)", FIFTY_E_ROWS],
  ["round 50, fxf: clerks' and 纪检 officers' posts (issue 10)", FIFTY_F_ROWS],
  ["round 50, fyc: a 台账 summary's talks, a line's doer, several 述责述廉 (issue 10)", FIFTY_CC_ROWS],
  ["round 50, fya: counted items with their heads and trailers — no third record, the named holder every item's, 各 with instance days (issue 10)", FIFTY_AA_ROWS],
  ["round 50, fyd: attended unit events, papers said plainly, 也来了 trailers (issue 10)", FIFTY_DD_ROWS],
  ["round 50, fyb: a signing after a talk on its own day, the paper put first, a unit's someone's signing put off (issue 10)", FIFTY_BB_ROWS],
  ["round 50, fyf: a lecturer after a space (X讲了一堂廉政党课), a title said close ending at its count, corrections with a reason kept no report (issue 10)", FIFTY_FF_ROWS],
  ["round 50, fye: 同志 never opens a department word; 我单独 is the sender, not 我单位 (issue 10)", FIFTY_EE_ROWS],
  ["round 51, fzb: corrections of several fields and 撤销 of a record named, no report; papers counted per day and talks each on its day, in one message (issue 10)", FIFTY_ONE_B_ROWS],
  ["round 51, fza: companions, doers and details of department activities — names listed before 也在/都在/也来了 those present (never the doer, kept in the note), 我们+own department in a joint deed the department's, 主将/主降/住讲 read as 主讲, 同行/同去/陪同 after a check its companions, 班子成员全部参加 a meeting's note (t53a F2, F9, F10; issue 10)", FIFTY_ONE_A_ROWS],
  ["round 51, fze: a department or person said absent, a talk put off beside one held, a span of days for one talk or meeting, the writer signed at the end (issue 10)", FIFTY_ONE_E_ROWS],
  ["round 51, fzc: papers and whose they are — a tally by department closed by 均已于…前报送 each department's papers, days asked; a 信息 报给/交给 a body the sender's 信息报送; 上周我部形成调研报告 the head's; the 机关's conference only attended no record of the department (t53b F1, t53a F7; issue 10)", FIFTY_ONE_C_ROWS],
  ["round 51, fzf: several deeds in one message — a check lead over weekday clauses one check per day at its places, a counted lead's day-alone opener its item, 查值班 · 查公车 checks, a 人次 tally of another deed asks its day, 碰了个头 with supervised heads a 分管科室会议 card and with one person a talk (issue 10)", FIFTY_ONE_F_ROWS],
  ["round 51, fzd: a closing 「X那次是Y」 retypes a talk told, never adds one; a 机关党委 theme (issue 10)", FIFTY_ONE_D_ROWS],
  ["round 51, fzbb: 和X、Y分别谈了心 from a clerk the leader's talks with each, a reminder of people by count beside a check said as not recorded, a department as a column of a checker's own list the place checked (issue 10)", FIFTY_ONE_BB_ROWS],
  ["round 51, fzaa: a notice, form or requirement about a duty sent out (下发了信息报送通知 · 布置了…工作) no record; papers per day with 也是N篇 and a total the days pass on a card; 将/拟/计划形成调研报告 a plan (issue 10)", FIFTY_ONE_AA_ROWS],
  ["round 51, fzcc: deeds said not held, and someone said absent from a record just reported (issue 10)", FIFTY_ONE_CC_ROWS],
  ["round 52, fwc: a clerk's 本周小结 sent on Monday its weekdays last week's, a span said once carried to the days and counts after it, a deed put off to a day gone by held then, a place said not gone to left out of the check (issue 10)", FIFTY_TWO_C_ROWS],
  ["round 52, fwa: people and details kept — who went along on a check (X参加 · X随同 · 本人参加 · 均由…带队，X参加) its companions on every listed check, its 重点检查了… focus in the note; a 专题会议/党组会议's 议题 (传达学习… · 专题研究…) and 班子成员参加 in the note; people named at a 分管科室会议 (周涛 吴静都在 · 郑华部长、冯雪部长参加) in its note (t54a F2 F5, t54b F5; issue 10)", FIFTY_TWO_A_ROWS],
  ["round 52, fwf: work handed out at a meeting (召开会议布置了…工作) or a notice received no record, 按照通知要求+deed that deed; the deed beside an answer (另外/还有/顺便…) read alone; 来我们X部 a visit to X部 (部门全体同志 its people, the head among them); a ditto (〃 · 同上) in any table cell the cell above (issue 10)", FIFTY_TWO_F_ROWS],
  ["round 52, fwd: a record pointed back at (那次/那条/那个) and changed is a correction, no report; a bare day, a department-named drop and typed 撤销 with a reason after a receipt (issue 10)", FIFTY_TWO_D_ROWS],
  ["round 52, fwe: papers titled apart after their days, card corrections of titles and doers, remarks recomputed (issue 10)", FIFTY_TWO_E_ROWS],
  ["round 52, fwb: voice-input spaces inside a name and title, a count, a kind word or a day read as the unspaced text; a clause's own talk type wins over the one before (谈了 心 · 跟 张颖 谈了心); 又跟王芳谈了 · 聊了聊 · 谈了话 keep today's readings (t54a F6, t54b F1; issue 10)", FIFTY_TWO_B_ROWS],
  ["round 52, fwaa: a numbered item with a weekday, 我 or a surname and title never a heading over the next item on its line, a talk arranged and put off to a day gone by held then, papers counted on a day of this week still to come asked their day (issue 10)", FIFTY_TWO_AA_ROWS],
  ["round 52, fwbb: 党组会议 on a clean-governance agenda (正风肃纪 · 审议责任清单) a 专题会议, people named during a check (当场提醒了杨帆 · 已向王磊部长反馈) in its note, 参加了黄书记带队的…检查 a companion, a closing 均为X，均由…带队，Y参加 every item's, heads joined by 和 at a 分管 meeting each a department (issue 10)", FIFTY_TWO_BB_ROWS],
  ["round 52, fwcc: a paper sent (上报 · 提交 · 报了 · 上交) after any 按照/根据/依照/遵照…通知/要求/安排/部署 lead, a leader's 签订责任书 naming no one asked 和谁, its supervised heads offered (issue 10)", FIFTY_TWO_CC_ROWS],
  ["round 52, fwee: 另外/此外/还有 + a person + a deed that person's (a leader's 调研 visit, a talk 和我, 查一下台账 as before), titles listed after N篇：…；… the papers' titles, each count's titles its own papers' (issue 10)", FIFTY_TWO_EE_ROWS],
  ["round 52, fwff: 刚才那条/那个/上一条 + a kind noun (党课 · 警示片 · 谈话 · 学习 · 检查) + 不对/错了/应该是 a correction of the record just reported, never a report or a title 《不对》; 廉政谈心谈话 · 党风廉政谈心谈话 · 廉洁谈心谈话 谈心谈话 on a card, never 廉政谈话 at once (t55a F5, F1; issue 10)", FIFTY_TWO_FF_ROWS],
  ["round 52, fwdd: a deed pointed back at as the time reference no deed of the message; an untyped talk never typed by a later clause's talk with someone else; 还有X也在 at a talk a bystander (issue 10)", FIFTY_TWO_DD_ROWS],
  ["round 52, fwgg: a counted deed beside a deed asked whose keeps its count (报送廉政信息3篇); a deed gone on to (然后还 · 随后又 · 另外还) with no place of its own held at the department of the clause before (t55a F3, t55b F1; issue 10)", FIFTY_TWO_GG_ROWS],
  ["round 53, fkc: answers and corrections typed while a card or question waits (issue 10)", FIFTY_THREE_C_ROWS],
  ["round 53, fkb: corrections and withdrawals of a stored record said as staff say them (刚才报的…是X不是Y · 刚才那条约谈撤销，是林晓约谈的不是我), near-misses (issue 10)", FIFTY_THREE_B_ROWS],
  ["round 53, fkd: a unit named in a later clause (然后组联部还…) that clause's, 下午/会后/同时 + a held deed at the unit before, 部门还组织 the own unit; a companion with a title before the name (机关纪委书记黄志刚参加); 全部门/全科/全体参加 全体; 王磊部长与何平主任参加 both departments; a check's scope (检查了X · 主要查看了X · 检查内容为X · 围绕/就X…检查) in its note (t55a F3/F4, t55b F4; issue 10)", FIFTY_THREE_D_ROWS],
  ["round 53, fka: which body held a 专题会议 (机关党委 · 机关纪委 · 党支部 · 理事长办公会 its own, not the 党组's 专题研究; 党组会议 or none named as before), 召开党组中心组（扩大）学习会 the 党组's study under 张伟, 为分管科室讲党课 at the supervised departments (t55b F3 F5; issue 10)", FIFTY_THREE_A_ROWS],
  ["round 53, fke: titles after one study verb parted by ； (and numbered after N篇) all kept, 另有N篇 beside a dated count asked its day, a total and its dated part after another deed's day (issue 10)", FIFTY_THREE_E_ROWS],
  ["round 53, fkbb: 撤销/撤回/作废 of a thing of the work (事项 · 项目 · 资格 · 文件) in a report read as a deed, not a command; 撤销 of a record still a command (issue 10)", FIFTY_THREE_BB_ROWS],
  ["round 53, fkf/fkff: papers sent as 信息, title-only checkers, signings with nobody asked (issue 10)", FIFTY_THREE_F_ROWS],
  ["round 53, fkdd: heads joined by 与 attending, a study after a 分管科室会议, a check's scope in voice pieces (issue 10)", FIFTY_THREE_DD_ROWS],
  ["round 53, fkcc: department edits on a waiting card and a talk added with the day answered (issue 10)", FIFTY_THREE_CC_ROWS],
  ["round 53, fkaa: a signer after a talk with one person (谈话后他/她/对方签订…) signing with that person; near-misses (issue 10)", FIFTY_THREE_AA_ROWS],
  ["round 53, fkee: a stored record corrected as 刚才那条/表格里/上面 + field + 是V/应为V with 我写错了 at the end, 刚才那条会议人数写错了，是5人 (t56b F2 F4; issue 10)", FIFTY_THREE_EE_ROWS],
  ["round 54, fja: a typed correction of a stored record, never a new one (issue 10)", FIFTY_FOUR_A_ROWS],
  ["round 54, fje: titles and notes of studies and 信息, a lecture on a visit at the unit visited, a room (组联部办公室) no department, one deed of a case briefed, a 党组 lecture or 中心组 study by a clerk, a 党支部 meeting's body kept (issue 10)", FIFTY_FOUR_E_ROWS],
  ["round 54, fjc: counted check lists with place+day items and a bare 带队, leads answering a misreading (不是查询，是上报), cumulative tallies, called-off activities, visits all led by one (issue 10)", FIFTY_FOUR_C_ROWS],
  ["round 54, fjb: an item naming only its type asked, never dropped; a section heading with its items on one line read once; a day after a comma opening its own clause; a check's result and study titles in voice pieces (issue 10)", FIFTY_FOUR_B_ROWS],
  ["round 54, fjf: lists of those talked to with their days (王建国周一、刘芳周二、陈志强和赵敏周三 · 都是X · 分别) on a right card, near-misses with a subject before 和; a named newcomer not in the directory (财务科科员张小红 · 新调入的张小红 · 财务科的张小红) asked by name (t56a F4 F6; issue 10)", FIFTY_FOUR_F_ROWS],
  ["round 54, fjgg: unseen real shapes of 工作动态 items (任前/集体廉政谈话, 基地, 责任书, 党组会议, 检查, 小结) and a 《…信息》 after a sending verb the 信息 sent, its title kept (issue 10)", FIFTY_FOUR_GG_ROWS],
  ["round 54, fjaa: a restated report's slip words (之前报的人数不对 · 其他都对) never its note (issue 10)", FIFTY_FOUR_AA_ROWS],
  ["round 54, fjd: who did a check, a paper or a signing and who went along — 查了…公务卡/报销/到岗情况, 跟X检查了, 带X查看了, 纪检干事X带Y, 参加了X带队开展的, 林干事参加; 向领导报送的自查/信息 the sender's; X书记+day+与班子成员签订; 某副理事长签订了 asked with whom; the chair of a 分管科室会议 named (issue 10)", FIFTY_FOUR_D_ROWS],
  ["round 54, fjdd: fjd's patch landed — 查看了/查了 报销 a 专项资金检查 but not a 报销制度执行 check, 跟着X检查了 with nothing checked asked, a 汇报 after one's own 自查 on a card, the paper-first 责任书X签了 the sender's signing (issue 10)", FIFTY_FOUR_DD_ROWS],
  ["round 54, fjee: clean-governance papers handed in named by their subject ending 工作/情况/材料 (issue 10)", FIFTY_FOUR_EE_ROWS],
  ["round 54, the merge: a month heading after the unit it is about (中心11月份：) gives its month to the bare days under it (issue 10)", FIFTY_FOUR_M_ROWS],
  ["round 55, fhf: groups of the sender's own unit (每位同志), a 通报 at a meeting, a 情况 sent to the 党组, a single led visit, a 中心组 study of discipline, a deed beside one meant or called off (issue 10)", FIFTY_FIVE_F_ROWS],
  ["round 55, fhc: days in lists go to their own items — a day's names up to the next day (run together, 、, 和), a check list of no count (day（place） · place（day） · in brackets), a paper of no day of its own never given a later clause's (issue 10)", FIFTY_FIVE_C_ROWS],
  ["round 55, fhb: one deed of a mixed message dropped or retyped — a closing 都是 type never a check's, papers before a dated check, a study before a film, an empty section, a voice-spaced check result, a report sent up in 《》 (issue 10)", FIFTY_FIVE_B_ROWS],
  ["round 55, fhd: typed corrections and undos of stored records — the talk type restated with its person, 撤销/删掉 after the record named and a slip, a colleague's record corrected, 之前报的写错了，请更正 with no new value (issue 10)", FIFTY_FIVE_D_ROWS],
  ["round 55, fhe: who did it — a leader before a counted talk lead (赵书记共谈心谈话3次：…) the doer, 把X叫到…谈话 X talked to, 跟着X检查了/会同X/带X去 on a check, 由我组织 with the head away, 还顺便谈了谈心 after a signing, an unknown full name after a title (办公室干事刘晓东) asked (issue 10)", FIFTY_FIVE_E_ROWS],
  ["round 55, fha: a doer not in the directory asked, 小X narrowed, reports beside a waiting card (issue 10)", FIFTY_FIVE_A_ROWS],
  ["round 55, the merge: a voice-spaced 并分别 谈了 心 after a signing, 不是导出 a reply lead (issue 10)", FIFTY_FIVE_M_ROWS],
  ["round 56, fga: a connective or filler before a clause's person (另外今天上午赵书记和…), 他/她 opening a line the person before, X找我谈 with X no one asked who, a card's doer corrected in words (issue 10)", FIFTY_SIX_A_ROWS],
  ["round 56, fgb: typed corrections of stored records — 「X是D1谈的，不是D2」 and 刚才那条报错了/刚才…那条里 read as corrections, 没和X签责任书 a denied deed, the other talk kind and a colleague's count (issue 10)", FIFTY_SIX_B_ROWS],
  ["round 56, fgf: 公务接待 checks, 《titles》 watched, distant days with no year, deeds called off (issue 10)", FIFTY_SIX_F_ROWS],
  ["round 56, fgc: what is typed beside a waiting card or in an answer — an answer with a drop or edit after it, 学的是《…》 a title, spoken 第N条 edits, an item named and not read (issue 10)", FIFTY_SIX_C_ROWS],
  ["round 56, fge: counts broken down by day in brackets one record a paper; a check's companion kept through the type question; a tab row's empty first cell the 谈话人 above (issue 10)", FIFTY_SIX_E_ROWS],
  ["round 56, fgd: voice-input spaces and a second deed — names after 和 kept (和王强 李娟 分别谈了心), a spaced study its title (学习了 新修订的 纪律处分条例), a day after a space its own deed, a titled film after a titled study apart, a teaching before a dated talk asked its day, a bare kind heading over its deed (issue 10)", FIFTY_SIX_D_ROWS],
  ["round 56, the merge: 提前到 + a day the day held, a bare title then a day then 找我 the sender's head, a signing after a denied one the paper denied (issue 10)", FIFTY_SIX_M_ROWS],
  ["round 57, fea: voice input — spaces for commas (和X一起参加了 … X 出席并讲话), spaces inside names, slips of titles (王副理市长 · 张书纪) and homophones of type words (连 政 谈话 · 谈 新 谈话), whom 组织 names (issue 10)", FIFTY_SEVEN_A_ROWS],
  ["round 57, fec: typed corrections of a waiting card, and 第N条 with nothing waiting (issue 10)", FIFTY_SEVEN_C_ROWS],
  ["round 57, fef: checks told in plain words, a check's findings, a head's or stand-in's teaching's department, 我科 from a 科级 unit (issue 10)", FIFTY_SEVEN_F_ROWS],
  ["round 57, fee: tallies, counts and 其中 clauses — 其中N篇被采用 a remark, a leader's papers after 本月, 为全体党员 after 。, 协同/会同 X (issue 10)", FIFTY_SEVEN_E_ROWS],
  ["round 57, feb: who did it across a clerk's account — an account's subject on its items (X11月份：… · X…两次，一次是…), 都是T，X带队 after a list every item's, 我签了 after a leader's talk with me that talk's signing, heads by post attending, 另外 before a day, 会后 opening a line after another's meeting (issue 10)", FIFTY_SEVEN_B_ROWS],
  ["round 57, fed: corrections of stored records — 再补N篇/少记了一篇 a top-up, a reason before 这条撤销, 还查了X/修改<day><kind>，部门改为… a change, voice-spaced 没和X签 只和Y签了 (issue 10)", FIFTY_SEVEN_D_ROWS],
  ["round 57, the merge: items numbered inside one line are clauses of their own, a counted paper item that many records (t60b F1; issue 10)", FIFTY_SEVEN_M_ROWS],
  ["round 58, fdc: 第N条 and …那项 edits typed with nothing waiting — no list, no report; numbered reports as before (issue 10)", FIFTY_EIGHT_C_ROWS],
  ["round 58, fdd: corrections typed as a sentence — a named record's 地点/部门/对象/人数 写错了，是X不是Y, a denied talk another reported named with its reporter, 「A和B的谈话都谈完了」 from their head, 不对，是我分别和… on a waiting card (issue 10)", FIFTY_EIGHT_D_ROWS],
  ["round 58, fde: who did it and with whom in one clause or a short message — 严格/周密… never a person, a subject carried over 带我们去… and a new line's 他 with its day, a leader before 谈心谈话了/谈话N次 the doer, 我 签了 承诺书 spoken the talk's signing (issue 10)", FIFTY_EIGHT_E_ROWS],
  ["round 58, fda: tallies and lists of leaders' deeds — 「；」 clauses with their own leader under a heading's deed, 分别是 X与Y items, a doer in a counted list's heading, a tally split by type (issue 10)", FIFTY_EIGHT_A_ROWS],
  ["round 58, fdb: answers carrying more than asked — days per waiting person, a name and a day to 和谁, 都是 for every untyped talk, 都不是 + a name, 只记X那条 — the reports that raise those questions and the answers sent alone (issue 10)", FIFTY_EIGHT_B_ROWS],
  ["round 58, fdf: titles joined to a studied one or a statute listed (《会计法》和财经纪律有关规定 · 新修订的 会计法), 组织全科, a title of one paper among several, a visit still to come a plan, a meant talk put off no report, 考勤表 looked through a check, cases briefed after what a meeting passed on, a report heard no unmatched name, 均系 (issue 10)", FIFTY_EIGHT_F_ROWS],
  ["round 59, fca: a talk after signings, two counted kinds in one clause, voice 谈完/找 我 (issue 10)", FIFTY_NINE_A_ROWS],
  ["round 59, fcb: kinds of talk named by their form (函询/诫勉 in any clause asked its type, X那个函询不算 off the card) and counted tallies (a lead's doer, fewer days than the tally, N人次 vs its items, bare tallies) (issue 10)", FIFTY_NINE_B_ROWS],
  ["round 59, fcc: corrections typed as sentences — X说…他是和Y签的，不是和我 relayed, X没去，是我去的 a change of doer, X还没签，只和Y签了, voice spaces before 是跟, two changes or withdrawals in one sentence (issue 10)", FIFTY_NINE_C_ROWS],
  ["round 59, fcd: table 全体 cells kept, check presence findings as notes, 推进会, /n breaks, a department signing through its 分管领导 (issue 10)", FIFTY_NINE_D_ROWS],
  ["round 59, fce: who did it — 次日他 on a new line, chairs named plainly, 中心各科室负责人 asked with why, names one same-sounding character off (issue 10)", FIFTY_NINE_E_ROWS],
  ["round 59, fcf: a deed said done at a part of today still to come on a card, 「Y是D」 and 还有一次 after a dated deed, a title run on after 》 one title (issue 10)", FIFTY_NINE_F_ROWS],
  ["round 60, fba: a group word beside named people (和分管科室负责人、王强 · …还有王强副科长 · 和李明等分管科室负责人) expands and keeps the name (t62b F1; issue 10)", SIXTY_A_ROWS],
  ["round 60, fbb: a third person's talk after signings, a talk on a later day, a second occasion or title (issue 10)", SIXTY_B_ROWS],
  ["round 60, fbc: a stored record withdrawn or redated by its person, day or kind — reasons, relays, kept records, one person off a group, 刚才发的那个表格 (issue 10)", SIXTY_C_ROWS],
  ["round 60, fbe: a day then 那天 before a third person's deed, a second deed of the same doer (当天也和…), 全体 in a talk's people column (issue 10)", SIXTY_E_ROWS],
  ["round 60, fbd: edits typed on a waiting card — doer, kind, people, an added deed (issue 10)", SIXTY_D_ROWS],
  ["round 60, fbf: who did it in summaries — （D，A与B）, 召集, 书记 alone, 第二天他, a dawn morning report (issue 10)", SIXTY_F_ROWS],
  ["round 61, gaa: every clause keeps its own doer, day and people — a second talk or signing, a relayed talk, a line going on (issue 10)", SIXTY_ONE_A_ROWS],
  ["round 61, gab: summaries with counts — a tally's lead no record, items keep their doer and day, untyped talk tallies asked (issue 10)", SIXTY_ONE_B_ROWS],
  ["round 61, gac: misheard names in lists, 两个部门全体人员, a title-name after a group (issue 10)", SIXTY_ONE_C_ROWS],
  ["round 61, gae: a stored record's kind, count or group changed in words (我报成…了 · 改成<kind> · 人数漏写了 · 集体谈话漏了X), withdrawals with the deed kept or 报早了 (issue 10)", SIXTY_ONE_E_ROWS],
  ["round 61, gaf: a stored record's day (不是D1是D2), doer (X那次是Y谈的不是我) or companion changed, a clerk's older record withdrawn, a person added or a yes in more words on a waiting card (issue 10)", SIXTY_ONE_F_ROWS],
  ["round 61, gad: what a meeting studied, 函询/诫勉 beside a 约谈, 陪同 companions, a leader present, 已督促撤销 (issue 10)", SIXTY_ONE_D_ROWS],
  ["round 61, the merge: days joined by a space alone (12月2号 3号分别和…) pair with their people (t64a F1); 两个部门全体人员 after the departments, a leader of none of them 也在 (t64a F2; issue 10)", SIXTY_ONE_M_ROWS],
  ["round 62, gba: counted leads with or without 开展 over dated items, headerless pasted rows, a bare 上午 opening the message (issue 10)", SIXTY_TWO_A_ROWS],
  ["round 62, gbb: stored records' doer or people corrected — relayed (X说…是她签的 不是我), 刚才那次是X谈的, 漏了我, 第N条是X和Y签的, 改成<person>, 撤销 with a reason (issue 10)", SIXTY_TWO_B_ROWS],
  ["round 62, gbc: edits typed on a waiting card — 第N条是合计/总数/汇总, 对象是…全体人员 X不是对象, X是谈话人不是对象, a day for some people, 对，就是这些 (issue 10)", SIXTY_TWO_C_ROWS],
  ["round 62, gbd: a stored record's kind in loose words (查的…，算…吧), a misheard name in a correction, 学条例那条人数, one more person for the latest talk (issue 10)", SIXTY_TWO_D_ROWS],
  ["round 62, gbe: a line going on with its doer, a lecture's joined clause, 陪同 checks, 会同 self-checks, misheard names after a department (issue 10)", SIXTY_TWO_E_ROWS],
  ["round 62, gbj: a stored check's kind as 专项检查 (算…吧 · 改成…) with its day put right, a stored talk's doer after 不对， or with 我只是在场, 那条漏了我 with the doer named again (issue 10)", SIXTY_TWO_J_ROWS],
  ["round 62, gbh: pasted tables — a 主持/谈话人 header, a unit's 全体 as an education's 对象, headerless rows with a count or the sender as 对象 (issue 10)", SIXTY_TWO_H_ROWS],
  ["round 62, gbi: a lecture to the 中心's people and a leader present, a group minus one away (出差除外 · 不在), a summary's counted lead of talks (issue 10)", SIXTY_TWO_I_ROWS],
  ["round 63, gca: stored records corrected in a clerk's or a leader's words — relayed doer and people (X说…是她和Y签的，不是Z签的), 是X找我谈的 不是我找他, 换成…吧, <place>那次算<kind>吧, 还有X也参加了 (issue 10)", SIXTY_THREE_A_ROWS],
  ["round 63, gcb: several card records left out at once (第2条第3条 · 第2-3条 · 后两条), days for numbered items after a lead, X是谈话人不是对象 with no card, a counted heading over a pasted list (issue 10)", SIXTY_THREE_B_ROWS],
  ["round 63, gcc: who was there and who was not — one away beside a talk (X不在 · X出差了没谈 · 李明不在), 也一起 and a homophone companion, a senior who came to listen, 我只是在场 (issue 10)", SIXTY_THREE_C_ROWS],
  ["round 63, gcd: 会同 between two people before a check, a 分管科室会议 in a department's room, a counted lead over dotted days, a table talk row's count (issue 10)", SIXTY_THREE_D_ROWS],
  ["round 63, gce: names written wrong — a sound-alike with no department or a word before the talk, a title no sound-alike holds, a surname and title no one holds, a misheard bystander or 对象： — offered, never guessed (issue 10)", SIXTY_THREE_E_ROWS],
  ["round 63, gch: who did it and who was only there — a leader who came to listen off every item (会后 keeps the sender), a unit before a misheard companion, a misheard name said away, a check under a counted 教育 heading, 组织部门同志 before a talk (issue 10)", SIXTY_THREE_H_ROWS],
  ["round 63, gci: total rows of a pasted table (本周⇥⇥⇥2次 · 累计⇥⇥⇥15次) and edits typed on a waiting card — several at once, 剩下这两条, 只是陪着 for one talked to, a kind said last, 是集体谈的 (issue 10)", SIXTY_THREE_I_ROWS],
  ["round 63, gcj: stored records corrected in loose words — sides swapped by day (12.1那条弄反了), a relayed 不是他谈的 with 找X和Y谈的, 那两条…都改, 不算X 算Y吧, 换成X吧 记错人了, 不是X签的 of the member's own report (t66a Part B)", SIXTY_THREE_J_ROWS],
  ["round 64, gda: unlisted names said back in a presence or away clause (张三不在 · 老王也在 · 财务科吴晶也一起), 中心 from a sender of no 中心 (issue 10)", SIXTY_FOUR_A_ROWS],
  ["round 64, gdb: a total alone is no record, a counted heading gives its items its day and kind and is weighed, 第N条不是X算Y with no card (issue 10)", SIXTY_FOUR_B_ROWS],
  ["round 64, gdc: 补谈/补签 of one left out of a stored batch, 是我找他谈的, a party's own 其实是我和X签的 不是Y, a kind that does not fit (issue 10)", SIXTY_FOUR_C_ROWS],
  ["round 64, gdd: who led — 会同 a higher-ranking leader or a unit on a check, items parted by spaces after a counted lead, a group cell against its count, long 工作动态 items (issue 10)", SIXTY_FOUR_D_ROWS],
  ["round 64, gde: names written wrong or spaced — a title another of the department holds (孙丽副科长 · 王强科长), a misheard doer before 和Y (周滔和张颖), names padded or split by spaces (孙　丽 · 王 强调 · 张　英 in a cell), two misheard names (issue 10)", SIXTY_FOUR_E_ROWS],
  ["round 64, gdj: stored records corrected in loose words — the sender claiming a pointed record's deed (那条 其实是我找他谈的 张书记不在), a person swapped (其实是我和X签的 不是Y · 不是和Y 是和X谈的 · 是X不是Y), a meeting called a check (issue 10)", SIXTY_FOUR_J_ROWS],
  ["round 64, gdi: a dated list line that is only a check of the books (检查本科室报销票据) on a day gone by, the first messages of card edits and answers (最后两条 · 是的 X是Y · 被检查的是X) (issue 10)", SIXTY_FOUR_I_ROWS],
  ["round 64, gdh: a counted lead over doer–person pairs (其中X与A、B各谈1次), bylines (（通讯员 X） · 编辑：X), a 专题会议 that studied, someone unlisted said away (t67a)", SIXTY_FOUR_H_ROWS],
  ["round 65, geh: 其中 pairs with a day per pair or doer, a unit's own 各科室 checked, 台账 rows of a kind alone (t68a)", SIXTY_FIVE_H_ROWS],
  ["round 65, geb: who did it and who was along — a unit's counted lead over relative days, companions taken along (带领X), a title of someone else, a pair with 和 before 谈了 (issue 10)", SIXTY_FIVE_B_ROWS],
  ["round 65, gea: stored records corrected in loose words — the stored doer denied first (不是X，那两份…是我和Y签的), a colleague's report of the member's own deed (其实是我和X签的 不是Y), a kind of another family (那次算作风纪律检查吧 of a film) (issue 10)", SIXTY_FIVE_A_ROWS],
  ["round 65, ged: totals of several kinds alone or beside their dated items, a sheet's 小计/合计 rows weighed, one wording for a count that differs (issue 10)", SIXTY_FIVE_D_ROWS],
  ["round 65, gei: loose words on a waiting card or about the latest record — a field word naming whose name follows (活动人错了，是X · 活动人改成我), filler words before 是和, a kind said back, who went along, 部门 as the sender's own, fillers around 不用记, a batch pointed at by the time of day (t68a)", SIXTY_FIVE_I_ROWS],
  ["round 65, gec: someone present by a surname and post no one holds, 小X also there, a terse dated line checking the books (issue 10)", SIXTY_FIVE_C_ROWS],
  ["round 65, the merge: a companion after the sender's own 我只是在场 (…跟刘洋谈了心 我只是在场 孙丽也一起) said to have come along, not a second talk (t68a F4)", SIXTY_FIVE_M_ROWS],
  ["round 66, gfb: a 全体 cell with a count, a table whose header names the kind, a pasted item with no day (issue 10)", SIXTY_SIX_B_ROWS],
  ["round 66, gfh: 我也签了 after another's deed, a check led from a dotted day, cases passed on at a meeting (t69a)", SIXTY_SIX_H_ROWS],
  ["round 66, gfi: a waiting card's button label typed back, a stored deed's count said fewer, a receipt's item dropped in loose words, the duplicate question's no (t69a)", SIXTY_SIX_I_ROWS],
  ["round 66, gfa: counted summaries with 其中 — the doer of each pair, a pair's own kind, a count unlike the people listed, pairs of no doer asked, a group inside, 另 another deed, totals of kinds with no total word, a check sheet's 小计 row (issue 10)", SIXTY_SIX_A_ROWS],
  ["round 66, gfd: corrections of stored records and waiting cards — X不对，是Y / 其实是我和Y签的 不是X of the other party, 「2号那条」 on a numbered card, a kind of another family by number, 对象改成我, a card's line numbers, a head note after the unit read whole (issue 10)", SIXTY_SIX_D_ROWS],
  ["round 66, gfc: people present, not talked to — a bystander before a second deed, 只是在场 with a companion, presence and away clauses spaced by voice, two who attended a talk asked who held it (issue 10)", SIXTY_SIX_C_ROWS],
  ["round 67, gga: one field of a stored record or a waiting card corrected in loose words — 议题 不对，应该是… · 部门没写上 · 人数报错了，实际是… · 不对，是上周五去的 · 信息报送只有1篇 · 活动人不对，应该是我 · the duplicate question's 是改原来那条的人数 (issue 10)", SIXTY_SEVEN_A_ROWS],
  ["round 67, ggc: 我也签了 after a pair turned round or with the sender named, 签了 with no paper asked, a closing count after spaced items, two-column 日期⇥签订对象 tables, 全体2人 without brackets, X请假了，没谈 (issue 10)", SIXTY_SEVEN_C_ROWS],
  ["round 67, ggh: counted summaries — a heading's month over 本月, groups with their own count in 其中, 我 as a pair's doer or the one talked with, a deed after the pairs, a signing's copies against its unit (t70a)", SIXTY_SEVEN_H_ROWS],
  ["round 67, ggi: a near name with its post read as one doer (王建囯副理事长), traditional and variant forms, the info papers asked, withdrawals with a put-off reason and batch date corrections recording nothing (t70a)", SIXTY_SEVEN_I_ROWS],
  ["round 67, ggd: counted summaries from a unit's clerk — a pair the count does not match read with its day and its doer asked, a unit named before 共 no person, a clerk's 与李明谈话 not turned round; presence corrections whose name and number disagree (issue 10)", SIXTY_SEVEN_D_ROWS],
  ["round 67, ggb: who held a 专题会议 and where (a head's own unit, 中心会议室 · 在部里 · 在我们科, 我做的记录), a counted summary's people under a heading (对象均为X · 对象都是X · 均为与X · 对象分别为X、Y), a spoken agenda before 会后 (issue 10)", SIXTY_SEVEN_B_ROWS],
  ["round 67, ggj: an attendance count put right in person words with no field named — 7个人报错了，实际是9个人 · 7人写错了 应该是9人 · 少报了2个人，一共9个 · 9个人，不是7个 · 把9个人写成7个了 — and its near-misses (篇/份/次 counts, new reports with a head count, a talk) (t70a)", SIXTY_SEVEN_J_ROWS],
  ["round 68, gha: corrections that name the stored record by its doer, day or place (11月18号王建国那次报错了，实际是和王强谈的，不是孙丽 · 康复中心那次日期报错了 · 上周三那个专题会议题不对), counts put right (少报了2个人 · 多报了1人 · 不对，是9个人 · 不是8个是9个), duplicates (那两条重复了 删掉一条) and their near-misses (issue 10)", SIXTY_EIGHT_A_ROWS],
  ["round 68, ghb: counted summaries — titled totals over sub-kinds with days in （）, totals above and below their parts, 其中我与X谈话N次（days）, bare monthly counts with a unit (本月办公室…2人次、…1次), a paper note of a part said once (issue 10)", SIXTY_EIGHT_B_ROWS],
  ["round 68, ghc: a unit's people as a counterpart group (和我们部门的人都签了 · 与财务科3名同志 · 三位同志, the count weighed, never the holder), a unit whose head was away (和康复部签了…，吴静请假了) as its other people, a clerk's table row of merged cells (⇥⇥孙丽) (issue 10)", SIXTY_EIGHT_C_ROWS],
  ["round 68, ghd: a dotted day set off by spaces after a dated clause, a meeting's recorder no doer, a voice-spaced 议题 one piece, 任前 talks (issue 10)", SIXTY_EIGHT_D_ROWS],
  ["round 68, ghh: doers of listed and summarised items — a typed heading opening with a person (张伟书记11月份廉政谈话情况：) over bare 与X items, a clerk's talk list under a heading naming no one asked whose once for all, 各 with people and a bracketed day in 其中 pairs, a unit's activity after a junior's deed (issue 10)", SIXTY_EIGHT_H_ROWS],
  ["round 68, ghi: a 机关党委/机关纪委/党支部 专题会议 its body's, not the 党组's (traditional too); withdrawals with a reason by a kind's full name (作风纪律检查撤回吧，报重了 · 撤了吧 · 那条不要了); softened answers (谈心谈话吧 · 李明吧) alone nothing; a clerk's 科室 papers and her own; a 党课 for 全体党员 (issue 10)", SIXTY_EIGHT_I_ROWS],
  ["round 68, ghj: a 会后/课后 discussion of the lecture told before (围绕党课内容开展了交流讨论) part of it, not a second 党课; a typed talk's reminder of 廉洁 (提醒节日期间注意廉洁自律) its content, not a 廉政谈话 asked 和谁; new deeds after 会后 their own (issue 10)", SIXTY_EIGHT_J_ROWS],
  ["round 68, ghk: a correction's slip owned with any verb (签错人了 · 片名打错了 · 记错日子了 · 那条有误 · 不准确) for every field, beside 谈错了 · 错了 alone · 《错》 in a title (issue 10)", SIXTY_EIGHT_K_ROWS],
  ["round 68, ghl: a meeting's 议题 stopping at who came (刘芳 副理事长 参加 · a count · 会上 · 主持), a generic 专题研究 clause kept as 议题 with its attendees, 被X采用1篇 · 有1条被X采用 · 采用1篇 noted once, a study's base or hall kept (issue 10)", SIXTY_EIGHT_L_ROWS],
  ["round 68, ghm: questions about what to write (谈心谈话要不要写谈话内容？ · 警示教育要写心得吗 · 需要填什么 · 约谈的谈话内容用不用写) read as no report, reports that waive their content (谈了什么就不写了 · 内容从略) kept, reports telling their content recorded as before (issue 10)", SIXTY_EIGHT_M_ROWS],
  ["round 69, gif: plans with their parts (计划…3次，其中…2次 · 下一步拟…) no record and no count, running totals with a period's part (截至目前…5次，其中本月3次) the totals reply, a talk breakdown's dotted days under a 小结 heading, 任前/提醒 talks said on the receipt, an integrity exhibition or red base kept as the note (issue 10)", SIXTY_NINE_F_ROWS],
  ["round 69, gic: a time still ahead today said done with the sender as 我 (今天下午三点 陈志强副理事长 跟我 进行了 廉政谈话, 今晚…谈了心) asked its day, past times and other days kept; a summary's dateless pair keeps no bracketed day of the deed after it (issue 10)", SIXTY_NINE_C_ROWS],
  ["round 69, gie: meetings' bodies — a unit's branch by its short word (中心支部 · 康复部支部), the chair's post (机关党委书记赵敏主持 · 会议由…书记…主持), a body's generic 专题研究 议题, a unit's 专题会 passing on a 市残联 notice, 会后 discussion then a signing after a 党课 (issue 10)", SIXTY_NINE_E_ROWS],
  ["round 69, gid: corrections and answers in one step — a person said absent from a stored record (刘洋没参加，删掉), 第2条是重复的 alone, 漏了2个人 · 还有2个人没算上, a family word to 是哪类活动 (谈话吧), a field question with nothing waiting, a talk's content told after it, and their near-misses (issue 10)", SIXTY_NINE_D_ROWS],
  ["round 69, gij: who did it — unit heads listed under a doer asked (王书记分别与办公室、财务科负责人… from 办公室's head), a misspelt leader with his post or 我们<person> before 和 (王剑国副理事长和我们孙丽科长…), a deed restated after 不对，是 (是X和Y谈的，廉政谈话), a stored record's doer said again (活动人是张伟 · 实际是张书记和我签的) (issue 10)", SIXTY_NINE_J_ROWS],
  ["round 69, gia: a clerk's activity with no doer named in an organisation-wide summary or 工作动态 or counting more than her unit (组织警示教育1次，参加32人) asked who organised it — 党组, 机关党委, her unit — never her head by default; the unit named, a count that fits and a head's own report kept (issue 10)", SIXTY_NINE_A_ROWS],
  ["round 69, gib: a 生活会's 对照检查 · 查摆 no check (a 生活会 on 作风 · 纪律 · 廉洁 a meeting, its type asked), departments typed together before who took part a list, 全体党员签订 from a unit's member the unit's signing with its count (also through 本月初 and as the answer to 和谁), a unit's head away in one spaced clause (冯雪请假了没参加), 我们科里3个人 the unit's people weighed (issue 10)", SIXTY_NINE_B_ROWS],
  ["round 69, gik: questions about kinds (谈心谈话和廉政谈话有什么区别？ · 警示教育算不算党课？ · 责任书要每年签吗？) read as no report, reports naming kinds the same way recorded as before (issue 10)", SIXTY_NINE_K_ROWS],
  ["round 69, gim: a paper sent before a title (报送了一篇《…》 · 报送简报《…》 · 稿件《…》被采用 · 11月30日一篇《…》 in a message counting papers) a 信息 titled so, never a deed made from its title; a subject said before a held 专题会 with 的 (开了一个作风建设的专题会) the meeting's title, never lost nor a 警示教育; and their near-misses (issue 10)", SIXTY_NINE_M_ROWS],
  ["round 69, gin: a stored record pointed at and owned wrong, then the right person or day (刚才报的那条报错了，实际是和刘洋谈的，不是张颖 · 刚才那个会报错了，实际是上周二开的), and their near-misses (issue 10)", SIXTY_NINE_N_ROWS],
];
