// More built-in brands: what city households whose spending runs through apps and web shops pay in Germany, the UK,
// the US, France and the Netherlands, beside the marketplaces, delivery apps and streaming services the core lists
// already hold: buy-now-pay-later lenders paid back by the instalment, food and drink web shops, snack and muesli
// makers selling direct, farms selling by parcel, poster, fashion-box and refurbished-electronics shops, contact-lens
// and beauty web shops, small software, hosting and learning plans, a regional transit app and city bike shares.
// Policy, as the category policies (test/corpus/writing-a-pool.md) have it: a buy-now-pay-later instalment is the goods' (shopping), whether the card or a direct
// debit pays it; a coffee roaster and its bean subscription are restaurants; a web shop of food, drink, coffee or
// spices is groceries, of cosmetics drugstore, of contact lenses health. Names that are ordinary words ("Alma",
// "Vinos", "Public Goods", "Grubby", "Affirm") are listed only with the words printed beside them.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_APP_HOUSEHOLDS: readonly MerchantRow[] = [
  // Buy-now-pay-later lenders: what is paid to them is the instalment of goods bought with them.
  ["Scalapay", "shopping", "scalapay"],
  ["Riverty", "shopping", "riverty"],
  ["Affirm", "shopping", "affirm inc", "affirm pay", "affirm loan", "affirm com", "affirm payment"],
  ["Afterpay", "shopping", "afterpay"],
  ["Clearpay", "shopping", "clearpay"],
  ["Zilch", "shopping", "zilch", "payzilch"],
  ["Sezzle", "shopping", "sezzle"],
  ["Alma", "shopping", "alma sas", "getalma", "alma paiement", "alma paiements"],
  ["Oney", "shopping", "oney", "oney bank"],
  ["Billink", "shopping", "billink"],
  ["in3", "shopping", "in3", "payin3"],
  ["Laybuy", "shopping", "laybuy"],
  // Food and drink sold on the web: snack boxes, muesli, spices, drinks meals, farms' parcels, coffee and wine shops.
  ["Foodist", "groceries", "foodist"],
  ["yfood", "groceries", "yfood", "yfood labs"],
  ["mymuesli", "groceries", "mymuesli"],
  ["Ankerkraut", "groceries", "ankerkraut"],
  // The card field cuts it after PayPal's star ("PAYPAL *CROWDFARMIN").
  ["CrowdFarming", "groceries", "crowdfarming", "crowdfarmin", "crowd farming"],
  ["Hungryroot", "groceries", "hungryroot"],
  ["Rohlik", "groceries", "rohlik"],
  ["Weee!", "groceries", "weee", "sayweee"],
  ["Koffievoordeel", "groceries", "koffievoordeel"],
  ["Vinos", "groceries", "vinos nl", "vinos b v", "vinos bv"],
  ["Drankdozijn", "groceries", "drankdozijn"],
  ["Kippie", "groceries", "kippie"],
  ["Grubby", "groceries", "grubby food", "grubby recipes"],
  ["Milk & More", "groceries", "milk and more", "milk more co uk"],
  // Coffee roasters and their bean subscriptions (the roaster policy: restaurants).
  ["Heilandt", "restaurants", "heilandt"],
  ["George Howell Coffee", "restaurants", "george howell", "georgehowellcoffee"],
  ["Coffee Circle", "restaurants", "coffee circle", "coffeecircle"],
  // Web shops of goods: posters and prints, fashion boxes, mail order, gadgets, plants, auctions, refurbished phones.
  ["Desenio", "shopping", "desenio"],
  ["Posterlounge", "shopping", "posterlounge"],
  ["JUNIQE", "shopping", "juniqe"],
  ["Outfittery", "shopping", "outfittery"],
  ["Waschbär", "shopping", "waschbaer", "waschbar gmbh", "waschbar versand"],
  ["radbag", "shopping", "radbag"],
  ["Woot", "shopping", "woot inc", "woot com"],
  ["Plantsome", "shopping", "plantsome"],
  ["BVA Auctions", "shopping", "bva auctions", "bva auction"],
  ["Troostwijk Auctions", "shopping", "troostwijk"],
  ["Leapp", "shopping", "leapp"],
  ["Bonne Gueule", "shopping", "bonne gueule", "bonnegueule"],
  // Contact lenses and beauty sold on the web.
  ["Lenskoning", "health", "lenskoning"],
  ["Ecco Verde", "drugstore", "ecco verde", "eccoverde"],
  ["Public Goods", "drugstore", "public goods", "publicgoods"],
  ["Grove Collaborative", "drugstore", "grove collaborative", "grove co"],
  ["Oh My Cream", "drugstore", "ohmycream", "oh my cream"],
  // Software, hosting and app plans; a learning app.
  ["Flitsmeister", "subscriptions", "flitsmeister"],
  ["Mythic Beasts", "subscriptions", "mythic beasts"],
  ["123 Reg", "subscriptions", "123 reg"],
  ["Rekentuin", "education", "rekentuin"],
  // Leverkusen's buses sold in an app, Portland's bike share.
  ["wupsi", "transport", "wupsi"],
  ["BIKETOWN", "transport", "biketown", "biketownpdx"],
  ["Helium Mobile", "utilities", "heliummobile", "helium mobile"],
];
