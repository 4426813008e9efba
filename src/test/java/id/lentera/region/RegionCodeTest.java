package id.lentera.region;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "12, PROVINCE, null",
            "12.75, REGENCY, 12",
            "12.75.05, DISTRICT, 12.75",
            "12.75.05.1001, VILLAGE, 12.75.05"})
    void derivesLevelAndParentFromTheCode(String code, RegionLevel level, String parent) {
        RegionCode parsed = new RegionCode(code);
        assertThat(parsed.level()).isEqualTo(level);
        assertThat(parsed.parent() == null ? null : parsed.parent().value()).isEqualTo(parent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "123", "12.7", "12.75.5", "12.75.05.101", "12.75.05.10011", "12-75", "12.75.",
            " 12", "ab.cd", "12.75.05.1001.1"})
    void refusesMalformedCodes(String code) {
        assertThat(RegionCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new RegionCode(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
