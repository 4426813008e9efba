package id.lentera.client;

import java.util.Map;

/**
 * What the household roster records about a member: their relationship to the head, their facts
 * and which documents they hold (those not given are left as they are).
 */
public record MemberDetails(Relationship relationship, PersonFacts facts, Map<DocumentType, DocumentStatus> documents) {
}
