package id.lentera.casework;

/** What a supervisor approves. */
public enum ApprovalKind { PLAN, TERMINATION }
