package id.lentera.casework;

/** The kinds of problem and barrier an assessment finds (seed paper 000). */
public enum BarrierCategory { ADMINISTRATIVE, INFORMATION, STIGMA_TRUST, ECONOMIC, HOUSING, HEALTH, FAMILY_CONFLICT, EDUCATION, PROTECTION_VIOLENCE, ACCESS }
