package id.lentera.client;

/**
 * A client's current kelurahan changed (null: no longer known). Published within the saving
 * transaction, so modules that keep the client's place with their own records (casework's
 * kecamatan of a case) change it in the same commit.
 */
public record ClientMoved(long clientId, String kelurahanCode) {
}
