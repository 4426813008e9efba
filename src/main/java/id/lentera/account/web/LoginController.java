package id.lentera.account.web;

import id.lentera.account.SignInPage;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String showLoginForm(Authentication authentication, HttpSession session, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        Object lastUsername = session.getAttribute(SignInPage.LAST_USERNAME);
        if (lastUsername != null) {
            session.removeAttribute(SignInPage.LAST_USERNAME);
            model.addAttribute("lastUsername", lastUsername);
        }
        Object waitSeconds = session.getAttribute(SignInPage.WAIT_SECONDS);
        if (waitSeconds != null) {
            session.removeAttribute(SignInPage.WAIT_SECONDS);
            model.addAttribute("waitSeconds", waitSeconds);
        }
        return "account/login";
    }
}
