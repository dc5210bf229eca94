// Instance-level settings: one Enable Banking application serves every person
// on this Kontor. The private key stays in a file the operator controls; only
// its path is a setting, so no secret passes through config or logs.
import { z } from "zod";

export const enableBankingSettingsSchema = z.object({
  ENABLE_BANKING_API_URL: z.string().url().default("https://api.enablebanking.com"),
  /** The application id from the Control Panel, sent as the JWT `kid`. */
  ENABLE_BANKING_APP_ID: z.string().min(1),
  /** PEM file of the RSA key whose self-signed certificate was uploaded. */
  ENABLE_BANKING_KEY_FILE: z.string().min(1),
  /**
   * One of the redirect URLs registered for the application: a page showing
   * its own address, which people paste into the chat. Not needed with
   * PUBLIC_URL (register <PUBLIC_URL>/callback/enable-banking instead).
   */
  ENABLE_BANKING_REDIRECT_URL: z.string().url().optional(),
});

export type EnableBankingSettings = z.infer<typeof enableBankingSettingsSchema>;

export function readSettings(settings: Record<string, string | undefined>): EnableBankingSettings | null {
  const parsed = enableBankingSettingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : null;
}
