package id.lentera.client.web;

import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What a worker's browser sends from the client form, for web tests. */
final class ClientWebForms {

    private ClientWebForms() {
    }

    /** A complete registration of a homeless man with no NIK and no household. */
    static MultiValueMap<String, String> registration(String fullName) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("fullName", fullName);
        form.add("sex", "M");
        form.add("nikMissingReason", "LOST");
        form.add("birthYear", "1981");
        form.add("situation", "STREET");
        form.add("currentKelurahanCode", "12.75.05.1001");
        form.add("householdChoice", "NONE");
        form.add("documentStatus[KTP_EL]", "LOST");
        form.add("occupation", "buruh harian");
        form.add("version", "0");
        return form;
    }

    static MultiValueMap<String, String> with(MultiValueMap<String, String> form, Map<String, String> changes) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(form);
        changes.forEach(copy::set);
        return copy;
    }
}
