package id.lentera.client;

/**
 * What happens to the household of someone being registered: heads a new one, joins the one a KK
 * number found, or has none (homeless, on the street).
 *
 * @param address for {@link Choice#NEW}: the new household's KK (optional) and address
 * @param joinKkNumber for {@link Choice#JOIN}: the KK of the household to join
 * @param relationship for {@link Choice#JOIN}: the relationship to that household's head
 */
public record HouseholdPlan(Choice choice, HouseholdAddress address, String joinKkNumber, Relationship relationship) {

    public enum Choice { NEW, JOIN, NONE }

    public static HouseholdPlan none() {
        return new HouseholdPlan(Choice.NONE, null, null, null);
    }

    public static HouseholdPlan heading(HouseholdAddress address) {
        return new HouseholdPlan(Choice.NEW, address, null, null);
    }

    public static HouseholdPlan joining(String kkNumber, Relationship relationship) {
        return new HouseholdPlan(Choice.JOIN, null, kkNumber, relationship);
    }
}
