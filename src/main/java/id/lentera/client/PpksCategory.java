package id.lentera.client;

import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One of the 26 PPKS categories (Permensos 08/2012); a reference table the admin may edit. */
@Entity
@Table(name = "ppks_category")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PpksCategory extends AbstractEntity {

    private String code;
    private String name;
    private String nameEn;
    private String cluster;
    private int sortOrder;
    private boolean active;

    void rename(String name, String nameEn) {
        this.name = name.strip();
        this.nameEn = nameEn.strip();
    }

    void activate(boolean active) {
        this.active = active;
    }
}
