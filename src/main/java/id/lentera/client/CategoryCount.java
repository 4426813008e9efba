package id.lentera.client;

/** How many clients hold one PPKS category. */
public record CategoryCount(String code, String name, String nameEn, long clients) {
}
