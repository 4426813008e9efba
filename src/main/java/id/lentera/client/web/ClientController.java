package id.lentera.client.web;

import java.util.HashSet;
import java.util.Set;

import id.lentera.account.CurrentUser;
import id.lentera.account.Role;
import id.lentera.client.ClientQuery;
import id.lentera.client.ClientRecords;
import id.lentera.client.ClientSearch;
import id.lentera.client.ClientSearchRow;
import id.lentera.client.ClientSummaries;
import id.lentera.client.ClientView;
import id.lentera.client.HouseholdJoins;
import id.lentera.client.HouseholdVerdicts;
import id.lentera.client.DocumentType;
import id.lentera.client.RegistryState;
import id.lentera.region.RegionDirectory;
import id.lentera.region.RegionProperties;
import id.lentera.shared.PersonalData;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The clients list (one search box and a few filters) and the client page. */
@Controller
@RequestMapping("/clients")
class ClientController {

    static final int PAGE_SIZE = 20;

    /** How many openings of a record its access log shows. */
    static final int ACCESS_LOG_SIZE = 20;

    private final ClientSearch search;
    private final ClientRecords records;
    private final RegionDirectory regions;
    private final RegionProperties regionSettings;
    private final ClientSummaries summaries;
    private final ObjectProvider<HouseholdVerdicts> verdicts;
    private final HouseholdJoins joins;

    ClientController(ClientSearch search, ClientRecords records, RegionDirectory regions,
            RegionProperties regionSettings, ClientSummaries summaries, ObjectProvider<HouseholdVerdicts> verdicts,
            HouseholdJoins joins) {
        this.joins = joins;
        this.regionSettings = regionSettings;
        this.summaries = summaries;
        this.verdicts = verdicts;
        this.search = search;
        this.records = records;
        this.regions = regions;
    }

    @PersonalData(value = "CLIENT_SEARCHED", filters = {"kelurahan", "ppks", "registry", "openCase", "page"},
            typedText = "q")
    @GetMapping
    String showList(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kelurahan, @RequestParam(required = false) Long ppks,
            @RequestParam(required = false) RegistryState registry, @RequestParam(required = false) Boolean openCase,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        var query = new ClientQuery(text, kelurahan == null || kelurahan.isBlank() ? null : kelurahan.strip(), ppks,
                registry, openCase);
        Page<ClientSearchRow> rows = search.search(query, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Set<String> codes = new HashSet<>();
        if (query.kelurahanCode() != null) {
            codes.add(query.kelurahanCode());
        }
        rows.forEach(r -> {
            if (r.kelurahanCode() != null) {
                codes.add(r.kelurahanCode());
            }
        });
        model.addAttribute("clients", rows);
        // PKH badges (when the eligibility module is there) only on rows the user may open
        model.addAttribute("verdicts", summaries.verdictsOf(rows.stream().filter(ClientSearchRow::fullAccess)
                .map(ClientSearchRow::clientId).toList(), verdicts.getIfAvailable()));
        model.addAttribute("regionNames", regions.names(codes));
        model.addAttribute("query", query);
        model.addAttribute("searched", text != null && !text.isEmpty());
        model.addAttribute("canRegister", canRegister(user));
        model.addAttribute("ppksChoices", records.ppksChoices());
        model.addAttribute("registryStates", RegistryState.values());
        var kelurahanChoices = regions.districtsWithVillages(regionSettings.officeCity());
        model.addAttribute("kelurahanChoices", kelurahanChoices);
        // a kelurahan outside the office city (from a link) is still shown as chosen
        model.addAttribute("otherKelurahan", query.kelurahanCode() != null && kelurahanChoices.stream()
                .flatMap(d -> d.villages().stream()).noneMatch(v -> v.code().equals(query.kelurahanCode())));
        return "clients/list";
    }

    /**
     * The search box posts, so that a NIK or KK typed into it never ends up in a URL (browser
     * history, proxy and server logs). A number search is answered at once (it finds one or two
     * people, no paging); a name search goes on as a GET, whose URL can be paged and bookmarked.
     */
    @PersonalData(value = "CLIENT_SEARCHED", filters = {"kelurahan", "ppks", "registry", "openCase"},
            typedText = "q")
    @PostMapping
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kelurahan, @RequestParam(required = false) Long ppks,
            @RequestParam(required = false) RegistryState registry, @RequestParam(required = false) Boolean openCase,
            Model model) {
        if (new ClientQuery(q, null, null, null).number() != null) {
            return showList(user, q, kelurahan, ppks, registry, openCase, 0, model);
        }
        String target = UriComponentsBuilder.fromPath("/clients")
                .queryParamIfPresent("q", blankToEmpty(q))
                .queryParamIfPresent("kelurahan", blankToEmpty(kelurahan))
                .queryParamIfPresent("ppks", java.util.Optional.ofNullable(ppks))
                .queryParamIfPresent("registry", java.util.Optional.ofNullable(registry))
                .queryParamIfPresent("openCase", java.util.Optional.ofNullable(openCase))
                .encode().build().toUriString();
        return "redirect:" + target;
    }

    private static java.util.Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }

    @PersonalData(value = "CLIENT_VIEWED", record = "client", id = "id", recordedByService = true)
    @GetMapping("/{id}")
    String showDetail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return detail(user, records.open(id, user), model);
    }

    /**
     * The head of office reads NIK, KK and document numbers masked; this deliberate action shows
     * them whole, once, and is recorded as such. A POST, so that no link, prefetch or reload of a
     * URL reveals them.
     */
    @PersonalData(value = "NIK_REVEALED", record = "client", id = "id", recordedByService = true)
    @PostMapping("/{id}/nik")
    String revealIdentity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return detail(user, records.revealIdentity(id, user), model);
    }

    /**
     * The same address asked for by GET (the language switch on a revealed page, a bookmark): the
     * ordinary page, masked again. Only the POST reveals.
     */
    @PersonalData(value = "CLIENT_VIEWED", record = "client", id = "id", recordedByService = true)
    @GetMapping("/{id}/nik")
    String showDetailAgain(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return showDetail(user, id, model);
    }

    private String detail(CurrentUser user, ClientView client, Model model) {
        model.addAttribute("client", client);
        // a request to join a household matters only while the client has none
        if (client.household() == null) {
            model.addAttribute("joinRequest", joins.latestOf(client.id(), user).orElse(null));
        }
        model.addAttribute("documentTypes", DocumentType.values());
        if (user.role() == Role.SUPERVISOR) {
            model.addAttribute("openings", records.accessLog(client.id(), user, ACCESS_LOG_SIZE));
            model.addAttribute("openingsLimit", ACCESS_LOG_SIZE);
        }
        return "clients/detail";
    }

    static boolean canRegister(CurrentUser user) {
        return user.role() == Role.SOCIAL_WORKER || user.role() == Role.SUPERVISOR;
    }
}
