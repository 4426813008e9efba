package id.lentera.casework;


import id.lentera.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A relation of the client: family (genogram) or community (ecomap: relatives, neighbours, RT/RW, kelurahan, puskesmas, school, PKH group). */
@Entity
@Table(name = "case_relation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseRelation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    private RelationScope scope;
    private String party;
    @Enumerated(EnumType.STRING)
    private RelationQuality quality;
    private String note;

    CaseRelation(CaseFile caseFile, RelationScope scope, String party, RelationQuality quality,
            String note) {
        this.caseFile = caseFile;
        this.scope = scope;
        this.party = party;
        this.quality = quality;
        this.note = note;
    }

}
