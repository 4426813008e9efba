package id.lentera.casework;

/** How a relation works for the client. */
public enum RelationQuality { STRONG, WEAK, STRESSFUL, BROKEN }
