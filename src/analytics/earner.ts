// Whose pay: "wie viel hat Aylin dieses Jahr verdient". A wage row rarely names the person paid (the
// employer is the payee, "Gehalt 10/2026"), but it lands in the earner's own account, and a family's
// statements say whose account is whose: a transfer between their own accounts carries the holder's name
// ("Haushaltsgeld" from Postbank to "Aylin Yildiz" arrives on the ING account, so that one is Aylin's).
// A salary row that names the person counts wherever it lands.
import { escapeRegExp, fold } from "./parse/fold.ts";
import type { Params } from "./sql-parts.ts";


export function earnerCondition(name: string, params: Params): string {
  const p = params.add(`(^|[^a-z0-9])${escapeRegExp(fold(name).trim()).replace(/\s+/g, "\\s+")}([^a-z0-9]|$)`, "VARCHAR");
  const names = (cols: string) => `regexp_matches(lower(strip_accents(concat_ws(' ', ${cols}))), ${p})`;
  // The accounts the person holds: where the other half of an own-account transfer naming them lies.
  const held = `account_id IN (SELECT peer.account_id FROM tx named JOIN tx peer ON CAST(peer.id AS VARCHAR) = named.transfer_peer_id
    WHERE regexp_matches(lower(strip_accents(coalesce(named.counterparty, ''))), ${p}))`;
  return `(${names("description, counterparty")} OR ${held})`;
}
