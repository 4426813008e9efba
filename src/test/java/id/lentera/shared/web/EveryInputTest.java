package id.lentera.shared.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.lentera.account.CurrentUser;
import id.lentera.casework.ActivityType;
import id.lentera.casework.CaseFile;
import id.lentera.casework.Casework;
import id.lentera.casework.ReferralDestination;
import id.lentera.casework.TestOffice;
import id.lentera.client.HouseholdRoster;
import id.lentera.client.MaternalStatus;
import id.lentera.client.MemberDetails;
import id.lentera.client.PersonFacts;
import id.lentera.client.Relationship;
import id.lentera.client.Schooling;
import id.lentera.client.Sex;
import id.lentera.client.TriState;
import id.lentera.support.IntegrationTest;
import id.lentera.support.SignedIn;
import id.lentera.support.TestClock;
import id.lentera.visit.VisitFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import static id.lentera.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every form and every request parameter of the application, found from the request mappings (the
 * handler methods' parameters and the properties of the form classes they bind, not a list kept
 * by hand), sent hostile values one field at a time by the role that uses the route: NUL, a
 * vertical tab, a bidi override, 1 MB of text, dates in the years 99999 and 1800, and values of the
 * wrong type. No answer may be a 5xx; a form field must come back with its own message (in the
 * form's model and on the page, in Indonesian); a parameter outside a form gets the page that says
 * why. A new form or parameter is covered without touching this test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryInputTest {

    static final String MEGABYTE = "a".repeat(1024 * 1024);
    static final Map<String, String> TEXT_ATTACKS = Map.of(
            "NUL", "Budi\u0000Santoso",
            "vertical tab", "Budi\u000BSantoso",
            "bidi override", "Budi \u202Eosotnas",
            "1 MB", MEGABYTE);
    static final List<String> FAR_DATES = List.of("99999-01-01", "1800-01-01");
    static final String WRONG_TYPE = "abc";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    TestOffice office;
    /** The value of a path variable, by the literal segment before it ({@code /cases/{id}}: cases). */
    final Map<String, String> ids = new LinkedHashMap<>();
    /** Who is asked first: the one who uses most routes, then the others. */
    List<CurrentUser> roles;
    /** Which role uses a route, once found. */
    final Map<String, CurrentUser> roleOfRoute = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    int requests;

    @BeforeAll
    void oneOfEverything() {
        VisitFixtures visits = new VisitFixtures(context);
        office = visits.office;
        Casework casework = context.getBean(Casework.class);
        long caseId = office.caseInIntervention("Masukan Aneh");
        CurrentUser w = office.worker;
        LocalDate today = TestClock.today();
        SignedIn.run(w, () -> {
            casework.recordActivity(caseId, today, ActivityType.COUNSELLING, "Konseling", null, null, w);
            casework.refer(caseId, ReferralDestination.DUKCAPIL, "Disdukcapil Binjai", "KTP", today, w);
        });
        CaseFile file = office.file(caseId);
        long clientId = file.getClientId();
        long householdId = context.getBean(JdbcTemplate.class).queryForObject("""
                select m.household_id from household_member m join client c on c.person_id = m.person_id
                where c.id = ? and m.left_on is null""", Long.class, clientId);
        HouseholdRoster roster = context.getBean(HouseholdRoster.class);
        long memberId = SignedIn.run(w, () -> roster.addMember(householdId, new MemberDetails(Relationship.CHILD,
                new PersonFacts("Anak Masukan", null, Sex.F, LocalDate.of(2016, 5, 1), null, false, null,
                        MaternalStatus.NONE, null, Schooling.SD, TriState.NO, null), Map.of(), null), w));
        ids.put("cases", String.valueOf(caseId));
        ids.put("approvals", String.valueOf(caseId));
        ids.put("goals", String.valueOf(file.getGoals().get(0).getId()));
        ids.put("activities", String.valueOf(file.getActivities().get(0).getId()));
        ids.put("referrals", String.valueOf(file.getReferrals().get(0).getId()));
        ids.put("visits", String.valueOf(visits.plannedToday(caseId)));
        ids.put("clients", String.valueOf(clientId));
        ids.put("households", String.valueOf(householdId));
        ids.put("members", String.valueOf(memberId));
        ids.put("accounts", String.valueOf(office.colleague.id()));
        ids.put("teams", String.valueOf(office.teamId));
        ids.put("workers", String.valueOf(office.worker.id()));
        roles = List.of(office.worker, office.supervisor, office.head, office.admin);
        // a client without a case or household, for the pages that open one (?client=), and the case (?case=)
        requiredValues.put("client", String.valueOf(new id.lentera.client.TestClients(context)
                .streetClient(office.worker, "Tanpa Rumah", null, Sex.M, 1990)));
        requiredValues.put("case", String.valueOf(caseId));
        // a request of the other team's worker to join a family of the office's team
        var join = id.lentera.client.JoinFixtures.aRequest(context, office);
        ids.put("joins", String.valueOf(join.requestId()));
        requiredValues.put("version", String.valueOf(join.version()));
    }

    /** One handler method: its route, its form objects and its own parameters. */
    record Route(RequestMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /**
     * One input to attack: a request parameter name, its type, the form it belongs to (null: none),
     * and whether the handler requires it (then the other attacks on the route send a good value).
     */
    record Input(String name, Class<?> type, Class<?> form, boolean required) {
        Input(String name, Class<?> type, Class<?> form) {
            this(name, type, form, false);
        }
    }

    /** Good values of the parameters a route requires, by name. */
    final Map<String, String> requiredValues = new LinkedHashMap<>();

    @Test
    void noInputGivesA5xxAndEveryFormFieldSaysWhatIsWrong() throws Exception {
        long start = System.nanoTime();
        List<Route> routes = routes();
        assertThat(routes).as("routes found from the request mappings").hasSizeGreaterThan(40);
        int inputsChecked = 0;
        for (Route route : routes) {
            List<Input> inputs = inputsOf(route);
            Map<String, String> required = new LinkedHashMap<>();
            for (Input input : inputs) {
                if (input.required()) {
                    String value = requiredValues.get(input.name());
                    if (value == null) {
                        problems.add(route + ": no good value for the required parameter " + input.name()
                                + " (add one in oneOfEverything)");
                    } else {
                        required.put(input.name(), value);
                    }
                }
            }
            inputsChecked += inputs.size();
            List<Input> fields = inputs.stream().filter(input -> input.form() != null).toList();
            if (!fields.isEmpty()) {
                attack(route, fields, required);
            }
            for (Input parameter : inputs.stream().filter(input -> input.form() == null).toList()) {
                attack(route, List.of(parameter), required);
            }
        }
        System.out.printf("EveryInputTest: %d routes, %d inputs, %d requests in %d ms%n", routes.size(),
                inputsChecked, requests, (System.nanoTime() - start) / 1_000_000);
        assertThat(inputsChecked).as("form fields and parameters found").isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    /** Every GET and POST handler of the application (static resources, errors and Boot's own excepted). */
    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getPackageName().startsWith("id.lentera")) {
                    continue;
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                        if (method == RequestMethod.GET || method == RequestMethod.POST) {
                            routes.add(new Route(method, pattern, handler));
                        }
                    }
                }
            }
        }
        routes.sort(java.util.Comparator.comparing(Route::toString));
        return routes;
    }

    /** The handler's request parameters and the properties of the forms it binds, as request parameter names. */
    List<Input> inputsOf(Route route) {
        List<Input> inputs = new ArrayList<>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                if (isSimple(type)) {
                    inputs.add(new Input(name, type, null, param.required()
                            && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                            && !parameter.isOptional()));
                }
                continue;
            }
            if (parameter.hasParameterAnnotation(PathVariable.class) || isSimple(type) || isFramework(type)
                    || parameter.hasParameterAnnotation(org.springframework.security.core.annotation.AuthenticationPrincipal.class)) {
                continue;
            }
            if (parameter.hasParameterAnnotation(ModelAttribute.class) || !BeanUtils.isSimpleProperty(type)) {
                fieldsOf(type, "", inputs, type, 0);
            }
        }
        return inputs;
    }

    /** The bindable properties of a form class, nested lists and maps as {@code lines[0].text}, {@code map[KEY]}. */
    void fieldsOf(Class<?> type, String prefix, List<Input> inputs, Class<?> form, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null && !Collection.class.isAssignableFrom(property.getPropertyType())
                    && !Map.class.isAssignableFrom(property.getPropertyType())) {
                continue;
            }
            Class<?> propertyType = property.getPropertyType();
            String name = prefix + property.getName();
            Method getter = property.getReadMethod();
            if (MultipartFile.class.isAssignableFrom(propertyType) || getter == null && property.getWriteMethod() == null) {
                continue;
            }
            if (isSimple(propertyType)) {
                inputs.add(new Input(name, propertyType, form));
            } else if (Collection.class.isAssignableFrom(propertyType) && getter != null) {
                Class<?> element = ResolvableType.forMethodReturnType(getter).asCollection().resolveGeneric(0);
                if (element == null || MultipartFile.class.isAssignableFrom(element)) {
                    continue;
                }
                if (isSimple(element)) {
                    inputs.add(new Input(name, element, form));
                } else if (depth < 2) {
                    fieldsOf(element, name + "[0].", inputs, form, depth + 1);
                }
            } else if (Map.class.isAssignableFrom(propertyType) && getter != null) {
                ResolvableType map = ResolvableType.forMethodReturnType(getter).asMap();
                Class<?> key = map.resolveGeneric(0);
                Class<?> value = map.resolveGeneric(1);
                if (key != null && key.isEnum() && value != null && isSimple(value)) {
                    inputs.add(new Input(name + "[" + ((Enum<?>) key.getEnumConstants()[0]).name() + "]", value, form));
                }
            } else if (depth < 2 && property.getWriteMethod() != null
                    && propertyType.getPackageName().startsWith("id.lentera")) {
                fieldsOf(propertyType, name + ".", inputs, form, depth + 1);
            }
        }
    }

    static boolean isSimple(Class<?> type) {
        return BeanUtils.isSimpleValueType(ClassUtils.resolvePrimitiveIfNecessary(type)) || type == java.util.UUID.class;
    }

    static boolean isFramework(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.springframework.") || name.startsWith("jakarta.servlet.")
                || name.startsWith("java.") || type == CurrentUser.class;
    }

    static final List<String> ATTACKS = List.of("NUL", "vertical tab", "bidi override", "1 MB", "date 99999-01-01",
            "date 1800-01-01", "wrong type");

    /** The hostile value of one kind for an input of this type; null when the kind says nothing for it. */
    static String valueFor(Input input, String attack) {
        if (input.type() == String.class) {
            // a far date typed into a text box must not break anything either; 1800 says nothing more
            return TEXT_ATTACKS.containsKey(attack) ? TEXT_ATTACKS.get(attack)
                    : attack.equals("date 99999-01-01") ? "99999-01-01" : null;
        }
        if (input.type() == LocalDate.class) {
            return attack.startsWith("date ") ? attack.substring(5) : attack.equals("wrong type") ? WRONG_TYPE : null;
        }
        return attack.equals("wrong type") ? WRONG_TYPE : null;
    }

    /**
     * Sends each kind of hostile value to {@code together}, as the role that uses the route: all the
     * fields of a form in one request per kind (each field's binding is its own, so each must come
     * back with its own message), a parameter outside a form alone (the first refused one ends the request).
     */
    void attack(Route route, List<Input> together, Map<String, String> required) throws Exception {
        String path = path(route);
        if (path == null) {
            return;
        }
        for (String attack : ATTACKS) {
            Map<Input, String> values = new LinkedHashMap<>();
            for (Input input : together) {
                String value = valueFor(input, attack);
                if (value != null) {
                    values.put(input, value);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            MvcResult result = send(route, path, values, required);
            if (result == null) {
                return;
            }
            MockHttpServletResponse response = result.getResponse();
            String what = route + " " + values.keySet().stream().map(Input::name).toList() + " = " + attack;
            if (response.getStatus() >= 500) {
                problems.add(what + ": " + response.getStatus());
                continue;
            }
            if (route.method() == RequestMethod.GET && response.getStatus() == 400
                    && values.keySet().iterator().next().form() != null) {
                // a page that takes its filters as a form object: the page that says why
                String page = response.getContentAsString();
                List<String> said = values.keySet().stream().map(input -> expectedCode(input, attack))
                        .filter(java.util.Objects::nonNull)
                        .map(code -> messages.getMessage(code, expectedArguments(code, RequestMethod.POST), Locale.forLanguageTag("id")))
                        .toList();
                if (!said.isEmpty() && said.stream().noneMatch(message -> page.contains(HtmlUtils.htmlEscape(message)))) {
                    problems.add(what + ": the 400 page does not say why");
                }
                continue;
            }
            for (Input input : values.keySet()) {
                String expected = expectedCode(input, attack);
                if (expected == null) {
                    continue;
                }
                String one = route + " " + input.name() + " = " + attack;
                if (input.form() != null) {
                    checkFieldMessage(one, result, input, expected);
                } else if (response.getRedirectedUrl() != null && result.getFlashMap().get("failure") != null) {
                    // a form without a form object (a decision with a comment) goes back where it was, saying why
                    continue;
                } else if (response.getStatus() != 400 || !response.getContentAsString().contains(HtmlUtils.htmlEscape(
                        messages.getMessage(expected, expectedArguments(expected, route.method()), Locale.forLanguageTag("id"))))) {
                    problems.add(one + ": expected the 400 page saying " + expected + ", got " + response.getStatus());
                }
            }
        }
    }

    /** The message code a refused value must get; null when the value may be fine (a date typed into a text). */
    static String expectedCode(Input input, String attack) {
        if (input.type() == String.class) {
            return attack.startsWith("date") ? null : attack.equals("1 MB") ? "input.tooLong" : "input.refusedCharacter";
        }
        if (input.type() == LocalDate.class && attack.startsWith("date")) {
            return "input.date.outOfRange";
        }
        return input.form() == null ? "input.parameter.invalid" : "typeMismatch";
    }

    Object[] expectedArguments(String code, RequestMethod method) {
        return switch (code) {
            case "input.tooLong" -> new Object[] {method == RequestMethod.GET
                    ? id.lentera.shared.InputText.MAX_PARAMETER_LENGTH : id.lentera.shared.InputText.MAX_FIELD_LENGTH};
            case "input.date.outOfRange" -> new Object[] {TestClock.today().getYear() + InputBinding.YEARS_AHEAD};
            default -> new Object[0];
        };
    }

    void checkFieldMessage(String what, MvcResult result, Input input, String expected) throws Exception {
        BindingResult binding = null;
        if (result.getModelAndView() != null) {
            for (Object value : result.getModelAndView().getModel().values()) {
                if (value instanceof BindingResult b && b.getTarget() != null && b.getTarget().getClass() == input.form()) {
                    binding = b;
                }
            }
        }
        if (binding == null) {
            problems.add(what + ": the form did not come back (status " + result.getResponse().getStatus()
                    + (result.getResponse().getRedirectedUrl() != null ? ", to " + result.getResponse().getRedirectedUrl() : "")
                    + ")");
            return;
        }
        FieldError error = binding.getFieldErrors().stream()
                .filter(e -> e.getField().equals(input.name()) || e.getField().startsWith(input.name() + "["))
                .filter(e -> List.of(e.getCodes()).contains(expected))
                .findFirst().orElse(null);
        if (error == null) {
            problems.add(what + ": no " + expected + " on the field, errors: " + binding.getFieldErrors().stream()
                    .map(e -> e.getField() + " " + e.getCode()).toList());
            return;
        }
        String message = messages.getMessage(error, Locale.forLanguageTag("id"));
        String page = result.getResponse().getContentAsString();
        if (!visibleInput(page, input.name())) {
            // a hidden field (version, key) or one the page shows only in another state: nobody can type
            // into it, so the refusal in the form's errors (checked above) is what counts
            return;
        }
        String typed = binding.getFieldError(error.getField()).getRejectedValue() instanceof String text ? text : null;
        if (typed != null && visibleTextBox(page, input.name()) && !page.contains(HtmlUtils.htmlEscape(typed))) {
            problems.add(what + ": what was typed is not kept");
        }
        if (!page.contains(HtmlUtils.htmlEscape(message))) {
            problems.add(what + ": the page does not show \"" + message + "\"");
        }
    }

    /** Whether the page has a text box (input or text area) named {@code name} that shows what was typed (not a password). */
    static boolean visibleTextBox(String page, String name) {
        Matcher m = Pattern.compile("<(input|textarea)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
        while (m.find()) {
            if (!m.group().matches("(?s).*type=\"(hidden|checkbox|radio|password)\".*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page has an input, select or text area named {@code name} that a person can fill in. */
    static boolean visibleInput(String page, String name) {
        Matcher m = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(page);
        while (m.find()) {
            if (!m.group().contains("type=\"hidden\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends the values as the role that uses the route. That role is found first with a request
     * carrying no values (only the required ones): the first of worker, supervisor, head of office
     * and admin who is not refused (403/404). Found with the hostile values instead, a worker would
     * "use" a supervisor's route whose parameter fails to bind before method security is asked.
     */
    MvcResult send(Route route, String path, Map<Input, String> values, Map<String, String> required) throws Exception {
        CurrentUser user = roleOfRoute.get(route.toString());
        if (user == null) {
            for (CurrentUser candidate : roles) {
                int status = mvc.perform(request(route, path, candidate, Map.of(), required)).andReturn().getResponse()
                        .getStatus();
                requests++;
                if (status != 403 && status != 404) {
                    user = candidate;
                    break;
                }
            }
            if (user == null) {
                problems.add(route + ": no role of the office may use it (403/404 for everyone)");
                return null;
            }
            roleOfRoute.put(route.toString(), user);
        }
        requests++;
        return mvc.perform(request(route, path, user, values, required)).andReturn();
    }

    static MockHttpServletRequestBuilder request(Route route, String path, CurrentUser user, Map<Input, String> values,
            Map<String, String> required) {
        MockHttpServletRequestBuilder builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(org.springframework.http.HttpMethod.valueOf(route.method().name()), path)
                .with(as(user)).accept(MediaType.TEXT_HTML);
        for (Map.Entry<Input, String> value : values.entrySet()) {
            builder = builder.param(value.getKey().name(), value.getValue());
        }
        for (Map.Entry<String, String> good : required.entrySet()) {
            if (values.keySet().stream().noneMatch(input -> input.name().equals(good.getKey()))) {
                builder = builder.param(good.getKey(), good.getValue());
            }
        }
        return route.method() == RequestMethod.POST ? builder.with(csrf()) : builder;
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    /** The route with its path variables filled in from the fixture; null (and a problem) when one is unknown. */
    String path(Route route) {
        Matcher m = VARIABLE.matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = route.pattern().substring(0, m.start());
            String[] segments = before.split("/");
            String segment = segments.length == 0 ? "" : segments[segments.length - 1];
            String value = switch (m.group(1)) {
                case "kind" -> "PLAN";
                case "format" -> "pdf";
                default -> ids.get(segment);
            };
            if (value == null) {
                problems.add(route + ": no fixture for {" + m.group(1) + "} after /" + segment + "/ (add one in oneOfEverything)");
                return null;
            }
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    @Test
    void theRouteWalkFindsFormsNestedFieldsAndParameters() {
        List<Input> all = new ArrayList<>();
        routes().forEach(route -> all.addAll(inputsOf(route)));
        Set<String> names = new java.util.HashSet<>(all.stream().map(Input::name).toList());
        // a sample that proves the walk reaches each kind: a plain field, a nested list, an enum-keyed map, a parameter
        assertThat(names).contains("fullName", "problems[0].description", "q", "openedOn");
        assertThat(names).anyMatch(name -> name.startsWith("documentNumber["));
    }
}
