package id.lentera.client;

import java.util.ArrayList;
import java.util.List;

/**
 * The housing of a household as a home visit finds it (the Regsosek/DTKS questions, DOMAIN §6).
 * Installed power is asked only when the house has PLN electricity.
 */
public record HousingFacts(Tenure tenure, Floor floor, Wall wall, Roof roof, Water water, Lighting lighting,
        Power power, CookingFuel cookingFuel, Toilet toilet) {

    public enum Tenure { OWN, RENT, RENT_FREE, OFFICIAL, OTHER }

    public enum Floor { EARTH, WOOD, CEMENT, TILE }

    public enum Wall { BRICK, SEMI_PERMANENT, BAMBOO, BOARD }

    public enum Roof { CONCRETE, CLAY_TILE, ZINC, ASBESTOS, WOOD_SHINGLE, THATCH, OTHER }

    public enum Water { PIPED, BOTTLED, PROTECTED_WELL, UNPROTECTED_WELL, SPRING, RAIN, RIVER, OTHER }

    public enum Lighting {
        PLN_METER, PLN_NO_METER, NON_PLN, NONE;

        public boolean pln() {
            return this == PLN_METER || this == PLN_NO_METER;
        }
    }

    public enum Power { VA_450, VA_900, VA_1300, VA_2200, VA_ABOVE_2200 }

    public enum CookingFuel { ELECTRIC, LPG, KEROSENE, CHARCOAL, WOOD, NONE, OTHER }

    public enum Toilet { OWN, SHARED, NONE }

    /** Whether the worker filled in anything at all (a visit form leaves the survey out when not). */
    public boolean anyGiven() {
        return tenure != null || floor != null || wall != null || roof != null || water != null || lighting != null
                || power != null || cookingFuel != null || toilet != null;
    }

    /** What is missing or contradictory, as field names with message keys. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, tenure, "tenure");
        required(problems, floor, "floor");
        required(problems, wall, "wall");
        required(problems, roof, "roof");
        required(problems, water, "water");
        required(problems, lighting, "lighting");
        required(problems, cookingFuel, "cookingFuel");
        required(problems, toilet, "toilet");
        if (power != null && lighting != null && !lighting.pln()) {
            problems.add(new FieldProblem("power", "visit.housing.power.onlyPln"));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, Object value, String field) {
        if (value == null) {
            problems.add(new FieldProblem(field, "visit.housing.required"));
        }
    }
}
