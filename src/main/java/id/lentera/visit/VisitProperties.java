package id.lentera.visit;

import java.time.Duration;

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
 * @param maxPixels larger images are refused from their header, before decoding: a few kilobytes can
 *        claim a picture that takes seconds of CPU to decode. 25 MP takes the photos phones make
 *        by default (12 MP on most, 24 MP on recent iPhones); full-resolution modes of 48–200 MP
 *        sensors are refused, and their files are mostly over {@code maxPhotoSize} anyway
 * @param photoDecodes photos decoded at the same time by this instance; the others wait
 * @param photoDecodeWait how long a photo waits for its turn before the user is asked to try again
 * @param photoUploads photo uploads one account may make per {@code photoUploadWindow}, counted in
 *        the database so that every instance shares the count
 * @param photoUploadWindow the window of {@code photoUploads}
 * @param agendaDays how many days ahead the agenda shows
 * @param agendaLimit most visits the agenda lists at once
 */
@ConfigurationProperties("lentera.visits")
public record VisitProperties(@DefaultValue("10MB") DataSize maxPhotoSize, @DefaultValue("5") int maxPhotos,
        @DefaultValue("1600") int photoEdge, @DefaultValue("320") int thumbnailEdge,
        @DefaultValue("25000000") long maxPixels, @DefaultValue("2") int photoDecodes,
        @DefaultValue("3s") Duration photoDecodeWait, @DefaultValue("30") int photoUploads,
        @DefaultValue("10m") Duration photoUploadWindow, @DefaultValue("7") int agendaDays,
        @DefaultValue("200") int agendaLimit) {
}
