// Plaid (US/CA, also EU/UK): production needs Plaid's approval, so this is
// for instances that have it. The secret stays in a file the operator controls.
import { z } from "zod";

export const plaidSettingsSchema = z.object({
  PLAID_API_URL: z.string().url().default("https://production.plaid.com"),
  PLAID_CLIENT_ID: z.string().min(1),
  PLAID_SECRET_FILE: z.string().min(1),
  PLAID_COUNTRY_CODES: z.string().regex(/^[A-Z]{2}(,[A-Z]{2})*$/).default("US,CA"),
  /** Optional page the hosted flow ends on ("go back to Telegram"). */
  PLAID_COMPLETION_URL: z.string().url().optional(),
});
export type PlaidSettings = z.infer<typeof plaidSettingsSchema>;

export function readSettings(settings: Record<string, string | undefined>): PlaidSettings | null {
  const parsed = plaidSettingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : null;
}
