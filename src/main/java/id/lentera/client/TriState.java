package id.lentera.client;

/** A fact that may not be known yet. */
public enum TriState { YES, NO, UNKNOWN }
