// The shape of a Feishu / Lark app id; WSClient.start() silently does nothing for any other (node-sdk 1.74 ws-client start()).

/** `cli_` followed by 16 hex digits, as the developer console shows it in 凭证与基础信息. */
export const APP_ID_PATTERN = /^cli_[0-9a-fA-F]{16}$/;
