// One Plaid Link session can add several Items (institutions); the access
// tokens never expire and read every account of their Item: vault only.
import { z } from "zod";

export const credentialsSchema = z.object({
  items: z.array(z.object({ itemId: z.string(), accessToken: z.string(), institution: z.string() })).min(1),
});
export type PlaidCredentials = z.infer<typeof credentialsSchema>;
