package id.lentera.client;

/** A household's status in the registry; REJECTED includes excluded (with a reason). */
public enum RegistryState { NOT_REGISTERED, PROPOSED, IN_VERIFICATION, REGISTERED, REJECTED, INACTIVE }
