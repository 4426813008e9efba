package id.lentera.visit;

/** Where the visit took place. */
public enum VisitPlace {
    HOME, SHELTER, OTHER
}
