package id.lentera.eligibility;

/** How one criterion came out. */
public enum Outcome { MET, NOT_MET, UNKNOWN }
