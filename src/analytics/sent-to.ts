// Money sent to a country ("wie viel haben wir in die Türkei geschickt", "sent home to Poland"): not what
// was spent while there (country-filter.ts), but what left for there. A transfer's destination is its
// IBAN's country (the IBAN's first two letters); a money-transfer service's card payment names no
// destination, but sending money abroad is what it is for, so it counts too, unless the question asks
// for bank transfers only ("Überweisungen in die Türkei"). The bank's fee for the transfer is no part of
// what was sent. Moves between the person's own accounts (a matched other half) are never sent away.
import { BRANDS_MONEY_TRANSFER } from "../categories/brands/money-transfer.ts";
import { escapeRegExp } from "./parse/fold.ts";
import type { QuerySpec } from "./query-spec.ts";
import type { Params } from "./sql-parts.ts";

/** Remittance services (MCC 4829), as their card rows spell them: the dictionary's names and phrases, any spacing. */
const SERVICES_PATTERN = `(^|[^a-z])(${[
  ...new Set([...BRANDS_MONEY_TRANSFER.flatMap(([name, , ...phrases]) => [name.toLowerCase(), ...phrases]), "money transfer"]),
]
  .map((p) => escapeRegExp(p).replace(/\s+/g, "[^a-z0-9]*"))
  .join("|")})`;

export function sentToCondition(sent: NonNullable<QuerySpec["filters"]["sentTo"]>, params: Params): string {
  const toIban = `upper(replace(coalesce(counterparty_iban, ''), ' ', '')) LIKE ${params.add(`${sent.country}%`, "VARCHAR")}`;
  if (sent.bankTransfers) return `(amount < 0 AND transfer_peer_id IS NULL AND ${toIban})`;
  // Parameters are numbered as they are added: the pattern only where it is used.
  const byService = `regexp_matches(lower(concat_ws(' ', description, counterparty, merchant)), ${params.add(SERVICES_PATTERN, "VARCHAR")})`;
  return `(amount < 0 AND transfer_peer_id IS NULL AND (${toIban} OR ${byService}))`;
}
