// Built-in brands of gamers, tech enthusiasts and online creators in Germany, the UK, the US, France and the
// Netherlands: game publishers, key shops and top-up sites (entertainment, the game-store policy); computer, component
// and maker-electronics shops and PC builders (shopping); one-off software licences (shopping); hosting, domains,
// cloud and creator tools billed as a plan (subscriptions); esports arenas and fan conventions (entertainment); comic
// shops (shopping, like books); gadget insurers (insurance); creator platforms whose payouts come in (their payout
// words make the money in pay: trader-trades.ts CREATOR_PAY).
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_GAMERS: readonly MerchantRow[] = [
  // Game publishers, platforms, key shops, gift-card and top-up sites.
  ["Allyouplay", "entertainment", "allyouplay", "allyouplay com"],
  ["Gameforge", "entertainment", "gameforge", "gameforge 4d"],
  ["InnoGames", "entertainment", "innogames", "innogames com"],
  // "Wargaming" alone is the tabletop hobby's word (leisure-trades.ts); the publisher by its domain and company.
  ["Wargaming", "entertainment", "wargaming net", "wargaming group"],
  ["Gaijin", "entertainment", "gaijin network", "gaijin net"],
  ["Rewarble", "entertainment", "rewarble", "rewarble com"],
  ["Codashop", "entertainment", "codashop", "coda codashop"],
  ["Gamivo", "entertainment", "gamivo", "gamivo com"],
  ["Driffle", "entertainment", "driffle", "driffle com"],
  ["Nuuvem", "entertainment", "nuuvem", "nuuvem com"],
  ["Startselect", "entertainment", "startselect", "startselect com"],
  ["GameResource", "entertainment", "gameresource", "gameresource nl"],
  // EVE Online's maker prints its Icelandic company (CCP hf) or the game's domain, whose PLEX is in-game currency, not Plex.
  ["CCP Games", "entertainment", "ccp hf", "ccp games", "eveonline com", "eve online"],
  ["Digital Extremes", "entertainment", "digital extremes", "warframe com"],
  ["Card Kingdom", "entertainment", "card kingdom", "cardkingdom", "cardkingdom com"],
  // Esports arenas and fan conventions.
  ["DreamHack", "entertainment", "dreamhack"],
  // Cologne's trade-fair company sells gamescom's tickets under its own name first.
  ["Gamescom", "entertainment", "gamescom", "koelnmesse gamescom"],
  ["Dokomi", "entertainment", "dokomi"],
  ["Connichi", "entertainment", "connichi", "animexx connichi"],
  ["Gfinity", "entertainment", "gfinity"],
  ["London Film and Comic Con", "entertainment", "showmasters lfcc", "lfcc", "london film and comic con"],
  ["Hyper Japan", "entertainment", "hyper japan", "hyperjapan", "hyperjapan co uk"],
  ["Sakura-Con", "entertainment", "sakura con"],
  ["Abunai", "entertainment", "abunai"],
  ["Dutch Comic Con", "entertainment", "dutch comic con", "heroes dutch comic con"],
  // Comic shops (shopping, like books).
  ["Comic Combo", "shopping", "comic combo", "comiccombo", "comiccombo de"],
  // Computer, component and maker-electronics shops and PC builders.
  ["Arlt", "shopping", "arlt computer", "arlt com"],
  ["Snogard", "shopping", "snogard", "snogard computer"],
  ["Dubaro", "shopping", "dubaro", "dubaro de"],
  ["Memory PC", "shopping", "memory pc", "memorypc", "memorypc de"],
  ["Elgato", "shopping", "elgato", "elgato gaming", "elgato com"],
  ["Paradigit", "shopping", "paradigit", "paradigit computers"],
  ["The Pi Hut", "shopping", "the pi hut", "thepihut", "thepihut com"],
  ["SparkFun", "shopping", "sparkfun", "sparkfun electronics"],
  ["DigiKey", "shopping", "digikey", "digi key", "digi key electronics"],
  // One-off software licences and the shops that sell them.
  ["Ashampoo", "shopping", "ashampoo"],
  ["Sublime HQ", "shopping", "sublime hq", "sublimehq", "sublimehq com"],
  // REAPER's maker is Cockos.
  ["Reaper", "shopping", "cockos", "reaper fm"],
  ["Sellfy", "shopping", "sellfy"],
  // Hosting, domains, cloud and creator tools billed as a plan.
  ["Uberspace", "subscriptions", "uberspace"],
  ["Magix", "subscriptions", "magix", "magix software"],
  ["Namesco", "subscriptions", "namesco", "names co uk"],
  ["Hostpresto", "subscriptions", "hostpresto"],
  ["Memset", "subscriptions", "memset"],
  ["Heart Internet", "subscriptions", "heart internet", "heartinternet"],
  // "Antagonist" alone is a word; the Dutch host by its company and domain.
  ["Antagonist", "subscriptions", "antagonist b v", "antagonist bv", "antagonist nl"],
  ["Fly.io", "subscriptions", "fly io"],
  ["Vimeo", "subscriptions", "vimeo"],
  ["Streamlabs", "subscriptions", "streamlabs"],
  ["Audiomack", "subscriptions", "audiomack"],
  // Gadget, phone and laptop insurers.
  ["Worth Ave. Group", "insurance", "worth ave group"],
  // Creator platforms: what they pay out is pay (trader-trades.ts); the brand keeps their name on it.
  ["elopage", "subscriptions", "elopage"],
  ["Shirtee", "shopping", "shirtee"],
  ["Threadless", "shopping", "threadless"],
  ["Fourthwall", "subscriptions", "fourthwall"],
  // Cameo's company is Baron App; "cameo" alone is a word and a cinema's name.
  ["Cameo", "entertainment", "baron app", "cameo talent"],
  // Seattle's fried-chicken chain, its terminal's name cut to the founder's ("TST*EZELL'S - REDMOND").
  ["Ezell's Famous Chicken", "restaurants", "ezells famous chicken", "ezells", "ezell s"],
];
