package id.lentera.casework;

/** What a worker did in the intervention stage. */
public enum ActivityType { COUNSELLING, RIGHTS_EDUCATION, DOCUMENT_FACILITATION, ACCOMPANIMENT, REGISTRY_PROPOSAL, FINANCIAL_COACHING, REFERRAL, OTHER }
