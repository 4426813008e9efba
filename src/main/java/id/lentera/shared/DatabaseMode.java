package id.lentera.shared;

/**
 * Whether the application runs on its own embedded PostgreSQL (a demo or a laptop) or on an
 * external database (production). Demo data is only ever loaded in the embedded mode.
 */
public record DatabaseMode(boolean embedded) {
}
