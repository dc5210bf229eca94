// More built-in brands: what hobby musicians, artists and crafters in Germany, the UK, the US, France and the
// Netherlands pay — music shop chains and sheet-music houses, fabric, yarn and pattern shops on the web, music-learning
// apps, classical streaming, notation and distribution plans, ticket sellers. (Many were listed already: Thomann,
// Gear4music, Andertons, Bax-shop, Guitar Guitar, Hobbycraft, Michaels, JOANN, boesner, Gerstaecker, buttinette …)
// A shop's goods are shopping, a learning app education (the policy's learning apps), a plan subscriptions, tickets
// entertainment. Names that are ordinary words or surnames (Sweetwater, Broekmans, Musicroom) are listed only with the
// words printed beside them, so a payee named just the word keeps its own label.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_MAKERS: readonly MerchantRow[] = [
  // Music shop chains and sheet-music houses; the card field cuts their names ("PAYPAL *STRETTAMUSI").
  ["Guitar Center", "shopping", "guitar center"],
  ["Sweetwater", "shopping", "sweetwater com", "sweetwater sound"],
  ["Musician's Friend", "shopping", "musicians friend"],
  ["Long & McQuade", "shopping", "long mcquade", "long and mcquade"],
  ["Dawsons Music", "shopping", "dawsons music", "dawsons co uk"],
  ["Presto Music", "shopping", "presto music", "presto classical"],
  ["Musicroom", "shopping", "musicroom com", "musicroom co uk", "musicroom london"],
  ["Stretta Music", "shopping", "stretta music", "strettamusi", "stretta musi"],
  ["Kersten Music", "shopping", "kersten music"],
  ["Broekmans & Van Poppel", "shopping", "broekmans en van poppel", "broekmans van poppel"],
  ["Woodbrass", "shopping", "woodbrass"],
  // Fabric, yarn, pattern and art-supply shops.
  ["Snaply", "shopping", "snaply"],
  ["Makerist", "shopping", "makerist"],
  ["Deramores", "shopping", "deramores"],
  ["LoveCrafts", "shopping", "lovecrafts"],
  ["Bergère de France", "shopping", "bergere de france"],
  ["Spoonflower", "shopping", "spoonflower"],
  ["Abakhan", "shopping", "abakhan"],
  ["Artist & Craftsman Supply", "shopping", "artist craftsman supply", "artist craftsman suppl"],
  // Music-learning apps.
  ["Yousician", "education", "yousician"],
  ["flowkey", "education", "flowkey"],
  ["Skoove", "education", "skoove"],
  ["Simply Piano", "education", "simply piano", "joytunes"],
  ["Fender Play", "education", "fender play"],
  ["Melodics", "education", "melodics"],
  // Classical streaming, notation, recording and distribution plans; a shop builder's plan.
  ["IDAGIO", "subscriptions", "idagio"],
  ["Digital Concert Hall", "subscriptions", "digital concert hall", "berlin phil media"],
  ["medici.tv", "subscriptions", "medici tv"],
  ["nkoda", "subscriptions", "nkoda"],
  ["Tomplay", "subscriptions", "tomplay"],
  ["Soundtrap", "subscriptions", "soundtrap"],
  ["BandLab", "subscriptions", "bandlab"],
  ["MuseScore", "subscriptions", "musescore"],
  ["DistroKid", "subscriptions", "distrokid"],
  ["TuneCore", "subscriptions", "tunecore"],
  ["Big Cartel", "subscriptions", "big cartel"],
  // A collecting society: what a member pays it is dues (its royalties paid out are pay, by their words: trader-trades.ts).
  ["Buma/Stemra", "fees", "buma stemra", "vereniging buma", "buma"],
  // Ticket sellers and a transit authority.
  ["YourTicketProvider", "entertainment", "yourticketprovider", "your ticket provider"],
  ["RIPTA", "transport", "ripta"],
  ["Kalamazoo Metro", "transport", "kmetro", "kalamazoo metro"],
];
