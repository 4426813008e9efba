package id.lentera.client;

/** Whether a person holds a document. */
public enum DocumentStatus { HAVE, LOST, NEVER_HAD, UNKNOWN }
