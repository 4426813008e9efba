package id.lentera.casework;

/** How the client came to the office. */
public enum ReferralSource { SHELTER, STREET_OUTREACH, KELURAHAN, WALK_IN, PKH_FACILITATOR, OTHER_AGENCY }
