package id.lentera.client;

/** The KK number (optional) and the address of a household. */
public record HouseholdAddress(String kkNumber, String street, String rt, String rw, String kelurahanCode) {
}
