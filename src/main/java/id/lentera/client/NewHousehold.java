package id.lentera.client;

/**
 * A household made for a client who has none (a homeless client found a home).
 *
 * @param clientRelationship the client's place in it; HEAD unless someone else heads it
 * @param head the head's facts when the client is not the head, else null
 */
public record NewHousehold(HouseholdAddress address, Relationship clientRelationship, PersonFacts head) {
}
