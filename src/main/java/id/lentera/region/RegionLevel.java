package id.lentera.region;

/** The four levels of Kemendagri codes; the level follows from the length of the dotted code. */
public enum RegionLevel {

    /** Provinsi, {@code 12}. */
    PROVINCE(2),
    /** Kabupaten or kota, {@code 12.75}. */
    REGENCY(5),
    /** Kecamatan, {@code 12.75.05}. */
    DISTRICT(8),
    /** Desa or kelurahan, {@code 12.75.05.1001}. */
    VILLAGE(13);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level below this one, or null for a village. */
    public RegionLevel below() {
        return this == VILLAGE ? null : values()[ordinal() + 1];
    }
}
