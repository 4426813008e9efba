package id.lentera.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "081234567890, +6281234567890",
            "0812-3456-7890, +6281234567890",
            "+62 812 3456 7890, +6281234567890",
            "6281234567890, +6281234567890",
            "(061) 4567890, +62614567890",
            "0812.3456.789, +628123456789"
    })
    void normalizesTheWaysPeopleWriteNumbers(String input, String expected) {
        assertThat(PhoneNumbers.normalize(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0", "+6512345678", "0812abc4567", "00812345678", "0812345", "08123456789012345", ""})
    void refusesWhatIsNotAnIndonesianNumber(String input) {
        assertThat(PhoneNumbers.normalize(input)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(PhoneNumbers.normalize(null)).isEmpty();
    }

    @Test
    void displaysInTheLocalForm() {
        assertThat(PhoneNumbers.display("+6281234567890")).isEqualTo("0812-3456-7890");
        assertThat(PhoneNumbers.display(null)).isNull();
    }
}
