package id.lentera.client;

import java.util.Map;

/**
 * Everything a worker records when registering or editing a client: the person's own facts, the
 * client's details and the documents held. The two reasons are what the worker wrote to continue
 * past a warning (a NIK that disagrees with the birth date or sex; a likely duplicate).
 */
public record ClientRecord(PersonFacts person, ClientDetails details, Map<DocumentType, DocumentHolding> documents,
        String nikWarningOverride, String duplicateOverrideReason) {
}
