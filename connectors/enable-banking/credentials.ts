// What a linked Enable Banking connection keeps, encrypted in the vault. The
// session id is as good as read access to the accounts for anyone holding the
// app key, so it is a secret like a password.
import { z } from "zod";
import { storedAccountSchema } from "./normalize.ts";

export const credentialsSchema = z.object({
  sessionId: z.string().min(1),
  validUntil: z.string().datetime({ offset: true }),
  aspsp: z.object({ name: z.string(), country: z.string().length(2) }),
  accounts: z.array(storedAccountSchema),
});

export type EnableBankingCredentials = z.infer<typeof credentialsSchema>;
