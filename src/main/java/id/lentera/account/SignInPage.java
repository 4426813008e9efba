package id.lentera.account;

/** What the sign-in form and the sign-in handlers share. */
public final class SignInPage {

    /** Session attribute: the username typed in a failed attempt, to show it again. */
    public static final String LAST_USERNAME = "lentera.lastUsername";

    private SignInPage() {
    }
}
