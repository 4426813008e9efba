package id.lentera.casework;

/** A family or community relation of the client, as the worker writes it. */
public record RelationEntry(RelationScope scope, String party, RelationQuality quality, String note) {
}
