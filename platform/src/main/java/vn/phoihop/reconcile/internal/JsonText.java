package vn.phoihop.reconcile.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stored JSON text back into a tree for API bodies. */
final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text == null ? "null" : text);
    }
}
