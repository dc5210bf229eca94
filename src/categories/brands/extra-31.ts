// More built-in brands, the thirty-first list: what young parents with babies and toddlers in Germany, the UK, the US,
// France and the Netherlands pay — prams, car seats and carriers, children's clothes and shoes, toys, children's
// resale chains and apps, nappies by subscription, baby monitors' and sleep apps' plans, children's learning apps and
// classes, and a child's investment account. (Many were listed already: BabyOne, babymarkt.de, JoJo Maman Bébé,
// Vertbaudet, Carter's, The Children's Place, tonies, LEGO, Water Babies …)
// Prams, clothes, shoes and toys are shopping; nappies drugstore; a monitor's or an app's plan subscriptions; a
// learning app and baby classes education, a toddlers' football class entertainment (sports clubs are); a child's
// investment account savings.
// Names that are ordinary words or a town (Name It, OshKosh, Graco, Chicco, Owlet, Huckleberry) are listed only with the
// words printed beside them, so a payee named just the word keeps its own label.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_EXTRA_31: readonly MerchantRow[] = [
  // Prams, buggies, car seats and carriers.
  ["Cybex", "shopping", "cybex", "cybex online"],
  ["Joolz", "shopping", "joolz"],
  ["Mutsy", "shopping", "mutsy"],
  ["Easywalker", "shopping", "easywalker"],
  ["Bugaboo", "shopping", "bugaboo"],
  ["Stokke", "shopping", "stokke"],
  ["Britax Römer", "shopping", "britax", "britax romer"],
  ["Maxi-Cosi", "shopping", "maxi cosi", "maxicosi"],
  ["BabyBjörn", "shopping", "babybjorn"],
  ["Ergobaby", "shopping", "ergobaby"],
  ["UPPAbaby", "shopping", "uppababy"],
  ["Tommee Tippee", "shopping", "tommee tippee"],
  // Children's and maternity clothes and shoes.
  ["Sterntaler", "shopping", "sterntaler gmbh", "sterntaler outlet", "sterntaler werksverkauf", "sterntaler com", "sterntaler de"],
  ["Noppies", "shopping", "noppies"],
  ["Vingino", "shopping", "vingino"],
  ["Name It", "shopping", "nameit", "name it online", "nameit com"],
  ["Frugi", "shopping", "frugi"],
  ["Polarn O. Pyret", "shopping", "polarn o pyret", "polarnopyret", "polarn pyret"],
  ["Stride Rite", "shopping", "stride rite", "striderite"],
  ["Janie and Jack", "shopping", "janie and jack", "janieandjack"],
  ["OshKosh B'gosh", "shopping", "oshkosh com", "oshkoshbgosh"],
  ["Hanna Andersson", "shopping", "hanna andersson", "hannaandersson"],
  ["Bonpoint", "shopping", "bonpoint"],
  ["Mini Rodini", "shopping", "mini rodini"],
  ["Smallable", "shopping", "smallable"],
  ["Liewood", "shopping", "liewood"],
  // Toys.
  ["Playmobil", "shopping", "playmobil"],
  ["Jellycat", "shopping", "jellycat"],
  ["Fisher-Price", "shopping", "fisher price", "fisherprice"],
  ["VTech", "shopping", "vtech"],
  ["Melissa & Doug", "shopping", "melissa and doug", "melissa doug", "melissaanddoug"],
  // Baby shops online and children's resale.
  ["Kidsroom.de", "shopping", "kidsroom", "kidsroom de"],
  ["babyartikel.de", "shopping", "babyartikel de", "babyartikel com"],
  ["Kinderkraam", "shopping", "kinderkraam"],
  ["Baby-Dump", "shopping", "baby dump", "babydump"],
  ["Babylist", "shopping", "babylist"],
  ["Kidizen", "shopping", "kidizen"],
  ["Kid to Kid", "shopping", "kid to kid"],
  ["NCT Nearly New Sale", "shopping", "nct nns", "nct nearly new", "nct nearly new sale"],
  // Nappies and baby care by subscription.
  ["Hello Bello", "drugstore", "hello bello", "hellobello"],
  ["Lillydoo", "drugstore", "lillydoo"],
  ["windeln.de", "drugstore", "windeln de"],
  // Baby monitors' and sleep apps' plans, activity boxes, children's streaming.
  ["Nanit", "subscriptions", "nanit"],
  ["Owlet", "shopping", "owlet care", "owletcare", "owlet baby"],
  ["Huckleberry", "subscriptions", "huckleberry care", "huckleberry app"],
  ["Cubo Ai", "subscriptions", "cuboai", "cubo ai"],
  ["KiwiCo", "subscriptions", "kiwico"],
  ["Toggolino", "subscriptions", "toggolino"],
  // Learning apps and classes for babies and toddlers.
  ["Lingokids", "education", "lingokids"],
  ["Baby Sensory", "education", "baby sensory"],
  ["Monkey Music", "education", "monkey music"],
  ["Little Kickers", "entertainment", "little kickers"],
  // A child's investment account (Dutch).
  ["Semmie", "savings", "semmie"],
  // A Midwest sandwich chain parents stop at.
  ["Maid-Rite", "restaurants", "maid rite", "maidrite"],
];
