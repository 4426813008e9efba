package id.lentera.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The office's letterhead and signatory: one row, seeded for Dinas Sosial Kota Binjai. */
@Entity
@Table(name = "office_settings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class OfficeSettings extends AbstractEntity {

    static final long ID = 1L;

    private String officeName;
    private String address;
    private String letterheadLine1;
    private String letterheadLine2;
    private String letterheadLine3;
    private String city;
    private String headName;
    private String headNip;
    private String headTitle;
    private String letterNumberPrefix;

    /** Applies the admin's edit; answers the names of the fields that changed (for the audit log). */
    List<String> change(OfficeDetails details) {
        List<String> changed = new ArrayList<>();
        officeName = set(changed, "officeName", officeName, details.officeName());
        address = set(changed, "address", address, details.address());
        letterheadLine1 = set(changed, "letterheadLine1", letterheadLine1, details.letterheadLine1());
        letterheadLine2 = set(changed, "letterheadLine2", letterheadLine2, details.letterheadLine2());
        letterheadLine3 = set(changed, "letterheadLine3", letterheadLine3, details.letterheadLine3());
        city = set(changed, "city", city, details.city());
        headName = set(changed, "headName", headName, details.headName());
        headNip = set(changed, "headNip", headNip, details.headNip());
        headTitle = set(changed, "headTitle", headTitle, details.headTitle());
        letterNumberPrefix = set(changed, "letterNumberPrefix", letterNumberPrefix, details.letterNumberPrefix());
        return changed;
    }

    OfficeDetails details() {
        return new OfficeDetails(officeName, address, letterheadLine1, letterheadLine2, letterheadLine3, city, headName,
                headNip, headTitle, letterNumberPrefix);
    }

    private static String set(List<String> changed, String field, String before, String after) {
        String value = after == null || after.isBlank() ? null : after.strip();
        if (!Objects.equals(before, value)) {
            changed.add(field);
        }
        return value;
    }
}
