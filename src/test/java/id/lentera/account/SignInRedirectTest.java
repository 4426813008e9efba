package id.lentera.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After signing in, back to the page asked for, on this site only: the saved URL's host is the request's Host header. */
class SignInRedirectTest {

    @Test
    void keepsOnlyThePathAndQueryOfTheSavedRequest() {
        assertThat(SignInHandlers.pathWithinApp("http://evil.example/cases/12?tab=visits", ""))
                .isEqualTo("/cases/12?tab=visits");
        assertThat(SignInHandlers.pathWithinApp("https://lentera.binjaikota.go.id/clients?q=siti&continue", ""))
                .isEqualTo("/clients?q=siti&continue");
        assertThat(SignInHandlers.pathWithinApp("http://host/lentera/cases/1", "/lentera")).isEqualTo("/cases/1");
    }

    @Test
    void anythingElseLeadsToTheStartPage() {
        // a scheme-relative URL keeps only its path: /x on this site
        assertThat(SignInHandlers.pathWithinApp("//evil.example/x", "")).isEqualTo("/x");
        assertThat(SignInHandlers.pathWithinApp("http://h//evil.example/x", "")).isEqualTo("/");
        assertThat(SignInHandlers.pathWithinApp("/\\evil.example", "")).isEqualTo("/");
        assertThat(SignInHandlers.pathWithinApp("javascript:alert(1)", "")).isEqualTo("/");
        assertThat(SignInHandlers.pathWithinApp("http://h/other/x", "/lentera")).isEqualTo("/");
        assertThat(SignInHandlers.pathWithinApp("http://h/%zz bad", "")).isEqualTo("/");
    }
}
