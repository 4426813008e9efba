package id.lentera.region.web;

import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** The admin's upload of a region list. */
@Getter
@Setter
class RegionImportForm {

    private MultipartFile file;

    /** A CSV by its name or by the type the browser gave it; the content is checked by the import. */
    boolean looksLikeCsv() {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase();
        return name.endsWith(".csv") || type.startsWith("text/csv");
    }
}
