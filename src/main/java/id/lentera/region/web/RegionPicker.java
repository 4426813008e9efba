package id.lentera.region.web;

import java.util.List;

import id.lentera.region.Region;
import id.lentera.region.RegionCode;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionLevel;
import id.lentera.region.RegionMatch;
import id.lentera.region.RegionProperties;
import org.springframework.stereotype.Component;

/**
 * What the region picker fragment asks while it is rendered inside another module's form
 * ({@code ${@regionPicker.describe(code)}}), so that their controllers need not add anything to
 * the model.
 */
@Component("regionPicker")
public class RegionPicker {

    private final RegionDirectory directory;
    private final RegionProperties properties;

    RegionPicker(RegionDirectory directory, RegionProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    /** "Tanah Merah — Binjai Selatan, Kota Binjai" for a known code (one query), else null. */
    public String describe(String code) {
        List<Region> path = directory.path(code);
        if (path.isEmpty() || !path.get(path.size() - 1).code().equals(code)) {
            return null;
        }
        int last = path.size() - 1;
        String within = last == 0 ? "" : last == 1 ? path.get(0).name()
                : path.get(last - 1).name() + ", " + path.get(last - 2).name();
        return new RegionMatch(code, path.get(last).name(), path.get(last).level(), within).label();
    }

    public String officeCity() {
        return properties.officeCity();
    }

    /**
     * Where the picker's list opens when nothing is typed: beside the current value (among its
     * siblings), else in the office's city.
     */
    public String browseFrom(String code) {
        return RegionCode.isValid(code) && code.length() > 2 ? new RegionCode(code).parent().value()
                : properties.officeCity();
    }

    /** The level the picker is for, from the fragment's parameter; null means any level. */
    public static RegionLevel level(String level) {
        if (level == null || level.isBlank() || "ANY".equalsIgnoreCase(level)) {
            return null;
        }
        return RegionLevel.valueOf(level.toUpperCase());
    }
}
