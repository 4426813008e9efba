/**
 * Home visits from a phone: planning them from a case, the worker's agenda, recording what was
 * found (position, photos, the housing survey) without losing anything on a weak connection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visits")
package id.lentera.visit;
