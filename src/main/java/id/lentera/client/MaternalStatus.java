package id.lentera.client;

/** Pregnant (ibu hamil) or in the weeks after giving birth (nifas); both count for PKH. */
public enum MaternalStatus { NONE, PREGNANT, POSTPARTUM }
