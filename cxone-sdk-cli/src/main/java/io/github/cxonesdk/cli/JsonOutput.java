package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.json.CxoneJson;
import java.io.PrintWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes JSON results with the SDK's one mapper: pretty for documents, compact for JSON lines. */
final class JsonOutput {
    private JsonOutput() {
    }

    static ObjectNode object() {
        return CxoneJson.mapper().createObjectNode();
    }

    static void print(PrintWriter out, JsonNode node) {
        out.println(CxoneJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        out.flush();
    }

    static void printLine(PrintWriter out, JsonNode node) {
        out.println(CxoneJson.mapper().writeValueAsString(node));
    }
}
