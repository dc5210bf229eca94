// Where the Flex Web Service lives (connectors.md §5.1). GetStatement goes to
// the Url that SendRequest returns; only IBKR's own hosts (or the configured
// host, for a local fake) are followed, so a response cannot send the token elsewhere.
import { z } from "zod";

export const ibkrFlexSettingsSchema = z.object({
  IBKR_FLEX_URL: z.string().url().default("https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService"),
});

export interface IbkrFlexSettings {
  baseUrl: string;
}

export function readSettings(settings: Record<string, string | undefined>): IbkrFlexSettings {
  const parsed = ibkrFlexSettingsSchema.parse({ IBKR_FLEX_URL: settings.IBKR_FLEX_URL });
  return { baseUrl: parsed.IBKR_FLEX_URL.replace(/\/+$/, "") };
}

/** https on an interactivebrokers.com host, or exactly the configured origin. */
export function followable(url: URL, settings: IbkrFlexSettings): boolean {
  if (url.origin === new URL(settings.baseUrl).origin) return true;
  return url.protocol === "https:" && (url.hostname === "interactivebrokers.com" || url.hostname.endsWith(".interactivebrokers.com"));
}
