package id.lentera.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the region module.
 *
 * @param officeCity the kabupaten/kota of the office: the region picker looks there first
 */
@ConfigurationProperties("lentera.region")
public record RegionProperties(@DefaultValue("12.75") String officeCity) {

    public RegionProperties {
        if (!RegionCode.isValid(officeCity)) {
            throw new IllegalArgumentException("lentera.region.office-city must be a Kemendagri code such as 12.75");
        }
    }
}
