// Real brands of gamers, tech enthusiasts and online creators (pool 78): game publishers, key shops and top-up sites,
// esports events and fan conventions (entertainment); computer, component and maker-electronics shops, one-off
// software licences and comic shops (shopping); hosting, domains and creator tools (subscriptions). Guards: the
// ordinary words and other brands beside them keep what they were.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("game publishers, key shops and top-ups are entertainment, the game-store policy", () => {
  itNames([
    [null, "ALLYOUPLAY GMBH KEYSHOP//MUENCHEN/DE 2026-02-01T10:00:00", "-18.00", "Allyouplay", "entertainment"],
    [null, "PAYPAL *GAMEFORGE 4029357733, FRANKFURT DE Karte Nr. 4871 78XX XXXX 6262 Kartenzahlung comdirect Visa-Debitkarte 2025-07-24 00:00:00", "-55.00", "Gameforge", "entertainment"],
    [null, "INNOGAMES GMBH HAMBURG//HAMBURG/DE 2026-02-01T10:00:00", "-11.85", "InnoGames", "entertainment"],
    [null, "GAIJIN NETWORK LTD BUDAPE//BERLIN/DE 2025-10-14T15:48 Debitk.2 2027-12", "-32.00", "Gaijin", "entertainment"],
    [null, "CODASHOP DE TOP-UP 88142//KOELN/DE 2025-10-27T20:57 Debitk.2 2027-12", "-55.00", "Codashop", "entertainment"],
    [null, "DRIFFLE.COM GIFTCARD   BRISTOL       GBR", "-54.94", "Driffle", "entertainment"],
    // EVE Online's PLEX is in-game currency, not the Plex media server.
    [null, "EVEONLINE.COM PLEX     LONDON        GBR", "-42.20", "CCP Games", "entertainment"],
    [null, "PURCHASE AUTHORIZED ON 03/15 CARDKINGDOM.COM 206-523 SEATTLE WA S744 CARD 6086", "-42.30", "Card Kingdom", "entertainment"],
    [null, "BEA   NR:XXX129   04.03.26/14.08 Startselect B.V. Rotterdam Rotterdam,PAS372", "-33.72", "Startselect", "entertainment"],
  ]);
});

describe("esports events and fan conventions are entertainment", () => {
  itNames([
    [null, "KOELNMESSE GAMESCOM TICKE//BERLIN/DE 2025-08-19T10:21 Debitk.2 2027-12", "-16.55", "Gamescom", "entertainment"],
    [null, "Kartenzahlung DREAMHACK HANNOVER TICKET. 54887052//Hamburg 2025-01-12T12:47:53 KFN 1 VJ 2812", "-52.99", "DreamHack", "entertainment"],
    [null, "ANIMEXX CONNICHI KASSEL", "-38.00", "Connichi", "entertainment"],
    [null, "SHOWMASTERS LFCC OLYMPIALONDON        GBR", "-47.00", "London Film and Comic Con", "entertainment"],
    [null, "CHECKCARD 0507 SAKURA-CON REGISTRATION SEATTLE WA 30539395004144447758137", "-12.03", "Sakura-Con", "entertainment"],
    [null, "BEA   NR:XXX428   13.01.26/18.24 Heroes Dutch Comic Con Utrecht,PAS206", "-26.11", "Dutch Comic Con", "entertainment"],
  ]);
});

describe("computer shops, software licences and comic shops are bought; hosting and creator tools subscriptions", () => {
  itNames([
    [null, "MEMORY PC GMBH RIEDHAUSEN//LEIPZIG/DE 2025-07-17T14:04 Debitk.2 2027-12", "-38.55", "Memory PC", "shopping"],
    [null, "DUBARO GMBH WALDKRAIBURG//HAMBURG/DE 2025-03-11T16:55:58", "-237.87", "Dubaro", "shopping"],
    [null, "ELGATO GAMING MUENCHEN", "-227.01", "Elgato", "shopping"],
    [null, "THE PI HUT HAVERHILL   MANCHESTER    GBR", "-89.71", "The Pi Hut", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 08/26 SPARKFUN ELECTRONICS NIWO BOULDER CO S207 CARD 6976", "-177.45", "SparkFun", "shopping"],
    [null, "ASHAMPOO GMBH & CO KG RAS", "-183.60", "Ashampoo", "shopping"],
    [null, "COCKOS INCORPORATED REAPE 5192   ON 02 MAY          BCC", "-39.66", "Reaper", "shopping"],
    // Native Instruments sells Komplete and Maschine outright, as Ableton sells Live.
    [null, "NATIVE INSTRUMENTS GMBH", "-250.22", "Native Instruments", "shopping"],
    [null, "COMIC COMBO LEIPZIG", "-228.22", "Comic Combo", "shopping"],
    [null, "VISA UBERSPACE.DE ASTEROID 78 7408", "-12.44", "Uberspace", "subscriptions"],
    [null, "NAMESCO LTD WORCESTER ON 25 MAY          CPM", "-7.37", "Namesco", "subscriptions"],
    [null, "ANTAGONIST B.V. Utrecht, NL", "-5.48", "Antagonist", "subscriptions"],
    [null, "FLY.IO CHICAGO IL   SAN JOSE       CA", "-6.89", "Fly.io", "subscriptions"],
    [null, "STREAMLABS ULTRA    SEATTLE        WA", "-15.78", "Streamlabs", "subscriptions"],
    [null, "TST*EZELL'S - REDMONDAUSTIN         NY", "-28.03", "Ezell's Famous Chicken", "restaurants"],
  ]);
});

describe("the words and brands beside them keep their meaning", () => {
  itKeeps([
    [null, "PLEX PASS ANNUAL", "CCP Games"],
    [null, "KOELNMESSE GMBH PARKHAUS", "Gamescom"],
    [null, "CAMEO CINEMA EDINBURGH", "Cameo"],
    [null, "THE ANTAGONIST BAR", "Antagonist"],
    [null, "WARGAMING CLUB SUBS", "Wargaming"],
  ]);
});
