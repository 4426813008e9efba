package id.lentera.casework;

/** Where an approval request stands. */
public enum ApprovalState { PENDING, APPROVED, RETURNED }
