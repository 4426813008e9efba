package id.lentera.visit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Indonesia's bounds: latitude −11.5…6.5, longitude 94.5…141.5, edges included. */
class GeoPositionTest {

    @ParameterizedTest(name = "{0}, {1} inside: {2}")
    @CsvSource({
            "3.6001, 98.4854, true",     // Binjai
            "-6.2, 106.8, true",         // Jakarta
            "6.5, 94.5, true",           // the north-west corner itself
            "-11.5, 141.5, true",        // the south-east corner itself
            "6.51, 98.0, false",
            "-11.51, 120.0, false",
            "0.0, 94.49, false",
            "0.0, 141.51, false",
            "48.85, 2.35, false",        // Paris
            "0.0, 0.0, false",           // what a broken phone reports
            "NaN, 100.0, false"})
    void knowsWhetherAPositionIsInIndonesia(double latitude, double longitude, boolean inside) {
        assertThat(new GeoPosition(latitude, longitude, null, null).withinIndonesia()).isEqualTo(inside);
    }

    @ParameterizedTest
    @CsvSource({"3.6001, 98.4854, 'geo:3.600100,98.485400'"})
    void linksToMapAppsWithoutLoadingTiles(double latitude, double longitude, String geo) {
        GeoPosition position = new GeoPosition(latitude, longitude, 5.0, null);
        assertThat(position.geoUri()).isEqualTo(geo);
        assertThat(position.mapsUrl()).isEqualTo("https://www.google.com/maps/search/?api=1&query=3.600100,98.485400");
    }
}
