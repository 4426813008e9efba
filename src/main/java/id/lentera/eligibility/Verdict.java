package id.lentera.eligibility;

/**
 * The household's answer. ONCE_REGISTERED is the case of seed paper 000: components met, the
 * registry missing. CANNOT_TELL lists the facts that are missing.
 */
public enum Verdict { ELIGIBLE, ONCE_REGISTERED, NOT_ELIGIBLE, CANNOT_TELL }
