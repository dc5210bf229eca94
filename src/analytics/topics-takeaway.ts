// Takeaways inside "Restaurants & cafés" (topics.ts): "takeaway", "takeout",
// "Lieferdienst" is food ordered in, from a delivery platform or a takeaway
// shop, not the coffee at Pret nor the dinner out beside it. Rows are marked
// by the delivery platforms the dictionary knows (names as
// merchant-data-digital.ts spells them) and by takeaway words in a shop's own
// name ("Golden Dragon Takeaway", "Pizza-Lieferservice Rossi"). A refund from
// a platform nets out as any refund does. Not "take out": that is cash from a
// machine ("how much cash did I take out").
import type { Topic } from "./topics.ts";

/** Food delivery platforms, and pizza chains that mostly deliver. */
export const TAKEAWAY_PLATFORMS: readonly string[] = [
  "Deliveroo", "Just Eat", "Uber Eats", "Lieferando", "Thuisbezorgd", "Takeaway.com", "Wolt", "DoorDash", "Grubhub", "foodora", "Glovo", "Flipdish",
  "foodpanda", "Postmates", "Seamless", "Caviar", "Menulog", "SkipTheDishes", "Talabat", "Domino's", "Papa John's", "Joey's Pizza", "Call a Pizza",
];

export const TAKEAWAY_TOPIC: Topic = {
  key: "takeaway",
  en: "Takeaway & delivery",
  de: "Lieferdienste & Imbiss zum Mitnehmen",
  categories: ["restaurants"],
  words: [
    "*takeaway", "take away", "*takeout", "*lieferservice", "*lieferdienst", "*heimservice", "*bringdienst", "pizzaservice*",
    "pizza express lieferung", "*bezorg*", "livraison*", "kebab*", "döner*", "doner*", "chippy", "fish bar",
  ],
  merchants: TAKEAWAY_PLATFORMS,
  said: [
    "takeaway", "takeaways", "take away", "take-away", "take aways", "takeout", "takeouts", "food delivery",
    "food deliveries", "delivery food", "food orders", "ordered food", "ordering in", "ordered in",
    "lieferdienst", "lieferdienste", "*lieferdienst", "lieferservice", "essen bestellen", "essen bestellt", "essensbestellungen",
    "essensbestellung", "bestelltes essen", "essenslieferung*", "bezorgd", "bezorging", "afhaal", "livraison de repas", "plats à emporter",
  ],
};
