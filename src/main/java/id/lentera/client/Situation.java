package id.lentera.client;

/** Where a client lives now. */
public enum Situation { HOME, SHELTER, STREET, NO_FIXED_ADDRESS }
