package org.conflictmap.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Country names from npm {@code i18n-iso-countries} ({@code codes.json} + {@code langs/*.json}) and
 * npm {@code world-countries} ({@code countries.json}: codes, GeoNames-convention point, names,
 * translations, English and French demonyms).
 */
final class CountryNamesReader {

    private final BuildModel model;
    private final BuildReport report;
    private final ObjectMapper json = new ObjectMapper();

    CountryNamesReader(BuildModel model, BuildReport report) {
        this.model = model;
        this.report = report;
    }

    /** Reads an i18n-iso-countries package folder (holding codes.json and langs/). */
    void i18n(Path dir) throws IOException {
        JsonNode codes = json.readTree(dir.resolve("codes.json").toFile());
        int countries = 0;
        for (JsonNode row : codes) {
            if (row.size() < 2 || row.get(0).asText().length() != 2) {
                report.malformed(dir.resolve("codes.json"), 0, "unexpected code row " + row);
                continue;
            }
            String iso2 = row.get(0).asText();
            model.country(iso2);
            model.iso3(iso2, row.get(1).asText());
            countries++;
        }
        List<Path> langs;
        try (Stream<Path> s = Files.list(dir.resolve("langs"))) {
            langs = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int names = 0;
        for (Path lang : langs) {
            JsonNode root = json.readTree(lang.toFile());
            JsonNode cs = root.path("countries");
            if (!cs.isObject()) {
                report.malformed(lang, 0, "no \"countries\" object");
                continue;
            }
            boolean english = "en".equals(root.path("locale").asText());
            for (Iterator<Map.Entry<String, JsonNode>> it = cs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                PlaceDraft c = model.existingCountry(e.getKey());
                if (c == null) {
                    report.malformed(lang, 0, "unknown country code " + e.getKey());
                    continue;
                }
                JsonNode v = e.getValue();
                for (JsonNode n : v.isArray() ? v : List.of(v)) {
                    if (model.name(c.id, n.asText())) {
                        names++;
                    }
                }
                if (english && c.name.equals(c.country)) {
                    c.name = (v.isArray() ? v.get(0) : v).asText();
                }
            }
        }
        report.source(dir, countries + " countries, " + langs.size() + " languages, " + names + " names");
    }

    /** Reads world-countries' countries.json. */
    void worldCountries(Path file) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        int count = 0;
        int demonyms = 0;
        for (JsonNode c : root) {
            String iso2 = c.path("cca2").asText();
            if (iso2.length() != 2) {
                report.malformed(file, 0, "country without cca2: " + c.path("name").path("common").asText());
                continue;
            }
            PlaceDraft p = model.country(iso2);
            model.iso3(iso2, c.path("cca3").asText());
            String common = c.path("name").path("common").asText();
            if (p.name.equals(p.country) && !common.isEmpty()) {
                p.name = common;
            }
            if (p.id < 0 && !c.path("independent").asBoolean(true)) {
                p.featureCode = "PCLD";
            }
            JsonNode ll = c.path("latlng");
            if (!p.hasPoint() && ll.size() == 2) {
                p.point(ll.get(0).asDouble(), ll.get(1).asDouble());
            }
            model.name(p.id, common);
            model.name(p.id, c.path("name").path("official").asText());
            for (JsonNode nat : c.path("name").path("native")) {
                model.name(p.id, nat.path("common").asText());
                model.name(p.id, nat.path("official").asText());
            }
            for (JsonNode tr : c.path("translations")) {
                model.name(p.id, tr.path("common").asText());
                model.name(p.id, tr.path("official").asText());
            }
            for (JsonNode alt : c.path("altSpellings")) {
                if (!alt.asText().equals(iso2)) {
                    model.name(p.id, alt.asText());
                }
            }
            for (JsonNode lang : c.path("demonyms")) {
                for (JsonNode form : lang) {
                    if (model.demonym(p.id, form.asText())) {
                        demonyms++;
                    }
                }
            }
            count++;
        }
        report.source(file, count + " countries, " + demonyms + " demonym forms");
    }
}
