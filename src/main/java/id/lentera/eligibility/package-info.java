/**
 * PKH eligibility that explains itself: the benefit table by year, the rules per household, member
 * and criterion with the deciding fact and the next step, snapshots whenever the result changes,
 * PKH participation, and the map of households eligible once registered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility")
package id.lentera.eligibility;
