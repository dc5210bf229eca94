// GoCardless Bank Account Data (formerly Nordigen): for people who still have
// keys (new sign-ups closed in 2025). The secret key stays in a file the
// operator controls; the secret id is only an identifier.
import { z } from "zod";

export const gocardlessSettingsSchema = z.object({
  GOCARDLESS_API_URL: z.string().url().default("https://bankaccountdata.gocardless.com/api/v2"),
  GOCARDLESS_SECRET_ID: z.string().min(1),
  GOCARDLESS_SECRET_KEY_FILE: z.string().min(1),
  /** Where the bank sends the browser back; any page works, Kontor polls the requisition. */
  GOCARDLESS_REDIRECT_URL: z.string().url().default("https://gocardless.com"),
});
export type GocardlessSettings = z.infer<typeof gocardlessSettingsSchema>;

export function readSettings(settings: Record<string, string | undefined>): GocardlessSettings | null {
  const parsed = gocardlessSettingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : null;
}
