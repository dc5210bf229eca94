// Built-in brands of culture lovers and people who go out, in Germany, the UK, the US and the Netherlands: record and
// music mail-order shops and marketplaces, a florist chain, ticket resale sites and agencies, a museum-goers' pass, and
// the streaming services of concert halls, theatres and art-house cinemas.
// Records, flowers and the marketplace are shopping; tickets and the art pass entertainment (a venue's entry is);
// the streaming services subscriptions. Deutsche Grammophon's own direct debits are its STAGE+ streaming plan.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_CULTURE_GOERS: readonly MerchantRow[] = [
  // Records and music by mail order, a record marketplace.
  ["HHV", "shopping", "hhv handels", "hhv de", "hhv mag"],
  ["jpc", "shopping", "jpc schallplatten", "jpc schallplatten versand", "jpc de"],
  ["Discogs", "shopping", "discogs", "discogs marketplace"],
  // A florist chain, its shops numbered as branches ("BLUME 2000 FIL. 0317").
  ["Blume 2000", "shopping", "blume 2000", "blume2000"],
  // Ticket resale sites and agencies; a museum-goers' membership pass.
  ["fanSALE", "entertainment", "fansale"],
  ["TickPick", "entertainment", "tickpick"],
  ["Encore Tickets", "entertainment", "encore tickets", "encoretickets"],
  ["Art Fund", "entertainment", "art fund", "national art pass"],
  // Streaming services of concert halls, theatres and art-house cinemas.
  ["Stage+", "subscriptions", "stage plus", "stageplus", "deutsche grammophon"],
  ["Alleskino", "subscriptions", "alleskino"],
  ["Digital Theatre", "subscriptions", "digital theatre", "digitaltheatre"],
  ["National Theatre at Home", "subscriptions", "national theatre at home", "nt at home"],
];
