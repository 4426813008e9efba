package id.lentera.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the links the signed-in person's role uses. */
@Controller
class HomeController {

    @GetMapping("/")
    String showHome() {
        return "home";
    }
}
