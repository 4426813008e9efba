package id.lentera.visit;

import java.time.Instant;

/**
 * Where the phone was when the visit was recorded, as the browser's Geolocation API gave it.
 *
 * @param accuracy in metres, as the browser reports it; may be null
 * @param at when the position was taken; may be null
 */
public record GeoPosition(double latitude, double longitude, Double accuracy, Instant at) {

    // Indonesia's extent with a margin (Sabang to Merauke, Miangas to Rote)
    static final double MIN_LATITUDE = -11.5;
    static final double MAX_LATITUDE = 6.5;
    static final double MIN_LONGITUDE = 94.5;
    static final double MAX_LONGITUDE = 141.5;

    public static boolean withinIndonesia(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE
                && longitude <= MAX_LONGITUDE;
    }

    public boolean withinIndonesia() {
        return withinIndonesia(latitude, longitude) && !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    /** "3.600100,98.485400", for map links. */
    public String query() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }

    /** Opens the phone's map app. */
    public String geoUri() {
        return "geo:" + query();
    }

    public String mapsUrl() {
        return "https://www.google.com/maps/search/?api=1&query=" + query();
    }
}
