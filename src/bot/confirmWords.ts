/** Yes to a confirmation, typed the way people type it in a chat. */
export const CONFIRM_WORDS = /^(确认|确定|确认无误|对|对的|是|是的|没错|正确|好|好的|可以|行|嗯|嗯嗯|记吧|记录|仍要记录|仍要记|还要记|要记|再记一条|照样记录|是另一次|另一次|ok|OK|Ok|okay|yes|没问题|没有问题|确认没问题|👌|👍|👌🏻|👍🏻)[。.!！]*$/;
