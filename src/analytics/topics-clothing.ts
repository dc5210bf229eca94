// Clothes and shoes inside "Shopping" (topics.ts): "Klamotten", "clothes",
// "vêtements" are the fashion and shoe shops, not the laptop, the books and
// the Amazon orders beside them. Rows are marked by the chains the built-in
// dictionary knows (names as merchant-data*.ts spells them, so a row labelled
// by the dictionary carries the key matched here) and, for the many shops no
// dictionary knows, by the kind of shop their name says: "Modehaus Schmidt",
// "Schuhhaus Meier", "Boutique Léa". A refund from such a shop is a refund of
// shopping from that merchant, so it nets out as any refund does.
import type { Topic } from "./topics.ts";

/** Fashion, shoe and underwear chains, online fashion shops and second-hand clothing platforms; not department stores nor sports gear. */
export const CLOTHING_BRANDS: readonly string[] = [
  // International chains and online shops
  "H&M", "Zara", "Primark", "C&A", "Uniqlo", "Mango", "Esprit", "Bershka", "Pull&Bear", "Oysho", "Lefties", "COS", "SHEIN", "ASOS", "boohoo",
  "Zalando", "ABOUT YOU", "bonprix", "Vinted", "TK Maxx", "TJ Maxx", "Marshalls", "Gap", "Old Navy", "Banana Republic", "Levi's", "Urban Outfitters",
  "Hollister", "Abercrombie & Fitch", "American Eagle", "Forever 21", "Superdry", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Lacoste",
  "Ralph Lauren", "G-Star", "Scotch & Soda", "Only", "Vero Moda", "Jack & Jones", "Name It", "Napapijri", "Victoria's Secret", "Lululemon",
  "Athleta", "Anthropologie", "Free People", "J.Crew", "PrettyLittleThing", "Missguided", "Nasty Gal",
  // Germany, Austria, Switzerland
  "s.Oliver", "Tom Tailor", "Peek & Cloppenburg", "Breuninger", "KiK", "Takko", "Ernsting's family", "NKD", "Adler Modemärkte", "Gerry Weber",
  "Marc O'Polo", "Olymp", "Walbusch", "Wormland", "Jeans Fritz", "Orsay", "Street One", "Cecil", "Betty Barclay", "Hallhuber", "Bonita", "Mustang",
  "Sinn", "Appelrath Cüpper", "Lodenfrey", "Hirmer", "Lascana", "Hessnatur", "Armedangels", "Trigema",
  // UK, France, the Netherlands
  "Next", "River Island", "New Look", "Matalan", "Peacocks", "Dorothy Perkins", "Topshop", "Burton", "FatFace", "White Stuff", "Joules",
  "Seasalt Cornwall", "Jigsaw", "Ted Baker", "AllSaints", "Reiss", "Hobbs", "Monsoon", "Kiabi", "Jules", "Celio", "Camaïeu", "Promod", "Etam",
  "Jennyfer", "Pimkie", "Okaïdi", "Jacadi", "Petit Bateau", "Sandro", "Maje", "Vertbaudet", "Sézane", "WE Fashion", "America Today",
  // Shoes and sneakers
  "Deichmann", "Snipes", "Foot Locker", "JD Sports", "Nike", "adidas", "PUMA", "Humanic", "Görtz", "New Balance", "Asics", "Reebok", "Vans",
  "Converse", "Skechers", "Dr. Martens", "Birkenstock", "Ecco", "Clarks", "Geox", "Timberland", "Crocs", "Salamander", "Reno", "Schuh",
  "Office Shoes", "Footasylum", "Siemes Schuhcenter", "Schuhcenter", "Leiser", "Tamaris", "Schuhhaus Klauser", "Schuhhaus Werdich",
  "Vögele Shoes", "Dosenbach", "Ochsner Shoes", "vanHaren", "Scapino", "Manfield", "Bata", "Eram", "André", "Besson", "La Halle", "Minelli",
  "DSW", "Famous Footwear", "Payless",
];

export const CLOTHING_TOPIC: Topic = {
  key: "clothing",
  en: "Clothing & shoes",
  de: "Kleidung & Schuhe",
  categories: ["shopping"],
  // Kinds of shop in a name, in the languages the dictionary covers ("*" as in topics.ts); "mode" only as a
  // whole word ("C&A Mode", not "Kommode"), "*schuhe" anywhere ("Kinderschuhe", and gloves: "Handschuhe").
  words: [
    "mode", "moden", "*modehaus", "modemarkt*", "*bekleidung", "*schuhe", "schuhhaus*", "schuhcent*", "schuhmarkt*", "*fashion", "boutique*",
    "clothing", "clothes", "apparel", "footwear", "*shoes", "shoe store*", "jeans*", "dessous", "lingerie", "trachten*", "vetement*", "vêtement*",
    "chaussure*", "*kleding", "*schoenen", "ropa", "zapateria*", "abbigliamento", "calzature",
  ],
  merchants: CLOTHING_BRANDS,
  said: [
    "clothes", "clothing", "fashion", "apparel", "clothes shopping", "clothing stores", "clothes and shoes", "clothing and shoes",
    "shoes", "klamotten", "kleidung", "kleider", "bekleidung", "mode", "anziehsachen", "schuhe", "kleidung und schuhe", "klamotten und schuhe",
    "vêtements", "vetements", "fringues", "chaussures", "kleding", "kleren", "schoenen",
  ],
};
