package id.lentera.casework;

/** Whether a case is still being worked. */
public enum CaseStatus { OPEN, CLOSED }
