/**
 * Supervision: the team caseload review, the dashboard, the monthly office report and the exports
 * (XLSX and PDF), built on the read APIs of casework, client and account; the office letterhead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package id.lentera.supervision;
