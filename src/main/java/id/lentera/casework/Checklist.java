package id.lentera.casework;

import java.util.List;

/** What the current stage needs before the case may move on: each item done or missing. */
public record Checklist(Stage stage, List<Item> items) {

    /** @param key the message key that says what is needed, e.g. {@code checklist.planning.goal} */
    public record Item(String key, boolean done) {
    }

    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }

    public List<String> missing() {
        return items.stream().filter(item -> !item.done()).map(Item::key).toList();
    }
}
