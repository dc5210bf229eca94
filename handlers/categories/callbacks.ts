// Callback data of the categories feature. Telegram allows 1-64 bytes: the
// longest here is "tcs:" + uuid + ":" + "income_other" = 53.
import { callbackData } from "../../src/notifications/payloads.ts";

const ID = "[0-9a-fA-F-]{36}";

export const catData = {
  change: callbackData.changeCategory,
  choose: (txId: string, key: string) => `tcs:${txId}:${key}`,
  always: (txId: string) => `tcr:${txId}`,
  justThis: "tcn",
  cancel: "tcx",
  mute: callbackData.muteMerchant,
  unmute: (txId: string) => `unm:${txId}`,
};

export const catPattern = {
  change: new RegExp(`^txc:(${ID})$`),
  choose: new RegExp(`^tcs:(${ID}):([a-z_]{1,24})$`),
  always: new RegExp(`^tcr:(${ID})$`),
  mute: new RegExp(`^mute:(${ID})$`),
  unmute: new RegExp(`^unm:(${ID})$`),
};
