package id.lentera.casework;

/** Genogram (family) or ecomap (community) relation. */
public enum RelationScope { FAMILY, COMMUNITY }
