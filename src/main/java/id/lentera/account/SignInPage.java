package id.lentera.account;

/** What the sign-in form and the sign-in handlers share. */
public final class SignInPage {

    /** Session attribute: the username typed in a failed attempt, to show it again. */
    public static final String LAST_USERNAME = "lentera.lastUsername";

    /** Session attribute: the seconds to wait after too many failed sign-ins from the address. */
    public static final String WAIT_SECONDS = "lentera.signInWaitSeconds";

    private SignInPage() {
    }
}
