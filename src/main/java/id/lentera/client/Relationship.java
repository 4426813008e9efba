package id.lentera.client;

/** Relationship of a household member to its head. */
public enum Relationship { HEAD, SPOUSE, CHILD, PARENT, IN_LAW, GRANDCHILD, OTHER }
