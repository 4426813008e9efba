package id.lentera.casework.web;

import java.util.ArrayList;
import java.util.List;

import id.lentera.casework.BarrierCategory;
import id.lentera.casework.CaseFile;
import id.lentera.casework.ProblemEntry;
import id.lentera.casework.RelationEntry;
import id.lentera.casework.RelationQuality;
import id.lentera.casework.RelationScope;
import id.lentera.casework.RiskLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * Asesmen. Works without JavaScript: the form always offers a few empty rows for more problems and
 * relations; empty rows are ignored.
 */
@Getter
@Setter
class AssessmentForm implements Versioned {

    static final int SPARE_ROWS = 3;
    static final int MAX_ROWS = 30;

    @Valid
    @Size(max = MAX_ROWS)
    private List<ProblemLine> problems = new ArrayList<>();

    @Size(max = 2000)
    private String strengths;

    @Size(max = 2000)
    private String needs;

    @Valid
    @Size(max = MAX_ROWS)
    private List<RelationLine> relations = new ArrayList<>();

    private RiskLevel riskLevel;

    private long version;

    @Getter
    @Setter
    static class ProblemLine {
        @Size(max = 1000)
        private String description;
        private BarrierCategory category;

        boolean empty() {
            return Text.blank(description) && category == null;
        }

        @AssertTrue(message = "{case.assessment.problem.descriptionRequired}")
        public boolean isDescribedWhenCategorised() {
            return category == null || !Text.blank(description);
        }
    }

    @Getter
    @Setter
    static class RelationLine {
        private RelationScope scope;
        @Size(max = 200)
        private String party;
        private RelationQuality quality;
        @Size(max = 500)
        private String note;

        boolean empty() {
            return Text.blank(party) && quality == null && Text.blank(note);
        }

        @AssertTrue(message = "{case.assessment.relation.partyRequired}")
        public boolean isNamed() {
            return empty() || !Text.blank(party);
        }
    }

    List<ProblemEntry> problemEntries() {
        return problems.stream().filter(p -> !p.empty())
                .map(p -> new ProblemEntry(Text.trim(p.description), p.category)).toList();
    }

    List<RelationEntry> relationEntries() {
        return relations.stream().filter(r -> !r.empty())
                .map(r -> new RelationEntry(r.scope == null ? RelationScope.FAMILY : r.scope, Text.trim(r.party),
                        r.quality, Text.trim(r.note)))
                .toList();
    }

    /** Empty rows at the end, so a worker can add without JavaScript. */
    AssessmentForm withSpareRows() {
        problems = new ArrayList<>(problems.stream().filter(p -> !p.empty()).toList());
        relations = new ArrayList<>(relations.stream().filter(r -> !r.empty()).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            problems.add(new ProblemLine());
            relations.add(new RelationLine());
        }
        return this;
    }

    static AssessmentForm of(CaseFile file) {
        AssessmentForm form = new AssessmentForm();
        file.getProblems().forEach(p -> {
            ProblemLine line = new ProblemLine();
            line.description = p.getDescription();
            line.category = p.getCategory();
            form.problems.add(line);
        });
        file.getRelations().forEach(r -> {
            RelationLine line = new RelationLine();
            line.scope = r.getScope();
            line.party = r.getParty();
            line.quality = r.getQuality();
            line.note = r.getNote();
            form.relations.add(line);
        });
        form.strengths = file.getStrengths();
        form.needs = file.getNeeds();
        form.riskLevel = file.getRiskLevel();
        form.version = file.getVersion();
        return form.withSpareRows();
    }
}
