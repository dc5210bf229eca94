// The Flex Web Service token reads every statement the query allows: it
// lives only in the vault. The query id is not secret, but both are needed.
import { z } from "zod";

export const credentialsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9]{8,64}$/),
  queryId: z.string().regex(/^\d{1,12}$/),
});
export type IbkrFlexCredentials = z.infer<typeof credentialsSchema>;
