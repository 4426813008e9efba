package id.lentera.eligibility;

/** A household's place in PKH; graduation is sejahtera mandiri, alamiah (no component left) or paksa. */
public enum ParticipationStatus {
    NOT_PARTICIPANT, PARTICIPANT, SUSPENDED, GRADUATED_MANDIRI, GRADUATED_ALAMIAH, GRADUATED_PAKSA, ENDED
}
