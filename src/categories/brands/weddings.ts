// Built-in brands of what couples pay for a wedding and the first shared home, in Germany, the UK, the US, France and
// the Netherlands: wedding rings and engagement jewellers, suit makers and suit hire, bridal gowns, invitation printers,
// wedding insurers, name-change kit services, honeymoon airlines and resorts, the furnishing of the first home, and the
// fitness and couple apps bought on the way.
// Jewellers, suits, gowns, invitations and furnishing are shopping; honeymoon flights and resorts travel; wedding cover
// insurance; a couple's or a workout app's plan subscriptions; a name-change kit service other (a paperwork service,
// like a notary's); a ballroom-dance chain's studios education, as leisure-trades.ts decides for dance studios.
// Names that are ordinary words, a person's or a place's (Jared, Toggle, Paired, Constance, Secrets, Fred Astaire) are
// listed only with the words printed beside them, so a payee named just the word keeps its own label.
// Row format and phrase rules: see ../merchant-data.ts ("^" = only as the first word).
import type { MerchantRow } from "../merchant-data.ts";

export const BRANDS_WEDDINGS: readonly MerchantRow[] = [
  // Wedding rings and engagement jewellers.
  ["Rauschmayer", "shopping", "rauschmayer"],
  ["Jared", "shopping", "jared the galleria", "jared galleria", "jared jewelers", "jared com"],
  ["Taylor & Hart", "shopping", "taylor hart", "taylorandhart", "taylor and hart"],
  ["Adamence", "shopping", "adamence"],
  ["Steltman", "shopping", "steltman juweliers", "steltman juwelier"],
  // Suit makers, suit hire and bridal gowns.
  ["Wilvorst", "shopping", "wilvorst"],
  ["The Black Tux", "shopping", "the black tux", "theblacktux com"],
  ["Generation Tux", "shopping", "generation tux", "generationtux com"],
  ["Rosa Clará", "shopping", "rosa clara", "rosaclara nl", "rosaclara com"],
  // Invitation and stationery printers.
  ["Kartenmacherei", "shopping", "kartenmacherei", "kartenmache"],
  // The first shared home.
  ["Riviera Maison", "shopping", "riviera maison"],
  ["Willow & Hall", "shopping", "willow hall", "willowandhall", "willow and hall"],
  // Wedding cover and a couple's renters' policy.
  ["WedSure", "insurance", "wedsure"],
  ["WedSafe", "insurance", "wedsafe"],
  ["Toggle", "insurance", "toggle insurance", "toggle renters", "toggle ins"],
  // Name change after the wedding.
  ["HitchSwitch", "other", "hitchswitch"],
  // Honeymoon airlines and resorts.
  ["Air Seychelles", "travel", "air seychelles", "airseychelles", "airseychelles com"],
  ["Constance Hotels", "travel", "constance hotels", "constance lemuria", "constance ephelia", "constance belle mare", "constance prince maurice", "constance moofushi", "constance halaveli"],
  ["Secrets Resorts", "travel", "secrets resorts", "secrets maroma", "secrets akumal", "secrets cap cana", "secrets playa mujeres", "secrets the vine"],
  ["Casa Monica Resort", "travel", "casa monica"],
  // Ballroom-dance studios.
  ["Fred Astaire Dance Studios", "education", "fred astaire dance", "fred astaire studio"],
  // Couple and workout apps.
  ["Paired", "subscriptions", "paired premium", "paired app", "paired com"],
  ["Fitbod", "subscriptions", "fitbod"],
  ["Sworkit", "subscriptions", "sworkit"],
];
