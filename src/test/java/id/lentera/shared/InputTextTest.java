package id.lentera.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputTextTest {

    @Test
    void refusesControlCharactersButTabAndLineBreaks() {
        assertThat(InputText.hasRefusedCharacter("Siti\tAisyah\r\nJl. Samanhudi")).isFalse();
        for (char c : new char[] {0, 7, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F}) {
            assertThat(InputText.hasRefusedCharacter("Siti" + c + "Aisyah")).as("U+%04X", (int) c).isTrue();
        }
    }

    @Test
    void refusesBidiOverridesAndIsolatesButNotOtherScripts() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertThat(InputText.hasRefusedCharacter("1275" + (char) c + "0003")).as("U+%04X", c).isTrue();
        }
        assertThat(InputText.hasRefusedCharacter("محمد Siti Ñúñez 😀 \u200D")).isFalse();
    }

    @Test
    void printableDropsWhatXmlCannotHoldAndKeepsTheRest() {
        assertThat(InputText.printable("Budi\u000BSantoso\u0000 \u202Eok\uFFFE")).isEqualTo("BudiSantoso ok");
        assertThat(InputText.printable("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
        String clean = "Siti 😀\tAisyah\r\n";
        assertThat(InputText.printable(clean)).isSameAs(clean);
        assertThat(InputText.printable(null)).isNull();
    }
}
