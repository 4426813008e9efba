package id.lentera.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Large synthetic case data for measuring: {@code --lentera.generate.cases=250000} gives that many
 * clients who never had a case one each, at start-up, after the client generator.
 *
 * @param cases how many cases to generate; 0 (the default) generates nothing
 * @param seed the random seed, so that a run can be repeated
 */
@ConfigurationProperties("lentera.generate")
public record CaseGenerationProperties(@DefaultValue("0") int cases, @DefaultValue("20261201") long seed) {
}
