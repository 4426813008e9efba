package id.lentera.visit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of home visits ({@code lentera.visits.*}).
 *
 * @param maxPhotoSize largest photo accepted, before re-encoding
 * @param maxPhotos photos per visit
 * @param photoEdge longest side of the stored photo, in pixels
 * @param thumbnailEdge longest side of its thumbnail
 * @param maxPixels larger images are refused before decoding (a small file can decode to gigabytes)
 * @param agendaDays how many days ahead the agenda shows
 * @param agendaLimit most visits the agenda lists at once
 */
@ConfigurationProperties("lentera.visits")
public record VisitProperties(@DefaultValue("10MB") DataSize maxPhotoSize, @DefaultValue("5") int maxPhotos,
        @DefaultValue("1600") int photoEdge, @DefaultValue("320") int thumbnailEdge,
        @DefaultValue("48000000") long maxPixels, @DefaultValue("7") int agendaDays,
        @DefaultValue("200") int agendaLimit) {
}
