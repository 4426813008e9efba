package id.lentera.client;

import java.util.Map;

/**
 * What the household roster records about a member: their relationship to the head, their facts
 * and which documents they hold (those not given are left as they are).
 *
 * @param nikWarningOverride why the NIK is kept although it disagrees with the sex or birth date; null if none given
 */
public record MemberDetails(Relationship relationship, PersonFacts facts, Map<DocumentType, DocumentStatus> documents,
        String nikWarningOverride) {

    /** Without a reason for a disagreeing NIK: a NIK that disagrees is then held back. */
    public MemberDetails(Relationship relationship, PersonFacts facts, Map<DocumentType, DocumentStatus> documents) {
        this(relationship, facts, documents, null);
    }
}
