package id.lentera.client;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Large synthetic data for measuring: {@code --lentera.generate.clients=1000000} fills the database
 * at start-up with that many clients, each in a household of their own with its other members.
 *
 * @param clients how many clients to generate; 0 (the default) generates nothing
 * @param seed the random seed, so that a run can be repeated
 * @param batchSize households written per COPY round and transaction
 */
@ConfigurationProperties("lentera.generate")
public record ClientGenerationProperties(@DefaultValue("0") int clients, @DefaultValue("20261201") long seed,
        @DefaultValue("50000") int batchSize) {
}
