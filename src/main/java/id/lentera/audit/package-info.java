/**
 * The audit log: who did what and when, and who viewed whose data. It listens to the other
 * modules' events and never changes what they own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.lentera.audit;
