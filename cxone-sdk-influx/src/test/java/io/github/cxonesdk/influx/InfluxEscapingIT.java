package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.influx.internal.Escaping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Escaping vectors written to a real influxd and read back through /query. */
class InfluxEscapingIT {
    private static final String DB = "escaping";
    /**
     * Every one of these must be written and read back equal as tag key, tag value, field key and string value, and
     * as measurement unless it has a backslash before a special character (refused there, see {@link #measurement}).
     */
    private static final List<String> VECTORS = List.of(
            "plain", "with space", "comma,here", "equals=sign", "quote\"d", "\"quoted\"", "back\\slash",
            "double\\\\back", "\\leading", "#hash", "x#hash", "unicode é€😀 中文", "tab\tin", "mixed \\x,=\" all",
            "even\\\\ before space", "even\\\\,before comma", "even\\\\=before equals", "quote\\\"after backslash",
            "equals\\\\\\\"odd", "nul\u0000char", "very long " + "x".repeat(2_000), "'single'", "{braces}[]",
            "trailing space ", " leading space");
    /** These InfluxDB cannot read back equal: the SDK refuses them before sending. */
    private static final List<String> REFUSED_AS_NAMES = List.of(
            "trailing\\", "trailing even\\\\", "odd\\ before space", "odd\\,before comma", "odd\\=before equals",
            "line\nbreak", "carriage\rreturn", "");

    private static InfluxdProcess influxd;

    @BeforeAll
    static void start() {
        influxd = InfluxdSupport.startOrSkip();
        influxd.createDatabase(DB);
    }

    @AfterAll
    static void stop() {
        if (influxd != null) {
            influxd.close();
        }
    }

    private InfluxWriter writer() {
        return InfluxWriter.builder(influxd.url()).v1(DB).build();
    }

    @Test
    void everyVector_isReadBackEqual_inEveryElement() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < VECTORS.size(); i++) {
            String v = VECTORS.get(i);
            points.add(Point.builder(measurement(i)).tag("t " + v, v).field("f " + v, (long) i)
                    .field("s", v).field("s2", v + "\\").time(i, WritePrecision.S).build());
        }
        try (InfluxWriter w = writer()) {
            w.write(points);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode series : influxd.query(DB, "SELECT * FROM /^m[0-9]+ /").path("series")) {
            assertThat(byName).doesNotContainKey(series.path("name").asString());
            byName.put(series.path("name").asString(), series);
        }
        for (int i = 0; i < VECTORS.size(); i++) {
            String v = VECTORS.get(i);
            JsonNode series = byName.get(measurement(i));
            assertThat(series).as("measurement of vector %d [%s]", i, v).isNotNull();
            List<String> columns = new ArrayList<>();
            series.path("columns").forEach(c -> columns.add(c.asString()));
            assertThat(columns).as("columns of vector %d", i).contains("t " + v, "f " + v, "s", "s2");
            JsonNode row = series.path("values").path(0);
            assertThat(row.path(columns.indexOf("t " + v)).asString()).as("tag value %d", i).isEqualTo(v);
            assertThat(row.path(columns.indexOf("f " + v)).asLong()).as("field %d", i).isEqualTo(i);
            assertThat(row.path(columns.indexOf("s")).asString()).as("string %d", i).isEqualTo(v);
            assertThat(row.path(columns.indexOf("s2")).asString()).as("string with trailing backslash %d", i)
                    .isEqualTo(v + "\\");
            assertThat(row.path(0).asLong()).isEqualTo(i * 1_000_000_000L);
        }
    }

    private static String measurement(int i) {
        String name = "m" + i + " " + VECTORS.get(i);
        return Escaping.problem(name, Escaping.Element.MEASUREMENT) == null ? name : "m" + i + " ";
    }

    @Test
    void whatInfluxCannotReadBack_isRefusedBeforeSending_withTheReason() {
        for (String v : REFUSED_AS_NAMES) {
            assertThatThrownBy(() -> Point.builder("m").tag("t", v).field("x", 1L).build()).as(v)
                    .isInstanceOf(ModelValidationException.class).hasMessageContaining("tags[t]");
            assertThatThrownBy(() -> Point.builder(v.isEmpty() ? "" : "m" + v).field("x", 1L).build()).as(v)
                    .isInstanceOf(ModelValidationException.class).hasMessageContaining("measurement");
        }
        assertThatThrownBy(() -> Point.builder("#comment").field("x", 1L).build())
                .hasMessageContaining("comment");
        assertThatThrownBy(() -> Point.builder("m").field("time", 1L).field("x", 1L).build())
                .hasMessageContaining("reserved");
    }

    @Test
    void theRefusalsAreJustified_influxdMangles_whatANaiveEncoderWrites() {
        // a trailing backslash escapes the separator: influxd refuses the line
        assertThat(influxd.writeRaw(DB, "naive,t=trailing\\ x=1i 1").statusCode()).isEqualTo(400);
        // '#' at the start makes the line a comment: influxd answers 204 and stores nothing
        assertThat(influxd.writeRaw(DB, "#naive x=1i 1").statusCode()).isEqualTo(204);
        assertThat(influxd.query(DB, "SHOW MEASUREMENTS").toString()).doesNotContain("#naive");
        // a field named time is dropped silently when the point has other fields
        assertThat(influxd.writeRaw(DB, "naive_time time=5i,x=1i 1").statusCode()).isEqualTo(204);
        assertThat(influxd.query(DB, "SHOW FIELD KEYS FROM naive_time").toString()).doesNotContain("\"time\"");
    }

    @Test
    void sameOutputAsTheObviousEncoding_forOrdinaryValues() {
        Point p = Point.builder("cpu load").tag("host", "web 1").tag("dc", "eu,west").field("v", 0.5)
                .field("note", "say \"hi\"").time(1, WritePrecision.S).build();
        assertThat(p.toLineProtocol()).isEqualTo("cpu\\ load,dc=eu\\,west,host=web\\ 1 note=\"say \\\"hi\\\"\",v=0.5 1");
        try (InfluxWriter w = InfluxWriter.builder(influxd.url()).v1(DB).precision(WritePrecision.S).build()) {
            w.write(List.of(p));
        }
        JsonNode row = influxd.query(DB, "SELECT * FROM \"cpu load\"").path("series").path(0).path("values").path(0);
        assertThat(row.toString()).contains("eu,west", "web 1", "say \\\"hi\\\"", "0.5");
    }
}
