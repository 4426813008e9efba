package id.lentera.eligibility;

/** The PKH components (DOMAIN §4), in the order the table shows them. */
public enum PkhComponent { PREGNANT, EARLY_CHILD, SD, SMP, SMA, DISABILITY, ELDERLY }
