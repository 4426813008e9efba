package id.lentera.client;

/** Where a registry status was checked. */
public enum RegistrySource { SIKS_NG, CEK_BANSOS, KELURAHAN_LETTER, DINSOS_OPERATOR, OTHER }
