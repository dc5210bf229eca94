// Instance settings the comdirect connector reads (environment variables).
import { z } from "zod";

export const comdirectSettingsSchema = z.object({
  COMDIRECT_API_URL: z.string().url().default("https://api.comdirect.de"),
  /** Assumed refresh-token lifetime (community reports 20 minutes; unverified). */
  COMDIRECT_REFRESH_LIFETIME_S: z.string().regex(/^\d+$/, "seconds").optional(),
  COMDIRECT_PUSH_POLL_MS: z.string().regex(/^\d+$/, "milliseconds").optional(),
});
