package id.lentera.client;

/** Documents a person may hold: KTP-el, Kartu Keluarga, akta kelahiran, KIS/BPJS card, KKS card, KIP card. */
public enum DocumentType { KTP_EL, KK, AKTA, KIS_BPJS, KKS, KIP }
