/**
 * Case files and the six casework stages (engagement, assessment, planning, intervention,
 * evaluation, termination): what each stage records, the rules for moving on, approvals, history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package id.lentera.casework;
