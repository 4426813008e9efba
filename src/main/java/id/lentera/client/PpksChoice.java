package id.lentera.client;

import java.util.List;

/** A PPKS category as forms and filters offer it. */
public record PpksChoice(long id, String name, String nameEn) {

    /** The active categories in their official order: one query. */
    static List<PpksChoice> activeOf(PpksCategories categories) {
        return categories.findAllByOrderBySortOrder().stream().filter(PpksCategory::isActive)
                .map(c -> new PpksChoice(c.getId(), c.getName(), c.getNameEn())).toList();
    }
}
