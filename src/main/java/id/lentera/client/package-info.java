/**
 * Clients, the households they live in and the members of those households, their documents and
 * PPKS categories, each household's status in the welfare registry (DTKS/DTSEN), and finding people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients")
package id.lentera.client;
