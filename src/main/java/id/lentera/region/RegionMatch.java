package id.lentera.region;

/**
 * A region found by name, with where it lies so that two villages of the same name can be told
 * apart: "Tanah Merah — Binjai Selatan, Kota Binjai".
 *
 * @param within the names of its kecamatan and kabupaten/kota (or of whatever lies above it), blank for a province
 */
public record RegionMatch(String code, String name, RegionLevel level, String within) {

    public String label() {
        return within == null || within.isBlank() ? name : name + " — " + within;
    }
}
