package id.lentera.visit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Large synthetic visit data for measuring: {@code --lentera.generate.visits=2000000} spreads that
 * many home visits over the existing cases at start-up, after the client and case generators.
 *
 * @param visits how many visits to generate; 0 (the default) generates nothing
 */
@ConfigurationProperties("lentera.generate")
public record VisitGenerationProperties(@DefaultValue("0") int visits) {
}
