package id.lentera.supervision;

import java.util.stream.Stream;

/** The letterhead and signatory as reports and letters print them; head name and NIP may be unknown. */
public record OfficeDetails(String officeName, String address, String letterheadLine1, String letterheadLine2,
        String letterheadLine3, String city, String headName, String headNip, String headTitle,
        String letterNumberPrefix) {

    /** The letterhead's lines below the office's emblem, blank ones left out. */
    public java.util.List<String> letterhead() {
        return Stream.of(letterheadLine1, letterheadLine2, letterheadLine3).filter(l -> l != null && !l.isBlank())
                .toList();
    }
}
