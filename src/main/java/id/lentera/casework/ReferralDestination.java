package id.lentera.casework;

/** Where a referral (rujukan) goes: Dukcapil, puskesmas or hospital, school, UPT/panti/balai, LKS, police, another Dinas. */
public enum ReferralDestination { DUKCAPIL, HEALTH_SERVICE, SCHOOL, UPT_PANTI_BALAI, LKS, POLICE, OTHER_DINAS, OTHER }
