package id.lentera.client;

/** The national welfare registry: DTKS, being replaced by DTSEN (Inpres 4/2025). */
public enum Registry { DTKS, DTSEN }
