package id.lentera.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import id.lentera.account.CurrentUser;
import id.lentera.shared.PersonalData;
import id.lentera.supervision.Exports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral's letter: its page (the number, or "no number yet" with the button to take one), taking
 * the number (a POST of the case's worker or supervisor, nothing else takes one), and the PDF of a
 * numbered letter. Access is the service's: a case the user may not open is not found, the head of
 * office and admins are refused the number.
 */
@Controller
@RequestMapping("/exports/cases/{id}/referrals/{referralId}")
class ReferralLetterController {

    private final Exports exports;

    ReferralLetterController(Exports exports) {
        this.exports = exports;
    }

    @PersonalData(value = "REFERRAL_LETTER_VIEWED", record = "case", id = "id")
    @GetMapping("/letter")
    String showLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long referralId,
            Model model) {
        model.addAttribute("letter", exports.referralLetter(id, referralId, user));
        return "supervision/referral-letter";
    }

    @PostMapping("/letter/number")
    String takeNumber(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long referralId,
            RedirectAttributes redirect) {
        exports.takeReferralLetterNumber(id, referralId, user);
        redirect.addFlashAttribute("success", "sup.letter.numberTaken");
        return letterPage(id, referralId);
    }

    /** The numbered letter as PDF; a letter without a number goes to its page, which says so. */
    @PersonalData(value = "EXPORT_REFERRAL_LETTER_PDF", record = "case", id = "id", recordedByService = true)
    @GetMapping("/letter.pdf")
    String pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long referralId,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var out = new ByteArrayOutputStream();
        // rendered before the headers go out, so a case the user may not open still answers 404
        if (!exports.referralLetterPdf(id, referralId, user, locale, out)) {
            redirect.addFlashAttribute("failure", "sup.letter.notNumbered");
            return letterPage(id, referralId);
        }
        ExportController.attachment(response, ExportController.PDF, "surat-rujukan-" + referralId + ".pdf");
        out.writeTo(response.getOutputStream());
        return null;
    }

    private static String letterPage(long id, long referralId) {
        return "redirect:/exports/cases/" + id + "/referrals/" + referralId + "/letter";
    }
}
