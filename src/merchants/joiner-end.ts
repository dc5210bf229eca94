// A name cut after one of these words stops mid-name ("tierarztpraxis an der" of "… an der nette"): its next word belongs to it.
// So does one cut after a doctor's title ("grosstierpraxis dr" of "… dr meindl"). Read by cut-names.ts (such a cut is
// linked to its whole name) and name-variants.ts (such a key is no whole name a longer one could be a branch of).
export const JOINER_END = / (?:am|an|an der|der|die|das|dem|den|zum|zur|im|de|du|des|la|le|les|aux|van|van de|van der|het|of|the|di|del|da|dr|prof)$/;
