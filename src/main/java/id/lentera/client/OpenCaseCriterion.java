package id.lentera.client;

/**
 * HOOK FOR CASEWORK: how the clients list tells who has an open case, without the client module
 * reading casework's tables. Casework registers a bean of this type whose {@link #sql()} is an SQL
 * condition on the client id column {@code c.id}, e.g.
 * {@code exists (select 1 from case_file f where f.client_id = c.id and f.status = 'OPEN')}.
 * Until it does, {@link #NONE} applies: nobody has an open case.
 */
@FunctionalInterface
public interface OpenCaseCriterion {

    OpenCaseCriterion NONE = () -> "false";

    /** An SQL boolean expression, true when client {@code c.id} has an open case. No parameters. */
    String sql();
}
