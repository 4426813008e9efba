package id.lentera.client;

/** Why a client has no NIK on record. */
public enum NikMissingReason { LOST, NEVER_HAD, UNKNOWN }
