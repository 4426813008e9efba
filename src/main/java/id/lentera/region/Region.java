package id.lentera.region;

/** One region as the other modules see it. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
