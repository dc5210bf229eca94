// Instance settings the Demo Bank reads (environment variables).
import { z } from "zod";

export const demoSettingsSchema = z.object({
  DEMO_SEED: z.string().regex(/^\d+$/).default("42"),
  DEMO_HISTORY_DAYS: z.string().regex(/^\d+$/, "days").optional(),
  DEMO_ACCOUNTS: z.string().regex(/^\d+$/, "a number").optional(),
  // Scripted failures for trying out error handling, e.g. "page:2:unavailable".
  DEMO_FAIL: z.string().optional(),
});
