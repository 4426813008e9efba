package id.lentera.region;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.lentera.region.ImportProblem.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCsvTest {

    private static RegionCsv.Result parse(String text) {
        return RegionCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsWithLevelsAndParents() {
        var result = parse("kode,nama\n12,Sumatera Utara\n12.75,Kota Binjai\n12.75.05,Binjai Selatan\n"
                + "12.75.05.1001,Tanah Merah\n");

        assertThat(result.acceptable()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.rows()).containsExactly(
                new RegionCsv.Row(2, "12", "Sumatera Utara", RegionLevel.PROVINCE, null),
                new RegionCsv.Row(3, "12.75", "Kota Binjai", RegionLevel.REGENCY, "12"),
                new RegionCsv.Row(4, "12.75.05", "Binjai Selatan", RegionLevel.DISTRICT, "12.75"),
                new RegionCsv.Row(5, "12.75.05.1001", "Tanah Merah", RegionLevel.VILLAGE, "12.75.05"));
    }

    @Test
    void readsQuotedNamesWithCommasAndDoubledQuotes() {
        var result = parse("kode,nama\n12.07.28.1007,\"Lubuk Pakam I,II\"\n14.02.09.2010,\"Lambang Sari I, II, III\"\n"
                + "14.02.09.2011,\"Kampung \"\"Baru\"\"\"\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(RegionCsv.Row::name)
                .containsExactly("Lubuk Pakam I,II", "Lambang Sari I, II, III", "Kampung \"Baru\"");
    }

    @Test
    void acceptsByteOrderMarkCrlfAndTrailingBlankLines() {
        var result = parse("\uFEFFkode,nama\r\n12,Sumatera Utara\r\n12.75,Kota Binjai\r\n\r\n");

        assertThat(result.acceptable()).isTrue();
        assertThat(result.rows()).extracting(RegionCsv.Row::code).containsExactly("12", "12.75");
        assertThat(result.rowsRead()).isEqualTo(2);
    }

    @Test
    void trimsSpacesAroundCodesAndNames() {
        var result = parse("kode,nama\n 12 ,  Sumatera Utara \n");

        assertThat(result.rows()).containsExactly(new RegionCsv.Row(2, "12", "Sumatera Utara", RegionLevel.PROVINCE, null));
    }

    @Test
    void reportsEachBadRowWithItsLineAndReason() {
        var result = parse("kode,nama\n"
                + "12,Sumatera Utara\n"      // 2 good
                + "12.7,Salah\n"             // 3 malformed code
                + "12.75,\n"                 // 4 empty name
                + "12.75,Kota Binjai\n"      // 5 good
                + "12.75,Kota Binjai Lagi\n" // 6 duplicate of 5
                + "12.71\n"                  // 7 one column
                + "12.76,\"Tanpa tutup\n");  // 8 quote never closed

        assertThat(result.acceptable()).isFalse();
        assertThat(result.rows()).as("nothing to apply").isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Reason.CODE_FORMAT),
                org.assertj.core.groups.Tuple.tuple(4, Reason.NAME_EMPTY),
                org.assertj.core.groups.Tuple.tuple(6, Reason.DUPLICATE_CODE),
                org.assertj.core.groups.Tuple.tuple(7, Reason.FIELD_COUNT),
                org.assertj.core.groups.Tuple.tuple(8, Reason.QUOTE));
        assertThat(result.problems().get(0).value()).isEqualTo("12.7");
        assertThat(result.problems().get(2).otherLine()).isEqualTo(5);
        assertThat(result.problemCount()).isEqualTo(5);
    }

    @Test
    void countsLinesOfQuotedNamesSpanningLinesAndRefusesTheLineBreak() {
        var result = parse("kode,nama\n12,\"Sumatera\nUtara\"\n12.75,Kota Binjai\n12.75.0x,Salah\n");

        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Reason.NAME_INVALID),
                org.assertj.core.groups.Tuple.tuple(5, Reason.CODE_FORMAT));
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        var result = parse("kode,nama\n12,\"Sumatera\" Utara\n");

        assertThat(result.problems()).extracting(ImportProblem::reason).containsExactly(Reason.QUOTE);
    }

    @Test
    void refusesAWrongHeader() {
        assertThat(parse("code,name\n12,Sumatera Utara\n").problems())
                .containsExactly(ImportProblem.of(1, Reason.HEADER, "code,name"));
        assertThat(parse("12,Sumatera Utara\n").problems()).extracting(ImportProblem::reason)
                .containsExactly(Reason.HEADER);
        assertThat(parse("").problems()).extracting(ImportProblem::reason).containsExactly(Reason.HEADER);
    }

    @Test
    void acceptsTheHeaderInAnyCase() {
        assertThat(parse("KODE , Nama\r\n12,Sumatera Utara").acceptable()).isTrue();
    }

    @Test
    void refusesAFileWithoutRows() {
        assertThat(parse("kode,nama\n\n").problems()).extracting(ImportProblem::reason).containsExactly(Reason.NO_ROWS);
    }

    @Test
    void refusesTextThatIsNotUtf8AndSaysOnWhichLine() {
        byte[] latin1 = "kode,nama\n12,Sumatera Utara\n12.75,Kota Bínjai\n".getBytes(StandardCharsets.ISO_8859_1);

        var result = RegionCsv.parse(latin1);

        assertThat(result.problems()).containsExactly(ImportProblem.of(3, Reason.NOT_UTF8, null));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void refusesNamesLongerThanTheTableHolds() {
        var result = parse("kode,nama\n12," + "a".repeat(121) + "\n");

        assertThat(result.problems()).extracting(ImportProblem::reason).containsExactly(Reason.NAME_TOO_LONG);
        assertThat(result.problems().get(0).value()).hasSizeLessThanOrEqualTo(ImportProblem.VALUE_LENGTH + 1);
    }

    @Test
    void keepsTheFirstHundredProblemsButCountsThemAll() {
        StringBuilder file = new StringBuilder("kode,nama\n");
        for (int i = 0; i < 250; i++) {
            file.append("x").append(i).append(",Salah\n");
        }

        var result = parse(file.toString());

        assertThat(result.problems()).hasSize(RegionCsv.MAX_PROBLEMS_KEPT);
        assertThat(result.problemCount()).isEqualTo(250);
        assertThat(result.rowsRead()).isEqualTo(250);
    }

    @Test
    void splitsRecordsLikeRfc4180() {
        List<RegionCsv.Record> records = RegionCsv.records("a,b\r\n\"c,d\",e\n");

        assertThat(records).extracting(RegionCsv.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("c,d", "e"));
        assertThat(records).extracting(RegionCsv.Record::line).containsExactly(1, 2);
    }

    @Test
    void refusesNamesWithBidiOverridesAndKeepsNoControlCharacterInWhatItReports() {
        var result = parse("kode,nama\n12.75,Kota \u202EijniB\n12.75.05,Binjai\u0000Selatan,x\n");

        assertThat(result.acceptable()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::reason)
                .containsExactly(ImportProblem.Reason.NAME_INVALID, ImportProblem.Reason.FIELD_COUNT);
        // the line as written is stored and shown: a NUL would stop PostgreSQL from storing the import
        assertThat(result.problems().get(1).value()).isEqualTo("12.75.05,BinjaiSelatan,x");
    }
}
